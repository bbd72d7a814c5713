// Shape of a language's speech data (speech verbs, source phrases, pronouns, role nouns).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SpeechLexicon {}

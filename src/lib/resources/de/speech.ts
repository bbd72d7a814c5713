import type { SpeechLexicon } from '../speech-lexicon.ts';

export const speech: SpeechLexicon = {};

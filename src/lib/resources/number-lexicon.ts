// Shape of a language's number data (number words, scale words, hedges, units).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface NumberLexicon {}

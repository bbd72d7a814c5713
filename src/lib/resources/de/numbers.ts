import type { NumberLexicon } from '../number-lexicon.ts';

export const numbers: NumberLexicon = {};

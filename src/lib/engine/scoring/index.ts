export { score, judgeName } from './score.ts';
export type { Grade, Diagnosis } from './score.ts';
export { parseNumber, sameNumber } from './parse-number.ts';
export { fold, nameTokens, nameDistance, namesConflict, damerau } from './text.ts';

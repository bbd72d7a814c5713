// The names the English stages write, so that a test can tell a rule that exists from a typo.
// Kept in step with the code by the conformance suite (tests/unit/pack-conformance.test.ts).

/** frames of a speaker mention (en/frames.ts, en/direct.ts, en/indirect.ts) */
export const frameSieves = [
	'said-x', 'said-unread', 'x-said', 'dash-name', 'according-to', 'said-x-lead', 'lead-cue', 'colon-intro', 'colon-name', 'colon-subject', 'sentence-cue',
	'runs-on', 'paragraph-continuity', 'none', 'clause-said-x', 'clause-x-said', 'parenthetical', 'x-said-that', 'x-believes'
] as const;

/** how a mention became a name (en/speakers.ts) */
export const resolutionSieves = ['surname', 'pronoun', 'role'] as const;

const directFrames = ['said-x', 'said-unread', 'x-said', 'dash-name', 'according-to', 'said-x-lead', 'lead-cue', 'colon-intro', 'colon-name', 'colon-subject', 'sentence-cue', 'runs-on', 'paragraph-continuity', 'none'];

/** how a quote was found; "+clause": the quote begins before its marks (a clause leads into them) */
export const quoteRules = [
	...directFrames.flatMap((s) => [`direct.${s}`, `direct.${s}+clause`]),
	...['according-to', 'clause-said-x', 'clause-x-said', 'parenthetical', 'x-said-that', 'x-believes'].map((s) => `indirect.${s}`)
];

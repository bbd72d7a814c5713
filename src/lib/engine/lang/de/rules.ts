import { speech } from '../../../resources/de/speech.ts';

// The names the German stages write, so that a test can tell a rule that exists from a typo.
// Kept in step with the code by the conformance suite (tests/unit/pack-conformance.test.ts).

/** frames of a speaker mention (quotes/direct.ts, quotes/indirect.ts, quotes/fragments.ts …) */
export const frameSieves = [
	'trailing-frame', 'so-frame', 'colon-intro', 'colon-name', 'colon-possessive', 'colon-subject', 'headline-colon', 'das-sagte',
	'clause-cue', 'sentence-cue', 'previous-sentence-cue', 'sentence-subject', 'inside-report', 'inside-report.source', 'paragraph-continuity', 'none',
	'cue-clause', 'report-object', 'report-noun', 'subject-clause', 'source-phrase', 'source-noun', 'source-adverb', 'disclosure', 'spoken-run',
	'free-indirect', 'free-indirect.pronoun', 'free-indirect.report', 'free-indirect.direct'
] as const;

/** how a mention became a name (speakers/attribute.ts) */
export const resolutionSieves = ['surname', 'pronoun-recent', 'role-noun'] as const;

/** the source words whose phrase reports speech: "laut X", "X zufolge", "nach Angaben von X" */
const sourceWords = [...speech.sourcePrepositions, ...speech.sourcePostpositions, 'nach'];

/** how a quote was found */
export const quoteRules = [
	'direct.marks',
	...['trailing-frame', 'so-frame', 'colon-intro', 'colon-name', 'colon-possessive', 'colon-subject', 'headline-colon', 'das-sagte', 'clause-cue', 'sentence-cue', 'sentence-subject', 'inside-report', 'inside-report.source', 'paragraph-continuity'].map((s) => `direct.${s}`),
	...['trailing-frame', 'heisst-es', 'wie-frame', 'dass-clause', 'zu-infinitive', 'colon', 'subjunctive-clause', 'mixed-clause', 'cue-clause', 'report-noun', 'subject-clause', 'so-frame', 'source-adverb', 'disclosure', 'das-sagte', 'free-indirect', 'spoken-run'].map((s) => `indirect.${s}`),
	...sourceWords.map((w) => `indirect.source-${w}`)
];

import type { Analysis } from './types.ts';

/** The JSON of ../shared/eval/CONTRACT.md: what `cli analyze` prints and the scorers read.
 * Extra fields (rule, sieve, confidence, entities, diagnostics) explain the engine's reasons. */
export function toContract(a: Analysis): Record<string, unknown> {
	return {
		lang: a.lang,
		quotes: a.quotes.map((q) => ({
			start: q.start,
			end: q.end,
			text: q.text,
			kind: q.kind,
			speaker: q.speaker
				? { name: q.speaker.name, start: q.speaker.start, end: q.speaker.end, sieve: q.speaker.sieve, confidence: q.speaker.confidence, ...(q.speaker.probability !== undefined ? { probability: q.speaker.probability } : {}) }
				: null,
			cue: q.cue,
			...(q.segments ? { segments: q.segments } : {}),
			rule: q.rule
		})),
		numbers: a.numbers.map((n) => ({
			start: n.start,
			end: n.end,
			raw: n.raw,
			value: n.value,
			approx: n.approx,
			...(n.lower !== undefined ? { lower: n.lower } : {}),
			...(n.upper !== undefined ? { upper: n.upper } : {}),
			unit: n.unit,
			counted: n.counted,
			source: n.source,
			...(n.rangeWith !== undefined ? { rangeWith: n.rangeWith } : {}),
			rule: n.rule
		})),
		questions: a.questions,
		entities: a.entities.map((e) => ({ kind: e.kind, name: e.name, ...(e.role ? { role: e.role } : {}) })),
		diagnostics: a.diagnostics
	};
}

// "Wie viele … ?" – the number's sentence with the number blanked; typed (number-entry), picked
// (number-choice) or a plain cloze.
import type { NumberFact, Span } from '../types.ts';
import { type Draft, type Gen, cite, seedOf, sentenceSpan, slice, span } from './gen.ts';
import { numberDistractors } from './distractors.ts';
import { OMITTED, arrange, blankOut, innerQuotes, window } from './util.ts';
import { sameNumber } from '../scoring/parse-number.ts';
import { worthAsking } from './worth.ts';

/** the counted noun when the article writes it right after the figure (at most two words
 * between: "5.000 neue Einwohner"), else null: a prompt must not count what the figure does not */
function countedHere(g: Gen, n: NumberFact): string | null {
	const head = (n.counted ?? '').trim().split(/\s+/).pop();
	if (!head) return null;
	const after = g.text.slice(n.end, n.end + 80).split(/\s+/).filter(Boolean).slice(0, 3).map((w) => w.replace(/[^\p{L}-]/gu, ''));
	return after.includes(head) ? n.counted : null;
}

/** tolerance band from the article's hedge: exact figures exact, "rund 12.000" ±5 % */
export function toleranceOf(n: NumberFact): { min: number; max: number } {
	const v = n.value;
	if (!n.approx) return { min: v, max: v };
	const d = Math.abs(v) * 0.05;
	return { min: Number((v - d).toPrecision(12)), max: Number((v + d).toPrecision(12)) };
}

const distinct = new WeakMap<Gen, number[]>();
/** the article's distinct number values in order (enough of them for `others`), once per quiz */
function distinctValues(g: Gen): number[] {
	let vs = distinct.get(g);
	if (!vs) {
		const seen = new Set<number>();
		for (const m of g.numbers) {
			if (seen.size >= 80) break;
			seen.add(m.value);
		}
		vs = [...seen];
		distinct.set(g, vs);
	}
	return vs;
}

/** number fields a grader needs */
export function numberFields(g: Gen, n: NumberFact) {
	return {
		answer: n.value,
		tolerance: toleranceOf(n),
		integer: Number.isInteger(n.value) && n.unit !== '%' && !!n.counted,
		others: distinctValues(g).filter((v) => !sameNumber(v, n.value)).slice(0, 50),
		...(n.counted ? { counted: n.counted } : {}),
		...(n.unit ? { unit: n.unit } : {})
	};
}

/** the number's sentence with it (and the same figure elsewhere in the sentence) blanked */
export function blankedSentence(g: Gen, n: NumberFact): { text: string; context: Span } {
	const context = sentenceSpan(g, n.start);
	const win = window(g.text, context, n);
	const raw = g.text.slice(n.start, n.end);
	const blanks: (Span & { mark?: string })[] = [span(n)];
	for (const m of g.numbers) {
		if (m === n || m.start < win.start || m.end > win.end) continue;
		if (g.text.slice(m.start, m.end) === raw) blanks.push(span(m));
		else if (worthAsking(g, m)) blanks.push({ ...span(m), mark: OMITTED });
	}
	let text = innerQuotes(blankOut(g.text, win, blanks, g.t.blank), g.lang);
	if (win.start > context.start) text = `… ${text}`;
	if (win.end < context.end) text = `${text} …`;
	return { text, context };
}

export function numberQuestion(g: Gen, n: NumberFact, type: 'number-entry' | 'number-choice' | 'cloze'): Draft | null {
	const { text, context } = blankedSentence(g, n);
	if (!text.includes(g.t.blank)) return null;
	let options: number[] | undefined;
	if (type === 'number-choice') {
		const seed = seedOf(g, 'number', n.start);
		const ds = numberDistractors(n, g.groups, 3, seed);
		if (ds.length < 2) return null;
		options = arrange(n.value, ds, seed);
	}
	const prompt = type === 'cloze' ? g.t.clozeNumber(text) : type === 'number-choice' ? g.t.numberChoice(text, countedHere(g, n)) : g.t.numberEntry(text, countedHere(g, n));
	return {
		type,
		target: 'number',
		lang: g.lang,
		prompt,
		...numberFields(g, n),
		...(options ? { options } : {}),
		evidence: span(n),
		context,
		explanation: g.t.explainNumber(slice(g, n), cite(g, context))
	};
}

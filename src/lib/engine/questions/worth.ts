// Which numbers are worth a question: a figure the article reports, not a word that merely
// counts ("beide", "both", "one"), an ordinal, an age mentioned in passing, the second end of a
// range (the first end is asked, the range once), a vague count ("Tausende"), a small number word
// inside a quote, or a headline fragment whose figure the body states again. The words are language data (resources/*/questions.ts).
import type { NumberFact } from '../types.ts';
import type { Gen } from './gen.ts';
import { worthWords as de } from '../../resources/de/questions.ts';
import { worthWords as en } from '../../resources/en/questions.ts';
import { sameNumber } from '../scoring/parse-number.ts';

const words = { de, en };
const folded = (s: string) => s.toLowerCase().normalize('NFC').replace(/\s+/g, ' ');

export type Unworthy = 'no-figure' | 'vague' | 'ordinal' | 'age' | 'range-end' | 'headline' | 'in-passing';

/** why `n` is not worth a question, or null when it is */
export function unworthy(g: Gen, n: NumberFact): Unworthy | null {
	const w = words[g.lang];
	const raw = folded(g.text.slice(n.start, n.end)).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	const lastWord = raw.split(' ').pop() ?? '';
	if (raw.split(' ').every((x) => w.noFigures.includes(x)) || (!/\d/.test(raw) && n.value <= 1 && w.noFigures.includes(lastWord))) return 'no-figure';
	if (/^(vague|pair|article)/.test(n.rule)) return n.rule.startsWith('vague') ? 'vague' : 'no-figure';
	const after = g.text.slice(n.end, n.end + 24);
	if (/\d$/.test(g.text.slice(n.start, n.end)) && w.ordinalAfter.test(after) && !n.unit) return 'ordinal';
	const before = folded(g.text.slice(Math.max(0, n.start - 24), n.start));
	const afterF = folded(after);
	if (n.value > 0 && n.value < 130 && Number.isInteger(n.value)) {
		if (w.ageAfter.some((x) => afterF.startsWith(x))) return 'age';
		if (w.ageBefore.some((x) => before.endsWith(x))) return 'age';
		// "Maria Lind (45)", "Tom Weber, 52, said"
		if (/\(\s*$/.test(before) && /^\s*\)/.test(after) && /\p{Lu}\p{Ll}+\s*\($/u.test(g.text.slice(Math.max(0, n.start - 30), n.start))) return 'age';
		if (/\p{Lu}\p{Ll}+, $/u.test(g.text.slice(Math.max(0, n.start - 30), n.start)) && /^,/.test(after) && !n.unit && !n.counted) return 'age';
	}
	// a small number word inside a quote ("zwischen zwei Staaten") is part of what was said, no figure
	if (!/\d/.test(raw) && n.value < 10 && !n.unit && g.a.quotes.some((q) => q.start <= n.start && q.end >= n.end)) return 'in-passing';
	// the far end of a range: the near end points to it ("10 bis 20 Prozent" asks 10, shows 20)
	const index = g.a.numbers.indexOf(n);
	if (index >= 0 && g.a.numbers.some((m, k) => k !== index && m.rangeWith === index)) return 'range-end';
	const first = g.a.doc.sentences[0];
	if (first && n.start < first.end && !/[.!?:“”"»«]\s*$/u.test(g.text.slice(first.start, first.end))) {
		if (g.numbers.some((m) => m.start >= first.end && sameNumber(m.value, n.value))) return 'headline';
	}
	return null;
}

export const worthAsking = (g: Gen, n: NumberFact): boolean => unworthy(g, n) === null;

// Wrong options that are never also right: other speakers of the article (same kind first) that
// no alias of the answer could name, and numbers that are plausible mistakes.
import type { NumberFact } from '../types.ts';
import type { Catalog, SpeakerInfo } from './catalog.ts';
import { mentionedIn, speakersConflict } from './catalog.ts';
import { fold, namesConflict } from '../scoring/text.ts';
import { sameNumber } from '../scoring/parse-number.ts';
import { shuffle } from './util.ts';

/** Up to `n` other speakers for `answer`; none is mentioned in `passage` (the quote's own
 * sentences: a relayed report names two sources) nor could be taken for the answer. */
export function speakerDistractors(cat: Catalog, answer: SpeakerInfo, passage: string, n: number, seed: number): SpeakerInfo[] {
	// only the same kind: a person and an institution may speak for each other (a spokeswoman and
	// her organisation, a judge and the court), and a description may name a person of the article.
	// Conflicts between two speakers are cached per catalogue (speakersConflict).
	const pool = cat.speakers.filter((s) => s !== answer && sameKind(s, answer) && !speakersConflict(cat, answer, s) && !mentionedIn(passage, s.name));
	const ordered = shuffle(pool.slice(0, 60), seed).sort((x, y) => y.quotes.length - x.quotes.length);
	const out: SpeakerInfo[] = [];
	for (const s of ordered) {
		if (out.length >= n) break;
		if (out.some((o) => namesConflict(o.name, s.name) || fold(o.name) === fold(s.name))) continue;
		out.push(s);
	}
	return out;
}

export const sameKind = (a: SpeakerInfo, b: SpeakerInfo) => a.kind === b.kind && a.kind !== 'unknown';

const stemKey = (counted: string | null) => {
	const words = fold(counted).split(' ').filter((w) => w.length >= 3);
	const head = words[words.length - 1];
	return head ? head.slice(0, 5) : '';
};

/** numbers grouped by what they count, for "other numbers with the same counted noun" */
export function groupByCounted(numbers: NumberFact[]): Map<string, number[]> {
	const groups = new Map<string, number[]>();
	for (const n of numbers) {
		const k = stemKey(n.counted);
		if (!k) continue;
		const g = groups.get(k) ?? [];
		if (g.length < 30) g.push(n.value);
		groups.set(k, g);
	}
	return groups;
}

const tidy = (v: number) => Number(v.toPrecision(12));

/** words that make a scale (Millionen / Milliarden) a reader could confuse */
const SCALE_WORD = /\b(tausend|million|milliard|billion|mio|mrd|thousand|bn)/iu;

/** Up to `n` wrong numbers for `fact`, of the same kind and magnitude: another number of the
 * article counting the same thing (at most ten times off), a digit slip (×10, ÷10), a neighbour,
 * and a scale error ×1000 only where the article writes a scale word ("1,5 Millionen" /
 * "Milliarden"). Integers stay integers when the answer is one. */
export function numberDistractors(fact: NumberFact, groups: Map<string, number[]>, n: number, seed: number): number[] {
	const v = fact.value;
	const integer = Number.isInteger(v);
	const same = (groups.get(stemKey(fact.counted)) ?? []).filter((x) => !sameNumber(x, v) && Math.abs(x) <= Math.abs(v) * 10 && Math.abs(x) * 10 >= Math.abs(v));
	const mag = v ? 10 ** Math.floor(Math.log10(Math.abs(v))) : 1;
	const scaled = SCALE_WORD.test(fact.raw ?? '') ? [v * 1000, v / 1000] : [];
	const typical = [v * 10, v / 10, ...scaled, v + mag, v - mag, v + (integer && Math.abs(v) < 20 ? 1 : mag / 2), v * 2].map(tidy);
	const ok = (x: number) => Number.isFinite(x) && !sameNumber(x, v) && (!integer || Number.isInteger(x)) && (v < 0 || x > 0) && !(fact.unit === '%' && x > 100 && v <= 100);
	const out: number[] = [];
	const add = (x: number) => { if (ok(x) && !out.some((o) => sameNumber(o, x))) out.push(x); };
	for (const x of shuffle(same, seed).slice(0, 1)) add(x);
	for (const x of shuffle(typical, seed + 1)) if (out.length < n) add(x);
	return out.slice(0, n);
}

// Number words: splitting a word into atoms ("dreihundertfünfzig" → drei·hundert·fünfzig) and
// evaluating a sequence of atoms across words ("zwei Millionen eintausend", "three hundred").
import type { NumberLexicon } from '../../resources/number-lexicon.ts';

export type AtomKind = 'card' | 'mult' | 'scale' | 'frac' | 'half' | 'join' | 'group';
export interface Atom {
	kind: AtomKind;
	value: number;
}

interface AtomTable {
	map: Map<string, Atom>;
	maxLen: number;
	cache: Map<string, Atom[] | null>;
}

const tables = new WeakMap<NumberLexicon, AtomTable>();

function table(lex: NumberLexicon): AtomTable {
	let t = tables.get(lex);
	if (t) return t;
	const map = new Map<string, Atom>();
	const add = (rec: Record<string, number>, kind: AtomKind) => {
		for (const [k, v] of Object.entries(rec)) map.set(k, { kind, value: v });
	};
	add(lex.cardinals, 'card');
	add(lex.multipliers, 'mult');
	add(lex.scales, 'scale');
	add(lex.fractions, 'frac');
	add(lex.halves, 'half');
	for (const j of lex.joiner) map.set(j, { kind: 'join', value: 0 });
	let maxLen = 0;
	for (const k of map.keys()) maxLen = Math.max(maxLen, k.length);
	t = { map, maxLen, cache: new Map() };
	tables.set(lex, t);
	return t;
}

/** "fuenf" → "fünf", "dreissig" → "dreißig" */
function fold(w: string): string {
	return w.replace(/ue/g, 'ü').replace(/oe/g, 'ö').replace(/ae/g, 'ä').replace(/ss/g, 'ß');
}

function segment(w: string, t: AtomTable, compounds: boolean): Atom[] | null {
	const whole = t.map.get(w);
	if (whole) return [whole];
	if (!compounds || w.length > 90 || w.length < 4) return null;
	// fewest atoms covering the word (dynamic programming, linear in length × longest atom)
	const best: (Atom[] | null)[] = new Array(w.length + 1).fill(null);
	best[0] = [];
	for (let i = 0; i < w.length; i++) {
		const b = best[i];
		if (!b) continue;
		for (let l = 1; l <= t.maxLen && i + l <= w.length; l++) {
			const a = t.map.get(w.slice(i, i + l));
			if (!a) continue;
			const cur = best[i + l];
			if (!cur || cur.length > b.length + 1) best[i + l] = [...b, a];
		}
	}
	const r = best[w.length];
	if (!r || r.length < 2) return r;
	// a compound starts with a number, not with "und"/a fraction, and ends with no "und"
	if (r[0].kind === 'join' || r[r.length - 1].kind === 'join' || r[0].kind === 'frac') return null;
	return r;
}

/** The atoms of one lower-case word, or null when it is no number word. */
export function atomsOf(word: string, lex: NumberLexicon): Atom[] | null {
	const t = table(lex);
	if (t.cache.has(word)) return t.cache.get(word)!;
	let r = segment(word, t, lex.compounds);
	if (!r && lex.compounds) {
		const f = fold(word);
		if (f !== word) r = segment(f, t, true);
	}
	if (t.cache.size > 5000) t.cache.clear();
	t.cache.set(word, r);
	return r;
}

/** Value of a sequence of atoms (a number read as a leading digit value + atoms). */
export function evaluate(atoms: Atom[], start = 0): number | null {
	let total = 0;
	let current = start;
	let last = start;
	let afterJoin = false;
	let seen = start !== 0;
	for (const a of atoms) {
		switch (a.kind) {
			case 'card':
				current += a.value;
				last = a.value;
				seen = true;
				break;
			case 'half':
				current += a.value;
				last = a.value;
				seen = true;
				break;
			case 'frac':
				if (afterJoin && a.value === 0.5 && last !== 0.5) {
					current += 0.5;
					last = 0.5;
				} else {
					if (!seen) return null;
					current = current - last + last * a.value;
					last = last * a.value;
				}
				break;
			case 'group':
				// "three hundred and two dozens": a group word counts the last number only
				current = seen ? current - last + last * a.value : a.value;
				last = seen ? last * a.value : a.value;
				seen = true;
				break;
			case 'mult':
				current = (seen ? current : 1) * a.value;
				last = current;
				seen = true;
				break;
			case 'scale':
				if (!seen) total = a.value;
				else if (current !== 0) total += current * a.value;
				else total *= a.value; // tausend Millionen
				current = 0;
				last = 0;
				seen = true;
				break;
			case 'join':
				afterJoin = true;
				continue;
		}
		afterJoin = false;
	}
	return seen ? total + current : null;
}

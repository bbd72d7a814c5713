// Number words written one word per atom (English): "two hundred and fifty", "twenty-one",
// "one and a half million", "three twenty-firsts", "two thirds of a million", "half a dozen",
// "two hundred point seventy-one", "one over three", "3 hundred and 21". Ordinals alone ("the
// third") are no numbers: an ordinal counts only as the denominator after a numerator.
import type { NumberLexicon } from '../../resources/number-lexicon.ts';
import type { NTok } from './tokens.ts';
import { atomsOf, evaluate, type Atom } from './words.ts';

type Kind = 'card' | 'mult' | 'scale' | 'group' | 'ord' | 'num' | 'art' | 'and' | 'hy';
interface Item {
	kind: Kind;
	value: number;
	plural: boolean;
	word: string;
	/** token index after the item */
	next: number;
}

export interface SeparateReading {
	next: number;
	value: number;
	/** only an article ("a"): counts with a unit only */
	article: boolean;
	scaled: boolean;
	vague: boolean;
	rule: string;
}

const tens = (v: number) => v >= 20 && v < 100 && v % 10 === 0;
const isNumberish = (k: Kind) => k === 'card' || k === 'num';

function ordinalOf(w: string, lex: NumberLexicon): { value: number; plural: boolean } | null {
	const o = lex.ordinals;
	if (!o) return null;
	if (w in o) return { value: o[w], plural: w === 'halves' };
	if (w.endsWith('s') && w.slice(0, -1) in o) return { value: o[w.slice(0, -1)], plural: true };
	return null;
}

function wordItem(t: NTok | undefined, lex: NumberLexicon): Item | null {
	if (!t || t.kind !== 'word') return null;
	const w = t.lower;
	const ord = ordinalOf(w, lex);
	if (ord) return { kind: 'ord', value: ord.value, plural: ord.plural, word: w, next: 0 };
	const g = lex.groupWords?.[w];
	if (g) return { kind: 'group', value: g, plural: w.endsWith('s'), word: w, next: 0 };
	const a = atomsOf(w, lex);
	if (a && a.length === 1 && (a[0].kind === 'card' || a[0].kind === 'mult' || a[0].kind === 'scale')) return { kind: a[0].kind, value: a[0].value, plural: false, word: w, next: 0 };
	return null;
}

/** The number items from token i on (permissive: checked by `valid` and the fraction split). */
function collect(toks: NTok[], i: number, lex: NumberLexicon, startValue: number | null): Item[] {
	const items: Item[] = [];
	let k = i;
	if (startValue !== null) items.push({ kind: 'num', value: startValue, plural: false, word: toks[i].text, next: ++k });
	for (;;) {
		const t = toks[k];
		// a number has few words: the cap keeps a run of number words linear ("one one one …")
		if (!t || items.length >= 40) break;
		const last = items[items.length - 1];
		const before = items[items.length - 2];
		if (t.kind === 'num') {
			// "4 thousand 3 hundred and 21": a plain integer below the scale before it
			const sc = last && (last.kind === 'scale' || last.kind === 'mult') ? last : last?.kind === 'and' && before && (before.kind === 'scale' || before.kind === 'mult') ? before : null;
			if (!sc || !/^\d{1,3}$/.test(t.text) || Number(t.text) === 0 || Number(t.text) >= sc.value) break;
			// "3 hundred and 2 hundred": a second number with its own scale
			const nw = wordItem(toks[k + 1], lex);
			if (nw && (nw.kind === 'scale' || nw.kind === 'mult') && nw.value >= sc.value) break;
			items.push({ kind: 'num', value: Number(t.text), plural: false, word: t.text, next: k + 1 });
			k++;
			continue;
		}
		if (t.kind === 'word') {
			const w = t.lower;
			if (lex.articles.includes(w)) {
				// "a hundred", "a third" at the start; "and a half", "half a dozen" inside
				if (items.length && !(last.kind === 'and' || (last.kind === 'ord' && last.value <= 4 && !last.plural && items.length === 1))) break;
				items.push({ kind: 'art', value: 1, plural: false, word: w, next: k + 1 });
				k++;
				continue;
			}
			// "two thirds of a million"
			if (w === 'of' && last && last.kind === 'ord' && lex.articles.includes(toks[k + 1]?.lower ?? '') && wordItem(toks[k + 2], lex)?.kind === 'scale') {
				k += 2;
				continue;
			}
			if (lex.joiner.includes(w)) {
				if (!items.length) break;
				items.push({ kind: 'and', value: 0, plural: false, word: w, next: k + 1 });
				k++;
				continue;
			}
			const it = wordItem(t, lex);
			if (!it) break;
			// a capitalised number word inside a sentence is a name ("Twenty One Pilots") unless it goes on a number
			if (items.length === 0 && it.kind === 'ord') {
				// "half million", "quarter million", "half a dozen": a numerator of one is implied
				const n = toks[k + 1];
				const ni = wordItem(lex.articles.includes(n?.lower ?? '') || (n?.text === '-' && n.glued) ? toks[k + 2] : n, lex);
				if (!(it.value <= 4 && !it.plural && ni && (ni.kind === 'scale' || ni.kind === 'group' || ni.kind === 'mult'))) break;
			}
			if (it.kind === 'group' && !items.length) break;
			it.next = k + 1;
			items.push(it);
			k++;
			continue;
		}
		// "a half-dozen"
		if (t.text === '-' && t.glued && last?.kind === 'ord' && toks[k + 1]?.glued && ['group', 'scale'].includes(wordItem(toks[k + 1], lex)?.kind ?? '')) {
			k++;
			continue;
		}
		if (t.text === '-' && last && (isNumberish(last.kind) || last.kind === 'mult')) {
			// "twenty-one", "fifty - two", "one-eighth": written together or with spaces on both sides
			const n = toks[k + 1];
			const spaced = !t.glued && n && !n.glued;
			if ((t.glued && n?.glued) || spaced) {
				const ni = wordItem(n, lex);
				if (ni && (ni.kind === 'card' || ni.kind === 'ord')) {
					items.push({ kind: 'hy', value: 0, plural: false, word: '-', next: k + 1 });
					k++;
					continue;
				}
			}
		}
		break;
	}
	while (items.length && (items[items.length - 1].kind === 'and' || items[items.length - 1].kind === 'hy' || (items[items.length - 1].kind === 'art' && items.length > 1))) items.pop();
	return items;
}

/** Length of the longest well-formed cardinal prefix of items (no "one two", no "twenty twenty"). */
function validPrefix(items: Item[]): number {
	let prev: Item | null = null;
	let n = 0;
	for (let k = 0; k < items.length; k++) {
		const it = items[k];
		if (it.kind === 'and' || it.kind === 'hy') continue;
		if (it.kind === 'ord') break;
		if (isNumberish(it.kind) && prev && (isNumberish(prev.kind) || prev.kind === 'art')) {
			if (!(prev.kind === 'card' && tens(prev.value) && it.value < 10 && it.kind === 'card')) break;
			const pp = items.slice(0, k).filter((x) => x.kind !== 'and' && x.kind !== 'hy');
			if (pp.length >= 2 && isNumberish(pp[pp.length - 2].kind)) break;
		}
		if (it.kind === 'art' && prev) break;
		prev = it;
		n = k + 1;
	}
	return n;
}

function cardValue(items: Item[]): number | null {
	const atoms: Atom[] = [];
	for (const it of items) {
		if (it.kind === 'card' || it.kind === 'num' || it.kind === 'art') atoms.push({ kind: 'card', value: it.value });
		else if (it.kind === 'mult' || it.kind === 'scale' || it.kind === 'group') atoms.push({ kind: it.kind, value: it.value });
	}
	return atoms.length ? evaluate(atoms) : null;
}

const trim = (items: Item[]) => {
	const r = items.slice();
	while (r.length && (r[r.length - 1].kind === 'and' || r[r.length - 1].kind === 'hy')) r.pop();
	return r;
};

/** "point seventy-one", "point nought four": the digits after a decimal word. */
function decimals(toks: NTok[], k: number, lex: NumberLexicon): { digits: string; next: number } | null {
	let ds = '';
	for (;;) {
		const a = wordItem(toks[k], lex);
		if (!a || a.kind !== 'card') break;
		let v = a.value;
		k++;
		if (tens(v) && toks[k]?.text === '-' && wordItem(toks[k + 1], lex)?.kind === 'card' && wordItem(toks[k + 1], lex)!.value < 10) {
			v += wordItem(toks[k + 1], lex)!.value;
			k += 2;
		} else if (tens(v) && wordItem(toks[k], lex)?.kind === 'card' && wordItem(toks[k], lex)!.value < 10 && wordItem(toks[k], lex)!.value > 0) {
			v += wordItem(toks[k], lex)!.value;
			k++;
		}
		ds += String(v);
	}
	return ds ? { digits: ds, next: k } : null;
}

function scaledOf(items: Item[]): boolean {
	return items.some((x) => x.kind === 'scale');
}

/** Reads the number at token i. startValue: the value of a digit token at i, if it is one. */
export function readSeparate(toks: NTok[], i: number, lex: NumberLexicon, startValue: number | null = null): SeparateReading | null {
	const items = collect(toks, i, lex, startValue);
	if (!items.length) return null;
	const vague = items.some((x) => lex.vagueAtoms.includes(x.word));
	const ordIdx = items.findIndex((x) => x.kind === 'ord');
	let r: SeparateReading | null = ordIdx >= 0 ? fraction(toks, items, ordIdx, lex) : null;
	if (!r) {
		const upto = ordIdx >= 0 ? items.slice(0, ordIdx) : items;
		const body = trim(upto.slice(0, validPrefix(upto)));
		if (!body.length) return null;
		const next = body[body.length - 1].next;
		if (body.length === 1 && body[0].kind === 'art') return { next, value: 1, article: true, scaled: false, vague: false, rule: 'article' };
		let value = cardValue(body);
		if (value === null) return null;
		let end = next;
		let rule = startValue !== null ? (body.length > 1 ? 'digits+words' : 'digits') : 'words';
		// "two hundred point seventy-one"
		if (startValue === null && toks[end] && lex.decimalWord.includes(toks[end].lower) && !scaledOf(body)) {
			const d = decimals(toks, end + 1, lex);
			if (d) {
				value += Number('0.' + d.digits);
				end = d.next;
			}
		}
		r = { next: end, value, article: false, scaled: scaledOf(body), vague, rule };
	}
	if (r.article) return r;
	return ratio(toks, r, lex) ?? { ...r, vague: r.vague || vague };
}

function fraction(toks: NTok[], items: Item[], ordIdx: number, lex: NumberLexicon): SeparateReading | null {
	const ord = items[ordIdx];
	// what follows the ordinal: an article and a scale or group ("half a dozen", "a half million")
	let k = ordIdx + 1;
	let post = 1;
	while (items[k] && (items[k].kind === 'art' || items[k].kind === 'scale' || items[k].kind === 'group' || items[k].kind === 'mult')) {
		if (items[k].kind !== 'art') post *= items[k].value;
		k++;
	}
	let last = items[k - 1];
	while (last && last.kind === 'art') last = items[--k - 1];
	const next = last.next;
	// the denominator: the ordinal, with a tens word before it ("twenty-first", "thirty fifths")
	let ds = ordIdx;
	let denom = ord.value;
	let p = ordIdx - 1;
	if (items[p]?.kind === 'hy') p--;
	if (ord.value < 10 && items[p]?.kind === 'card' && tens(items[p].value) && items[p - 1]?.kind !== 'and' && ord.word !== 'half' && ord.word !== 'quarter' && ord.word !== 'quarters') {
		denom += items[p].value;
		ds = p;
	} else if (/^(first|second)/.test(ord.word)) return null; // "the first", "a second"
	let num = trim(items.slice(0, ds));
	if (!num.length && ds < ordIdx) {
		// "twenty fifths": the tens word is the numerator
		ds = ordIdx;
		denom = ord.value;
		num = trim(items.slice(0, ds));
	}
	if (!num.length) {
		// "half million", "half a dozen", "quarter million"
		if (post === 1) return null;
		return { next, value: post / denom, article: false, scaled: true, vague: false, rule: 'fraction' };
	}
	// a mixed number: "one and a half", "two and fifty-four hundredths", "two million and three fifths"
	for (let a = num.length - 1; a > 0; a--) {
		if (num[a].kind !== 'and') continue;
		const whole = trim(num.slice(0, a));
		const part = num.slice(a + 1);
		if (!whole.length || validPrefix(whole) < whole.length || validPrefix(part) < part.length) break;
		const wv = cardValue(whole);
		const pv = cardValue(part);
		if (wv === null || pv === null || pv <= 0 || pv >= denom) break;
		const frac = pv / denom;
		const wl = whole[whole.length - 1];
		const wScale = wl.kind === 'scale' ? wl.value : 0;
		let value: number;
		if (post > 1) value = wScale ? wv + frac * post : (wv + frac) * post;
		else value = wScale ? wv + frac * wScale : wv + frac;
		return { next, value, article: false, scaled: post > 1 || wScale > 0, vague: false, rule: 'words+fraction' };
	}
	// "one one hundred fifth": the numerator ends where the words stop making one number
	while (validPrefix(num) < num.length && num.length > 1) {
		const cut = validPrefix(num);
		const den = trim(num.slice(cut));
		const dv = cardValue(den);
		if (!dv || den.some((x) => x.kind === 'art')) return null;
		denom = dv + ord.value;
		num = trim(num.slice(0, cut));
	}
	if (!num.length || validPrefix(num) < num.length) return null;
	// a singular ordinal after "a"/"one" before a noun is an ordinal: "a third term", "one fifth grader"
	const after = toks[next];
	const numV = cardValue(num);
	if (numV === null || numV === 0) return null;
	if (!ord.plural && numV === 1 && post === 1 && after && after.kind === 'word' && after.lower !== 'of' && !/^\p{Lu}/u.test(after.text)) return null;
	return { next, value: (numV / denom) * post, article: false, scaled: post > 1, vague: false, rule: 'fraction' };
}

/** "one over three", "two out of five hundred", "1 in twenty-one". */
function ratio(toks: NTok[], r: SeparateReading, lex: NumberLexicon): SeparateReading | null {
	if (!lex.ratioWords) return null;
	for (const phrase of lex.ratioWords) {
		const words = phrase.split(' ');
		if (!words.every((w, q) => toks[r.next + q]?.lower === w)) continue;
		const k = r.next + words.length;
		const t = toks[k];
		if (!t) return null;
		let b: SeparateReading | null = null;
		if (t.kind === 'num' && /^\d+$/.test(t.text)) b = readSeparate(toks, k, lex, Number(t.text));
		else if (t.kind === 'word') b = readSeparate(toks, k, lex);
		if (!b || b.article || !b.value || !Number.isInteger(b.value) || !Number.isInteger(r.value) || r.value <= 0) return null;
		const after = toks[b.next];
		const closed = !after || after.kind === 'punct';
		if (phrase !== 'out of' && !closed) return null;
		if (phrase === 'in' && r.value !== 1) return null;
		if (r.value >= b.value && phrase !== 'over') return null; // "12 out of 10" are two numbers
		return { next: b.next, value: r.value / b.value, article: false, scaled: false, vague: false, rule: 'ratio' };
	}
	return null;
}

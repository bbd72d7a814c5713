// Reading one number phrase at a token: digits ("1.500", "2,5", "12 000", "1/2", "½"), number
// words ("dreihundertfünfzig", "zwei Komma drei"), scale and fraction words ("1,5 Millionen",
// "zwei Drittel", "ein halbes Dutzend"), vague counts ("Dutzende", "mehrere tausend").
import type { NumberLexicon } from '../../resources/number-lexicon.ts';
import type { NTok } from './tokens.ts';
import { VULGAR } from './tokens.ts';
import { atomsOf, evaluate, type Atom } from './words.ts';
import { readSeparate } from './separate.ts';

export interface Phrase {
	/** token range [first, next) */
	first: number;
	next: number;
	value: number;
	/** the phrase is a bare four-digit integer (a year unless a unit follows) */
	plainInt: boolean;
	digits: boolean;
	/** read from an article ("ein", "a"): needs a unit to count */
	article: boolean;
	vague: boolean;
	/** carries a scale word ("Millionen") */
	scaled: boolean;
	rule: string;
}

/** Value of a plain digit string by its shape: "1,234,567" and "1,500.25" are English, "2.000,352"
 * German, "2,35" and "9.2321312" decimals in either; only one separator before exactly three
 * digits ("1,500", "4.800") is ambiguous and read the lexicon's way. null: no number ("192.168.1.2"). */
function shapeValue(t: string, decimalComma: boolean): number | null {
	if (/^\d+$/.test(t)) return Number(t);
	const m = /^(\d*)([.,])(\d+)$/.exec(t);
	if (m) {
		// one separator: a decimal unless it can only group ("1,500" in English, "4.800" in German)
		const grouping = m[3].length === 3 && /^[1-9]\d{0,2}$/.test(m[1]) && (m[2] === ',' ? !decimalComma : decimalComma);
		return grouping ? Number(m[1] + m[3]) : Number((m[1] || '0') + '.' + m[3]);
	}
	// several separators: the groups are separated by one mark, a decimal part by the other
	const g = /^([1-9]\d{0,2})((?:([.,])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/.exec(t);
	if (g && (!g[4] || g[4] !== g[3])) return Number(g[1] + g[2].replace(/[.,]/g, '') + (g[5] ? '.' + g[5] : ''));
	return null;
}

/** Value of a digit token, or null for dates, times, scores and codes. */
export function digitValue(text: string, lex: NumberLexicon): number | null {
	if (text in VULGAR) return VULGAR[text];
	const t = text.replace(/[\u00A0\u202F ]/g, '');
	// scientific notation: "1e10", "-12e-1" (sign outside), "1.1^23", "1.3x10^6"
	const x = /^([\d.,]+)(?:[eE]([+-]?\d+)|\^([+-]*)(\d+)|[x×]10\^([+-]?\d+))$/.exec(t);
	if (x) {
		const base = shapeValue(x[1], lex.decimalComma);
		if (base === null) return null;
		let v: number;
		if (x[2] !== undefined) v = base * 10 ** Number(x[2]);
		else if (x[4] !== undefined) v = base ** (((x[3].match(/-/g) ?? []).length % 2 ? -1 : 1) * Number(x[4]));
		else v = base * 10 ** Number(x[5]);
		return Number.isFinite(v) ? Number(v.toPrecision(15)) : null;
	}
	if (/[ \u00A0\u202F]/.test(text) && /^\d{1,3}(?:\d{3})+$/.test(t.replace(/[.,]\d+$/, ''))) {
		const frac = /[.,](\d+)$/.exec(t);
		return Number(t.replace(/[.,]\d+$/, '')) + (frac ? Number('0.' + frac[1]) : 0);
	}
	const f = /^(\d{1,4})\/(\d{1,3})$/.exec(t);
	if (f) return Number(f[1]) > 0 && Number(f[1]) < Number(f[2]) && Number(f[2]) <= 100 ? Number(f[1]) / Number(f[2]) : null;
	return shapeValue(t, lex.decimalComma);
}

function isCap(t: NTok): boolean {
	return /^\p{Lu}/u.test(t.text);
}

/** Is token i at the start of its sentence or clause (so a capital letter says nothing)? */
export function sentenceInitial(toks: NTok[], i: number): boolean {
	for (let k = i - 1; k >= 0; k--) {
		const t = toks[k];
		if (t.kind === 'word' || t.kind === 'num') return false;
		if (/^[:„“"»«(‚–—-]$/.test(t.text)) return true;
		if (t.text === '.' || t.text === '!' || t.text === '?') return true;
	}
	return true;
}

function wordAtoms(t: NTok | undefined, lex: NumberLexicon): Atom[] | null {
	return t && t.kind === 'word' ? atomsOf(t.lower, lex) : null;
}

const onlyKinds = (atoms: Atom[] | null, kinds: string[]) => !!atoms && atoms.every((a) => kinds.includes(a.kind));

/** Digits with what belongs to them: "2 1/4" (a mixed number), "10k", "2.33 k" (a scale letter). */
function digitsAt(toks: NTok[], i: number, lex: NumberLexicon): { value: number; next: number; suffix: boolean } | null {
	const t = toks[i];
	let value = digitValue(t.text, lex);
	if (value === null) return null;
	let next = i + 1;
	let suffix = false;
	const n = toks[next];
	if (n && n.kind === 'num' && !n.glued && /^\d+$/.test(t.text) && /^\d+\/\d+$/.test(n.text)) {
		const f = digitValue(n.text, lex);
		if (f !== null && f < 1) {
			value += f;
			next++;
		}
	}
	const s = toks[next];
	if (s && s.kind === 'word' && lex.scaleSuffixes && Object.prototype.hasOwnProperty.call(lex.scaleSuffixes, s.text) && !/[/]/.test(t.text)) {
		const a = toks[next + 1];
		const ok = s.glued ? !a || !a.glued || a.kind === 'punct' : s.text.length === 1 && (!a || (a.kind === 'punct' && a.text !== '-'));
		if (ok) {
			value *= lex.scaleSuffixes[s.text];
			next++;
			suffix = true;
		}
	}
	return { value, next, suffix };
}

function separatePhrase(toks: NTok[], i: number, lex: NumberLexicon): Phrase | null {
	const t = toks[i];
	if (t.kind === 'num') {
		const d = digitsAt(toks, i, lex);
		if (!d) return null;
		const plainInt = /^\d{4}$/.test(t.text) && d.next === i + 1;
		if (d.next > i + 1) return { first: i, next: d.next, value: d.value, plainInt: false, digits: true, article: false, vague: false, scaled: d.suffix, rule: d.suffix ? 'digits+suffix' : 'digits+fraction' };
		const r = readSeparate(toks, i, lex, d.value);
		if (!r || r.next === i + 1) return { first: i, next: i + 1, value: d.value, plainInt, digits: true, article: false, vague: false, scaled: false, rule: 'digits' };
		return { first: i, next: r.next, value: r.value, plainInt: false, digits: true, article: false, vague: r.vague, scaled: r.scaled, rule: r.rule === 'ratio' ? 'ratio' : 'digits+words' };
	}
	if (isCap(t) && !sentenceInitial(toks, i)) return null;
	const r = readSeparate(toks, i, lex);
	if (!r) return null;
	return { first: i, next: r.next, value: r.value, plainInt: false, digits: false, article: r.article, vague: r.vague, scaled: r.scaled, rule: r.rule };
}

/** The number phrase starting at token i, or null. */
export function readPhrase(toks: NTok[], i: number, lex: NumberLexicon): Phrase | null {
	const t = toks[i];
	if (!t) return null;
	const articles = new Set(lex.articles);
	// vague quantifier + scale: "mehrere tausend", "einige Millionen", "ein paar hundert"
	if (t.kind === 'word' && lex.vagueQuantifiers.includes(t.lower)) {
		const a = wordAtoms(toks[i + 1], lex);
		const g = toks[i + 1]?.kind === 'word' ? lex.groupWords?.[toks[i + 1].lower] : undefined;
		if (g) return { first: i, next: i + 2, value: g, plainInt: false, digits: false, article: false, vague: true, scaled: false, rule: 'vague-quantifier' };
		if (a && a.length === 1 && (a[0].kind === 'scale' || a[0].kind === 'mult')) {
			return { first: i, next: i + 2, value: a[0].value, plainInt: false, digits: false, article: false, vague: true, scaled: true, rule: 'vague-quantifier' };
		}
		return null;
	}
	if (t.kind === 'word' && t.lower in lex.vagueCounts && (isCap(t) || !atomsOf(t.lower, lex) || !lex.compounds)) {
		// "Dutzende", "Tausende", "Millionen" standing alone
		return { first: i, next: i + 1, value: lex.vagueCounts[t.lower], plainInt: false, digits: false, article: false, vague: true, scaled: false, rule: 'vague-count' };
	}
	if (!lex.compounds && (t.kind === 'num' || t.kind === 'word')) {
		const r = separatePhrase(toks, i, lex);
		if (r) return r;
		if (t.kind === 'num') return null;
	}
	if (t.kind === 'word' && t.lower in lex.fractionNouns) {
		return { first: i, next: i + 1, value: lex.fractionNouns[t.lower], plainInt: false, digits: false, article: false, vague: false, scaled: false, rule: 'fraction-noun' };
	}
	if (t.kind === 'word' && t.lower in lex.pairWords) {
		return { first: i, next: i + 1, value: lex.pairWords[t.lower], plainInt: false, digits: false, article: false, vague: false, scaled: false, rule: 'pair' };
	}
	let value: number | null = null;
	let vague = false;
	let atoms: Atom[] = [];
	let digits = false;
	let article = false;
	let plainInt = false;
	let j = i + 1;
	if (t.kind === 'num') {
		const d = digitsAt(toks, i, lex);
		if (!d) return null;
		if (d.next > i + 1) return { first: i, next: d.next, value: d.value, plainInt: false, digits: true, article: false, vague: false, scaled: d.suffix, rule: d.suffix ? 'digits+suffix' : 'digits+fraction' };
		value = d.value;
		digits = true;
		plainInt = /^\d{4}$/.test(t.text);
	} else if (t.kind === 'word') {
		if (articles.has(t.lower)) {
			article = true;
			value = 1;
		} else {
			const a = atomsOf(t.lower, lex);
			if (!a || a[0].kind === 'frac' || (a.length === 1 && a[0].kind === 'join')) return null;
			// a capitalised number word inside a sentence is a name ("Claudia Tausend") or a noun ("die Elf")
			if (isCap(t) && !sentenceInitial(toks, i)) return null;
			atoms = [...a];
		}
	} else return null;
	// more words of the same number: scales, multipliers, fractions, "und drei Viertel", word groups
	let scaled = false;
	const wordsSinceScale = !digits;
	for (;;) {
		const n = toks[j];
		if (!n || (n.kind !== 'word' && n.text !== '-')) break;
		const a = n.kind === 'word' ? atomsOf(n.lower, lex) : null;
		if (a && onlyKinds(a, ['scale', 'mult', 'frac'])) {
			atoms.push(...a);
			if (a.some((x) => x.kind === 'scale')) scaled = true;
			if (lex.vagueAtoms.includes(n.lower)) vague = true;
			j++;
			// an abbreviation's period ("Mio.") belongs to it
			if (toks[j] && toks[j].text === '.' && toks[j].glued && /^(mio|mrd|tsd|mill|bio)$/.test(n.lower) && toks[j + 1]) j++;
			continue;
		}
		// "fünf und drei Viertel Milliarde": joiner + number word + fraction
		if (lex.joiner.includes(n.lower)) {
			const a2 = wordAtoms(toks[j + 1], lex);
			const a3 = wordAtoms(toks[j + 2], lex);
			if (a2 && onlyKinds(a2, ['card']) && a3 && onlyKinds(a3, ['frac'])) {
				atoms.push({ kind: 'join', value: 0 }, ...a2, ...a3);
				j += 3;
				continue;
			}
			if (!lex.compounds && a2 && onlyKinds(a2, ['card']) && atoms.length && atoms[atoms.length - 1].kind !== 'card') {
				atoms.push(...a2);
				j += 2;
				continue;
			}
			break;
		}
		// "twenty-one"
		if (!lex.compounds && n.text === '-' && n.glued && toks[j + 1]?.glued && toks[j + 1].kind === 'word') {
			const a2 = atomsOf(toks[j + 1].lower, lex);
			const last = atoms[atoms.length - 1];
			if (a2 && onlyKinds(a2, ['card']) && last && last.kind === 'card' && last.value % 10 === 0 && last.value >= 20 && a2[0].value < 10) {
				atoms.push(...a2);
				j += 2;
				continue;
			}
		}
		// a following number word: "zwei Millionen eintausend", "twenty one", "hundred five"
		if (a && !digits && wordsSinceScale && onlyKinds(a, ['card', 'mult', 'half', 'join', 'scale']) && !isCap(n)) {
			const last = atoms[atoms.length - 1];
			const ok = lex.compounds ? last && last.kind === 'scale' : last && (last.kind !== 'card' || (last.value % 10 === 0 && last.value >= 20 && a[0].value < 10));
			if (ok) {
				atoms.push(...a);
				j++;
				continue;
			}
		}
		break;
	}
	// "zwei Komma drei"
	if (!digits && toks[j] && lex.decimalWord.includes(toks[j].lower)) {
		let k = j + 1;
		let ds = '';
		while (toks[k] && toks[k].kind === 'word') {
			const a = atomsOf(toks[k].lower, lex);
			if (!a || !onlyKinds(a, ['card'])) break;
			const v = evaluate(a);
			if (v === null) break;
			ds += String(v);
			k++;
		}
		if (ds) {
			const v = evaluate(atoms);
			if (v !== null) return { first: i, next: k, value: v + Number('0.' + ds), plainInt: false, digits: false, article: false, vague: false, scaled: false, rule: 'words' };
		}
	}
	if (digits || article) {
		if (atoms.length === 0) {
			if (article) return { first: i, next: j, value: 1, plainInt: false, digits: false, article: true, vague: false, scaled: false, rule: 'article' };
			return { first: i, next: j, value: value!, plainInt, digits: true, article: false, vague: false, scaled: false, rule: 'digits' };
		}
		const v = evaluate(atoms, value!);
		if (v === null) return null;
		return { first: i, next: j, value: v, plainInt: false, digits, article: false, vague, scaled, rule: digits ? 'digits+words' : 'article+words' };
	}
	const v = evaluate(atoms);
	if (v === null) return null;
	return { first: i, next: j, value: v, plainInt: false, digits: false, article: false, vague, scaled, rule: 'words' };
}

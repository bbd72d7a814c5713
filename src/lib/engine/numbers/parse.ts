// Reading one number phrase at a token: digits ("1.500", "2,5", "12 000", "1/2", "½"), number
// words ("dreihundertfünfzig", "zwei Komma drei"), scale and fraction words ("1,5 Millionen",
// "zwei Drittel", "ein halbes Dutzend"), vague counts ("Dutzende", "mehrere tausend").
import type { NumberLexicon } from '../../resources/number-lexicon.ts';
import type { NTok } from './tokens.ts';
import { VULGAR } from './tokens.ts';
import { atomsOf, evaluate, type Atom } from './words.ts';

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

/** Value of a digit token, or null for dates, times, scores and codes. */
export function digitValue(text: string, lex: NumberLexicon): number | null {
	if (text in VULGAR) return VULGAR[text];
	const dec = lex.decimalComma ? ',' : '.';
	const grp = lex.decimalComma ? '.' : ',';
	const t = text.replace(/[\u00A0\u202F ]/g, '');
	if (/^\d+$/.test(t)) return Number(t);
	const g = grp === '.' ? '\\.' : ',';
	const d = dec === '.' ? '\\.' : ',';
	if (new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`).test(t)) return Number(t.split(grp).join('').replace(dec, '.'));
	if (new RegExp(`^\\d+${d}\\d+$`).test(t)) return Number(t.replace(dec, '.'));
	if (/[ \u00A0\u202F]/.test(text) && /^\d{1,3}(?:\d{3})+$/.test(t.replace(/[.,]\d+$/, ''))) {
		const frac = /[.,](\d+)$/.exec(t);
		return Number(t.replace(/[.,]\d+$/, '')) + (frac ? Number('0.' + frac[1]) : 0);
	}
	const f = /^(\d{1,3})\/(\d{1,3})$/.exec(t);
	if (f && Number(f[1]) < Number(f[2]) && Number(f[2]) <= 100 && Number(f[1]) > 0) return Number(f[1]) / Number(f[2]);
	return null;
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

/** The number phrase starting at token i, or null. */
export function readPhrase(toks: NTok[], i: number, lex: NumberLexicon): Phrase | null {
	const t = toks[i];
	if (!t) return null;
	const articles = new Set(lex.articles);
	// vague quantifier + scale: "mehrere tausend", "einige Millionen", "ein paar hundert"
	if (t.kind === 'word' && lex.vagueQuantifiers.includes(t.lower)) {
		const a = wordAtoms(toks[i + 1], lex);
		if (a && a.length === 1 && (a[0].kind === 'scale' || a[0].kind === 'mult')) {
			return { first: i, next: i + 2, value: a[0].value, plainInt: false, digits: false, article: false, vague: true, scaled: true, rule: 'vague-quantifier' };
		}
		return null;
	}
	if (t.kind === 'word' && t.lower in lex.vagueCounts && (isCap(t) || !atomsOf(t.lower, lex))) {
		// "Dutzende", "Tausende", "Millionen" standing alone
		return { first: i, next: i + 1, value: lex.vagueCounts[t.lower], plainInt: false, digits: false, article: false, vague: true, scaled: false, rule: 'vague-count' };
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
		value = digitValue(t.text, lex);
		if (value === null) return null;
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

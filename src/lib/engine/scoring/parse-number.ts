// Reading a number a student typed: digits in German or English notation ("1.500", "1,500",
// "1 500", "1,5"), scale words and abbreviations ("1,5 Tausend", "12k", "2 Mio."), number words
// ("eintausendfünfhundert", "twelve thousand") and hedges ("rund 12.000"). Ambiguous notation
// gives several readings; the scorer decides which one is plausible.
import type { QuestionTemplates } from '../../resources/pack.ts';
import { packs } from '../../resources/index.ts';
import { fold } from './text.ts';

export interface Reading {
	value: number;
	/** the notation the reading assumes: de (1.500 = 1500), en (1,500 = 1500), or both */
	convention: 'de' | 'en' | 'both';
}

export interface ParsedNumber {
	readings: Reading[];
	/** the student wrote a hedge ("rund", "about") */
	hedged: boolean;
}

interface Lexicon {
	morphemes: [string, 'add' | 'mul' | 'frac' | 'join', number][];
	multipliers: Map<string, number>;
	hedges: string[];
	skip: Set<string>;
}

let cached: Lexicon | null = null;
function lexicon(): Lexicon {
	if (cached) return cached;
	const all: QuestionTemplates[] = Object.values(packs).map((p) => p.questions);
	const morphemes: Lexicon['morphemes'] = [];
	const multipliers = new Map<string, number>();
	for (const t of all) {
		for (const [w, v] of Object.entries(t.numberWords.additive)) morphemes.push([fold(w), 'add', v]);
		for (const [w, v] of Object.entries(t.numberWords.multipliers)) { morphemes.push([fold(w), 'mul', v]); multipliers.set(fold(w), v); }
		for (const [w, v] of Object.entries(t.numberWords.fractions)) morphemes.push([fold(w), 'frac', v]);
		for (const w of t.numberWords.joiners) morphemes.push([fold(w), 'join', 0]);
	}
	morphemes.sort((a, b) => b[0].length - a[0].length);
	const hedges = [...new Set(all.flatMap((t) => t.hedges.map(fold)))].sort((a, b) => b.length - a.length);
	const skip = new Set(all.flatMap((t) => t.articles.map(fold)));
	cached = { morphemes, multipliers, hedges, skip };
	return cached;
}

/** split one word into number morphemes ("eintausendfuenfhundert" → ein tausend fuenf hundert) */
function morphemesOf(word: string, lex: Lexicon): [string, 'add' | 'mul' | 'frac' | 'join', number][] | null {
	const out: [string, 'add' | 'mul' | 'frac' | 'join', number][] = [];
	let i = 0;
	outer: while (i < word.length) {
		for (const m of lex.morphemes) {
			if (m[0] && word.startsWith(m[0], i)) {
				out.push(m);
				i += m[0].length;
				continue outer;
			}
		}
		return null;
	}
	return out;
}

function evaluate(parts: [string, 'add' | 'mul' | 'frac' | 'join', number][]): number | null {
	let total = 0, current = 0, any = false;
	for (const [, kind, v] of parts) {
		if (kind === 'join') continue;
		any = true;
		if (kind === 'add') current += v;
		else if (kind === 'frac') current = (current || 1) * v;
		else if (v >= 1000) { total += (current || 1) * v; current = 0; }
		else current = (current || 1) * v;
	}
	return any ? total + current : null;
}

/** digits with separators → readings */
function digitReadings(lit: string): Reading[] {
	let s = lit.replace(/^[+]/, '');
	const neg = s.startsWith('-') || s.startsWith('−');
	if (neg) s = s.slice(1);
	// spaces and apostrophes only group thousands
	s = s.replace(/(\d)[\s\u00A0\u202F'’](?=\d{3}(\D|$))/g, '$1');
	const sign = neg ? -1 : 1;
	const dots = (s.match(/\./g) ?? []).length, commas = (s.match(/,/g) ?? []).length;
	const num = (x: string) => sign * Number(x);
	const grouped = (x: string, sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`).test(x);
	if (!dots && !commas) return /^\d+$/.test(s) ? [{ value: num(s), convention: 'both' }] : [];
	if (dots && commas) {
		const lastDot = s.lastIndexOf('.'), lastComma = s.lastIndexOf(',');
		if (lastComma > lastDot) return [{ value: num(s.replace(/\./g, '').replace(',', '.')), convention: 'de' }];
		return [{ value: num(s.replace(/,/g, '')), convention: 'en' }];
	}
	const sep = dots ? '.' : ',';
	const deSep = sep === '.';
	if ((dots > 1 || commas > 1) && grouped(s, sep)) return [{ value: num(s.split(sep).join('')), convention: deSep ? 'de' : 'en' }];
	if (dots + commas > 1) return [];
	const [int, frac] = s.split(sep);
	if (!/^\d*$/.test(int) || !/^\d+$/.test(frac)) return [];
	// "12,000" read as a decimal has three written zeros no one writes: only a grouping
	const decimal: Reading = { value: num(`${int || '0'}.${frac}`), convention: deSep ? 'en' : 'de' };
	if (frac.length === 3 && /^\d{1,3}$/.test(int) && /^0+$/.test(frac)) return [{ value: num(int + frac), convention: 'both' }];
	if (frac.length === 3 && /^\d{1,3}$/.test(int)) return [{ value: num(int + frac), convention: deSep ? 'de' : 'en' }, decimal];
	return [decimal];
}

export function parseNumber(input: unknown): ParsedNumber | null {
	if (typeof input === 'number') return Number.isFinite(input) ? { readings: [{ value: input, convention: 'both' }], hedged: false } : null;
	if (typeof input !== 'string') return null;
	const lex = lexicon();
	let s = input.normalize('NFC').trim().toLowerCase();
	// hedges in front
	let hedged = false;
	let folded = fold(s);
	for (let again = true; again; ) {
		again = false;
		for (const h of lex.hedges) {
			if (folded.startsWith(h + ' ') || folded === h) {
				hedged = true;
				// drop as many raw words as the hedge has
				const n = h.split(' ').length;
				s = s.replace(new RegExp(`^(\\S+\\s+){${n}}`, 'u'), '');
				folded = fold(s);
				again = true;
				break;
			}
		}
	}
	s = s.replace(/^(ca\.|ca|approx\.|~|≈|>|<|≥|≤)\s*/u, (m) => { hedged = true; return ''; });
	const lit = s.match(/^[-+−]?\d+(?:[\s\u00A0\u202F'’]\d{3}(?!\d))*(?:[.,]\d+)*/u);
	let readings: Reading[] = [];
	let rest: string;
	if (lit) {
		readings = digitReadings(lit[0].replace(/\s+$/, ''));
		if (!readings.length) return null;
		rest = fold(s.slice(lit[0].length));
	} else {
		// number words, word by word (articles skipped), until the first word that is none
		const words = fold(s).split(' ').filter(Boolean);
		const parts: [string, 'add' | 'mul' | 'frac' | 'join', number][] = [];
		let k = 0;
		while (k < words.length && lex.skip.has(words[k]) && !morphemesOf(words[k], lex)) k++;
		for (; k < words.length; k++) {
			if (lex.skip.has(words[k]) && parts.length && !morphemesOf(words[k], lex)) continue;
			const m = morphemesOf(words[k], lex);
			if (!m) break;
			parts.push(...m);
		}
		const v = evaluate(parts);
		if (v === null) return null;
		return { readings: [{ value: v, convention: 'both' }], hedged };
	}
	// scale words after digits: "1,5 tausend", "12k", "2 mio"
	const first = rest.split(' ')[0] ?? '';
	const parts = first ? morphemesOf(first, lex) : null;
	if (parts && parts.every((p) => p[1] === 'mul' || p[1] === 'frac')) {
		const factor = parts.reduce((f, p) => f * p[2], 1);
		readings = readings.map((r) => ({ ...r, value: r.value * factor }));
	}
	return { readings: dedupe(readings), hedged };
}

function dedupe(rs: Reading[]): Reading[] {
	const out: Reading[] = [];
	for (const r of rs) if (!out.some((o) => sameNumber(o.value, r.value))) out.push(r);
	return out;
}

export function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

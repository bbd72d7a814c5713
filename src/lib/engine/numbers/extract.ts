// The numbers stage: every reported quantity of the text as a NumberFact (types.ts, CONTRACT.md).
// Per sentence: tokens → number phrases (parse.ts) → filters (dates, years, times, scores,
// ordinals, labels, codes) → hedges → units → counted noun → ranges and alternatives → source.
import type { Context } from '../context.ts';
import type { NumberFact, Sentence } from '../types.ts';
import { mergeLexicons, type NumberLexicon } from '../../resources/number-lexicon.ts';
import { packs } from '../../resources/index.ts';
import { numberTokens, phraseTokens, type NTok } from './tokens.ts';
import { readPhrase, sentenceInitial, type Phrase } from './parse.ts';
import { unitAt, type UnitMatch } from './units.ts';
import { countedAfter, gluedCounted } from './counted.ts';
import { attachSources } from './source.ts';

/** URLs, e-mail addresses and query strings: no numbers inside. */
function urlLike(chunk: string): boolean {
	return chunk.includes('://') || /^\W*www\./i.test(chunk) || /@[^@]*\./.test(chunk) || (/[?&=]/.test(chunk) && /[%/]/.test(chunk));
}

interface Hedge {
	first: number;
	bound: 'lower' | 'upper' | 'about';
}

/** Hedge phrase ending right before token i ("mehr als", "bis zu", "rund"); "genau" is skipped. */
function hedgeBefore(toks: NTok[], i: number, lex: NumberLexicon, hedges: { toks: string[]; bound: Hedge['bound'] }[]): Hedge | null {
	let end = i;
	while (end > 0 && lex.exactWords.includes(toks[end - 1].lower)) end--;
	for (const h of hedges) {
		const n = h.toks.length;
		if (end - n < 0) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) if (toks[end - n + k].lower !== h.toks[k]) ok = false;
		if (ok) return { first: end - n, bound: h.bound };
	}
	return null;
}

const hedgeCache = new WeakMap<NumberLexicon, { toks: string[]; bound: Hedge['bound'] }[]>();
function hedgeList(lex: NumberLexicon) {
	let h = hedgeCache.get(lex);
	if (!h) {
		h = lex.hedges.map((e) => ({ toks: phraseTokens(e.phrase), bound: e.bound })).sort((a, b) => b.toks.length - a.toks.length);
		hedgeCache.set(lex, h);
	}
	return h;
}

/** Reasons a digit token is no quantity: a name ("A380", "COVID-19"), a code, a date, an ordinal. */
function digitContextBad(work: string, toks: NTok[], i: number, last: number, lex: NumberLexicon, months: Set<string>): boolean {
	const t = toks[i];
	const prev = toks[i - 1];
	const next = toks[last + 1];
	if (prev && t.glued && prev.kind === 'word' && !unitAt(toks, i - 1, lex, true)) return true; // A380, G20
	if (prev && t.glued && prev.text === '-' && toks[i - 2] && toks[i - 2].kind !== 'sym' && prev.glued) {
		const pp = toks[i - 2];
		if (pp.kind === 'word' || pp.kind === 'num') return true; // COVID-19, 2024-10, Weltranglisten-110
	}
	if (prev && (prev.text === '+' || prev.text === '#' || prev.text === '§' || prev.text === '№')) return true;
	if (prev && t.glued && (prev.text === '.' || prev.text === ',') && toks[i - 2]?.kind === 'num') return true;
	if (next && next.glued && next.kind === 'num') return true;
	if (next && next.glued && next.text === '-' && toks[last + 2]?.kind === 'num' && toks[last + 2].glued) {
		// "1998-2004", "2024-10": dates and year ranges
		if (/^\d{4}$/.test(toks[last].text)) return true;
	}
	// "3." inside a sentence: an ordinal or a date ("am 3. Oktober", "der 3. Platz")
	if (next && next.text === '.' && next.glued && /^\d+$/.test(toks[last].text)) {
		const after = toks[last + 2];
		if (after && after.kind !== 'punct') return true;
		if (after && /^[,;)\]]$/.test(after.text)) return true; // "(68., 78.)": minutes, places
		// "3. Andreas Mikkelsen", "- 1. FC", a list item "1. The …" (even when the segmenter ends the sentence there)
		if (sentenceInitial(toks, i) && (after || i > 0 || /^\.[ \t]*\S/.test(work.slice(next.start, next.start + 4)))) return true;
		const rest = /^\.\s*(\S)/.exec(work.slice(next.start, next.start + 8));
		if (rest && /[\p{Ll}\d,)]/u.test(rest[1])) return true; // "16. 5. 2016", "3. oktober"
	}
	if (/^0\d{2,}/.test(t.text.replace(/\s/g, '')) && !/^0[.,]/.test(t.text)) return true; // phone numbers, codes
	// the rest of a phone number: "0171 234 5678"
	for (let k = i - 1; k >= 0 && k >= i - 4 && toks[k].kind === 'num'; k--) if (/^(0\d|\+)/.test(toks[k].text)) return true;
	if (prev && prev.kind === 'num' && /^(0\d|\+)/.test(prev.text)) return true;
	// "2-1", "555-0123": a score or a code (a range goes up: "3-4")
	if (next && next.glued && next.text === '-' && toks[last + 2]?.kind === 'num' && toks[last + 2].glued && /^\d+$/.test(toks[last].text) && /^\d+$/.test(toks[last + 2].text)) {
		if (Number(toks[last + 2].text) <= Number(toks[last].text) || /^0/.test(toks[last + 2].text)) return true;
	}
	void months;
	return false;
}

/** Numbers read per article; 200 KB of news has about 450. */
export const MAX_NUMBERS = 2000;
/** Characters of a sentence whose numbers are read. */
export const MAX_SENTENCE_CHARS = 5000;

export function extractNumbers(ctx: Context): void {
	const { doc } = ctx.analysis;
	let lex = ctx.pack.numbers as NumberLexicon;
	if (!lex || !lex.cardinals) return;
	// language unsure (a bare "115.5USD", "10k"): the other language's units and scale letters too
	if (ctx.analysis.diagnostics.some((d) => d.code === 'language-unsure')) {
		const other = Object.values(packs).find((p) => p.lang !== ctx.pack.lang)?.numbers as NumberLexicon | undefined;
		if (other && other.cardinals) lex = merged(lex, other);
	}
	const work = doc.work;
	const facts: NumberFact[] = [];
	const toksOf = new Map<number, NTok[]>();
	let overlong: Sentence | null = null;
	for (const s of doc.sentences) {
		if (s.end - s.start > MAX_SENTENCE_CHARS) {
			// no sentence of an article is this long (the corpus: at most about 1,100 characters); a
			// run of digits without punctuation is not read, and every later stage stays linear
			overlong ??= s;
			toksOf.set(s.index, []);
			continue;
		}
		const toks = numberTokens(work, s.start, s.end, true);
		toksOf.set(s.index, toks);
		sentenceNumbers(work, s, toks, lex, ctx.pack.months, facts);
	}
	if (overlong) ctx.analysis.diagnostics.push({ code: 'sentence-too-long', message: `A sentence longer than ${MAX_SENTENCE_CHARS} characters: its numbers are not read.`, severity: 'warning', start: overlong.start, end: overlong.end });
	facts.sort((a, b) => a.start - b.start || a.end - b.end);
	if (facts.length > MAX_NUMBERS) {
		// a table of digits is no article: the first numbers are enough to ask about, and every
		// later stage (sources, questions, the marked article) stays proportionate
		ctx.analysis.diagnostics.push({ code: 'numbers-capped', message: `More than ${MAX_NUMBERS} numbers: only the first ${MAX_NUMBERS} are read.`, severity: 'warning', start: facts[MAX_NUMBERS].start, end: facts[MAX_NUMBERS].end });
		facts.length = MAX_NUMBERS;
	}
	const index = new Map(facts.map((f, k) => [f, k]));
	for (const f of facts) {
		const p = partners.get(f);
		if (p && index.has(p)) f.rangeWith = index.get(p);
	}
	attachSources(ctx, facts, toksOf);
	// one at a time: spreading 100,000+ facts as arguments overflows the stack
	for (const f of facts) ctx.analysis.numbers.push(f);
}

const mergedCache = new WeakMap<NumberLexicon, WeakMap<NumberLexicon, NumberLexicon>>();
function merged(a: NumberLexicon, b: NumberLexicon): NumberLexicon {
	let m = mergedCache.get(a);
	if (!m) mergedCache.set(a, (m = new WeakMap()));
	let r = m.get(b);
	if (!r) m.set(b, (r = mergeLexicons(a, b)));
	return r;
}

interface Found extends NumberFact {
	tokFirst: number;
	tokNext: number;
	/** a counted noun or a unit follows the number directly */
	ownCounted: boolean;
	unitKind?: string;
	unitText?: string;
	partner?: Found;
}

/** the other end of a range, until the list is sorted and rangeWith can be an index */
const partners = new WeakMap<NumberFact, NumberFact>();

function sentenceNumbers(work: string, s: Sentence, toks: NTok[], lex: NumberLexicon, months: Set<string>, out: NumberFact[]): void {
	const masked: [number, number][] = [];
	const text = work.slice(s.start, s.end);
	const chunks = /\S+/g;
	for (let m = chunks.exec(text); m; m = chunks.exec(text)) if (urlLike(m[0])) masked.push([s.start + m.index, s.start + m.index + m[0].length]);
	let mk = 0;
	const inMask = (t: NTok) => {
		while (mk < masked.length && masked[mk][1] <= t.start) mk++;
		return mk < masked.length && masked[mk][0] < t.end;
	};
	const labels = new Set(lex.labelWords);
	const hedges = hedgeList(lex);
	const found: Found[] = [];
	for (let i = 0; i < toks.length; i++) {
		const t = toks[i];
		if (t.kind !== 'num' && t.kind !== 'word' && t.kind !== 'sym') continue;
		if (inMask(t)) continue;
		// a currency before the number: "$ 15", "usd$ 15", "EUR 20"
		let prefix: UnitMatch | null = null;
		let at = i;
		if (t.kind !== 'num') {
			const u = unitAt(toks, i, lex, true);
			if (u && toks[u.next] && toks[u.next].kind === 'num' && u.entry.kind === 'currency' && !(toks[i].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(toks[i].text))) {
				prefix = u;
				at = u.next;
			}
		}
		const p = readPhrase(toks, at, lex);
		if (!p) continue;
		if (prefix && !p.digits) continue;
		const fact = buildFact(work, s, toks, p, prefix, i, lex, months, labels, hedges);
		if (fact) {
			found.push(fact);
			i = fact.tokNext - 1;
		} else if (p.next > at + 1 && !p.digits) i = p.next - 1;
	}
	linkPairs(found, toks, lex);
	const copies = new Map<Found, NumberFact>();
	for (const f of found) {
		const { tokFirst: _a, tokNext: _b, ownCounted: _c, unitKind: _d, unitText: _e, partner: _f, ...fact } = f;
		copies.set(f, fact);
		out.push(fact);
	}
	for (const f of found) if (f.partner) partners.set(copies.get(f)!, copies.get(f.partner)!);
}

function buildFact(work: string, s: Sentence, toks: NTok[], p: Phrase, prefix: UnitMatch | null, i0: number, lex: NumberLexicon, months: Set<string>, labels: Set<string>, hedges: { toks: string[]; bound: Hedge['bound'] }[]): Found | null {
	const first = toks[p.first];
	const lastTok = p.next - 1;
	if (p.digits && digitContextBad(work, toks, p.first, lastTok, lex, months)) return null;
	const prev = toks[p.first - 1];
	let j = p.next;
	// clock times, glued letters that are no unit ("1990er", "3D")
	const nextTok = toks[j];
	if (nextTok && lex.timeWords.includes(nextTok.lower) && p.digits) return null;
	let unit: UnitMatch | null = prefix;
	if (!unit) {
		unit = unitAt(toks, j, lex);
		// "siebenhundert-Euro", "12-Pfund", "3.000-US-Dollar-Luxus-Suite"
		if (!unit && toks[j] && toks[j].text === '-' && toks[j].glued && toks[j + 1]?.glued) unit = unitAt(toks, j + 1, lex);
		// "12 - Pfund - Tasse"
		if (!unit && toks[j] && toks[j].text === '-' && !toks[j].glued && toks[j + 1] && !toks[j + 1].glued && toks[j + 2]?.text === '-') unit = unitAt(toks, j + 1, lex);
		if (unit && unit.entry.minorOf && !p.digits && p.article) unit = null;
		// "the three $53 million": a sign glued to the next number is that number's
		if (unit && !/\p{L}/u.test(toks[j].text) && toks[unit.next]?.kind === 'num' && toks[unit.next].glued) unit = null;
		if (unit) j = unit.next;
	}
	// a one-letter unit ("C", "F", "K") is a name or code before a capitalised word or another word
	// glued to the number: "Boeing 777F to", "the 13F filing", "PA 23456 F Block", "2021 C.P.I."
	if (unit && unit !== prefix && unit.next === p.next + 1 && /^\p{Lu}$/u.test(toks[p.next].text)) {
		const a = toks[unit.next];
		const u = toks[p.next];
		if (a && ((a.kind === 'word' && (u.glued || /^\p{Lu}/u.test(a.text))) || (a.text === '.' && a.glued && toks[unit.next + 1]?.glued))) return null;
		if (u.glued && prev && prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !sentenceInitial(toks, p.first - 1)) return null;
	}
	if (!unit && nextTok && nextTok.glued && nextTok.kind === 'word' && p.digits) return null; // 1990er, 13F, 4x
	const glued = !unit ? gluedCounted(toks, j, lex) : null;
	if (!unit && !glued && p.digits && toks[j]?.text === '-' && toks[j].glued && toks[j + 1]?.kind === 'word' && toks[j + 1].glued) {
		// "4004-Prozessor", "10-Punkte-Plan": a name, unless the number is grouped ("3.000-Mann-Truppe")
		if (/^\d+$/.test(first.text)) return null;
	}
	if (glued) j = glued.next;
	// articles count only with a unit, scale or fraction ("einen Euro", "ein Drittel", "eine Million")
	if (p.article && !unit) return null;
	if (p.article && unit && unit.entry.kind === 'measure' && unit.entry.exact) return null;
	// years: a bare four-digit integer in the year range without a unit, hedge or scale
	const hedge = hedgeBefore(toks, p.first, lex, hedges);
	if (p.plainInt && !unit && !p.scaled) {
		const [lo, hi] = lex.yearRange;
		if (p.value >= lo && p.value <= hi && !(hedge && hedge.bound !== 'lower')) return null;
	}
	if (p.digits && prev && months.has(prev.lower) && !unit) return null; // "Jänner 2016", "Mai 25"
	// "sept . 30", "1 may that year"
	if (p.digits && !unit && prev?.text === '.' && months.has(toks[p.first - 2]?.lower ?? '')) return null;
	if (p.digits && !unit && /^\d{1,2}$/.test(first.text) && p.next === p.first + 1 && toks[p.next]?.kind === 'word' && months.has(toks[p.next].lower) && !toks[p.next].glued) return null;
	// "a US$ 150 million": the article does not count the money, the number after the sign does
	if (p.article && unit && toks[unit.next]?.kind === 'num') return null;
	// "24703m212": a code
	if (unit && unit !== prefix && toks[p.next]?.glued && toks[unit.next]?.glued && toks[unit.next].kind === 'num') return null;
	// labels: "Artikel 3", "Nr. 5", "§ 5", "Platz 3"; names: "einer Boeing 747 der …"
	if (!unit && prev) {
		let k = p.first - 1;
		if (toks[k].text === '.' && toks[k - 1]) k--;
		if (labels.has(toks[k].lower)) return null;
	}
	if (p.digits && !unit && prev) {
		if (prev.kind === 'word' && /^\p{Lu}/u.test(prev.text) && !sentenceInitial(toks, p.first - 1) && !months.has(prev.lower) && /^\d+$/.test(first.text)) {
			const n = toks[j];
			const nounNext = n && n.kind === 'word' && /^\p{Lu}/u.test(n.text);
			const adjNext = n && n.kind === 'word' && /(e|en|er|es)$/.test(n.lower) && toks[j + 1] && /^\p{Lu}/u.test(toks[j + 1].text) && !lex.determiners.includes(n.lower);
			if (!nounNext && !adjNext && !glued) return null;
		}
	}
	// fraction nouns ("die Hälfte") need an article or hedge before them, and no ordinal ("zweite Hälfte")
	if (p.rule === 'fraction-noun') {
		if (!prev || !hedgeBefore(toks, p.first, lex, hedges) && !['die', 'der', 'zur', 'zu', 'um', 'etwa', 'rund', 'knapp', 'fast', 'gut', 'mehr', 'als', 'über', 'eine', 'einer', 'half', 'a'].includes(prev.lower)) return null;
	}
	let negative = false;
	if (p.digits && prev && (prev.text === '-' || prev.text === '−') && first.glued && !prev.glued && !(toks[p.first - 2]?.kind === 'num')) negative = true;
	let start = prefix ? prefix.start : negative ? prev!.start : first.start;
	let end = unit && unit !== prefix ? unit.end : toks[p.next - 1].end;
	let signTok = -1;
	// a minus written apart: "- 1 4/5" at the start, "convert - 20 degrees"; sign words: "minus five"
	if (!negative && prev && (prev.text === '-' || prev.text === '−') && !first.glued) {
		const pp = toks[p.first - 2];
		if (!pp || (pp.kind === 'word' && unit && unit.entry.kind === 'measure' && /°|^K$/.test(unit.entry.unit))) negative = true;
	}
	if (!negative && prev && lex.signWords?.includes(prev.lower) && !prefix && !(toks[p.first - 2]?.text === '/' && prev.glued)) {
		negative = true;
		signTok = p.first - 1;
	}
	if (negative && signTok < 0) signTok = p.first - 1;
	if (negative && !prefix) start = toks[signTok].start;
	let value = negative ? -p.value : p.value;
	// a currency code before its scale: "75 USD million"; a unit with a scale: "30 MUSD"
	if (unit && unit.entry.scale) value *= unit.entry.scale;
	if (unit && unit !== prefix && unit.entry.kind === 'currency' && toks[j]?.kind === 'word' && !p.scaled) {
		const sc = lex.scales[toks[j].lower];
		if (sc && !(toks[j + 1]?.glued && toks[j + 1].kind === 'word')) {
			value *= sc;
			end = toks[j].end;
			j++;
		}
	}
	// a smaller unit after the first: "5 ft 2 in", "5 feet and 2 inches"
	if (unit && unit !== prefix && unit.entry.then) {
		let k = j;
		if (toks[k] && lex.joiner.includes(toks[k].lower)) k++;
		const c = toks[k]?.kind === 'num' ? readPhrase(toks, k, lex) : null;
		const sub = c ? unitAt(toks, c.next, lex) : null;
		const subNext = c && sub && sub.entry.unit === unit.entry.then.unit ? sub.next : c && unit.entry.then.forms?.includes(toks[c.next]?.lower ?? '') ? c.next + 1 : -1;
		if (c && subNext > 0 && c.value < unit.entry.then.per) {
			value += c.value / unit.entry.then.per;
			j = subNext;
			end = toks[j - 1].end;
		}
	}
	// money with its minor unit: "15 Dollar und 15 Cent", "zwei Euro fünfzig", "15 Dollar 50"
	if (unit && unit.entry.kind === 'currency' && !unit.entry.minorOf && unit !== prefix) {
		let k = j;
		if (toks[k] && lex.joiner.includes(toks[k].lower)) k++;
		const c = toks[k] ? readPhrase(toks, k, lex) : null;
		if (c && !c.article && c.value < 100 && Number.isInteger(c.value) && c.value > 0) {
			const minor = unitAt(toks, c.next, lex);
			const after = toks[c.next];
			if ((minor && minor.entry.minorOf) || !after || (after.kind === 'punct' && after.text !== '-')) {
				value += c.value / 100;
				j = minor && minor.entry.minorOf ? minor.next : c.next;
				end = toks[j - 1].end;
			}
		}
	}
	if (!Number.isFinite(value)) return null;
	const approx = !!hedge || p.vague;
	const fact: Found = {
		start,
		end,
		raw: work.slice(start, end),
		value,
		approx,
		unit: unit ? unit.entry.unit : null,
		counted: null,
		source: null,
		rule: p.rule + (unit ? '+unit' : '') + (hedge ? '+hedge' : ''),
		tokFirst: hedge ? Math.min(hedge.first, i0) : i0,
		tokNext: j,
		ownCounted: !!unit || !!glued,
		unitKind: unit?.entry.kind,
		unitText: unit ? work.slice(unit.start, unit.end) : undefined
	};
	if (hedge && hedge.bound === 'lower') fact.lower = value;
	if (hedge && hedge.bound === 'upper') fact.upper = value;
	// counted
	const capitalNouns = lex.compounds;
	if (unit && unit.entry.kind === 'currency') fact.counted = fact.unitText!;
	else if (unit && unit.entry.kind === 'percent') {
		const c = toks[j] && lex.partitiveWords.includes(toks[j].lower) ? countedAfter(toks, j, lex, work, months, capitalNouns) : null;
		fact.counted = c ? work.slice(unit.start, c.end) : fact.unitText!;
	} else if (unit) fact.counted = fact.unitText!;
	else if (glued) fact.counted = glued.text;
	else {
		const c = countedAfter(toks, j, lex, work, months, capitalNouns);
		if (c) {
			fact.counted = c.text;
			fact.ownCounted = c.start === toks[j]?.start || true;
		}
	}
	// "one" as a pronoun: "the one who", "one of them", "One is required"
	if (!unit && p.rule === 'words' && p.next === p.first + 1 && lex.pronounNumbers?.includes(first.lower)) {
		const n = toks[p.next];
		const pairNext = n && (lex.rangeWords.includes(n.lower) || lex.alternativeWords.includes(n.lower)) && toks[p.next + 1] && readPhrase(toks, p.next + 1, lex);
		if (prev && lex.pronounAfter?.includes(prev.lower)) return null;
		if (n && n.kind === 'word' && (n.lower === 'of' || lex.pronounAfter?.includes(n.lower) || lex.pronounBefore?.includes(n.lower))) return null;
		if ((!n || n.kind !== 'word') && !hedge && !negative && !pairNext) return null;
	}
	// pair words need a counted noun ("die beiden anderen Bandmitglieder")
	if (p.rule === 'pair' && !fact.counted) return null;
	void s;
	return fact;
}

/** Ranges ("3.000 bis 4.000"), alternatives ("sieben oder acht") and shared units ("von 74 auf 79 Prozent"). */
function linkPairs(found: Found[], toks: NTok[], lex: NumberLexicon): void {
	for (let k = 0; k + 1 < found.length; k++) {
		const a = found[k];
		const b = found[k + 1];
		const between = toks.slice(a.tokNext, b.tokFirst);
		if (between.length > 2) continue;
		const words = between.map((t) => t.lower);
		const comma = words.length === 1 && words[0] === ',';
		const isRange = words.length >= 1 && words.every((w) => lex.rangeWords.includes(w));
		const isAlt = (words.length === 1 && lex.alternativeWords.includes(words[0])) || (comma && !a.ownCounted && !a.unit);
		const shares = words.length >= 1 && words.every((w) => lex.unitShareWords.includes(w) || w === ',');
		if (isRange) {
			a.partner = b;
			if (b.approx && !a.approx) a.approx = true;
			if (a.approx && !b.approx) b.approx = true;
		}
		if (isAlt && !a.ownCounted && !a.unit) {
			a.approx = true;
			b.approx = true;
		}
		if ((isRange || isAlt || shares) && !a.unit && !a.ownCounted) {
			a.unit = b.unit;
			if (!a.counted) a.counted = b.counted;
			// "100 bis 300 Milliarden": the scale of the second end applies to the first
			if (isRange && b.rule.startsWith('digits+words') && a.rule === 'digits' && a.value < b.value) {
				const scale = guessScale(b.value);
				if (scale > 1 && a.value * scale <= b.value) a.value *= scale;
			}
		}
	}
}

function guessScale(v: number): number {
	for (const s of [1e12, 1e9, 1e6]) if (v >= s && Number.isInteger(v / s * 1000)) return s;
	return 1;
}

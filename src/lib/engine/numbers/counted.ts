// What a number counts: the noun phrase after it ("1.500 nordkoreanische Soldaten"), after a
// partitive ("20.000 der einst 85.000 Arbeitsplätze", "die Hälfte der Befragten"), or the unit.
import type { NumberLexicon } from '../../resources/number-lexicon.ts';
import type { NTok } from './tokens.ts';

// Lower-case words that end the search: verbs, prepositions and conjunctions that look like
// adjectives by their ending.
const STOP = new Set([
	'sind', 'waren', 'wurden', 'werden', 'haben', 'hatten', 'können', 'konnten', 'sollen', 'sollten', 'müssen',
	'mussten', 'seien', 'wären', 'hätten', 'gegen', 'über', 'unter', 'hinter', 'wegen', 'oder', 'aber', 'jeder',
	'jede', 'jedes', 'bis', 'pro', 'je', 'mehr', 'weniger', 'sowie', 'seit', 'ohne', 'alle', 'diese', 'dieser', 'immer',
	'ihre', 'ihren', 'seine', 'seinen', 'unsere', 'wollen', 'dürfen', 'gehen', 'kommen', 'stehen', 'liegen',
	'leben', 'sterben', 'gestorben', 'verletzt', 'getötet', 'eine', 'einen', 'einer', 'einem', 'ein', 'the', 'of',
	'and', 'or', 'are', 'were', 'have', 'had', 'to', 'in', 'at', 'per', 'than', 'more', 'less', 'wie', 'als', 'und'
]);

export interface Counted {
	text: string;
	start: number;
	end: number;
}

function nounEnd(toks: NTok[], k: number): number {
	// a compound written with hyphens: "EM-Qualifikationsspiele", "US-Dollar-Luxus-Suite"
	let e = k;
	while (toks[e + 1] && toks[e + 1].text === '-' && toks[e + 1].glued && toks[e + 2] && toks[e + 2].kind === 'word' && toks[e + 2].glued) e += 2;
	return e;
}

/** The counted noun phrase after token index j (the token after the number and its unit). */
export function countedAfter(toks: NTok[], j: number, lex: NumberLexicon, work: string, months: Set<string>, capitalNouns: boolean): Counted | null {
	const partitive = new Set(lex.partitiveWords);
	let from = -1;
	let adjectives = 0;
	for (let k = j; k < toks.length && k < j + 7; k++) {
		const t = toks[k];
		if (t.kind === 'num') {
			from = -1;
			continue;
		}
		if (t.kind !== 'word') {
			if (t.text === '(' || t.text === ')') continue;
			return null;
		}
		if (partitive.has(t.lower)) {
			from = -1;
			adjectives = 0;
			continue;
		}
		const cap = /^\p{Lu}/u.test(t.text);
		if (capitalNouns ? cap : !STOP.has(t.lower) && adjectives >= 0 && !/(ly|ing|ed)$/.test(t.lower) && k > j - 1 && isEnglishNoun(toks, k)) {
			if (months.has(t.lower) || lex.timeWords.includes(t.lower)) return null;
			const e = nounEnd(toks, k);
			const s = from >= 0 ? toks[from].start : t.start;
			return { text: work.slice(s, toks[e].end), start: s, end: toks[e].end };
		}
		if (STOP.has(t.lower)) return null;
		if (capitalNouns && !/(e|en|er|es|em|ere|ste)$/.test(t.lower) && !lex.partitiveWords.includes(t.lower)) return null;
		if (++adjectives > 3) return null;
		if (from < 0) from = k;
	}
	return null;
}

// English nouns are not capitalised: take the first content word that is not followed by another
// noun-like word ("three big dogs" → "big dogs" via the adjective run).
function isEnglishNoun(toks: NTok[], k: number): boolean {
	const n = toks[k + 1];
	return !n || n.kind !== 'word' || STOP.has(n.lower) || /^(of|in|on|at|for|to|from|and|or|who|that|which|with|is|was|has|will|would|can|could|may|might|must|should|said|says)$/.test(n.lower);
}

/** "26-minütigen" → "Minuten": the counted noun implied by an adjective glued to the number. */
export function gluedCounted(toks: NTok[], j: number, lex: NumberLexicon): { text: string; next: number } | null {
	const dash = toks[j];
	const w = toks[j + 1];
	if (!dash || dash.text !== '-' || !dash.glued || !w || w.kind !== 'word' || !w.glued) return null;
	for (const [suffix, noun] of Object.entries(lex.glueSuffixes)) if (w.lower.startsWith(suffix)) return { text: noun, next: j + 2 };
	return null;
}

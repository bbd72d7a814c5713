// A tokenizer for the numbers stage: digit runs, words (letters only, no hyphen), single marks.
// `glued` says that no white space separates a token from the one before it.

export interface NTok {
	text: string;
	lower: string;
	start: number;
	end: number;
	kind: 'num' | 'word' | 'punct' | 'sym';
	glued: boolean;
}

const FRACTION_CHARS = '½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞';
const PUNCT = new Set([...'.,;:!?()[]{}–—-„“”"»«‚‘’›‹/…\'']);
const SPACE_GROUPS = /\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)(?:[,.]\d+)?/y;
const DIGITS = /\d+(?:[.,:/]\d+)*/y;
const LETTERS = /[\p{L}\p{M}]+/uy;
// scientific notation glued to a digit run: "1e10", "12.32e+14", "1.1^23", "1.3x10^6", "6.23x10^-4"
const EXPONENT = /(?:[eE][+-]?\d{1,3}|\^[+-]{0,2}\d{1,3}|[x×]10\^[+-]?\d{1,3})(?![\p{L}\d^])/uy;

/** Tokens of work[start, end). Linear in the length. */
export function numberTokens(work: string, start: number, end: number, spaceGroups: boolean): NTok[] {
	const out: NTok[] = [];
	let glued = false;
	let i = start;
	const push = (s: number, e: number, kind: NTok['kind']) => {
		const text = work.slice(s, e);
		out.push({ text, lower: text.toLowerCase(), start: s, end: e, kind, glued });
		glued = true;
		i = e;
	};
	while (i < end) {
		const c = work[i];
		if (/\s/.test(c)) {
			glued = false;
			i++;
			continue;
		}
		// ".08": a decimal without its leading zero
		const lead = c === '.' && /\d/.test(work[i + 1] ?? '') && (i === start || /\s/.test(work[i - 1])) ? 1 : 0;
		if ((c >= '0' && c <= '9') || lead) {
			let m: RegExpExecArray | null = null;
			if (spaceGroups && !lead) {
				SPACE_GROUPS.lastIndex = i;
				m = SPACE_GROUPS.exec(work);
			}
			if (!m || i + m[0].length > end) {
				DIGITS.lastIndex = i + lead;
				m = DIGITS.exec(work);
			}
			let e = Math.min(end, i + lead + (m ? m[0].length : 1));
			EXPONENT.lastIndex = e;
			const x = EXPONENT.exec(work);
			if (x && e + x[0].length <= end) e += x[0].length;
			push(i, e, 'num');
			continue;
		}
		if (FRACTION_CHARS.includes(c)) {
			push(i, i + 1, 'num');
			continue;
		}
		LETTERS.lastIndex = i;
		const w = LETTERS.exec(work);
		if (w && w[0].length) {
			push(i, Math.min(end, i + w[0].length), 'word');
			continue;
		}
		push(i, i + 1, PUNCT.has(c) ? 'punct' : 'sym');
	}
	return out;
}

/** Tokens of a lexicon phrase, lower-cased, for matching against `lower`. */
export function phraseTokens(phrase: string): string[] {
	return numberTokens(phrase, 0, phrase.length, false).map((t) => t.lower);
}

export const VULGAR: Record<string, number> = {
	'½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
	'⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8
};

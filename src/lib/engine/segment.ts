import type { Paragraph, Sentence, Token } from './types.ts';
import type { LanguagePack } from '../resources/pack.ts';

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_START = /^[\p{Lu}\p{N}„“"»«‚(\[]/u;
const GLUED = /^(\p{L}*\p{Ll}{3})[.!?]\p{Lu}\p{Ll}/u;
const TOKEN = /\p{L}[\p{L}\p{M}\p{N}'’·.-]*[\p{L}\p{M}\p{N}]|\p{L}|\d+(?:[.,\u00A0\u202F ]\d{3})+(?:,\d+)?(?![\d])|\d+(?:[.,]\d+)?|[„“”"»«‚‘’›‹]|\.{2,}|[!?]{2,}|[.!?…:;,()[\]{}–—-]|\S/gu;

/** Paragraphs are separated by blank lines. */
export function segmentParagraphs(work: string): Paragraph[] {
	const out: Paragraph[] = [];
	const re = /\n[ \t\r\f\v\u00A0]*\n\s*/g;
	let from = 0;
	const push = (s: number, e: number) => {
		while (s < e && /\s/.test(work[s])) s++;
		while (e > s && /\s/.test(work[e - 1])) e--;
		if (e > s) out.push({ start: s, end: e, index: out.length });
	};
	for (let m = re.exec(work); m; m = re.exec(work)) {
		push(from, m.index);
		from = m.index + m[0].length;
	}
	push(from, work.length);
	return out;
}

/** Character ranges inside simply paired quotation marks of one paragraph; sentence ends inside
 * them do not split, so that a quote and its frame stay in one sentence. */
function quotedRanges(work: string, start: number, end: number, pack: LanguagePack): [number, number][] {
	const ranges: [number, number][] = [];
	let open = -1;
	let closers: string[] = [];
	for (let i = start; i < end; i++) {
		const c = work[i];
		if (open < 0) {
			const pair = pack.quoteMarks.find((p) => p.open === c && !p.single);
			if (!pair) continue;
			if (c === '"' && i + 1 < end && /\s/.test(work[i + 1])) continue;
			open = i;
			closers = pair.close;
		} else if (closers.includes(c)) {
			if (i - open < 800) ranges.push([open, i]);
			open = -1;
		}
	}
	return ranges;
}

function wordBefore(work: string, at: number): string {
	let s = at;
	while (s > 0 && WORD_CHAR.test(work[s - 1])) s--;
	return work.slice(s, at);
}

function wordAfter(work: string, at: number): string {
	let e = at;
	while (e < work.length && WORD_CHAR.test(work[e])) e++;
	return work.slice(at, e);
}

function isBoundary(work: string, dot: number, next: number, pack: LanguagePack): boolean {
	const ch = work[dot];
	if (!UPPER_START.test(work[next] ?? '')) return false;
	if (ch !== '.') return true;
	const before = wordBefore(work, dot);
	if (!before) return true;
	const lower = before.toLowerCase();
	if (/^\p{L}$/u.test(before)) return false; // initials: "J. F. Kennedy"
	if (pack.abbreviations.has(lower) && !/^\d/.test(before)) return false;
	if (/^\d{1,3}$/.test(before)) {
		// "am 3. Oktober", "der 3. Platz": ordinal, not a sentence end
		const next1 = wordAfter(work, next).toLowerCase();
		if (pack.months.has(next1)) return false;
		const lead = wordBefore(work, dot - before.length - 1).toLowerCase();
		if (work[dot - before.length - 1] === ' ' && pack.ordinalLeaders.has(lead)) return false;
		// "3. 4. 2024" style dates; not a thousands group ("rund 5.000. Danach …" ends a sentence)
		if (/^\d+$/.test(lead) && work[dot - before.length - 1] === ' ') return false;
	}
	return true;
}

/** Splits paragraphs into sentences (line breaks always end a sentence) and tokens. */
export function segmentSentences(work: string, paragraphs: Paragraph[], pack: LanguagePack): Sentence[] {
	const sentences: Sentence[] = [];
	const push = (s: number, e: number, paragraph: number) => {
		while (s < e && /\s/.test(work[s])) s++;
		while (e > s && /\s/.test(work[e - 1])) e--;
		if (e <= s) return;
		const tokens = tokenize(work, s, e);
		// last character before closing marks, brackets and blanks (a loop: a regex anchored at
		// the end is quadratic on a long run of marks)
		let b = e;
		while (b > s && /[„“”"»«‚‘’›‹)\]\s]/.test(work[b - 1])) b--;
		const heading = !(b > s && /[.!?…:;]/.test(work[b - 1])) && tokens.length <= 16;
		sentences.push({ start: s, end: e, index: sentences.length, paragraph, tokens, heading });
	};
	for (const p of paragraphs) {
		const quoted = quotedRanges(work, p.start, p.end, pack);
		let q = 0;
		let from = p.start;
		// end of the last scanned run of closing punctuation and of the blanks after it: every
		// mark inside one run ends at the same place, so a run is scanned once (linear time on
		// "......" or "?!?!?!")
		let runEnd = -1, blankEnd = -1;
		for (let i = p.start; i < p.end; i++) {
			const c = work[i];
			if (c === '\n') {
				push(from, i, p.index);
				from = i + 1;
				continue;
			}
			if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
			while (q < quoted.length && quoted[q][1] < i) q++;
			// inside a quote no sentence ends, except right before its closing mark: „… Schritte.“ Dann …
			if (q < quoted.length && quoted[q][0] < i && i < quoted[q][1] && i + 1 !== quoted[q][1]) continue;
			// the sentence may end after closing marks and brackets: „…“ / (…)
			let j = i + 1;
			if (j < runEnd) j = runEnd;
			else {
				while (j < p.end && /[.!?…“”"«»‘’)\]]/.test(work[j])) j++;
				runEnd = j;
				blankEnd = -1;
			}
			// a missing blank after the period ("sagte er.Die Polizei …"): a word of lower-case
			// letters, the mark, then a capitalised word
			const glued = j < p.end && j === i + 1 && c !== '…' && /\p{Lu}/u.test(work[j]) && /\p{Ll}/u.test(work[j + 1] ?? '') && /\p{Ll}{3}$/u.test(work.slice(Math.max(p.start, i - 3), i));
			if (j >= p.end || (!/\s/.test(work[j]) && !glued)) continue;
			let k = glued ? j : blankEnd;
			if (k < 0) {
				k = j;
				while (k < p.end && /[ \t\u00A0]/.test(work[k])) k++;
				blankEnd = k;
			}
			if (k >= p.end || work[k] === '\n') continue;
			if (!isBoundary(work, i, k, pack)) continue;
			push(from, j, p.index);
			from = j;
			i = j - 1;
		}
		push(from, p.end, p.index);
	}
	return sentences;
}

export function tokenize(work: string, start: number, end: number): Token[] {
	const tokens: Token[] = [];
	const slice = work.slice(start, end);
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
		let text = m[0];
		// a word token may have swallowed a sentence-final period ("Dr." is kept by abbreviations)
		if (text.length > 1 && text.endsWith('.') && /\p{L}/u.test(text[0])) text = text.slice(0, -1);
		// two sentences glued by their period ("Polizei.Die"): the first word ends at the mark
		const glued = GLUED.exec(text);
		if (glued) text = glued[1];
		const s = start + m.index;
		const kind: Token['kind'] = /^\p{L}/u.test(text)
			? 'word'
			: /^\d/.test(text)
				? 'number'
				: /^[„“”"»«‚‘’›‹]$/.test(text)
					? 'quote'
					: /^[.!?…:;,()[\]{}–—-]+$/.test(text)
						? 'punct'
						: 'symbol';
		tokens.push({ start: s, end: s + text.length, text, kind });
		if (text.length < m[0].length) TOKEN.lastIndex = m.index + text.length;
	}
	return tokens;
}

// Small helpers for question generation: sentences by offset, quote display text, blanks,
// stable shuffling.
import type { Doc, Quote, Sentence, Span } from '../types.ts';

/** the sentence containing `offset` (binary search; null between sentences) */
export function sentenceAt(doc: Doc, offset: number): Sentence | null {
	const s = doc.sentences;
	let lo = 0, hi = s.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (s[mid].end <= offset) lo = mid + 1;
		else if (s[mid].start > offset) hi = mid - 1;
		else return s[mid];
	}
	return null;
}

/** the sentences covering all `spans`, as one span (null when they are far apart) */
export function contextOf(doc: Doc, spans: Span[], maxSentences = 3): Span | null {
	const ss = spans.flatMap((sp) => [sentenceAt(doc, sp.start), sentenceAt(doc, Math.max(sp.start, sp.end - 1))]).filter((s): s is Sentence => !!s);
	if (!ss.length) return null;
	const first = Math.min(...ss.map((s) => s.index)), last = Math.max(...ss.map((s) => s.index));
	if (last - first + 1 > maxSentences) return null;
	const byIndex = (i: number) => (doc.sentences[i]?.index === i ? doc.sentences[i] : doc.sentences.find((s) => s.index === i));
	const a = byIndex(first), b = byIndex(last);
	return a && b ? { start: a.start, end: b.end } : null;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const MARKS = /^[\s„“”"»«‚‘’›‹'(]+|[\s„“”"»«‚‘’›‹',;:(]+$/gu;

/** what a quote says, without its quotation marks; split quotes joined by " … " */
export function quoteText(q: Quote, text: string): string {
	const parts = q.segments?.length ? q.segments.map(([s, e]) => text.slice(s, e)) : [text.slice(q.start, q.end) || q.text];
	return squash(parts.map((p) => squash(p).replace(MARKS, '')).filter(Boolean).join(' … '));
}

/** a long quote cut at a clause boundary, or after ~20 words, with an ellipsis */
export function shorten(s: string, maxWords = 28): string {
	const words = s.split(' ');
	if (words.length <= maxWords) return s;
	let cut = -1;
	for (let i = 10; i < Math.min(words.length - 3, 24); i++) if (/[,;:]$/.test(words[i])) cut = i;
	const head = words.slice(0, cut > 0 ? cut + 1 : 20).join(' ').replace(/[,;:]$/, '');
	return `${head} …`;
}

/** the text of `span` with `blanks` replaced by `blank` (or a blank's own `mark`); whitespace squashed */
export function blankOut(text: string, span: Span, blanks: (Span & { mark?: string })[], blank: string): string {
	const sorted = [...blanks].filter((b) => b.start >= span.start && b.end <= span.end).sort((a, b) => a.start - b.start);
	let out = '', at = span.start;
	for (const b of sorted) {
		if (b.start < at) continue;
		out += text.slice(at, b.start) + (b.mark ?? blank);
		at = b.end;
	}
	out += text.slice(at, span.end);
	return squash(out);
}

/** a long sentence cut to a window around `focus` */
export function window(text: string, span: Span, focus: Span, maxChars = 320): Span {
	if (span.end - span.start <= maxChars) return span;
	let start = Math.max(span.start, focus.start - maxChars / 2);
	let end = Math.min(span.end, start + maxChars);
	start = Math.max(span.start, end - maxChars);
	while (start > span.start && /\S/.test(text[start - 1])) start++;
	while (end < span.end && /\S/.test(text[end])) end--;
	return { start, end };
}

const DOUBLE = /[„“”"»«›‹]/gu;
/** the inner marks of each language: German ‚…‘, English ‘…’ */
const INNER = { de: ['‚', '‘'], en: ['‘', '’'] } as const;

/** Inner quotation marks in one style, so that the text can be quoted again: every double mark
 * (and German guillemets) becomes the language's single inner mark, an opener where it starts a
 * quotation (after a space or at the start), else a closer; a quotation cut by a window or by the
 * end of a quote gets its missing mark, so no mark stays unbalanced. */
export function innerQuotes(text: string, lang: 'de' | 'en'): string {
	const [open, close] = INNER[lang];
	// two apostrophes stand for a double mark in some sources
	const s = text.replace(/''/g, '"');
	let out = s.replace(DOUBLE, (m, at: number) => {
		const before = at ? s[at - 1] : ' ';
		const after = s[at + 1] ?? ' ';
		if (m === '„' || m === '»' || m === '›') return lang === 'de' && (m === '»' || m === '›') && /\S/.test(before) && !/\S/.test(after) ? close : open;
		if (m === '«' || m === '‹') return lang === 'de' && !/\S/.test(before) ? open : close;
		return /[\s(\[–—-]/u.test(before) && /\S/.test(after) ? open : close;
	});
	// English apostrophes ("don’t") are no marks
	const marks = [...out.matchAll(new RegExp(`[${open}${close}]`, 'gu'))].filter((m) => !(lang === 'en' && m[0] === close && /\p{L}/u.test(out[m.index! - 1] ?? '') && /\p{L}/u.test(out[m.index! + 1] ?? '')));
	let depth = 0, missingOpen = 0;
	for (const m of marks) {
		if (m[0] === open) depth++;
		else if (depth) depth--;
		else missingOpen++;
	}
	if (missingOpen) out = open.repeat(missingOpen) + out;
	if (depth) out = out.replace(/(\s…)?$/u, (tail) => close.repeat(depth) + tail);
	return out;
}

/** FNV-1a */
export function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** mulberry32: a small seeded generator, so that a quiz is the same on every run */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function shuffle<T>(items: T[], seed: number): T[] {
	const out = [...items];
	const r = rng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/** options in a stable shuffled order in which the answer does not always come first */
export function arrange<T>(answer: T, distractors: T[], seed: number): T[] {
	const all = [answer, ...distractors];
	const r = rng(seed ^ 0x9e3779b9);
	const pos = Math.floor(r() * all.length);
	const rest = shuffle(distractors, seed);
	rest.splice(pos, 0, answer);
	return rest;
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, (c) => (c === '-' ? '\\x2d' : `\\${c}`));

/** an omitted figure in a passage: other figures of the sentence stay out of a number question,
 * so that one question's passage never answers another's */
export const OMITTED = '[…]';

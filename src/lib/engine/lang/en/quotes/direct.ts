import type { Doc } from '../../../types.ts';
import type { EnTools } from '../grammar/lexicon.ts';
import type { EnSpan } from '../grammar/marks.ts';
import type { EnCue } from '../grammar/cues.ts';
import type { EnToken } from '../grammar/tokens.ts';
import { isQ, sentenceOf, type Outside } from '../grammar/outside.ts';
import { cuesIn } from '../grammar/cues.ts';
import { leadingFrame, sentenceCue, trailingFrame, type EnFrame, type FrameHit } from '../grammar/frames.ts';

/** A quote as the English stages build it, before it becomes a `Quote`. */
export interface EnQuote {
	start: number;
	end: number;
	kind: 'direct' | 'indirect';
	segments?: [number, number][];
	frame: EnFrame;
	cue: EnCue | null;
	rule: string;
	paragraph: number;
	/** the quoted span(s) it holds */
	spans: number[];
	/** an earlier quote whose speaker this one continues (a quote running on over paragraphs) */
	after?: EnQuote;
}

/** A quoted stretch without a frame next to it, decided once reported speech is known. */
export interface EnPending {
	span: number;
	hit: FrameHit | null;
	paragraph: number;
	long: boolean;
}

const tokenIndexAfter = (tokens: { start: number }[], offset: number): number => {
	let lo = 0, hi = tokens.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (tokens[mid].start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
};

/** The quoted text ends its sentence ("….”", "…?”", "….’”"). */
const endsSentence = (inner: string): boolean => /[.!?]['’]?\s*$/.test(inner);
const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const LONG = 8;
const SHORT = 4;

/** A title, name or term in quotation marks: after a title noun or "so-called", or a short
 * stretch of capitalised words without final punctuation. */
function titleLike(o: Outside, k: number, inner: string, tools: EnTools): boolean {
	const before = o.tokens.slice(Math.max(0, k - 2), k).map((t) => t.lower);
	if (before.some((w) => tools.titleNouns.has(w))) return true;
	const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
	if (words.length <= 6 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || tools.g.titleFunctionWords.has(w)) && !/[.!?,]\s*$/.test(inner.trim())) return true;
	return false;
}

/** Direct quotes: each paired span with the frame next to it (after it, or before it), split
 * quotes merged, quotes opening a sentence with no frame continue the quote before. */
export function findDirect(doc: Doc, outs: Outside[], spans: EnSpan[], tools: EnTools): { quotes: EnQuote[]; pending: EnPending[] } {
	const quotes: EnQuote[] = [];
	const pending: EnPending[] = [];
	const itemOfSpan = new Map<number, number>();
	for (const o of outs) {
		const { tokens } = o;
		// the last quote of this paragraph and the token where its frame ends
		let last: { q: number; frameEnd: number; trailing: boolean } | null = null;
		for (let k = 0; k < tokens.length; k++) {
			const tok = tokens[k];
			if (!isQ(tok)) continue;
			const si = tok.span!;
			const span = spans[si];
			const inner = doc.work.slice(span.innerStart, span.innerEnd);
			const words = wordCount(inner);
			if (words === 0) continue;
			// a short quoted phrase inside the frame of the quote before ("…,” X said of the “plan”. “…”)
			if (last && last.trailing && k <= last.frameEnd) continue;
			const [ss] = o.sentences[sentenceOf(o, k)];
			const trailing = trailingFrame(tokens, k, tools, endsSentence(inner));
			// a split quote: “…,” she said, “…” or “…,” she said. “…”
			if (last && last.trailing) {
				const gap = tokens.slice(last.frameEnd + 1, k);
				const joined = gap.length <= 2 && gap.every((g) => g.kind === 'punct' && /^[,.;:—–]$/.test(g.text));
				const comma = gap.length > 0 && gap.every((g) => g.text === ',' || g.text === '—' || g.text === '–');
				// a frame that goes on with a clause of its own ("…, adding …", "who also said that …") ends the quote
				const q0 = quotes[last.q];
				const second = q0.cue ? cuesIn(tokens, tokenIndexAfter(tokens, q0.cue.end), last.frameEnd, tools).some((c) => opensReport(tokens, c, tools)) : false;
				// a signature line ("“…” ― Name") closes its quote; a quote on a new line starts another
				// after a quote that ended its sentence, a frame ending in a colon introduces the next
				// quote ("“….” The senator repeated: “…”"): two quotes
				const before = spans[q0.spans[q0.spans.length - 1]];
				const introduces = gap.some((g) => g.text === ':') && endsSentence(doc.work.slice(before.innerStart, before.innerEnd));
				const closed = q0.frame.sieve === 'dash-name' || !!tok.lineStart || introduces;
				if (joined && (comma || !trailing) && !second && !closed) {
					const q = quotes[last.q];
					q.segments = [...(q.segments ?? [[q.start, q.end]]), [span.open, span.close]];
					q.end = span.close;
					q.spans.push(si);
					itemOfSpan.set(si, last.q);
					last = { q: last.q, frameEnd: k, trailing: true };
					continue;
				}
			}
			let hit: FrameHit | null = null;
			let start = span.open;
			if (trailing && trailing.frame.mention) {
				hit = trailing;
				// the quote ends a clause that began before it: "The plan is “dead,” X said."
				if (k > ss && !tokens.slice(ss, k).some((t) => isQ(t) || t.text === '(') && wordCount(doc.work.slice(tokens[ss].start, span.open)) >= 2) {
					const lead = sentenceCue(tokens, ss, k, tools);
					if (!lead) start = tokens[ss].start;
				}
			} else {
				let lead = leadingFrame(tokens, ss, k, tools);
				if (lead && lead.frame.sieve === 'colon-subject' && titleLike(o, k, inner, tools)) lead = null;
				hit = lead && lead.frame.mention ? lead : (trailing ?? lead);
			}
			if (!hit) {
				const inSentence = sentenceCue(tokens, ss, k, tools);
				if (inSentence) {
					// inside reported speech: the indirect stage decides (quotes/fragments)
					if (!titleLike(o, k, inner, tools)) pending.push({ span: si, hit: inSentence, paragraph: o.paragraph, long: words >= LONG });
					continue;
				}
			}
			if (!hit) {
				const opens = k === ss || (k === ss + 1 && /^[(—–-]$/.test(tokens[ss].text));
				if (titleLike(o, k, inner, tools) && !opens) continue;
				const colon = tokens[k - 1]?.text === ':' && !/^\p{Ll}/u.test(inner.trim());
				if (opens || span.continues) {
					hit = { frame: { mention: null, follows: -1, sieve: span.continues ? 'runs-on' : 'paragraph-continuity', confidence: 0 }, cue: null, end: k };
				} else if (words >= LONG || (colon && words >= 2)) {
					hit = { frame: { mention: null, sieve: 'none', confidence: 0 }, cue: null, end: k };
				} else {
					if (words >= SHORT && !/^\p{Ll}/u.test(inner.trim()) && /[.!?,]\s*$/.test(inner)) hit = { frame: { mention: null, sieve: 'none', confidence: 0 }, cue: null, end: k };
					else continue;
				}
			}
			quotes.push({
				start,
				end: span.close,
				kind: 'direct',
				frame: hit.frame,
				cue: hit.cue,
				rule: `direct.${hit.frame.sieve}${start !== span.open ? '+clause' : ''}`,
				paragraph: o.paragraph,
				spans: [si]
			});
			itemOfSpan.set(si, quotes.length - 1);
			last = { q: quotes.length - 1, frameEnd: hit === trailing ? hit.end : k, trailing: hit === trailing };
		}
	}
	// a quote running on over paragraphs: every piece has the speaker found at any piece
	for (let i = 0; i < spans.length; i++) {
		if (!spans[i].runsOn) continue;
		const a = itemOfSpan.get(i);
		const b = spans[i + 1]?.continues ? itemOfSpan.get(i + 1) : undefined;
		if (a === undefined || b === undefined) continue;
		const qa = quotes[a], qb = quotes[b];
		if (!qa.frame.mention && qb.frame.mention) qa.frame = { ...qb.frame, sieve: 'runs-on', confidence: Math.min(qb.frame.confidence, 0.85) };
		else if (!qb.frame.mention) {
			qb.frame = { mention: null, sieve: 'runs-on', confidence: 0.85 };
			qb.after = qa;
		}
	}
	return { quotes, pending };
}

/** Does a reporting verb inside a frame start a report of its own ("…, adding that …", "who also
 * said …")? Not when it takes no clause ("who spoke on condition of anonymity"), sits in a side
 * clause ("after X failed …", "where Y also spoke"), is passive ("he was called to"), or is a
 * participle naming the occasion ("speaking of …"). */
function opensReport(tokens: EnToken[], c: EnCue, tools: EnTools): boolean {
	if (c.form === 'according' || (c.entry && !c.entry.clause)) return false;
	const lex = tools.lex;
	if (c.form === 'ing') return !lex.occasionPrepositions.includes(tokens[c.last + 1]?.lower ?? '');
	// "was called", "was formally called": passive, adverbs between
	let b = c.first - 1;
	while (b > 0 && (tools.fillers.has(tokens[b].lower) || /ly$/.test(tokens[b].lower))) b--;
	if (lex.passiveAuxiliaries.includes(tokens[b]?.lower ?? '')) return false;
	for (let i = c.first - 1; i >= 0 && c.first - i <= 12; i--) {
		const w = tokens[i].lower;
		if (lex.newClauseOpeners.includes(w) || tokens[i].text === ',') return true;
		if (lex.sideClauseOpeners.includes(w)) return false;
		if (tokens[i].kind === 'quote' || isQ(tokens[i])) break;
	}
	return true;
}

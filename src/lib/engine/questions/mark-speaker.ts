// "Markiere im Text, wer das gesagt hat" – any mention of the speaker counts; asked only where
// the quote's passage names the speaker.
import type { Quote, Span } from '../types.ts';
import { type Draft, type Gen, cite, quoteContext, quoteDisplay, span } from './gen.ts';
import { fold, nameTokens } from '../scoring/text.ts';
import { escapeRegExp } from './util.ts';

function mentionsOf(g: Gen, q: Quote): Span[] {
	const info = g.cat.of.get(q)!;
	const out = new Map<string, Span>();
	const add = (s: Span) => { if (s.end > s.start && out.size < 80) out.set(`${s.start}:${s.end}`, span(s)); };
	for (const m of info.mentions) add(m);
	// every occurrence of the name's last word (≥ 4 letters), as a whole word
	const toks = nameTokens(info.name);
	const last = info.name.trim().split(/\s+/).pop() ?? '';
	if (toks.length && last.length >= 4 && /^[\p{L}-]+$/u.test(last)) {
		const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(last)}(?![\\p{L}])`, 'gu');
		for (const m of g.text.matchAll(re)) if (m.index !== undefined) add({ start: m.index, end: m.index + m[0].length });
	}
	// a span inside another one is the same mention
	const all = [...out.values()].sort((a, b) => a.start - b.start || b.end - a.end);
	return all.filter((s, i) => !all.some((o, j) => j !== i && o.start <= s.start && o.end >= s.end && (o.end - o.start > s.end - s.start || j < i)));
}

export function markSpeaker(g: Gen, q: Quote): Draft | null {
	const info = g.cat.of.get(q);
	if (!info) return null;
	const mentions = mentionsOf(g, q);
	if (!mentions.length) return null;
	const context = quoteContext(g, q);
	// only where the passage names the speaker: a student who finds only "Er" there cannot mark the name
	const named = (m: Span) => m.start >= context.start && m.end <= context.end && !g.t.pronouns.some((p) => fold(p) === fold(g.text.slice(m.start, m.end)));
	if (!mentions.some(named)) return null;
	return {
		type: 'mark-the-speaker',
		target: 'mark',
		lang: g.lang,
		prompt: g.t.markSpeaker(quoteDisplay(g, q)),
		answer: mentions,
		speaker: info.name,
		evidence: span(q),
		context,
		explanation: g.t.explainSpeaker(info.name, cite(g, context))
	};
}

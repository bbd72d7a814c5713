// Cloze with the speaker blanked: the quote's sentence(s) with the frame's name left out. Only
// when the frame names the speaker (not a pronoun) and no other mention gives it away.
import type { Quote } from '../types.ts';
import { type Draft, type Gen, quoteContext, seedOf, slice, span, speakerFields, cite } from './gen.ts';
import { blankOut, innerQuotes } from './util.ts';
import { mentionedIn } from './catalog.ts';
import { nameDistance, fold } from '../scoring/text.ts';

export function clozeSpeaker(g: Gen, q: Quote): Draft | null {
	const info = g.cat.of.get(q);
	const s = q.speaker;
	if (!info || !s || !(s.end > s.start)) return null;
	const mention = g.text.slice(s.start, s.end);
	if ([...g.t.pronouns, ...(g.t.sourceAdverbs ?? [])].some((p) => fold(p) === fold(mention))) return null;
	if (!info.aliases.some((al) => nameDistance(mention, al) < Infinity || nameDistance(al, mention) < Infinity)) return null;
	const context = quoteContext(g, q);
	if (context.end - context.start > 420 || s.start < context.start || s.end > context.end) return null;
	// a headline ("Lind: Einsatz ‚sehr ernst‘") is no sentence to complete
	if (!/[.!?…)]\s*$/u.test(g.text.slice(context.start, context.end).replace(/[\s„“”"»«‚‘’›‹]+$/u, ""))) return null;
	const text = innerQuotes(blankOut(g.text, context, [{ start: s.start, end: s.end }], g.t.blank), g.lang);
	if (info.aliases.some((al) => mentionedIn(text, al))) return null;
	void seedOf;
	return {
		type: 'cloze',
		target: 'speaker',
		lang: g.lang,
		prompt: g.t.clozeSpeaker(text),
		...speakerFields(g, info),
		accept: [...info.aliases, slice(g, s)].filter((x, i, arr) => arr.findIndex((y) => fold(y) === fold(x)) === i),
		evidence: span(q),
		context,
		explanation: g.t.explainSpeaker(info.name, cite(g, context))
	};
}

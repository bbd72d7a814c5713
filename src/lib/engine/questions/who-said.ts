// "Wer sagte: „…“?" – a quote, the speaker typed or picked.
import type { Quote } from '../types.ts';
import { type Draft, type Gen, cite, quoteContext, quoteDisplay, seedOf, slice, span, speakerFields } from './gen.ts';
import { speakerDistractors } from './distractors.ts';
import { arrange } from './util.ts';

export function whoSaid(g: Gen, q: Quote, withOptions = true): Draft | null {
	const info = g.cat.of.get(q);
	if (!info) return null;
	const context = quoteContext(g, q);
	const seed = seedOf(g, 'who-said', q.start);
	const ds = withOptions ? speakerDistractors(g.cat, info, slice(g, context), 3, seed) : [];
	return {
		type: 'who-said',
		target: 'speaker',
		lang: g.lang,
		prompt: g.t.whoSaid(quoteDisplay(g, q), q.kind === 'indirect'),
		...speakerFields(g, info),
		...(ds.length >= 2 ? { options: arrange(info.name, ds.map((d) => d.name), seed) } : {}),
		evidence: span(q),
		context,
		explanation: g.t.explainSpeaker(info.name, cite(g, context))
	};
}

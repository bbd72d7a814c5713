// "Was sagte X?" – pick X's quote among quotes of other speakers.
import type { Quote } from '../types.ts';
import { type Draft, type Gen, cite, quoteContext, quoteDisplay, seedOf, span } from './gen.ts';
import { separable, speakersConflict } from './catalog.ts';
import { sameKind } from './distractors.ts';
import { arrange, shuffle } from './util.ts';
import { fold } from '../scoring/text.ts';
import { isWholeStatement } from './statement.ts';

export function whatDidSay(g: Gen, q: Quote): Draft | null {
	const info = g.cat.of.get(q);
	if (!info) return null;
	const answer = quoteDisplay(g, q);
	if (!isWholeStatement(g, answer, q)) return null;
	const seed = seedOf(g, 'what-did-say', q.start);
	// quotes of other, confidently attributed speakers that no alias of X could name
	const others = shuffle(g.cat.speakers.slice(0, 60), seed)
		.filter((s) => s !== info && !speakersConflict(g.cat, info, s))
		.slice(0, 12)
		// other kinds only when they cannot be one another: a person and an institution not written
		// close together (a spokeswoman and her organisation), a description ("der Pentagon-Chef")
		// not shortly after the person it might refer back to
		.filter((s) => sameKind(s, info) || separable(g.text, s, info));
	const pool = others.map((s) => s.quotes[Math.floor((seed % 97) % s.quotes.length)]);
	const seen = new Set([fold(answer)]);
	const distractors: string[] = [];
	for (const o of pool) {
		const d = quoteDisplay(g, o);
		if (seen.has(fold(d)) || fold(d).length < 8 || !isWholeStatement(g, d, o)) continue;
		seen.add(fold(d));
		distractors.push(d);
		if (distractors.length >= 3) break;
	}
	if (distractors.length < 2) return null;
	const context = quoteContext(g, q);
	return {
		type: 'what-did-x-say',
		target: 'quote',
		lang: g.lang,
		prompt: g.t.whatDidSay(info.name),
		speaker: info.name,
		answer,
		options: arrange(answer, distractors, seed),
		evidence: span(q),
		context,
		explanation: g.t.explainSpeaker(info.name, cite(g, context))
	};
}

// Match 3–5 speakers to one quote each (partial credit when grading), on direct quotes that no
// other question asks about, with one more speaker among the names than there are statements.
import type { Quote } from '../types.ts';
import { type Draft, type Gen, quoteDisplay, seedOf, span } from './gen.ts';
import { separable, type SpeakerInfo } from './catalog.ts';
import { namesConflict, fold } from '../scoring/text.ts';
import { shuffle } from './util.ts';

export function match(g: Gen, covered: Set<Quote>): Draft | null {
	const seed = seedOf(g, 'match');
	const chosen: SpeakerInfo[] = [];
	// speakers with most quotes first; names must not be taken for one another
	// speakers with a direct quote first (the surest attributions), then by number of quotes
	const direct = (s: SpeakerInfo) => (s.quotes.some((q) => q.kind === 'direct') ? 1 : 0);
	const ranked = [...g.cat.speakers].sort((a, b) => direct(b) - direct(a) || b.quotes.length - a.quotes.length || a.key - b.key);
	for (const s of ranked) {
		if (chosen.length >= 5) break;
		// pairs use direct quotes only (the surest attributions), one that no other question asks
		if (!s.quotes.some((x) => x.kind === 'direct' && !covered.has(x))) continue;
		if (chosen.some((c) => c.entity && s.entity && c.entity.id === s.entity.id)) continue;
		if (chosen.some((c) => namesConflict(c.name, s.name) || s.aliases.some((al) => c.aliases.some((cl) => namesConflict(al, cl))))) continue;
		// a description ("der Pentagon-Chef") that may refer back to a chosen person, or a speaker
		// written next to a chosen one (a spokeswoman and her organisation): not in one match
		if (chosen.some((c) => c.kind !== s.kind && !separable(g.text, c, s))) continue;
		chosen.push(s);
	}
	// the extra name: another speaker that cannot be taken for any chosen one
	let extra = ranked.find((s) => !chosen.includes(s) && !chosen.some((c) => namesConflict(c.name, s.name) || s.aliases.some((al) => c.aliases.some((cl) => namesConflict(al, cl))) || (c.kind !== s.kind && !separable(g.text, c, s))));
	if (!extra && chosen.length > 3) extra = chosen.pop();
	if (chosen.length < 3 || !extra) return null;
	const pairs = chosen.map((s) => {
		const q = s.quotes.find((x) => x.kind === 'direct' && !covered.has(x))!;
		return { answer: s.name, evidence: span(q), quote: quoteDisplay(g, q) };
	});
	if (new Set(pairs.map((p) => fold(p.quote))).size !== pairs.length) return null;
	const ordered = shuffle(pairs, seed);
	return {
		type: 'match',
		target: 'match',
		lang: g.lang,
		prompt: g.t.match(),
		pairs: ordered,
		options: shuffle([...chosen, extra].map((s) => s.name), seed + 1),
		accept: Object.fromEntries(chosen.map((s) => [s.name, s.aliases])),
		evidence: span(ordered[0].evidence),
		explanation: ordered.map((p, i) => `${i + 1}: ${p.answer}`).join('; ')
	};
}

// "Welche Funktion hat X?" – the role the article gives a person ("NATO-Sprecherin").
import type { Entity } from '../types.ts';
import { type Draft, type Gen, cite, seedOf, sentenceSpan } from './gen.ts';
import { fold } from '../scoring/text.ts';
import { arrange } from './util.ts';

export function whoIs(g: Gen, e: Entity, all: Entity[]): Draft | null {
	const role = typeof e.role === 'string' ? e.role.trim() : '';
	if (fold(role).length < 3 || !e.name || fold(e.name) === fold(role)) return null;
	if (all.some((o) => o !== e && fold(o.role) === fold(role))) return null;
	// the role as the article writes it, near a mention of the person
	let at = -1;
	for (const m of e.mentions ?? []) {
		const from = Math.max(0, m.start - 120);
		const i = g.text.slice(from, m.end + 120).indexOf(role);
		if (i >= 0) { at = from + i; break; }
	}
	if (at < 0) at = g.text.indexOf(role);
	if (at < 0) return null;
	const prompt = g.t.whoIs(e.name);
	if (fold(prompt).includes(fold(role))) return null;
	const seed = seedOf(g, 'who-is', e.id);
	const ds = [...new Set(all.filter((o) => o !== e && o.role && fold(o.role) !== fold(role)).map((o) => o.role!.trim()))]
		.filter((r, i, arr) => arr.findIndex((x) => fold(x) === fold(r)) === i)
		.slice(0, 3);
	const context = sentenceSpan(g, at);
	return {
		type: 'who-is',
		target: 'role',
		lang: g.lang,
		prompt,
		answer: role,
		accept: [role],
		person: e.name,
		...(ds.length >= 2 ? { options: arrange(role, ds, seed) } : {}),
		evidence: { start: at, end: at + role.length },
		context,
		explanation: g.t.explainRole(e.name, role, cite(g, context))
	};
}

// "Welche Funktion hat X?" – the role the article gives a person ("NATO-Sprecherin").
import type { Entity } from '../types.ts';
import { type Draft, type Gen, cite, seedOf, sentenceSpan } from './gen.ts';
import { fold } from '../scoring/text.ts';
import { arrange } from './util.ts';

/** the roles of the article's entities, computed once per quiz: how many entities carry each
 * (folded) role, and the first few distinct roles as distractors */
export interface RoleIndex {
	count: Map<string, number>;
	roles: string[];
}

export function indexRoles(all: Entity[]): RoleIndex {
	const count = new Map<string, number>();
	const roles: string[] = [];
	for (const o of all) {
		if (!o.role) continue;
		const f = fold(o.role);
		if (!count.has(f) && roles.length < 8) roles.push(o.role.trim());
		count.set(f, (count.get(f) ?? 0) + 1);
	}
	return { count, roles };
}

export function whoIs(g: Gen, e: Entity, index: RoleIndex): Draft | null {
	const role = typeof e.role === 'string' ? e.role.trim() : '';
	if (fold(role).length < 3 || !e.name || fold(e.name) === fold(role)) return null;
	// an answer key must read right on its own: "Präsidenten" or "der Innenminister Frankreichs" do not
	if (!g.t.roleAsAnswer(role)) return null;
	// a role that another entity carries too does not tell them apart
	if ((index.count.get(fold(role)) ?? 0) > 1) return null;
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
	const ds = index.roles.filter((r) => fold(r) !== fold(role)).slice(0, 3);
	const context = sentenceSpan(g, at);
	return {
		type: 'who-is',
		target: 'role',
		lang: g.lang,
		prompt,
		answer: role,
		accept: fullerRoles(g, e, role),
		person: e.name,
		...(ds.length >= 2 ? { options: arrange(role, ds, seed) } : {}),
		evidence: { start: at, end: at + role.length },
		context,
		explanation: g.t.explainRole(e.name, role, cite(g, context))
	};
}

/** the role and the fuller forms the article gives the same person ("US-Verteidigungsminister"
 * for "Verteidigungsminister", "Bundesinnenminister" for "Innenminister"), near a mention */
function fullerRoles(g: Gen, e: Entity, role: string): string[] {
	const out = new Set([role]);
	if (!/^[\p{L}-]+$/u.test(role)) return [role];
	const tail = role.toLowerCase();
	for (const m of (e.mentions ?? []).slice(0, 20)) {
		const near = g.text.slice(Math.max(0, m.start - 120), m.end + 120);
		for (const w of near.match(/[\p{L}-]{4,}/gu) ?? []) if (w.length > role.length && w.toLowerCase().endsWith(tail)) out.add(w);
	}
	return [...out];
}

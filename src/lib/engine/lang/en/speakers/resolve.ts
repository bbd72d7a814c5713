import type { Entity, Speaker } from '../../../types.ts';
import type { EnMention } from '../grammar/mention.ts';
import type { EnQuote } from '../quotes/direct.ts';
import type { EnTools } from '../grammar/lexicon.ts';
import { keyTokens, type PersonIndex, type EnPerson } from './entities.ts';

const PRONOUN_WINDOW = 700; // characters: a pronoun refers to someone named shortly before

/** Sieves from the most to the least precise: a name in the frame (a surname → the fullest name
 * when only one person has it), a role noun held by exactly one named person, an organisation or
 * description as it stands, a pronoun → the most recent person of its gender, a quote that
 * continues the one before. Unresolved stays null. */
export function resolveSpeakers(quotes: EnQuote[], index: PersonIndex, tools: EnTools): { speakers: (Speaker | null)[]; entities: Entity[] } {
	const speakers: (Speaker | null)[] = quotes.map(() => null);
	const personOf = (m: EnMention): EnPerson | undefined => {
		if (!m.name) return undefined;
		const words = keyTokens(m.name, tools);
		const list = index.bySurname.get(words[words.length - 1] ?? '');
		if (!list) return undefined;
		const fits = list.filter((p) => words.every((w) => p.name.toLowerCase().split(/\s+/).includes(w)));
		return fits.length === 1 ? fits[0] : undefined;
	};
	const roles = new Map<string, EnPerson[]>();
	for (const p of index.persons) if (p.role) roles.set(p.role, [...(roles.get(p.role) ?? []), p]);
	const byRole = (role: string): EnPerson[] => roles.get(role) ?? [];
	/** the person a pronoun refers to: the most recent person mention before it (subjects of a
	 * sentence first) whose gender fits; a person of unknown gender only when no one else is near */
	const pronoun = (m: EnMention): EnPerson | null => {
		if (m.gender !== 'm' && m.gender !== 'f') return null;
		const ms = index.mentions;
		let lo = 0, hi = ms.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (ms[mid].at < m.start) lo = mid + 1;
			else hi = mid;
		}
		const near = new Set<EnPerson>();
		let best: EnPerson | null = null;
		for (let k = lo - 1; k >= 0 && m.start - ms[k].at <= PRONOUN_WINDOW; k--) {
			const p = ms[k].person;
			near.add(p);
			if (!best && p.gender === m.gender) best = p;
		}
		if (best) {
			// another person of the same gender mentioned after the chosen one: ambiguous
			return best;
		}
		const unknown = [...near].filter((p) => !p.gender);
		const others = [...near].filter((p) => p.gender && p.gender !== m.gender);
		if (unknown.length === 1 && others.length === 0) return unknown[0];
		return null;
	};
	const named = (m: EnMention, sieve: string, confidence: number): Speaker | null => {
		if (m.kind === 'pronoun') {
			const p = pronoun(m);
			if (!p) return null;
			return { name: p.name, start: m.start, end: m.end, entity: p.id, sieve: `${sieve}+pronoun`, confidence: Math.min(confidence, p.gender ? 0.8 : 0.65) };
		}
		if (m.kind === 'name') {
			const p = personOf(m);
			return { name: p ? p.name : m.name!, start: m.start, end: m.end, ...(p ? { entity: p.id } : {}), sieve: p && p.name !== m.name ? `${sieve}+surname` : sieve, confidence };
		}
		if (m.kind === 'org') return { name: m.name ?? m.description, start: m.start, end: m.end, sieve, confidence };
		if (m.kind === 'role' && m.role && tools.g.definites.has(m.description.split(/\s/)[0].toLowerCase())) {
			const holders = byRole(m.role);
			if (holders.length === 1) return { name: holders[0].name, start: m.start, end: m.end, entity: holders[0].id, sieve: `${sieve}+role`, confidence: Math.min(confidence, 0.8) };
		}
		return { name: m.description, start: m.start, end: m.end, sieve, confidence: Math.min(confidence, m.kind === 'np' ? 0.6 : 0.8) };
	};
	for (let i = 0; i < quotes.length; i++) {
		const f = quotes[i].frame;
		if (f.mention) speakers[i] = named(f.mention, f.sieve, f.confidence);
	}
	// continuations, in text order so that chains resolve
	for (let i = 0; i < quotes.length; i++) {
		const f = quotes[i].frame;
		if (f.mention || f.follows === undefined || f.follows < 0) continue;
		const sp = speakers[f.follows];
		if (sp) speakers[i] = { ...sp, sieve: f.sieve, confidence: Math.min(sp.confidence, f.confidence) };
	}
	const entities: Entity[] = index.persons.map((p) => ({
		id: p.id,
		kind: 'person',
		name: p.name,
		...(p.role ? { role: p.role } : {}),
		...(p.gender ? { gender: p.gender } : {}),
		mentions: []
	}));
	return { speakers, entities };
}

import type { Context } from '../../../context.ts';
import type { Entity } from '../../../types.ts';
import { isCapitalised, isRoleNoun, readPhrase, type PhraseLexicon, type PhraseMention } from '../grammar/phrase.ts';
import { toolsOf } from '../quotes/sentence-speech.ts';

const lastWord = (name: string): string => name.split(/\s+/).pop() ?? name;

export function genderOf(m: PhraseMention): Entity['gender'] {
	const role = m.role?.split(/[\s-]/).pop();
	if (role && /innen$/.test(role)) return 'pl';
	// a role noun in the dative plural without article: "von Politikern"
	if (role && !m.det && /(ern|eln|en)$/.test(role) && !m.name) return 'pl';
	if (role && /in$/.test(role) && role.length > 4) return 'f';
	if (m.det === 'die' || m.det === 'eine') return 'f';
	if (m.det === 'der' || m.det === 'ein') return 'm';
	if (m.det === 'das') return 'n';
	// a role noun without the feminine suffix is the masculine form
	return role ? 'm' : undefined;
}

/** The people and organisations the article names, from speaker phrases and "role + name"
 * patterns anywhere in the text. A person is keyed by surname, so "Lind" later finds
 * "Maria Lind". */
export function collectEntities(ctx: Context, mentions: PhraseMention[]): Entity[] {
	const tools = toolsOf(ctx);
	const pl: PhraseLexicon = tools.phrases;
	const { text } = ctx.analysis.doc;
	const all = [...mentions];
	for (const ss of ctx.speech ?? []) {
		const t = ss.tokens;
		for (let i = 0; i < t.length - 1; i++) {
			if (isCapitalised(t[i]) && isRoleNoun(t[i].text, pl) && isCapitalised(t[i + 1])) {
				const from = i > 0 && pl.determiners.has(t[i - 1].text.toLowerCase()) ? i - 1 : i;
				const p = readPhrase(t, from, text, pl, { allowGenitive: false });
				if (p?.name) all.push(p);
			}
		}
	}
	const entities: Entity[] = [];
	const bySurname = new Map<string, Entity>();
	const byName = new Map<string, Entity>();
	all.sort((a, b) => a.start - b.start);
	const places = new Set(pl.lex.places);
	for (const m of all) {
		if (m.kind === 'pronoun') continue;
		if (m.name && places.has(m.name)) {
			let e = byName.get(m.name.toLowerCase());
			if (!e) {
				e = { id: entities.length, kind: 'country', name: m.name, mentions: [] };
				entities.push(e);
				byName.set(m.name.toLowerCase(), e);
			}
			e.mentions.push({ start: m.start, end: m.end, text: m.text });
		} else if (m.name && !m.organisation) {
			const key = lastWord(m.name).toLowerCase();
			let e = bySurname.get(key);
			if (!e) {
				// one bare word ("Verbündete", "Greenpeace") is a person only once a role or first name shows it
				const person = m.name.includes(' ') || !!m.role;
				e = { id: entities.length, kind: person ? 'person' : 'group', name: m.name, mentions: [] };
				entities.push(e);
				bySurname.set(key, e);
			}
			if (m.name.split(/\s+/).length > e.name.split(/\s+/).length) e.name = m.name;
			if (m.name.includes(' ') || m.role) e.kind = 'person';
			if (m.role && !e.role) e.role = m.role;
			e.gender ??= genderOf(m);
			e.mentions.push({ start: m.start, end: m.end, text: m.text });
		} else if (m.organisation || m.role) {
			const name = m.name ?? m.text.replace(/^(Der|Die|Das)\b/, (d) => d.toLowerCase());
			let e = byName.get(name.toLowerCase());
			if (!e) {
				e = { id: entities.length, kind: m.organisation ? 'organisation' : 'group', name, mentions: [], gender: genderOf(m) };
				if (m.role && !m.organisation) e.role = m.role;
				entities.push(e);
				byName.set(name.toLowerCase(), e);
			}
			e.mentions.push({ start: m.start, end: m.end, text: m.text });
		}
	}
	return entities;
}

/** "NATO-Sprecherin" → "sprecherin", "der frühere Tirol-Trainer" → "trainer" */
function roleHead(role: string): string {
	return (lastWord(role).split('-').pop() ?? '').toLowerCase();
}

/** Look-ups of persons by surname and by role head, built once per article. */
export interface PersonIndex {
	bySurname(name: string): Entity | undefined;
	byRole(role: string): Entity[];
}

export function indexPersons(entities: Entity[]): PersonIndex {
	const surnames = new Map<string, Entity>();
	const withRole: { e: Entity; head: string }[] = [];
	for (const e of entities) {
		if (e.kind !== 'person') continue;
		const key = lastWord(e.name).toLowerCase();
		if (!surnames.has(key)) surnames.set(key, e);
		if (e.role) withRole.push({ e, head: roleHead(e.role) });
	}
	return {
		bySurname: (name) => surnames.get(lastWord(name).toLowerCase()),
		// the same role noun, also as the end of a compound: "Trainer" ~ "Bundestrainer"
		byRole: (role) => {
			const h = roleHead(role);
			return h.length < 4 ? [] : withRole.filter((x) => x.head.endsWith(h) || h.endsWith(x.head)).map((x) => x.e);
		}
	};
}

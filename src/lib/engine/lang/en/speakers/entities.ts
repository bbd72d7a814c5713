import type { EnToken } from '../grammar/tokens.ts';
import type { EnTools } from '../grammar/lexicon.ts';
import type { Outside } from '../grammar/outside.ts';
import { isCap, stripPossessive } from '../grammar/tokens.ts';
import { isQ } from '../grammar/outside.ts';

/** A person the article names, with the mentions found outside quotation marks. */
export interface EnPerson {
	id: number;
	/** fullest form: "Maria Ruiz Lopez" */
	name: string;
	tokens: string[];
	surname: string;
	gender?: 'm' | 'f';
	role?: string;
	/** offsets of its mentions, in text order */
	at: number[];
}

export interface PersonIndex {
	persons: EnPerson[];
	/** persons by surname; more than one → the surname alone is ambiguous */
	bySurname: Map<string, EnPerson[]>;
	/** all person mentions in text order: offset and person */
	mentions: { at: number; person: EnPerson; sentenceStart: boolean }[];
}

/** The words that identify a name: lowercased, without initials and generational suffixes. */
export const keyTokens = (name: string, tools: EnTools): string[] =>
	name.toLowerCase().split(/\s+/).filter((w) => !/^\p{L}\.$/u.test(w) && !tools.g.nameSuffixes.has(w));

/** Scans capitalised runs outside quotes: "Sen. Ann Porter", "Maria Lopez", "Mr. Baker"
 * (a title and a surname), then bare surnames of persons already known. Organisations (a run
 * ending in an organisation head, an acronym) and places are not persons; a run of one word
 * without title is only a mention of someone named in full elsewhere. */
export function indexPersons(outs: Outside[], tools: EnTools): PersonIndex {
	const persons: EnPerson[] = [];
	const bySurname = new Map<string, EnPerson[]>();
	const singles: { at: number; word: string; sentenceStart: boolean }[] = [];
	const raw: { at: number; person: EnPerson; sentenceStart: boolean }[] = [];
	const personFor = (tokens: string[], gender?: 'm' | 'f', role?: string): EnPerson => {
		const name = tokens.join(' ');
		const key = keyTokens(name, tools);
		const surname = key[key.length - 1];
		const list = bySurname.get(surname) ?? [];
		// the same person when one name's words contain the other's ("Maria Lopez" ⊂ "Maria Ruiz Lopez")
		let p = list.find((x) => key.every((w) => keyTokens(x.name, tools).includes(w)) || keyTokens(x.name, tools).every((w) => key.includes(w)));
		if (!p) {
			p = { id: persons.length, name, tokens, surname, at: [] };
			persons.push(p);
			list.push(p);
			bySurname.set(surname, list);
		} else if (key.length > keyTokens(p.name, tools).length) p.name = name;
		if (gender && !p.gender) p.gender = gender;
		if (role && !p.role) p.role = role;
		return p;
	};
	for (const o of outs) {
		const t = o.tokens;
		const starts = new Set(o.sentences.map(([s]) => s));
		for (let i = 0; i < t.length; i++) {
			if (!isCap(t[i]) || isQ(t[i])) continue;
			let j = i;
			const run: EnToken[] = [];
			while (j < t.length && (isCap(t[j]) || /^\p{Lu}\.$/u.test(t[j].text)) && !isQ(t[j])) {
				run.push(t[j]);
				if (/['’]s$/.test(t[j].text)) { j++; break; }
				j++;
			}
			const next = i;
			i = j - 1;
			// strip sentence openers and function words, then titles (keeping their gender and role)
			let a = 0;
			while (a < run.length && tools.notNames.has(run[a].lower) && !tools.lex.titles[run[a].lower]) a++;
			let gender: 'm' | 'f' | undefined;
			let role: string | undefined;
			// a capitalised word before a title is no part of the name ("Democratic Sen. Claire McCaskill")
			for (let b = run.length - 2; b > a; b--) {
				const w = run[b].lower;
				if (tools.lex.titles[w] || (w.endsWith('.') && tools.lex.titles[w.slice(0, -1)])) {
					a = b;
					break;
				}
			}
			while (a < run.length) {
				const w = run[a].lower;
				const title = tools.lex.titles[w] ?? tools.lex.titles[w.replace(/\.$/, '')];
				if (!title) break;
				if (title.gender) gender = title.gender;
				if (title.role) role = title.role;
				a++;
			}
			// a role noun before the run ("spokesman Tom Baker", "the senator Ann Porter")
			const before = t[next - 1];
			if (!role && before && tools.roles.has(before.lower)) {
				role = before.lower;
				// a lowercase noun before the role noun belongs to it: "council member", "union leader" (a
				// capitalised one may be a name: "Berg spokesman", unless it names a body: "Council member")
				const mod = t[next - 2];
				const body = !!mod && /^\p{Lu}/u.test(mod.text) && tools.orgHeads.has(mod.lower);
				if (mod && mod.kind === 'word' && /^\p{L}+$/u.test(mod.text) && !tools.stops.has(mod.lower) && !tools.determiners.has(mod.lower) && !tools.forms.has(mod.lower) && !tools.notNames.has(mod.lower) && !/(ly|ing)$/.test(mod.lower) && (body || !/^\p{Lu}/u.test(mod.text))) role = `${mod.lower} ${role}`;
			}
			if (before && tools.lex.genderedRoles[before.lower]) gender ??= tools.lex.genderedRoles[before.lower];
			const words = run.slice(a).map((x) => stripPossessive(x.text));
			if (!words.length) continue;
			const lastW = words[words.length - 1].toLowerCase();
			if (tools.orgHeads.has(lastW) || words.some((w) => tools.notNames.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w))) continue;
			const sentenceStart = starts.has(next);
			if (words.length === 1 && !gender && !role) {
				singles.push({ at: run[a].start, word: words[0].toLowerCase(), sentenceStart });
				continue;
			}
			if (words.length > 4) continue;
			if (words.length >= 2 && !gender) gender = tools.given.get(words[0].toLowerCase());
			const p = personFor(words, gender, role);
			raw.push({ at: run[a].start, person: p, sentenceStart });
		}
	}
	for (const s of singles) {
		const list = bySurname.get(s.word);
		if (list && list.length === 1) raw.push({ at: s.at, person: list[0], sentenceStart: s.sentenceStart });
	}
	raw.sort((x, y) => x.at - y.at);
	for (const m of raw) m.person.at.push(m.at);
	return { persons, bySurname, mentions: raw };
}

// The speakers a quiz may ask about: quotes with a resolved, confident speaker, grouped by
// entity or by name ("Austin" joins "Lloyd Austin"), each with the names under which an answer
// counts and the spans where the article mentions it.
import type { Analysis, Entity, Quote, Span } from '../types.ts';
import type { QuestionTemplates } from '../../resources/pack.ts';
import { escapeRegExp } from './util.ts';
import { fold, nameDistance, nameTokens, namesConflict } from '../scoring/text.ts';

/** a speaker attribution below this confidence is not asked about */
export const MIN_SPEAKER_CONFIDENCE = 0.75;

/** person (a proper name), institution, or a description ("der Vertreter Nordkoreas") */
export type SpeakerKind = 'person' | 'institution' | 'description' | 'unknown';

export interface SpeakerInfo {
	key: number;
	name: string;
	kind: SpeakerKind;
	entity?: Entity;
	/** names an answer may use: the name, other names the quotes use, non-pronoun mentions, role */
	aliases: string[];
	quotes: Quote[];
	/** spans of the frame mentions of its quotes (and entity mentions) */
	mentions: Span[];
}

export interface Catalog {
	speakers: SpeakerInfo[];
	of: Map<Quote, SpeakerInfo>;
}

const isPronoun = (name: string, t: QuestionTemplates) => {
	const f = fold(name);
	return !f || t.pronouns.some((p) => fold(p) === f);
};

export function usableSpeaker(q: Quote, t: QuestionTemplates, textLength: number): boolean {
	const s = q.speaker;
	if (!s || typeof s.name !== 'string' || !s.name.trim()) return false;
	if (!(typeof s.confidence === 'number' && s.confidence >= MIN_SPEAKER_CONFIDENCE)) return false;
	if (isPronoun(s.name, t)) return false;
	// "den USA", "dem Minister": a name in an oblique case is no resolved nominative name
	if (t.notNominative.includes(s.name.trim().split(/\s+/)[0].toLowerCase())) return false;
	if (!(q.start >= 0 && q.end > q.start && q.end <= textLength)) return false;
	return true;
}

function kindOf(name: string, entity: Entity | undefined, t: QuestionTemplates): SpeakerKind {
	if (entity) return entity.kind === 'person' ? 'person' : 'institution';
	const words = name.trim().split(/\s+/);
	if (t.articles.includes(words[0].toLowerCase())) return 'description';
	if (words.length === 1) return /^[\p{Lu}\p{N}.-]+$/u.test(words[0]) ? 'institution' : 'unknown';
	if (words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !w.includes('-'))) return 'person';
	return 'institution';
}

export function buildCatalog(a: Analysis, t: QuestionTemplates): Catalog {
	const speakers: SpeakerInfo[] = [];
	const of = new Map<Quote, SpeakerInfo>();
	const byEntity = new Map<number, SpeakerInfo>();
	const byName = new Map<string, SpeakerInfo>();
	const text = a.doc.text;
	for (const q of a.quotes) {
		if (!usableSpeaker(q, t, text.length)) continue;
		const s = q.speaker!;
		const entity = s.entity !== undefined ? a.entities.find((e) => e.id === s.entity) : undefined;
		let info = entity ? byEntity.get(entity.id) : undefined;
		if (!info) info = byName.get(fold(s.name));
		if (!info && speakers.length < 200) {
			// "Austin" joins "Lloyd Austin" (a name that names the other, both ways)
			info = speakers.find((x) => !(entity && x.entity && x.entity.id !== entity.id) && (nameDistance(s.name, x.name) <= 0.5 || nameDistance(x.name, s.name) <= 0.5));
		}
		if (!info) {
			info = { key: speakers.length, name: entity?.name ?? s.name, kind: 'unknown', entity, aliases: [], quotes: [], mentions: [] };
			speakers.push(info);
		}
		if (entity && !info.entity) info.entity = entity;
		if (entity) byEntity.set(entity.id, info);
		byName.set(fold(s.name), info);
		if (!entity && nameTokens(s.name).length > nameTokens(info.name).length) info.name = s.name;
		info.aliases.push(s.name);
		info.quotes.push(q);
		if (s.end > s.start && s.end <= text.length) info.mentions.push({ start: s.start, end: s.end });
		of.set(q, info);
	}
	for (const info of speakers) {
		info.kind = kindOf(info.name, info.entity, t);
		const e = info.entity;
		if (e) {
			for (const m of e.mentions ?? []) {
				info.mentions.push({ start: m.start, end: m.end });
				if (m.text && !isPronoun(m.text, t) && fold(m.text).length >= 3) info.aliases.push(m.text);
			}
			if (e.role) info.aliases.push(e.role);
		}
		// a role noun written next to the name ("Generaldirektor Norbert Griesmayr", "Norbert
		// Griesmayr, Generaldirektor der …") names the person too
		if (info.kind === 'person') info.aliases.push(...rolesAround(text, info.name));
		// frame mentions that name it ("der Pentagon-Chef") are aliases too
		for (const m of info.mentions) {
			const mt = text.slice(m.start, m.end);
			if (!isPronoun(mt, t) && fold(mt).length >= 3) info.aliases.push(mt);
		}
		const seen = new Set<string>();
		info.aliases = [info.name, ...info.aliases].filter((n) => {
			const f = fold(n);
			if (!f || seen.has(f)) return false;
			seen.add(f);
			return true;
		});
		const ms = new Map<string, Span>();
		for (const m of info.mentions) ms.set(`${m.start}:${m.end}`, m);
		info.mentions = [...ms.values()].sort((x, y) => x.start - y.start);
	}
	// an alias that names another speaker better is no alias (a role noun shared by two people)
	for (const info of speakers) {
		info.aliases = info.aliases.filter((al, k) => k === 0 || !speakers.some((o) => o !== info && namesConflict(al, o.name)));
	}
	return { speakers, of };
}

/** capitalised words right before the name inside a sentence, or right after "Name, " */
function rolesAround(text: string, name: string): string[] {
	const out = new Set<string>();
	const esc = escapeRegExp(name);
	const re = new RegExp(`(?:(?<=[\\p{Ll},;] )([\\p{Lu}][\\p{L}-]{3,}) )?${esc}(?:, ([\\p{Lu}][\\p{L}-]{3,}))?`, 'gu');
	let k = 0;
	for (const m of text.matchAll(re)) {
		if (++k > 20) break;
		if (m[1]) out.add(m[1]);
		if (m[2]) out.add(m[2]);
	}
	return [...out];
}

/** Could a student's `name` be right for `info` (so it must not be a distractor)? */
export function conflicts(info: SpeakerInfo, name: string): boolean {
	return info.aliases.some((al) => namesConflict(al, name));
}

/** Does the article passage mention this name (by its last word)? */
export function mentionedIn(passage: string, name: string): boolean {
	const toks = nameTokens(name);
	if (!toks.length) return false;
	const p = ` ${fold(passage)} `;
	const last = toks[toks.length - 1];
	if (last.length >= 3 && p.includes(` ${last} `)) return true;
	return toks.some((w) => w.length >= 5 && p.includes(` ${w}`));
}

/** Are the two speakers written close together (a spokeswoman next to her organisation)? Then
 * one may speak for the other, and neither is a safe distractor for the other. */
export function affiliated(text: string, a: SpeakerInfo, b: SpeakerInfo): boolean {
	const near = (x: SpeakerInfo, y: SpeakerInfo) =>
		x.mentions.slice(0, 10).some((m) => mentionedIn(text.slice(Math.max(0, m.start - 100), m.end + 100), y.name));
	return near(a, b) || near(b, a);
}

// The speakers a quiz may ask about: quotes with a resolved, confident speaker, grouped by
// entity or by name ("Lind" joins "Maria Lind"), each with the names under which an answer
// counts and the spans where the article mentions it.
import type { Analysis, Entity, Quote, Span } from '../types.ts';
import type { QuestionTemplates } from '../../resources/pack.ts';
import { fold, nameDistance, nameTokens, namesConflict } from '../scoring/text.ts';

import { MIN_SPEAKER_CONFIDENCE, TENTATIVE_CONFIDENCE } from './trust.ts';
export { MIN_SPEAKER_CONFIDENCE } from './trust.ts';

/** person (a proper name), institution, or a description ("der Vertreter Frankreichs") */
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
	/** speakersConflict cache */
	pairs: Map<string, boolean>;
}

/** a pronoun or a source adverb ("Demnach") where a frame names its speaker: no name */
const isPronoun = (name: string, t: QuestionTemplates) => {
	const f = fold(name);
	return !f || t.pronouns.some((p) => fold(p) === f) || !!t.sourceAdverbs?.some((p) => fold(p) === f);
};

/** Is the quote's speaker resolved, in the nominative, and sure enough to ask about? A speaker of
 * middling confidence counts only when `tentative` (trust.ts) accepts its kind. */
export function usableSpeaker(q: Quote, t: QuestionTemplates, textLength: number, tentative?: (q: Quote) => boolean): boolean {
	const s = q.speaker;
	if (!s || typeof s.name !== 'string' || !s.name.trim()) return false;
	if (!(typeof s.confidence === 'number' && s.confidence >= TENTATIVE_CONFIDENCE)) return false;
	if (s.confidence < MIN_SPEAKER_CONFIDENCE && !tentative?.(q)) return false;
	if (isPronoun(s.name, t)) return false;
	// "den USA", "dem Minister": a name in an oblique case is no resolved nominative name
	if (t.notNominative.includes(s.name.trim().split(/\s+/)[0].toLowerCase())) return false;
	if (!(q.start >= 0 && q.end > q.start && q.end <= textLength)) return false;
	return true;
}

function kindOf(name: string, entity: Entity | undefined, t: QuestionTemplates, organisation?: (word: string) => boolean): SpeakerKind {
	if (entity) return entity.kind === 'person' ? 'person' : 'institution';
	const words = name.trim().split(/\s+/);
	if (t.articles.includes(words[0].toLowerCase())) {
		// "der südkoreanische Geheimdienst": an organisation noun as the head (its first capitalised word)
		const head = words.slice(1).find((w) => /^\p{Lu}/u.test(w));
		return head && organisation?.(head) ? 'institution' : 'description';
	}
	if (words.length === 1) return /^[\p{Lu}\p{N}.-]+$/u.test(words[0]) ? 'institution' : 'unknown';
	if (words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !w.includes('-'))) return 'person';
	return 'institution';
}

/** Index keys under which two names that may be joined ("Lind" / "Maria Lind", "Frankreichs"
 * / "Frankreich") meet: each word (its first five letters when longer, since a stem match needs
 * five), and all words joined. `nameDistance(a, b) <= 0.5` implies a shared key. */
function joinKeys(name: string): string[] {
	const toks = nameTokens(name);
	return [...toks.map((w) => (w.length >= 5 ? w.slice(0, 5) : w)), `#${toks.join('')}`];
}

/**
 * The speakers of `quotes` (default: all quotes of the analysis) that a quiz may ask about.
 * Cost: about linear in the quotes (joins by index), plus the alias filter, which compares each
 * alias with every other speaker: callers cap the quotes on long texts (generate.ts).
 */
export interface CatalogOptions {
	/** accepts a speaker of middling confidence (trust.ts) */
	tentative?: (q: Quote) => boolean;
	/** is this word an organisation noun ("Geheimdienst")? A description with such a head is an institution */
	organisation?: (word: string) => boolean;
}

export function buildCatalog(a: Analysis, t: QuestionTemplates, quotes: Quote[] = a.quotes, opts: CatalogOptions = {}): Catalog {
	const { tentative } = opts;
	const speakers: SpeakerInfo[] = [];
	const of = new Map<Quote, SpeakerInfo>();
	const entities = new Map<number, Entity>();
	for (const e of a.entities) if (!entities.has(e.id)) entities.set(e.id, e);
	const byEntity = new Map<number, SpeakerInfo>();
	const byName = new Map<string, SpeakerInfo>();
	const byKey = new Map<string, SpeakerInfo[]>();
	const index = (info: SpeakerInfo, name: string) => {
		for (const k of joinKeys(name)) {
			const list = byKey.get(k) ?? [];
			if (!list.includes(info)) list.push(info);
			byKey.set(k, list);
		}
	};
	const text = a.doc.text;
	// a name that some attribution links to an entity names that entity wherever it is used: two
	// names of one entity are one speaker (never each other's distractor, never two match pairs)
	const entityOfName = new Map<string, Entity>();
	const entityOf = (id: number | undefined) => (id === undefined ? undefined : (entities.get(id) ?? (a.entities[id]?.id === undefined ? a.entities[id] : undefined)));
	for (const q of a.quotes) {
		const e = q.speaker ? entityOf(q.speaker.entity) : undefined;
		if (e && !entityOfName.has(fold(q.speaker!.name))) entityOfName.set(fold(q.speaker!.name), e);
	}
	for (const q of quotes) {
		if (!usableSpeaker(q, t, text.length, tentative)) continue;
		const s = q.speaker!;
		const entity = entityOf(s.entity) ?? entityOfName.get(fold(s.name));
		let info = entity ? byEntity.get(entity.id) : undefined;
		if (!info) info = byName.get(fold(s.name));
		if (!info) {
			// "Lind" joins "Maria Lind" (a name that names the other, both ways): the first
			// such speaker, among those that share a word (or stem) with it
			const cands = new Set<SpeakerInfo>();
			for (const k of joinKeys(s.name)) for (const x of byKey.get(k) ?? []) cands.add(x);
			info = [...cands]
				.sort((x, y) => x.key - y.key)
				.find((x) => !(entity && x.entity && x.entity.id !== entity.id) && (nameDistance(s.name, x.name) <= 0.5 || nameDistance(x.name, s.name) <= 0.5));
		}
		if (!info) {
			info = { key: speakers.length, name: entity?.name ?? s.name, kind: 'unknown', entity, aliases: [], quotes: [], mentions: [] };
			speakers.push(info);
			index(info, info.name);
		}
		if (entity && !info.entity) info.entity = entity;
		if (entity) byEntity.set(entity.id, info);
		byName.set(fold(s.name), info);
		if (!entity && nameTokens(s.name).length > nameTokens(info.name).length) {
			info.name = s.name;
			index(info, info.name);
		}
		info.aliases.push(s.name);
		info.quotes.push(q);
		if (s.end > s.start && s.end <= text.length) info.mentions.push({ start: s.start, end: s.end });
		of.set(q, info);
	}
	for (const info of speakers) {
		info.kind = kindOf(info.name, info.entity, t, opts.organisation);
		const e = info.entity;
		if (e) {
			for (const m of e.mentions ?? []) {
				info.mentions.push({ start: m.start, end: m.end });
				if (m.text && !isPronoun(m.text, t) && fold(m.text).length >= 3) info.aliases.push(m.text);
			}
			if (e.role) info.aliases.push(e.role);
		}
		// a role noun written next to the name ("Generaldirektor Tom Weber", "Tom
		// Weber, Generaldirektor der …") names the person too
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
	return { speakers, of, pairs: new Map() };
}

/** capitalised words right before the name inside a sentence, or right after "Name, " (the
 * first 20 places where the article writes the name; found with indexOf, then anchored checks) */
function rolesAround(text: string, name: string): string[] {
	const out = new Set<string>();
	if (!name) return [];
	const before = /(?<=[\p{Ll},;] )([\p{Lu}][\p{L}-]{3,}) $/u;
	const after = /^, ([\p{Lu}][\p{L}-]{3,})/u;
	let k = 0;
	for (let at = text.indexOf(name); at >= 0 && k < 20; at = text.indexOf(name, at + name.length), k++) {
		const b = before.exec(text.slice(Math.max(0, at - 100), at));
		if (b) out.add(b[1]);
		const f = after.exec(text.slice(at + name.length, at + name.length + 100));
		if (f) out.add(f[1]);
	}
	return [...out];
}

/** Could a student's `name` be right for `info` (so it must not be a distractor)? */
export function conflicts(info: SpeakerInfo, name: string): boolean {
	return info.aliases.some((al) => namesConflict(al, name));
}

/** Could one of the two speakers be taken for the other (some alias of one names the other)?
 * Symmetric; cached per catalogue. */
export function speakersConflict(cat: Catalog, a: SpeakerInfo, b: SpeakerInfo): boolean {
	if (a === b) return true;
	const key = a.key < b.key ? `${a.key}:${b.key}` : `${b.key}:${a.key}`;
	let v = cat.pairs.get(key);
	if (v === undefined) {
		v = conflicts(a, b.name) || b.aliases.some((al) => conflicts(a, al));
		cat.pairs.set(key, v);
	}
	return v;
}

let lastPassage = '', lastFolded = '  ';

/** Does the article passage mention this name (by its last word)? */
export function mentionedIn(passage: string, name: string): boolean {
	const toks = nameTokens(name);
	if (!toks.length) return false;
	// callers test many names against one passage: the last passage stays folded
	if (passage !== lastPassage) {
		lastPassage = passage;
		lastFolded = ` ${fold(passage)} `;
	}
	const p = lastFolded;
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

/** how far after a person's mention a description may still refer back to that person */
const ANAPHORA_WINDOW = 600;

/** Could the description ("der Pentagon-Chef") name the person, or the person the description?
 * A role noun refers back to someone mentioned shortly before it, or stands next to the name.
 * (A description is compared by its head noun, "Vertreter" of "der Vertreter Frankreichs".) */
export function mayCorefer(text: string, a: SpeakerInfo, b: SpeakerInfo): boolean {
	const [d, p] = a.kind === 'description' ? [a, b] : [b, a];
	if (d.kind !== 'description' || p.kind === 'description') return false;
	const head = d.name.trim().split(/\s+/).find((w) => /^\p{Lu}/u.test(w)) ?? d.name;
	const around = (m: Span) => text.slice(Math.max(0, m.start - 100), m.end + 100);
	if (d.mentions.slice(0, 10).some((m) => mentionedIn(around(m), p.name))) return true;
	if (p.mentions.slice(0, 10).some((m) => mentionedIn(around(m), head))) return true;
	return d.mentions.some((n) => p.mentions.some((m) => m.start < n.start && n.start - m.end <= ANAPHORA_WINDOW));
}

/** May two speakers of different kinds stand side by side as options (neither could be the
 * other)? A description must not refer back to the person; a person and an institution must not
 * be written close together (a spokeswoman and her organisation). */
export function separable(text: string, a: SpeakerInfo, b: SpeakerInfo): boolean {
	if (a.kind === 'description' || b.kind === 'description') return !mayCorefer(text, a, b);
	return !affiliated(text, a, b);
}

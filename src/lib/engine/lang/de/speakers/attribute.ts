import type { Context } from '../../../context.ts';
import type { Entity, Quote, Speaker } from '../../../types.ts';
import type { PhraseMention } from '../grammar/phrase.ts';
import { toolsOf } from '../quotes/sentence-speech.ts';
import { collectEntities, genderOf, indexPersons } from './entities.ts';
import { toNominative } from '../grammar/nominative.ts';
import { sentenceSubject } from '../grammar/frames.ts';
import { mentionEnd } from './apposition.ts';

/** Candidates for a pronoun: speakers already resolved, most recent first. */
interface Candidate {
	at: number;
	name: string;
	gender: Entity['gender'];
	start: number;
	end: number;
	entity?: number;
}

const PRONOUN_WINDOW = 600; // characters: a pronoun refers to someone named shortly before

function compatible(pronoun: string, g: Entity['gender']): boolean | 'maybe' {
	if (g === undefined) return 'maybe';
	if (pronoun === 'er') return g === 'm' || g === 'n' ? true : false;
	if (pronoun === 'sie') return g === 'f' || g === 'pl';
	return false;
}

/** Resolves the mention a quote's frame found into a speaker name, with sieves ordered from
 * the most to the least precise: a name in the frame, a role noun matching a named person, a
 * describing phrase as it stands, a pronoun → the most recent compatible speaker, and a
 * quote that continues the one before it. */
export function attributeSpeakers(ctx: Context): void {
	const { analysis } = ctx;
	const tools = toolsOf(ctx);
	const pl = tools.phrases;
	const mentions: PhraseMention[] = [];
	for (const q of analysis.quotes) if (q.frame?.mention) mentions.push(q.frame.mention);
	for (const ss of ctx.speech ?? []) for (const c of ss.cues) if (c.subject) mentions.push(c.subject);
	// subjects of sentences without speech can be referred to later ("X hat … . Sie wird zitiert")
	const subjects: PhraseMention[] = [];
	for (const ss of ctx.speech ?? []) {
		const framed = ss.cues.filter((c) => c.subject && c.subject.kind !== 'pronoun').map((c) => c.subject!);
		if (framed.length) subjects.push(...framed);
		else {
			const subject = sentenceSubject(ss.tokens, analysis.doc.text, tools);
			if (subject) subjects.push(subject);
		}
	}
	mentions.push(...subjects);
	const entities = collectEntities(ctx, mentions);
	analysis.entities = entities;
	const persons = indexPersons(entities);
	const commonNouns = new Set<string>();
	for (const ss of ctx.speech ?? []) {
		const t = ss.tokens;
		for (let i = 1; i < t.length; i++) if (/^(der|die|das|den|dem|des|ein|eine|einer|einen|einem|eines)$/i.test(t[i - 1].text) && /^\p{Lu}/u.test(t[i].text)) commonNouns.add(t[i].text);
	}
	const candidates: Candidate[] = [];
	const resolved = new Map<Quote, Speaker | null>();
	// insert in text order (binary search): pronouns look back from their own position
	const addCandidate = (c: Candidate) => {
		let lo = 0, hi = candidates.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (candidates[mid].at <= c.at) lo = mid + 1;
			else hi = mid;
		}
		candidates.splice(lo, 0, c);
	};
	for (const subject of subjects) {
		const person = subject.name && !subject.organisation ? persons.bySurname(subject.name) : undefined;
		addCandidate({ at: subject.start, name: person?.name ?? subject.name ?? subject.text.replace(/^(Der|Die|Das)\b/, (d) => d.toLowerCase()), gender: person?.gender ?? genderOf(subject), start: subject.start, end: subject.end, entity: person?.id });
	}

	const fromMention = (m: PhraseMention, q: Quote, sieve: string, confidence: number): Speaker | null => {
		if (m.kind === 'pronoun') {
			// "Diese bestätigte …" takes up the noun phrase mentioned last, often no speaker at all
			// ("…, war nur eine Angestellte am Telefon. Diese …"): left unresolved
			if (/^(dies|letzt)/i.test(m.text)) return null;
			const pronoun = m.head;
			let best: Candidate | undefined;
			let sure = true;
			for (let k = candidates.length - 1; k >= 0; k--) {
				const c = candidates[k];
				if (c.at >= m.start) continue;
				if (m.start - c.at > PRONOUN_WINDOW) break;
				const ok = compatible(pronoun, c.gender);
				if (!ok) continue;
				if (ok === 'maybe') sure = false;
				best = c;
				break;
			}
			if (!best) return null;
			return { name: best.name, start: m.start, end: m.spanEnd ?? m.end, entity: best.entity, sieve: 'pronoun-recent', confidence: Math.min(confidence, sure ? 0.85 : 0.7) };
		}
		// a counted phrase names no speaker unless it counts people in a role ("Drei Zeugen")
		const firstWord = m.text.split(/\s+/)[0].toLowerCase();
		if ((pl.lex.quantityWords.includes(firstWord) || /^\d/.test(firstWord)) && !m.role) return null;
		if (m.name && !m.organisation) {
			const person = persons.bySurname(m.name);
			// one capitalised word that the article also uses as a common noun ("die Meldung") is no name
			if (!m.name.includes(' ') && !person?.name.includes(' ') && commonNouns.has(m.name)) return null;
			const name = person?.name ?? m.name;
			// one word never seen with a first name may be a surname, a firm, or a misread noun
			const bare = !name.includes(' ') && !m.role && !/^[\p{Lu}\d&.-]{2,}$/u.test(name) && !pl.lex.places.includes(name);
			return { name, start: m.start, end: mentionEnd(ctx, m), entity: person?.id, sieve: name !== m.name ? `${sieve}+surname` : sieve, confidence: bare ? Math.min(confidence, 0.7) : confidence };
		}
		// a role noun alone: the named person who holds that role ("der NATO-Sprecher" → name)
		if (m.role && !m.organisation) {
			const holder = persons.byRole(m.role);
			if (holder.length === 1) return { name: holder[0].name, start: m.start, end: m.spanEnd ?? m.end, entity: holder[0].id, sieve: 'role-noun', confidence: Math.min(confidence, 0.85) };
		}
		const name = q.frame?.oblique ? toNominative(m, pl) : m.kind === 'name' && m.name && m.organisation && m.text.startsWith(m.name) === false ? m.name : m.text.replace(/^(Der|Die|Das|Ein|Eine)\b/, (d) => d.toLowerCase());
		return { name, start: m.start, end: m.organisation ? mentionEnd(ctx, m) : (m.spanEnd ?? m.end), sieve, confidence: Math.min(confidence, m.kind === 'np' && !m.role && !m.organisation ? 0.7 : confidence) };
	};

	const order = [...analysis.quotes].sort((a, b) => (a.frame?.mention?.start ?? a.start) - (b.frame?.mention?.start ?? b.start));
	for (const q of order) {
		const f = q.frame;
		if (!f || !f.mention) continue;
		const sp = fromMention(f.mention, q, f.sieve, f.confidence);
		resolved.set(q, sp);
		// only confident speakers are antecedents for later pronouns
		if (sp && sp.confidence >= 0.5) {
			const ent = sp.entity !== undefined ? entities[sp.entity] : undefined;
			addCandidate({ at: f.mention.start, name: sp.name, gender: ent?.gender ?? genderOf(f.mention), start: sp.start, end: sp.end, entity: sp.entity });
		}
	}
	// quotes that continue an earlier one (in text order, so chains resolve)
	for (const q of analysis.quotes) {
		const f = q.frame;
		if (!f || f.mention || !f.follows) continue;
		const prev = f.follows;
		const sp = prev && (resolved.get(prev) ?? prev.speaker);
		if (sp) resolved.set(q, { ...sp, sieve: f.sieve, confidence: Math.min(sp.confidence, f.confidence) });
	}
	for (const q of analysis.quotes) {
		const sp = resolved.get(q) ?? null;
		// a source phrase marks more than the name: "Angaben der Polizei"
		if (sp && q.frame?.span && q.frame.mention && sp.start === q.frame.mention.start) Object.assign(sp, { start: q.frame.span.start, end: Math.max(sp.end, q.frame.span.end) });
		q.speaker = sp;
	}
}

// Selection, not enumeration: every fact of the article that a question could ask about (a
// quote, a number, a person's role) comes with the questions that passed verification for it;
// the facts are ranked and each chosen fact is asked once, in a type that fits it and keeps the
// set mixed. No chosen question may show another's answer in its prompt or options.
import type { Draft } from './gen.ts';
import type { Span } from '../types.ts';
import { promptNames, promptHasNumber } from './verify.ts';
import { fold } from '../scoring/text.ts';

export interface Fact {
	/** "q:START", "n:START", "e:ID": a fact is asked at most once */
	key: string;
	kind: 'quote' | 'number' | 'role';
	/** higher first */
	score: number;
	/** the speaker (catalogue key) of a quote: at least one question per voice */
	voice?: number;
	/** verified questions on the fact, the best-fitting type first */
	drafts: Draft[];
}

export interface QuizOptions {
	/** how many questions (default: 8–12 for a news article, fewer when it has fewer facts) */
	count?: number;
	/** only these question types */
	types?: string[];
}

/** the default size of a quiz on a news article */
export const DEFAULT_COUNT = 10;
export const MIN_DEFAULT = 8;
export const MAX_DEFAULT = 12;

/** the default number of questions: 8 to 12, growing with the facts worth asking and the voices
 * (an article with fewer facts gets fewer: every fact is asked once at most) */
export function defaultCount(facts: number, voices: number): number {
	return Math.min(MAX_DEFAULT, Math.max(MIN_DEFAULT, voices, facts));
}

/** at most this many questions on one voice, so that no speaker fills the quiz */
export const perVoice = (budget: number, voices: number) => Math.max(2, Math.ceil((budget * 0.6) / Math.max(1, voices)));

/** what a student sees of a question besides the choice set: the prompt, quoted options and
 * statements of a matching exercise (speaker names and numbers as options are the choice set,
 * other facts of the same kind by design, not a give-away) */
export function visibleText(q: Draft): string {
	const parts = [q.prompt];
	if (q.target === 'quote' && Array.isArray(q.options)) parts.push(...q.options.map(String));
	if (Array.isArray(q.pairs)) parts.push(...(q.pairs as { quote?: string }[]).map((p) => p.quote ?? ''));
	return parts.join(' \n ');
}

type Named = { name: string; evidence: Span };
/** the answers a question asks for: names (speakers, sources, roles) with the evidence they
 * belong to, numbers, statements */
export function answersOf(q: Draft): { names: Named[]; numbers: number[]; statements: string[] } {
	const names: Named[] = [], numbers: number[] = [], statements: string[] = [];
	const ev = q.evidence;
	if ((q.target === 'speaker' || q.target === 'source' || q.target === 'role') && typeof q.answer === 'string') names.push({ name: q.answer, evidence: ev });
	if (q.target === 'mark' && typeof q.speaker === 'string') names.push({ name: q.speaker, evidence: ev });
	if (q.target === 'number' && typeof q.answer === 'number') numbers.push(q.answer);
	if (q.target === 'quote' && typeof q.answer === 'string') statements.push(q.answer);
	if (q.target === 'boolean') {
		if (typeof q.fact === 'string') names.push({ name: q.fact, evidence: ev });
		if (typeof q.fact === 'number') numbers.push(q.fact);
	}
	if (q.target === 'match' && Array.isArray(q.pairs)) {
		for (const p of q.pairs as { answer?: unknown; evidence: Span }[]) if (typeof p.answer === 'string') names.push({ name: p.answer, evidence: p.evidence });
	}
	return { names, numbers, statements };
}

/** Does `other` show an answer of `q`: a number of `q`, its statement, or its speaker (role,
 * source) together with the words the name belongs to (a passage "Lind sagte: ‚…‘" answers
 * "Who said ‚…‘?"; naming Lind elsewhere does not) */
export function givesAway(text: string, q: Draft, other: Draft): boolean {
	const { names, numbers, statements } = answersOf(q);
	const seen = visibleText(other);
	const f = ` ${fold(seen)} `;
	// a false claim names a speaker who did not say it: that tells nothing
	const claimOnly = other.target === 'boolean' && other.answer === false;
	// the words a name belongs to are shown when most of them are (a blank may take one)
	const shown = (s: Span) => {
		const w = fold(text.slice(s.start, s.end)).split(' ').filter((x) => x.length >= 3).slice(0, 12);
		return w.length > 0 && w.filter((x) => f.includes(` ${x} `)).length >= 0.6 * w.length;
	};
	if (!claimOnly && names.some((n) => promptNames(seen, n.name) && (q.target === 'role' || shown(n.evidence)))) return true;
	// the same answer on overlapping evidence is one fact asked twice (who said the quote, who is
	// the source of the figure in it)
	const theirs = answersOf(other).names;
	if (names.some((n) => theirs.some((o) => fold(o.name) === fold(n.name) && o.evidence.start < n.evidence.end && n.evidence.start < o.evidence.end))) return true;
	if (numbers.some((v) => promptHasNumber(seen, v))) return true;
	return statements.some((s) => fold(s).length >= 12 && f.includes(fold(s)));
}

/** Picks the questions: one per voice first (the voices with most quotes first), then the top
 * facts by score, each once, in the least used type that fits, so that the set mixes types. */
export function selectQuestions(text: string, facts: Fact[], opts: QuizOptions, voices: number, match: () => Draft | null): Draft[] {
	const types = opts.types?.length ? new Set(opts.types) : null;
	const budget = opts.count && opts.count > 0 ? opts.count : defaultCount(facts.length, voices);
	const voiceCap = opts.count ? Infinity : perVoice(budget, voices);
	const onVoice = new Map<number, number>();
	const usable = facts
		.map((f) => ({ ...f, drafts: types ? f.drafts.filter((d) => types.has(d.type)) : f.drafts }))
		.filter((f) => f.drafts.length)
		.sort((a, b) => b.score - a.score);
	const chosen: Draft[] = [];
	const used = new Map<string, number>();
	const asked = new Set<string>();
	const fits = (d: Draft) => chosen.every((c) => !givesAway(text, d, c) && !givesAway(text, c, d));
	const take = (f: Fact, only?: (d: Draft) => boolean): boolean => {
		if (asked.has(f.key) || chosen.length >= budget) return false;
		if (f.voice !== undefined && (onVoice.get(f.voice) ?? 0) >= voiceCap) return false;
		// the least used type so far; among equals, the order of fit
		const ranked = f.drafts.map((d, i) => ({ d, i })).sort((x, y) => (used.get(x.d.type) ?? 0) - (used.get(y.d.type) ?? 0) || x.i - y.i);
		for (const { d } of ranked) {
			if ((only && !only(d)) || !fits(d)) continue;
			chosen.push(d);
			asked.add(f.key);
			if (f.voice !== undefined) onVoice.set(f.voice, (onVoice.get(f.voice) ?? 0) + 1);
			used.set(d.type, (used.get(d.type) ?? 0) + 1);
			return true;
		}
		return false;
	};
	// a matching exercise first: it asks three voices or more at once, on quotes not asked otherwise
	const voiced = new Set<number>();
	const m = !types || types.has('match') ? match() : null;
	if (m && Array.isArray(m.pairs)) {
		chosen.push(m);
		used.set(m.type, 1);
		for (const p of m.pairs as { evidence: Span }[]) {
			const f = usable.find((x) => x.key === `q:${p.evidence.start}`);
			asked.add(`q:${p.evidence.start}`);
			if (f?.voice !== undefined) { voiced.add(f.voice); onVoice.set(f.voice, (onVoice.get(f.voice) ?? 0) + 1); }
		}
	}
	// one question on each other voice, the voices in the order of their best quote
	// (a question whose answer is who said it: marking a name in the text is a later exercise)
	const onSpeaker = (d: Draft) => d.type !== 'mark-the-speaker';
	for (const f of usable) if (f.voice !== undefined && !voiced.has(f.voice) && take(f, onSpeaker)) voiced.add(f.voice);
	// then by score: numbers of the headline and lead, numbers with a source, further quotes
	for (const f of usable) take(f);
	return chosen;
}

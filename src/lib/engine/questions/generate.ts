// Quiz generation: the verified questions on every confidently attributed quote, every number
// worth asking and every role, grouped by fact; select.ts picks the quiz from them (each fact
// once, every voice, a mix of types) and a last verification pass checks the whole set.
import type { Context } from '../context.ts';
import type { NumberFact, Question, Quote } from '../types.ts';
import { buildCatalog, conflicts, usableSpeaker } from './catalog.ts';
import { fold } from '../scoring/text.ts';
import { makeOrganisationTest, makeTrust } from './trust.ts';
import { groupByCounted } from './distractors.ts';
import { type Draft, type Gen } from './gen.ts';
import { hash } from './util.ts';
import { whoSaid } from './who-said.ts';
import { whatDidSay } from './what-did-say.ts';
import { match } from './match.ts';
import { numberQuestion } from './number-entry.ts';
import { trueFalseNumber, trueFalseSpeaker } from './true-false.ts';
import { clozeSpeaker } from './cloze.ts';
import { markSpeaker } from './mark-speaker.ts';
import { numberSource } from './number-source.ts';
import { indexRoles, whoIs } from './who-is.ts';
import { evidenceHolds, verify } from './verify.ts';
import { type Fact, type QuizOptions, selectQuestions } from './select.ts';
import { worthAsking } from './worth.ts';

/** Caps keep long texts fast (the cost of the stage stays linear): on a longer text, questions
 * come from at most MAX_QUOTES confidently attributed quotes and MAX_NUMBERS numbers, chosen
 * evenly across the text (every part of a long text gets its share); the speaker catalogue,
 * distractors included, is built from the chosen quotes only. A news article of usual length
 * (up to ~30 KB) stays under the caps. */
export const MAX_QUOTES = 80;
export const MAX_NUMBERS = 80;
/** quotes shorter than this are scare quotes or fragments, not statements */
const MIN_QUOTE_WORDS = 4;
/** person entities with a role looked at for "Who is X?", at most */
const MAX_ROLE_TRIES = 24;

type Builder<T> = (g: Gen, x: T) => Draft | null;
/** quote types in the order of fit: a direct quote is asked "who said it", a reported one
 * "what did X say" (the statement is the thing to recognise) */
const DIRECT_TYPES: Builder<Quote>[] = [whoSaid, clozeSpeaker, trueFalseSpeaker, whatDidSay, markSpeaker, (g, q) => whoSaid(g, q, false)];
const INDIRECT_TYPES: Builder<Quote>[] = [whatDidSay, trueFalseSpeaker, whoSaid, clozeSpeaker, markSpeaker, (g, q) => whoSaid(g, q, false)];
const NUMBER_TYPES: Builder<NumberFact>[] = [
	(g, n) => numberQuestion(g, n, 'number-choice'),
	(g, n) => numberQuestion(g, n, 'number-entry'),
	trueFalseNumber,
	(g, n) => numberQuestion(g, n, 'cloze')
];

/** a builder that fails loses its question, never the quiz */
function safe<T>(build: Builder<T>, g: Gen, x: T): Draft | null {
	try {
		return build(g, x);
	} catch {
		return null;
	}
}

/** the questions of `builders` on `item` that pass verification, in the builders' order */
function goodDrafts<T>(g: Gen, item: T, builders: Builder<T>[]): Draft[] {
	const out: Draft[] = [];
	for (const b of builders) {
		const d = safe(b, g, item);
		if (d && verify(g, [...out, d]).kept.length === out.length + 1) out.push(d);
	}
	return out;
}

export function buildQuestions(ctx: Context, opts: QuizOptions = {}): { questions: Question[]; dropped: number } {
	const a = ctx.analysis;
	const t = ctx.pack.questions;
	const text = a.doc.text;
	const trust = makeTrust(ctx.pack, a.lang);
	const tentative = (q: Quote) => trust(q, text);
	const usable = a.quotes.filter((q) => usableSpeaker(q, t, text.length, tentative));
	const chosen = evenly(usable, MAX_QUOTES);
	const cat = buildCatalog(a, t, chosen, { tentative, organisation: makeOrganisationTest(ctx.pack) });
	const numbers = a.numbers.filter(
		(n) => Number.isFinite(n.value) && n.start >= 0 && n.end > n.start && n.end <= text.length && evidenceHolds(text, n, n.value)
	);
	const g: Gen = { a, t, lang: a.lang === 'en' ? 'en' : 'de', text, cat, numbers, groups: groupByCounted(numbers), seed: hash(`${text.length}:${text.slice(0, 200)}`) };
	const facts: Fact[] = [];
	let dropped = 0;

	// quotes: the same words given to two different speakers cannot be asked about (all usable
	// quotes count, chosen or not: one outside the catalogue is the same speaker only by entity or name)
	const quotes = chosen.filter((q) => cat.of.has(q));
	const wordsOf = (q: Quote) => text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
	const sameWords = new Map<string, Quote[]>();
	for (const q of usable) {
		const k = wordsOf(q);
		sameWords.set(k, [...(sameWords.get(k) ?? []), q]);
	}
	const sameSpeaker = (x: Quote, y: Quote) => {
		const ix = cat.of.get(x), iy = cat.of.get(y);
		if (ix && iy) return ix === iy;
		const sx = x.speaker!, sy = y.speaker!;
		return (sx.entity !== undefined && sx.entity === sy.entity) || fold(sx.name) === fold(sy.name) || (!!ix && conflicts(ix, sy.name)) || (!!iy && conflicts(iy, sx.name));
	};
	// a voice ranks by its number of quotes; its quotes by kind (direct first) and order
	const rankInVoice = new Map<Quote, number>();
	for (const s of cat.speakers) {
		[...s.quotes].sort((x, y) => (x.kind === 'direct' ? 0 : 1) - (y.kind === 'direct' ? 0 : 1) || x.start - y.start).forEach((q, i) => rankInVoice.set(q, i));
	}
	for (const q of quotes) {
		if ((sameWords.get(wordsOf(q)) ?? []).some((o) => !sameSpeaker(q, o))) { dropped++; continue; }
		const info = cat.of.get(q)!;
		// a scare quote or a few words ("unbegründete Gerüchte") is no statement worth asking about
		if (wordsOf(q).split(' ').length < MIN_QUOTE_WORDS) continue;
		const drafts = goodDrafts(g, q, q.kind === 'direct' ? DIRECT_TYPES : INDIRECT_TYPES);
		if (!drafts.length) { dropped++; continue; }
		const score = 10 + Math.min(4, info.quotes.length) * 0.5 - 3.5 * (rankInVoice.get(q) ?? 0) + (q.kind === 'direct' ? 1 : 0) - q.start / (text.length + 1);
		facts.push({ key: `q:${q.start}`, kind: 'quote', score, voice: info.key, drafts });
	}

	// numbers worth asking: those of the headline and lead and those with a named source first
	const chosenNumbers = evenly(numbers, MAX_NUMBERS);
	const lead = leadEnd(g);
	chosenNumbers.forEach((n) => {
		if (!worthAsking(g, n)) return;
		const source = safe(numberSource, g, n);
		const drafts = goodDrafts(g, n, NUMBER_TYPES);
		if (source && verify(g, [source]).kept.length) drafts.splice(1, 0, source);
		if (!drafts.length) { dropped++; return; }
		const score = 9 + (n.start < lead ? 2 : 0) + (n.source ? 1.5 : 0) + (n.counted ? 0.5 : 0) - n.start / (text.length + 1);
		facts.push({ key: `n:${n.start}`, kind: 'number', score, drafts });
	});

	// roles of people
	let tries = 0;
	const roleIndex = indexRoles(a.entities);
	for (const e of a.entities) {
		if (tries >= MAX_ROLE_TRIES) break;
		if (e.kind !== 'person' || !e.role) continue;
		tries++;
		const d = safe((gg, x: typeof e) => whoIs(gg, x, roleIndex), g, e);
		if (d && verify(g, [d]).kept.length) facts.push({ key: `e:${e.id}`, kind: 'role', score: 6 - tries * 0.1, drafts: [d] });
	}

	// the matching exercise comes first (select.ts): no quote is asked yet
	const picked = selectQuestions(text, facts, opts, cat.speakers.length, () => safe((gg, c: Set<Quote>) => match(gg, c), g, new Set<Quote>()));
	const { kept, dropped: reasons } = verify(g, picked);
	for (const v of reasons.values()) dropped += v;
	// reading order: by evidence, the matching exercise last
	kept.sort((x, y) => (x.type === 'match' ? 1 : 0) - (y.type === 'match' ? 1 : 0) || x.evidence.start - y.evidence.start);
	const questions = kept.map((q, i) => ({ id: `q${i + 1}`, ...q }) as Question);
	return { questions, dropped };
}

/** where the lead ends: the headline and the first two sentences after it */
function leadEnd(g: Gen): number {
	const s = g.a.doc.sentences;
	return s.length ? s[Math.min(2, s.length - 1)].end : 0;
}

/** at most `n` of `items`, spread evenly (all of them when there are few enough) */
export function evenly<T>(items: T[], n: number): T[] {
	if (items.length <= n) return items;
	return Array.from({ length: n }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / n)]);
}

export function generateQuestions(ctx: Context): void {
	const { questions, dropped } = buildQuestions(ctx, ctx.options.quiz);
	ctx.analysis.questions.push(...questions);
	if (dropped) {
		ctx.analysis.diagnostics.push({
			code: 'questions-dropped',
			message: `questions: ${dropped} question(s) left out by the verification pass (unsure speaker, ambiguous answer or no safe wording)`,
			severity: 'info',
			start: 0,
			end: 0
		});
	}
}

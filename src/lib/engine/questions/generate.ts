// Quiz generation: one question on (nearly) every confidently attributed quote and every
// verifiable number, the question types taking turns, plus a matching exercise, roles, number
// sources and mark-the-speaker. A verification pass drops what cannot be checked.
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

/** Caps keep long texts fast (the cost of the stage stays linear) and the quiz usable: a
 * teacher never needs 2,000 questions. On a longer text, questions come from at most MAX_QUOTES
 * confidently attributed quotes and MAX_NUMBERS numbers, chosen evenly across the text (every
 * part of a long text gets its share); the speaker catalogue, distractors included, is built from
 * the chosen quotes only. A news article of usual length (up to ~30 KB) stays under the caps. */
export const MAX_QUOTES = 80;
export const MAX_NUMBERS = 80;
/** person entities with a role looked at for "Who is X?", at most */
const MAX_ROLE_TRIES = 24;
const MAX_SOURCES = 6;
const MAX_ROLES = 4;
const MAX_MARKS = 2;
const MAX_QUESTIONS = 150;

type Builder = (g: Gen, q: Quote) => Draft | null;
const QUOTE_TYPES: Builder[] = [whoSaid, whatDidSay, trueFalseSpeaker, clozeSpeaker, (g, q) => whoSaid(g, q, false)];
type NumberBuilder = (g: Gen, n: NumberFact) => Draft | null;
const NUMBER_TYPES: NumberBuilder[] = [
	(g, n) => numberQuestion(g, n, 'number-choice'),
	(g, n) => numberQuestion(g, n, 'number-entry'),
	trueFalseNumber,
	(g, n) => numberQuestion(g, n, 'cloze')
];

/** a builder that fails loses its question, never the quiz */
function safe<T>(build: (g: Gen, x: T) => Draft | null, g: Gen, x: T): Draft | null {
	try {
		return build(g, x);
	} catch {
		return null;
	}
}

/** the first of `builders` (from `turn` on, wrapping) whose question passes verification */
function firstGood<T>(g: Gen, item: T, builders: ((g: Gen, x: T) => Draft | null)[], turn: number, fallback: (g: Gen, x: T) => Draft | null): Draft | null {
	for (let k = 0; k < builders.length; k++) {
		const d = safe(builders[(turn + k) % builders.length], g, item);
		if (d && verify(g, [d]).kept.length) return d;
	}
	const d = safe(fallback, g, item);
	return d && verify(g, [d]).kept.length ? d : null;
}

export function buildQuestions(ctx: Context): { questions: Question[]; dropped: number } {
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
	const drafts: Draft[] = [];
	let dropped = 0;

	// quotes: one question each, the types taking turns
	const quotes = chosen.filter((q) => cat.of.has(q));
	// the same words given to two different speakers cannot be asked about (all usable quotes
	// count, chosen or not: one outside the catalogue is the same speaker only by entity or name)
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
	const covered = new Set<Quote>();
	quotes.forEach((q, i) => {
		if ((sameWords.get(wordsOf(q)) ?? []).some((o) => !sameSpeaker(q, o))) { dropped++; return; }
		const d = firstGood(g, q, QUOTE_TYPES, i, (gg, x) => whoSaid(gg, x, false));
		if (d) { drafts.push(d); covered.add(q); } else dropped++;
	});
	const m = safe((gg, c: Set<Quote>) => match(gg, c), g, covered);
	if (m) drafts.push(m);
	const marked = new Set<number>();
	for (const q of quotes) {
		if (marked.size >= MAX_MARKS) break;
		const info = cat.of.get(q)!;
		if (marked.has(info.key)) continue;
		const d = safe(markSpeaker, g, q);
		if (d) { drafts.push(d); marked.add(info.key); }
	}

	// numbers: one question each, plus who reported a few of them
	const chosenNumbers = evenly(numbers, MAX_NUMBERS);
	chosenNumbers.forEach((n, i) => {
		const d = firstGood(g, n, NUMBER_TYPES, i, (gg, x) => numberQuestion(gg, x, 'cloze'));
		if (d) drafts.push(d); else dropped++;
	});
	let sources = 0;
	const askedSources = new Set<string>();
	for (const n of chosenNumbers) {
		if (sources >= MAX_SOURCES) break;
		const d = safe(numberSource, g, n);
		if (!d || askedSources.has(String(d.answer) + d.prompt)) continue;
		askedSources.add(String(d.answer) + d.prompt);
		drafts.push(d);
		sources++;
	}

	// roles of people
	let roles = 0, tries = 0;
	const roleIndex = indexRoles(a.entities);
	for (const e of a.entities) {
		if (roles >= MAX_ROLES || tries >= MAX_ROLE_TRIES) break;
		if (e.kind !== 'person' || !e.role) continue;
		tries++;
		const d = safe((gg, x: typeof e) => whoIs(gg, x, roleIndex), g, e);
		if (d) { drafts.push(d); roles++; }
	}

	const { kept, dropped: reasons } = verify(g, drafts);
	for (const v of reasons.values()) dropped += v;
	// reading order: by evidence, the matching exercise last
	kept.sort((x, y) => (x.type === 'match' ? 1 : 0) - (y.type === 'match' ? 1 : 0) || x.evidence.start - y.evidence.start);
	const questions = kept.slice(0, MAX_QUESTIONS).map((q, i) => ({ id: `q${i + 1}`, ...q }) as Question);
	return { questions, dropped };
}

/** at most `n` of `items`, spread evenly (all of them when there are few enough) */
export function evenly<T>(items: T[], n: number): T[] {
	if (items.length <= n) return items;
	return Array.from({ length: n }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / n)]);
}

export function generateQuestions(ctx: Context): void {
	const { questions, dropped } = buildQuestions(ctx);
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

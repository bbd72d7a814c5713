// Quiz generation: one question on (nearly) every confidently attributed quote and every
// verifiable number, the question types taking turns, plus a matching exercise, roles, number
// sources and mark-the-speaker. A verification pass drops what cannot be checked.
import type { Context } from '../pipeline.ts';
import type { NumberFact, Question, Quote } from '../types.ts';
import { buildCatalog } from './catalog.ts';
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
import { whoIs } from './who-is.ts';
import { evidenceHolds, verify } from './verify.ts';

/** caps keep long articles fast and the quiz usable */
const MAX_QUOTES = 80;
const MAX_NUMBERS = 80;
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
	const cat = buildCatalog(a, t);
	const numbers = a.numbers.filter(
		(n) => Number.isFinite(n.value) && n.start >= 0 && n.end > n.start && n.end <= text.length && evidenceHolds(text, n, n.value)
	);
	const g: Gen = { a, t, lang: a.lang === 'en' ? 'en' : 'de', text, cat, numbers, groups: groupByCounted(numbers), seed: hash(`${text.length}:${text.slice(0, 200)}`) };
	const drafts: Draft[] = [];
	let dropped = 0;

	// quotes: one question each, the types taking turns
	const quotes = a.quotes.filter((q) => cat.of.has(q)).slice(0, MAX_QUOTES);
	// the same words given to two different speakers cannot be asked about
	const owners = new Map<string, Set<number>>();
	for (const q of quotes) {
		const k = text.slice(q.start, q.end).replace(/\s+/g, ' ').trim();
		const set = owners.get(k) ?? new Set<number>();
		set.add(cat.of.get(q)!.key);
		owners.set(k, set);
	}
	const covered = new Set<Quote>();
	quotes.forEach((q, i) => {
		if ((owners.get(text.slice(q.start, q.end).replace(/\s+/g, ' ').trim())?.size ?? 0) > 1) { dropped++; return; }
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
	numbers.slice(0, MAX_NUMBERS).forEach((n, i) => {
		const d = firstGood(g, n, NUMBER_TYPES, i, (gg, x) => numberQuestion(gg, x, 'cloze'));
		if (d) drafts.push(d); else dropped++;
	});
	let sources = 0;
	const askedSources = new Set<string>();
	for (const n of numbers) {
		if (sources >= MAX_SOURCES) break;
		const d = safe(numberSource, g, n);
		if (!d || askedSources.has(String(d.answer) + d.prompt)) continue;
		askedSources.add(String(d.answer) + d.prompt);
		drafts.push(d);
		sources++;
	}

	// roles of people
	let roles = 0;
	for (const e of a.entities) {
		if (roles >= MAX_ROLES) break;
		if (e.kind !== 'person' || !e.role) continue;
		const d = safe((gg, x: typeof e) => whoIs(gg, x, a.entities), g, e);
		if (d) { drafts.push(d); roles++; }
	}

	const { kept, dropped: reasons } = verify(g, drafts);
	for (const v of reasons.values()) dropped += v;
	// reading order: by evidence, the matching exercise last
	kept.sort((x, y) => (x.type === 'match' ? 1 : 0) - (y.type === 'match' ? 1 : 0) || x.evidence.start - y.evidence.start);
	const questions = kept.slice(0, MAX_QUESTIONS).map((q, i) => ({ id: `q${i + 1}`, ...q }) as Question);
	return { questions, dropped };
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

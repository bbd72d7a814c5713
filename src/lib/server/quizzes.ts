// Questions as the app uses them: the public shape a student may see before submitting (no
// answer key), the validation of a teacher's edits, and grading on the server.
import { randomBytes } from 'node:crypto';
import type { Lang, Question, Span } from '$lib/engine/types';
import type { AnswerKind, Grade, PublicQuestion, Response } from '$lib/components/quiz-types';
import { formatValue } from '$lib/components/format';
import { parseNumber as parseTypedNumber } from '$lib/engine/scoring';
import { m } from '$lib/i18n';

export const MAX_QUESTIONS = 60;
export const MAX_RESPONSE_CHARS = 300;

export function newQuestionId(): string {
	return 'q' + randomBytes(5).toString('hex');
}

interface Pair {
	answer: string;
	evidence: Span;
	/** the quote as the engine displays it (shortened when long) */
	quote?: string;
}

function pairsOf(q: Question): Pair[] {
	return Array.isArray(q.pairs) ? (q.pairs as Pair[]).filter((p) => p && typeof p.answer === 'string' && p.evidence) : [];
}

const kinds = new WeakMap<Question, AnswerKind>();

export function answerKindOf(q: Question): AnswerKind {
	let kind = kinds.get(q);
	if (!kind) kinds.set(q, (kind = kindOf(q)));
	return kind;
}

function kindOf(q: Question): AnswerKind {
	if (q.target === 'match' || pairsOf(q).length) return 'match';
	if (q.target === 'mark') return 'mark';
	if (q.target === 'boolean' || typeof q.answer === 'boolean') return 'boolean';
	if (Array.isArray(q.options) && q.options.length) return 'choice';
	if (q.target === 'number' || typeof q.answer === 'number') return 'number';
	return 'text';
}

/** A stable pseudo-random order per (seed, question): options are shuffled per attempt. */
function shuffled<T>(items: T[], seed: string): T[] {
	let h = 2166136261;
	for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
		const j = (h >>> 0) % (i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

function clip(text: string, max = 400): string {
	return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}

/** The passage in which a student marks the speaker: the question's context (the quote's
 * sentences), else its evidence. */
function markPassage(q: Question, article: string): Span {
	const s = (q.context ?? q.evidence) as Span | undefined;
	if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return { start: 0, end: 0 };
	return { start: Math.max(0, s.start), end: Math.min(article.length, s.end, s.start + 1200) };
}

function wordsOf(article: string, span: Span): { start: number; end: number; text: string }[] {
	const out: { start: number; end: number; text: string }[] = [];
	const re = /[\p{L}\p{N}][\p{L}\p{N}\-'’.]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
	for (const w of article.slice(span.start, span.end).matchAll(re)) out.push({ start: span.start + w.index!, end: span.start + w.index! + w[0].length, text: w[0] });
	return out;
}

/** What a student sees of a question before submitting: prompt and choices, never the key. */
export function toPublicQuestion(q: Question, article: string, seed: string, lang: Lang = 'de'): PublicQuestion {
	const kind = answerKindOf(q);
	const base: PublicQuestion = { id: q.id, kind, prompt: String(q.prompt ?? '') };
	if (kind === 'choice') base.options = shuffled((q.options as unknown[]).map((o) => formatValue(o, lang)), seed + q.id);
	if (kind === 'match') {
		const pairs = pairsOf(q);
		base.items = pairs.map((p) => clip(typeof p.quote === 'string' ? p.quote : article.slice(p.evidence.start, p.evidence.end)));
		base.options = shuffled([...new Set(pairs.map((p) => p.answer))], seed + q.id);
	}
	if (kind === 'number') base.hint = m.numberHint();
	if (kind === 'mark') base.words = wordsOf(article, markPassage(q, article));
	return base;
}

export function toPublicQuestions(questions: Question[], article: string, seed: string, lang: Lang = 'de'): PublicQuestion[] {
	return questions.map((q) => toPublicQuestion(q, article, seed, lang));
}

/** The answer key as a teacher (or a student after submission) reads it. */
export function describeAnswer(q: Question, lang: Lang = 'de'): string {
	const kind = answerKindOf(q);
	if (kind === 'match') return pairsOf(q).map((p) => p.answer).join(' · ');
	if (kind === 'boolean') return q.answer ? m.wordTrue() : m.wordFalse();
	if (kind === 'mark') return typeof q.speaker === 'string' ? q.speaker : '';
	return formatValue(q.answer, lang);
}

// ---- Responses -----------------------------------------------------------------------------

/** Reads the answers of a quiz form: `a:<id>` for one value, `a:<id>:<n>` for match items. */
/** The fields of a posted form (FormData, or URLSearchParams for urlencoded bodies). */
export interface FormFields {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
	has(name: string): boolean;
}

/** The number (1-based) of the first question whose posted answer is longer than the form allows,
 * or 0: such an answer is refused with a message, never cut short without a word. */
export function firstTooLongAnswer(form: FormFields, questions: Question[]): number {
	for (let i = 0; i < questions.length; i++) {
		const q = questions[i];
		const kind = answerKindOf(q);
		if (kind === 'mark') continue;
		const values = kind === 'match' ? pairsOf(q).map((_, j) => form.get(`a:${q.id}:${j}`)) : [form.get(`a:${q.id}`)];
		if (values.some((v) => typeof v === 'string' && v.trim().length > MAX_RESPONSE_CHARS)) return i + 1;
	}
	return 0;
}

export function readResponses(form: FormFields, questions: Question[]): Record<string, Response> {
	const out: Record<string, Response> = {};
	for (const q of questions) {
		if (answerKindOf(q) === 'match') {
			const items: Record<string, string> = {};
			pairsOf(q).forEach((_, i) => {
				const v = form.get(`a:${q.id}:${i}`);
				if (typeof v === 'string' && v.trim()) items[String(i)] = v.trim().slice(0, MAX_RESPONSE_CHARS);
			});
			if (Object.keys(items).length) out[q.id] = items;
		} else if (answerKindOf(q) === 'mark') {
			const spans = form.getAll(`a:${q.id}`).map(String).filter((v) => /^\d{1,7}-\d{1,7}$/.test(v)).slice(0, 20);
			if (spans.length) out[q.id] = spans.join(',');
		} else {
			const v = form.get(`a:${q.id}`);
			if (typeof v === 'string' && v.trim()) out[q.id] = v.trim().slice(0, MAX_RESPONSE_CHARS);
		}
	}
	return out;
}

// ---- Grading ---------------------------------------------------------------------------------

type EngineScore = (question: Question, response: unknown) => { score: number; correct: boolean; feedback?: string; diagnosis?: string };

// The engine's scorer (src/lib/engine/scoring/), found without a hard import so that the app
// builds while that module is being written; the fallback below grades exact answers only.
const scoringModules = import.meta.glob('../engine/scoring/*.ts', { eager: true }) as Record<string, Record<string, unknown>>;
const engineScore: EngineScore | null = (() => {
	for (const mod of Object.values(scoringModules)) if (typeof mod.score === 'function') return mod.score as EngineScore;
	return null;
})();

export function normalizeName(s: string): string {
	return s
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** the engine's readings of a number typed in digits: nothing after the digits (no unit, no
 * second number), before them a hedge at most ("rund") */
function digitReadings(s: string): { value: number; convention: 'de' | 'en' | 'both' }[] {
	const t = s.trim();
	const digits = /[-+−]?\d+(?:[\s\u00A0\u202F'’]\d{3})*(?:[.,]\d+)*$/u.exec(t);
	if (!digits || /\d/.test(t.slice(0, digits.index))) return [];
	return parseTypedNumber(t)?.readings ?? [];
}

/** The value of a number typed in digits only, when it can be read one way only ("1500",
 * "12.000", "1,5"; not "1.500", which is 1500 in German and 1.5 in English), else null. */
export function unambiguousNumber(s: string): number | null {
	if (/\p{L}/u.test(s)) return null;
	const readings = digitReadings(s);
	return readings.length === 1 && Number.isFinite(readings[0].value) ? readings[0].value : null;
}

/** A number typed in digits ("1.500", "1,500", "1 500", "rund 1.500"), read in the lesson's
 * notation: "1.500" is 1500 in a German lesson and 1.5 in an English one. The engine's reader
 * (the one grading uses) gives the readings; a form it does not allow in the lesson's language
 * counts when it is the only reading ("1.5" in a German lesson). Number words and units are
 * refused: an answer key is written in digits. */
export function parseNumber(s: string, lang: Lang = 'de'): number | null {
	const readings = digitReadings(s);
	const reading = readings.find((r) => r.convention === lang) ?? readings.find((r) => r.convention === 'both') ?? (readings.length === 1 ? readings[0] : undefined);
	return reading && Number.isFinite(reading.value) ? reading.value : null;
}

function fallbackScore(q: Question, response: unknown): Grade {
	const kind = answerKindOf(q);
	let correct = false;
	let score = 0;
	if (kind === 'match') {
		const pairs = pairsOf(q);
		const r = Array.isArray(response) ? (response as string[]) : [];
		const right = pairs.filter((p, i) => normalizeName(r[i] ?? '') === normalizeName(p.answer)).length;
		score = pairs.length ? right / pairs.length : 0;
		correct = score === 1;
	} else if (kind === 'mark') {
		const answers = Array.isArray(q.answer) ? (q.answer as Span[]) : [];
		const marks = Array.isArray(response) ? (response as Span[]) : [];
		correct = marks.length > 0 && marks.every((mk) => answers.some((a) => Math.min(a.end, mk.end) > Math.max(a.start, mk.start)));
	} else if (kind === 'boolean') correct = response === q.answer;
	else if (typeof q.answer === 'number') {
		const n = typeof response === 'number' ? response : parseNumber(String(response));
		const t = (q.tolerance ?? {}) as { min?: number; max?: number };
		correct = n !== null && n >= (t.min ?? q.answer) && n <= (t.max ?? q.answer);
	}
	else {
		const a = normalizeName(String(q.answer ?? ''));
		const r = normalizeName(String(response ?? ''));
		correct = !!r && (r === a || (a.split(' ').length > 1 && a.endsWith(' ' + r)));
	}
	if (kind !== 'match') score = correct ? 1 : 0;
	return { score, correct, feedback: '', diagnosis: correct ? '' : 'no-match' };
}

/** The option a choice response names: it comes back as shown, formatted in the lesson's
 * language (German or English). */
export function chosenOption(q: Question, r: Response): unknown {
	const options = Array.isArray(q.options) ? (q.options as unknown[]) : [];
	return options.find((o) => formatValue(o, 'de') === r) ?? options.find((o) => formatValue(o, 'en') === r);
}

/** Converts a stored response to what the scorer expects for the question's kind. */
function toScorerResponse(q: Question, r: Response): unknown {
	const kind = answerKindOf(q);
	if (kind === 'boolean') return r === 'true' ? true : r === 'false' ? false : r;
	if (kind === 'choice') {
		const hit = chosenOption(q, r);
		return hit === undefined ? r : hit;
	}
	if (kind === 'match') {
		// names in statement order ('' where none was chosen)
		const items = typeof r === 'object' ? r : {};
		return pairsOf(q).map((_, i) => items[String(i)] ?? '');
	}
	if (kind === 'mark' && typeof r === 'string') {
		return r.split(',').map((x) => x.split('-').map(Number)).filter((x) => x.length === 2).map(([start, end]) => ({ start, end }));
	}
	return r;
}

/** A wrong true/false answer: the scorer's "Leider falsch." before the explanation's "Richtig. Im
 * Artikel steht …" reads as a contradiction, and the other of two choices needs no diagnosis.
 * Say what the statement is, then the evidence. */
function booleanGrade(q: Question, g: Grade): Grade {
	if (g.correct || answerKindOf(q) !== 'boolean') return g;
	const evidence = typeof q.explanation === 'string' ? q.explanation.replace(/^\s*(?:richtig|falsch|true|false)\.\s*/i, '') : '';
	return { ...g, diagnosis: g.diagnosis === 'no-match' ? '' : g.diagnosis, feedback: `${q.answer ? m.tfWasTrue() : m.tfWasFalse()} ${evidence}`.trim() };
}

export function gradeQuestion(q: Question, r: Response | undefined): Grade {
	if (r === undefined || r === '') return { score: 0, correct: false, feedback: m.unanswered(), diagnosis: 'empty' };
	const response = toScorerResponse(q, r);
	if (engineScore) {
		try {
			const g = engineScore(q, response);
			if (g && typeof g.score === 'number') return booleanGrade(q, { score: Math.max(0, Math.min(1, g.score)), correct: !!g.correct, feedback: String(g.feedback ?? ''), diagnosis: String(g.diagnosis ?? '') });
		} catch {
			// fall through to the exact comparison
		}
	}
	return fallbackScore(q, response);
}

// Grading is a pure function of question and response, and a class gives the same answers
// again and again: grades are remembered per question of a quiz version (the questions array of
// the lesson cache), so a burst of submissions costs one scorer call per distinct answer. Each
// question keeps its most recent answers (a full memo drops its oldest entry), so that arbitrary
// answers to one question do not push out the common answers to the others.
const gradeMemo = new WeakMap<Question[], GradeMemo[]>();
const GRADE_MEMO_MAX = 50_000;

/** One question's grades: typed answers by their text, others (match items) by their JSON. */
interface GradeMemo {
	text: Map<string, Grade>;
	other: Map<string, Grade>;
}

function memosFor(questions: Question[]): GradeMemo[] {
	let memos = gradeMemo.get(questions);
	if (!memos) gradeMemo.set(questions, (memos = questions.map(() => ({ text: new Map(), other: new Map() }))));
	return memos;
}

export function gradeResponses(questions: Question[], responses: Record<string, Response>): { score: number; max: number; results: Record<string, Grade> } {
	const results: Record<string, Grade> = {};
	const memos = memosFor(questions);
	const perQuestion = Math.max(100, Math.floor(GRADE_MEMO_MAX / Math.max(1, questions.length)));
	let score = 0;
	for (let i = 0; i < questions.length; i++) {
		const q = questions[i];
		const r = responses[q.id];
		const memo = typeof r === 'string' ? memos[i].text : memos[i].other;
		const key = typeof r === 'string' ? r : r === undefined ? '' : JSON.stringify(r);
		let g = memo.get(key);
		if (!g) {
			g = gradeQuestion(q, r);
			if (memo.size >= perQuestion) memo.delete(memo.keys().next().value!);
			memo.set(key, g);
		}
		results[q.id] = g;
		score += g.score;
	}
	return { score: Math.round(score * 100) / 100, max: questions.length, results };
}

// ---- Teacher edits -----------------------------------------------------------------------------

export interface QuestionDraft {
	kind: AnswerKind;
	prompt: string;
	answer: string;
	options: string;
	evidence?: string;
	/** number entry: the accepted range (empty: the answer exactly) */
	min?: string;
	max?: string;
}

/** Checks a teacher's edit and returns the question, or a message saying what to fix. */
export function applyQuestionEdit(base: Question | null, draft: QuestionDraft, article: string, lang: Lang = 'de'): { question: Question } | { error: string } {
	const prompt = draft.prompt.trim();
	if (!prompt) return { error: m.promptMissing() };
	if (prompt.length > 500) return { error: m.promptTooLong() };
	const kind = base ? answerKindOf(base) : draft.kind;
	let evidence: Span | undefined = base?.evidence;
	if (draft.evidence !== undefined && draft.evidence.trim()) {
		const needle = draft.evidence.trim();
		const at = article.indexOf(needle);
		if (at < 0) return { error: m.evidenceNotFound() };
		evidence = { start: at, end: at + needle.length };
	}
	if (!evidence) return { error: m.evidenceMissing() };
	const q: Question = base ? { ...base, prompt, evidence } : { id: newQuestionId(), type: `custom-${kind}`, target: 'speaker', prompt, evidence };
	if (kind === 'match') return { question: q };
	const answerText = draft.answer.trim();
	if (kind === 'boolean') {
		if (answerText !== 'true' && answerText !== 'false') return { error: m.booleanAnswer() };
		return { question: { ...q, target: base?.target ?? 'boolean', answer: answerText === 'true' } };
	}
	if (!answerText) return { error: m.answerMissing() };
	const numeric = base ? base.target === 'number' || typeof base.answer === 'number' : kind === 'number';
	let answer: unknown = answerText;
	if (numeric) {
		const n = parseNumber(answerText, lang);
		if (n === null) return { error: m.answerNotNumber() };
		answer = n;
	} else if (normalizeName(prompt).includes(normalizeName(answerText))) return { error: m.promptGivesAway() };
	if (kind === 'choice') {
		const lines = draft.options.split('\n').map((l) => l.trim()).filter(Boolean);
		const options: unknown[] = [];
		for (const l of lines) {
			const v = numeric ? parseNumber(l, lang) : l;
			if (v === null) return { error: m.optionNotNumber({ option: l }) };
			if (options.some((o) => formatValue(o, lang) === formatValue(v, lang))) return { error: m.optionDuplicate({ option: l }) };
			options.push(v);
		}
		if (options.length < 2 || options.length > 8) return { error: m.optionCount() };
		if (!options.some((o) => formatValue(o, lang) === formatValue(answer, lang))) return { error: m.answerNotInOptions() };
		return { question: { ...q, target: base?.target ?? (numeric ? 'number' : 'speaker'), answer, options } };
	}
	const question: Question = { ...q, target: base?.target ?? (numeric ? 'number' : 'speaker'), answer };
	if (kind === 'number' && typeof answer === 'number' && (draft.min !== undefined || draft.max !== undefined)) {
		const min = draft.min?.trim() ? parseNumber(draft.min, lang) : answer;
		const max = draft.max?.trim() ? parseNumber(draft.max, lang) : answer;
		if (min === null || max === null) return { error: m.toleranceNotNumber() };
		if (!(min <= answer && answer <= max)) return { error: m.toleranceAroundAnswer() };
		question.tolerance = { min, max };
	} else if (kind === 'number' && typeof answer === 'number' && base?.tolerance) {
		// a changed answer moves the engine's band with it
		const t = base.tolerance as { min?: number; max?: number };
		const before = typeof base.answer === 'number' ? base.answer : answer;
		question.tolerance = { min: answer - (before - (t.min ?? before)), max: answer + ((t.max ?? before) - before) };
	}
	return { question };
}

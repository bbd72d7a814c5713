// Lessons: an article, its stored analysis, its questions (the answer key) and its publication.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Lang, Question } from '$lib/engine/types';
import { getDb, type ArticleLayout, type FeedbackMode, type LessonStatus, type LessonTable } from './db.ts';
import { analyzeArticle, checkArticleSize, storeAnalysis, type StoredAnalysis } from './articles.ts';
import { MAX_QUESTIONS, newQuestionId } from './quizzes.ts';
import { m } from '$lib/i18n';
import { analyzeWithConfirmations, checkConfirmation, listSpeakerConfirmations, questionsAbout, saveSpeakerConfirmation, type SpeakerConfirmation } from './speaker-review.ts';

export interface Lesson {
	id: string;
	ownerId: string | null;
	title: string;
	lang: Lang;
	text: string;
	source: string | null;
	analysis: StoredAnalysis;
	questions: Question[];
	status: LessonStatus;
	joinCode: string | null;
	feedback: FeedbackMode;
	layout: ArticleLayout;
	createdAt: number;
	updatedAt: number;
}

export interface LessonSummary {
	id: string;
	title: string;
	status: LessonStatus;
	joinCode: string | null;
	questionCount: number;
	submitted: number;
	updatedAt: number;
}

/** No 0/O, 1/I/L: a code read aloud or from a projector is typed right. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function generateJoinCode(): string {
	const bytes = randomBytes(JOIN_CODE_LENGTH);
	let code = '';
	for (const b of bytes) code += JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length];
	return code;
}

export function normalizeJoinCode(input: string): string {
	return input.toUpperCase().replace(/[\s-]+/g, '').slice(0, 20);
}

function toLesson(row: LessonTable): Lesson {
	return {
		id: row.id,
		ownerId: row.owner_id,
		title: row.title,
		lang: row.lang as Lang,
		text: row.text,
		source: row.source,
		analysis: JSON.parse(row.analysis) as StoredAnalysis,
		questions: JSON.parse(row.questions) as Question[],
		status: row.status,
		joinCode: row.join_code,
		feedback: row.feedback,
		layout: row.layout,
		createdAt: Number(row.created_at),
		updatedAt: Number(row.updated_at)
	};
}

/** Gives the engine's questions ids that stay unique across regenerations and manual edits. */
function withFreshIds(questions: Question[]): Question[] {
	return questions.map((q) => ({ ...q, id: newQuestionId() }));
}

export interface NewLesson {
	ownerId: string | null;
	title: string;
	text: string;
	lang: Lang | 'auto';
	source?: string | null;
	/** a lesson restored from its backup keeps its questions (ids included) and settings */
	restored?: { questions: Question[]; feedback: FeedbackMode; layout: ArticleLayout };
}

export async function createLesson(input: NewLesson): Promise<Lesson> {
	checkArticleSize(input.text);
	const { analysis, questions } = await analyzeArticle(input.text, input.lang);
	const db = await getDb();
	const now = Date.now();
	const row: LessonTable = {
		id: randomUUID(),
		owner_id: input.ownerId,
		// control characters (U+0000 from an upload's file name) are no title; PostgreSQL refuses U+0000
		// eslint-disable-next-line no-control-regex
		title: input.title.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200) || m.untitled(),
		lang: analysis.lang,
		text: input.text,
		source: input.source ?? null,
		analysis: JSON.stringify(analysis),
		questions: JSON.stringify(input.restored?.questions ?? withFreshIds(questions)),
		status: 'draft',
		join_code: null,
		feedback: input.restored?.feedback ?? 'now',
		layout: input.restored?.layout ?? 'beside',
		created_at: now,
		updated_at: now
	};
	await db.insertInto('lessons').values(row).execute();
	return toLesson(row);
}

export async function listLessons(ownerId: string): Promise<LessonSummary[]> {
	const db = await getDb();
	const rows = await db
		.selectFrom('lessons')
		.leftJoin('attempts', (j) => j.onRef('attempts.lesson_id', '=', 'lessons.id').on('attempts.submitted_at', 'is not', null))
		.select((eb) => ['lessons.id', 'lessons.title', 'lessons.status', 'lessons.join_code', 'lessons.questions', 'lessons.updated_at', eb.fn.count<number>('attempts.id').as('submitted')])
		.where('lessons.owner_id', '=', ownerId)
		.groupBy(['lessons.id', 'lessons.title', 'lessons.status', 'lessons.join_code', 'lessons.questions', 'lessons.updated_at'])
		.orderBy('lessons.updated_at', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		status: r.status,
		joinCode: r.join_code,
		questionCount: (JSON.parse(r.questions) as unknown[]).length,
		submitted: Number(r.submitted),
		updatedAt: Number(r.updated_at)
	}));
}

/** The lesson if it belongs to the owner. */
export async function findOwnLesson(id: string, ownerId: string): Promise<Lesson | null> {
	const db = await getDb();
	const row = await db.selectFrom('lessons').selectAll().where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
	return row ? toLesson(row) : null;
}

export async function findLessonByCode(code: string): Promise<Lesson | null> {
	const db = await getDb();
	const row = await db.selectFrom('lessons').selectAll().where('join_code', '=', normalizeJoinCode(code)).executeTakeFirst();
	return row ? toLesson(row) : null;
}

export async function updateLessonQuestions(id: string, ownerId: string, questions: Question[]): Promise<void> {
	const db = await getDb();
	await db.updateTable('lessons').set({ questions: JSON.stringify(questions), updated_at: Date.now() }).where('id', '=', id).where('owner_id', '=', ownerId).execute();
}

/** Stores the teacher's speaker for a quote, re-runs the engine with it and adds the questions it
 * now allows about that quote (with fresh ids; the other questions stay as the teacher left them).
 * Returns how many questions were added, or null when the quote is not one of the article's. */
export async function confirmLessonSpeaker(lesson: Lesson, userId: string, c: SpeakerConfirmation): Promise<number | null> {
	const before = await listSpeakerConfirmations(lesson.id);
	const confirmed = [...before.filter((x) => x.start !== c.start || x.end !== c.end), c];
	const engine = analyzeWithConfirmations(lesson.text, lesson.lang, confirmed);
	if (!checkConfirmation(engine, c)) return null;
	await saveSpeakerConfirmation(lesson.id, userId, c);
	const added = withFreshIds(questionsAbout(engine.questions, c, lesson.questions)).slice(0, Math.max(0, MAX_QUESTIONS - lesson.questions.length));
	const db = await getDb();
	await db
		.updateTable('lessons')
		.set({ analysis: JSON.stringify(storeAnalysis(engine)), questions: JSON.stringify([...lesson.questions, ...added]), updated_at: Date.now() })
		.where('id', '=', lesson.id)
		.execute();
	return added.length;
}

/** Runs the engine again (new language, or fresh questions), replacing the questions; false (and
 * nothing changed) when the chosen question types match none of the new questions. */
export async function reanalyzeLesson(lesson: Lesson, lang: Lang | 'auto', filter?: { types?: string[]; count?: number }): Promise<boolean> {
	const { analysis, questions } = await analyzeArticle(lesson.text, lang, await listSpeakerConfirmations(lesson.id), filter);
	let chosen = questions;
	if (filter?.types?.length) chosen = chosen.filter((q) => filter.types!.includes(q.type));
	if (filter?.types?.length && !chosen.length) return false;
	if (filter?.count && filter.count > 0) chosen = chosen.slice(0, filter.count);
	const db = await getDb();
	await db
		.updateTable('lessons')
		.set({ lang: analysis.lang, analysis: JSON.stringify(analysis), questions: JSON.stringify(withFreshIds(chosen)), updated_at: Date.now() })
		.where('id', '=', lesson.id)
		.execute();
	return true;
}

export async function updateLessonSettings(id: string, ownerId: string, settings: { title?: string; feedback?: FeedbackMode; layout?: ArticleLayout }): Promise<void> {
	const db = await getDb();
	await db
		.updateTable('lessons')
		.set({ ...settings, updated_at: Date.now() })
		.where('id', '=', id)
		.where('owner_id', '=', ownerId)
		.execute();
}

/** Opens the quiz; gives it a join code the first time. */
export async function publishLesson(id: string, ownerId: string): Promise<string> {
	const db = await getDb();
	for (let tries = 0; tries < 10; tries++) {
		const existing = await db.selectFrom('lessons').select('join_code').where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
		if (!existing) throw new Error('no such lesson');
		const code = existing.join_code ?? generateJoinCode();
		try {
			await db.updateTable('lessons').set({ join_code: code, status: 'open', updated_at: Date.now() }).where('id', '=', id).where('owner_id', '=', ownerId).execute();
			return code;
		} catch (error) {
			if (existing.join_code) throw error; // not a code collision
		}
	}
	throw new Error('could not find a free join code');
}

export async function setLessonStatus(id: string, ownerId: string, status: 'open' | 'closed'): Promise<void> {
	const db = await getDb();
	await db.updateTable('lessons').set({ status, updated_at: Date.now() }).where('id', '=', id).where('owner_id', '=', ownerId).where('join_code', 'is not', null).execute();
}

/** Deletes the lesson and all its attempts (foreign keys cascade; deleted explicitly too). */
export async function deleteLesson(id: string, ownerId: string): Promise<boolean> {
	const db = await getDb();
	return db.transaction().execute(async (trx) => {
		const own = await trx.selectFrom('lessons').select('id').where('id', '=', id).where('owner_id', '=', ownerId).executeTakeFirst();
		if (!own) return false;
		await trx.deleteFrom('attempts').where('lesson_id', '=', id).execute();
		await trx.deleteFrom('speaker_confirmations').where('lesson_id', '=', id).execute();
		await trx.deleteFrom('lessons').where('id', '=', id).execute();
		return true;
	});
}

/** Lessons without an owner (the demo) go to the first teacher who signs up. */
export async function adoptOrphanLessons(ownerId: string): Promise<void> {
	const db = await getDb();
	await db.updateTable('lessons').set({ owner_id: ownerId }).where('owner_id', 'is', null).execute();
}

export async function countLessons(): Promise<number> {
	const db = await getDb();
	const row = await db.selectFrom('lessons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function findDemoCode(): Promise<string | null> {
	const db = await getDb();
	const row = await db.selectFrom('lessons').select('join_code').where('owner_id', 'is', null).where('status', '=', 'open').executeTakeFirst();
	return row?.join_code ?? null;
}

/** What taking a quiz needs (no stored analysis), with the parsed questions cached per version. */
export interface QuizInfo {
	id: string;
	status: LessonStatus;
	feedback: FeedbackMode;
	text: string;
	questions: Question[];
}

const quizCache = new Map<string, { updatedAt: number; text: string; questions: Question[] }>();

export interface QuizHead {
	id: string;
	status: LessonStatus;
	feedback: FeedbackMode;
	updated_at: number;
}

/** The quiz of a lesson version: text and parsed questions, read once per version. */
export async function loadQuiz(head: QuizHead): Promise<QuizInfo> {
	const updatedAt = Number(head.updated_at);
	let cached = quizCache.get(head.id);
	if (!cached || cached.updatedAt !== updatedAt) {
		const db = await getDb();
		const body = await db.selectFrom('lessons').select(['text', 'questions']).where('id', '=', head.id).executeTakeFirstOrThrow();
		cached = { updatedAt, text: body.text, questions: JSON.parse(body.questions) as Question[] };
		if (quizCache.size > 200) quizCache.clear();
		quizCache.set(head.id, cached);
	}
	return { id: head.id, status: head.status, feedback: head.feedback, text: cached.text, questions: cached.questions };
}

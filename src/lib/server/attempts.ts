// Attempts: a student's nickname, draft answers, and once submitted, the graded result.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Question } from '$lib/engine/types';
import type { Grade, Response } from '$lib/components/quiz-types';
import { getDb, type AttemptTable } from './db.ts';
import { normalizeJoinCode, type QuizHead } from './lessons.ts';
import { gradeResponses } from './quizzes.ts';

export { NICKNAME_MAX } from '$lib/components/limits';
export const ATTEMPT_COOKIE_PREFIX = 'wl_attempt_';

export interface Attempt {
	id: string;
	lessonId: string;
	nickname: string;
	answers: Record<string, Response>;
	savedAt: number;
	submittedAt: number | null;
	score: number | null;
	maxScore: number | null;
	results: Record<string, StoredGrade> | null;
}

type StoredGrade = Omit<Grade, 'feedback'>;

/** Grades as stored: question id → [score, diagnosis] (correct means a full score). */
function writeGrades(results: Record<string, Grade>): string {
	const out: Record<string, [number, string]> = {};
	for (const [id, g] of Object.entries(results)) out[id] = [g.score, g.diagnosis];
	return JSON.stringify(out);
}

function readGrades(json: string): Record<string, StoredGrade> {
	const out: Record<string, StoredGrade> = {};
	for (const [id, [score, diagnosis]] of Object.entries(JSON.parse(json) as Record<string, [number, string]>)) out[id] = { score, correct: score >= 1, diagnosis };
	return out;
}

function toAttempt(row: AttemptTable): Attempt {
	return {
		id: row.id,
		lessonId: row.lesson_id,
		nickname: row.nickname,
		answers: JSON.parse(row.answers) as Record<string, Response>,
		savedAt: Number(row.saved_at),
		submittedAt: row.submitted_at === null ? null : Number(row.submitted_at),
		score: row.score,
		maxScore: row.max_score,
		results: row.results ? readGrades(row.results) : null
	};
}

/** Nickname as stored: single spaces, no control characters; '' when unusable. */
export function normalizeNickname(input: string): string {
	return input.replace(/[\p{C}]/gu, '').replace(/\s+/g, ' ').trim();
}

export async function createAttempt(lessonId: string, nickname: string): Promise<{ attempt: Attempt; token: string }> {
	const db = await getDb();
	const now = Date.now();
	const token = randomBytes(24).toString('base64url');
	const row: AttemptTable = { id: randomUUID(), lesson_id: lessonId, token, nickname, answers: '{}', saved_at: now, submitted_at: null, score: null, max_score: null, results: null, created_at: now };
	await db.insertInto('attempts').values(row).execute();
	return { attempt: toAttempt(row), token };
}

export async function findAttempt(lessonId: string, token: string | undefined): Promise<Attempt | null> {
	if (!token || token.length > 64) return null;
	const db = await getDb();
	const row = await db.selectFrom('attempts').selectAll().where('token', '=', token).where('lesson_id', '=', lessonId).executeTakeFirst();
	return row ? toAttempt(row) : null;
}

/** Which attempt, and whether it is submitted: all that saving and submitting need. */
export interface AttemptHead {
	id: string;
	submittedAt: number | null;
}

/** The lesson behind a join code and, in the same query, the student's attempt on it (or null),
 * given the attempt tokens of the student's cookies. */
export async function findAttemptByCode(code: string, tokens: string[]): Promise<{ lesson: QuizHead; attempt: AttemptHead | null } | null> {
	const db = await getDb();
	const usable = tokens.filter((t) => t && t.length <= 64).slice(0, 20);
	const row = await db
		.selectFrom('lessons')
		.leftJoin('attempts', (j) => j.onRef('attempts.lesson_id', '=', 'lessons.id').on('attempts.token', 'in', usable.length ? usable : ['']))
		.select(['lessons.id as l_id', 'lessons.status as l_status', 'lessons.feedback as l_feedback', 'lessons.updated_at as l_updated_at'])
		.select(['attempts.id', 'attempts.submitted_at'])
		.where('lessons.join_code', '=', normalizeJoinCode(code))
		.executeTakeFirst();
	if (!row) return null;
	const lesson: QuizHead = { id: row.l_id, status: row.l_status, feedback: row.l_feedback, updated_at: Number(row.l_updated_at) };
	return { lesson, attempt: row.id ? { id: row.id, submittedAt: row.submitted_at === null ? null : Number(row.submitted_at) } : null };
}

/** Stores the draft unless the attempt was submitted already; false then. */
export async function saveDraft(attemptId: string, answers: Record<string, Response>): Promise<boolean> {
	const db = await getDb();
	const r = await db
		.updateTable('attempts')
		.set({ answers: JSON.stringify(answers), saved_at: Date.now() })
		.where('id', '=', attemptId)
		.where('submitted_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

/** Grades and stores the answers once; true when this call submitted them. A second submission
 * changes nothing (idempotent). */
export async function submitAttempt(attempt: AttemptHead, questions: Question[], answers: Record<string, Response>): Promise<boolean> {
	if (attempt.submittedAt !== null) return false;
	const graded = gradeResponses(questions, answers);
	// feedback texts are long and derived: stored grades keep score and diagnosis only
	const now = Date.now();
	const db = await getDb();
	const r = await db
		.updateTable('attempts')
		.set({ answers: JSON.stringify(answers), saved_at: now, submitted_at: now, score: graded.score, max_score: graded.max, results: writeGrades(graded.results) })
		.where('id', '=', attempt.id)
		.where('submitted_at', 'is', null)
		.executeTakeFirst();
	return Number(r.numUpdatedRows) > 0;
}

export async function listAttempts(lessonId: string): Promise<Attempt[]> {
	const db = await getDb();
	const rows = await db.selectFrom('attempts').selectAll().where('lesson_id', '=', lessonId).orderBy('created_at').execute();
	return rows.map(toAttempt);
}

export async function countSubmittedAttempts(lessonId: string): Promise<number> {
	const db = await getDb();
	const row = await db
		.selectFrom('attempts')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('lesson_id', '=', lessonId)
		.where('submitted_at', 'is not', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function countAttempts(lessonId: string): Promise<number> {
	const db = await getDb();
	const row = await db.selectFrom('attempts').select((eb) => eb.fn.countAll<number>().as('n')).where('lesson_id', '=', lessonId).executeTakeFirstOrThrow();
	return Number(row.n);
}

// Attempts: a student's nickname, draft answers, and once submitted, the graded result.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Question } from '$lib/engine/types';
import type { Grade, Response } from '$lib/components/quiz-types';
import { CompiledQuery, type Compilable } from 'kysely';
import { getDb, postgresOf, sqliteOf, type AttemptTable, type Db } from './db.ts';
import { attemptBatchesOf, type AttemptByCodeRow, type AttemptWrite } from './attempt-batches.ts';
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
	let out = '';
	for (const id in results) {
		const g = results[id];
		out += `${out ? ',' : '{'}${JSON.stringify(id)}:[${JSON.stringify(g.score)},${JSON.stringify(g.diagnosis)}]`;
	}
	return out ? out + '}' : '{}';
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

// ---- Hot queries --------------------------------------------------------------------------------
// Taking a quiz runs the same few queries for every save and submission. On SQLite each is built
// with Kysely once per database, with named placeholders, and then runs with new values as a
// cached prepared statement, called synchronously. On PostgreSQL they run batched
// (attempt-batches.ts).

const PARAM = Symbol('param');
/** A named placeholder in a hot query (a value that Kysely passes through as a parameter). */
const param = (name: string) => ({ [PARAM]: name }) as unknown as never;

interface HotQuery {
	sql: string;
	/** the placeholder name of each parameter, in order */
	names: string[];
}

const hotQueries = new WeakMap<Db, Map<string, HotQuery>>();

function hotQuery(db: Db, key: string, build: (db: Db) => Compilable): HotQuery {
	let queries = hotQueries.get(db);
	if (!queries) hotQueries.set(db, (queries = new Map()));
	let q = queries.get(key);
	if (!q) {
		const compiled = build(db).compile();
		const names = compiled.parameters.map((v) => {
			const name = v && typeof v === 'object' ? (v as { [PARAM]?: string })[PARAM] : undefined;
			if (typeof name !== 'string') throw new Error(`hot query ${key}: a parameter without a name`);
			return name;
		});
		queries.set(key, (q = { sql: compiled.sql, names }));
	}
	return q;
}

function bind(q: HotQuery, values: Record<string, unknown>): unknown[] {
	return q.names.map((n) => values[n]);
}

async function hotFirst<R>(db: Db, q: HotQuery, args: unknown[]): Promise<R | undefined> {
	const lite = sqliteOf(db);
	// outside a Kysely transaction a synchronous statement cannot interleave with anything
	if (lite && !lite.database.inTransaction) return lite.prepare(q.sql).get(...args) as R | undefined;
	return (await db.executeQuery<R>(CompiledQuery.raw(q.sql, args))).rows[0];
}

// Writes on SQLite are committed in groups: the writes requested while the event loop handles
// one round of I/O run in one transaction, and each caller hears back after that commit (a
// committed WAL transaction survives a crash of the process). One commit costs several times
// one UPDATE, and a class submitting at once sends many in the same moment.
interface PendingWrite {
	sql: string;
	args: unknown[];
	resolve: (changes: number) => void;
	reject: (error: unknown) => void;
}

const writeQueues = new WeakMap<Db, PendingWrite[]>();
const MAX_GROUP = 500;

/** Runs a hot UPDATE on SQLite; resolves to the number of changed rows once it is committed. */
function hotWrite(db: Db, q: HotQuery, args: unknown[]): Promise<number> {
	return new Promise((resolve, reject) => {
		let queue = writeQueues.get(db);
		if (!queue) writeQueues.set(db, (queue = []));
		queue.push({ sql: q.sql, args, resolve, reject });
		if (queue.length === 1) setImmediate(() => flushWrites(db));
	});
}

function flushWrites(db: Db): void {
	const lite = sqliteOf(db)!;
	const queue = writeQueues.get(db) ?? [];
	writeQueues.delete(db);
	if (!queue.length) return;
	const run = () => {
		for (let i = 0; i < queue.length; i += MAX_GROUP) commitGroup(lite, queue.slice(i, i + MAX_GROUP));
	};
	// a Kysely transaction holds the connection across awaits: write after it, on the connection
	if (lite.database.inTransaction) db.connection().execute(async () => run()).catch((e) => queue.forEach((w) => w.reject(e)));
	else run();
}

function commitGroup(lite: NonNullable<ReturnType<typeof sqliteOf>>, group: PendingWrite[]): void {
	let changes: number[] | null = null;
	if (group.length > 1) {
		try {
			changes = lite.database.transaction(() => group.map((w) => lite.prepare(w.sql).run(...w.args).changes))();
		} catch {
			changes = null; // rolled back: one at a time below, so that one failing write fails alone
		}
	}
	if (changes) return group.forEach((w, i) => w.resolve(changes![i]));
	for (const w of group) {
		try {
			w.resolve(lite.prepare(w.sql).run(...w.args).changes);
		} catch (error) {
			w.reject(error);
		}
	}
}

/** The lesson behind a join code and, in the same query, the student's attempt on it (or null),
 * given the attempt tokens of the student's cookies. */
export async function findAttemptByCode(code: string, tokens: string[]): Promise<{ lesson: QuizHead; attempt: AttemptHead | null } | null> {
	const db = await getDb();
	let usable = tokens.filter((t) => t && t.length <= 64).slice(0, 20);
	if (!usable.length) usable = [''];
	const pool = postgresOf(db);
	const row = pool ? await attemptBatchesOf(pool).lookUp({ code: normalizeJoinCode(code), tokens: usable }) : await findAttemptByCodeOnSqlite(db, code, usable);
	if (!row) return null;
	const lesson: QuizHead = { id: row.l_id, status: row.l_status, feedback: row.l_feedback, updated_at: Number(row.l_updated_at) };
	return { lesson, attempt: row.id ? { id: row.id, submittedAt: row.submitted_at === null ? null : Number(row.submitted_at) } : null };
}

function findAttemptByCodeOnSqlite(db: Db, code: string, usable: string[]): Promise<AttemptByCodeRow | undefined> {
	const q = hotQuery(db, `attemptByCode:${usable.length}`, (db) =>
		db
			.selectFrom('lessons')
			.leftJoin('attempts', (j) =>
				j.onRef('attempts.lesson_id', '=', 'lessons.id').on(
					'attempts.token',
					'in',
					usable.map((_, i) => param(`t${i}`))
				)
			)
			.select(['lessons.id as l_id', 'lessons.status as l_status', 'lessons.feedback as l_feedback', 'lessons.updated_at as l_updated_at'])
			.select(['attempts.id', 'attempts.submitted_at'])
			.where('lessons.join_code', '=', param('code'))
	);
	const values: Record<string, unknown> = { code: normalizeJoinCode(code) };
	usable.forEach((t, i) => (values[`t${i}`] = t));
	return hotFirst<AttemptByCodeRow>(db, q, bind(q, values));
}

/** PostgreSQL: the write joins the batch of the moment; true when it changed the row. */
function writeBatched(db: Db, change: AttemptWrite): Promise<boolean> | null {
	const pool = postgresOf(db);
	return pool ? attemptBatchesOf(pool).write(change) : null;
}

/** Stores the draft unless the attempt was submitted already; false then. */
export async function saveDraft(attemptId: string, answers: Record<string, Response>): Promise<boolean> {
	const db = await getDb();
	const now = Date.now();
	const batched = writeBatched(db, { id: attemptId, answers: JSON.stringify(answers), now, submitted: false, score: null, max: null, results: null });
	if (batched) return batched;
	const q = hotQuery(db, 'saveDraft', (db) =>
		db
			.updateTable('attempts')
			.set({ answers: param('answers'), saved_at: param('now') })
			.where('id', '=', param('id'))
			.where('submitted_at', 'is', null)
	);
	return (await hotWrite(db, q, bind(q, { answers: JSON.stringify(answers), now, id: attemptId }))) > 0;
}

/** Grades and stores the answers once; true when this call submitted them. A second submission
 * changes nothing (idempotent). */
export async function submitAttempt(attempt: AttemptHead, questions: Question[], answers: Record<string, Response>): Promise<boolean> {
	if (attempt.submittedAt !== null) return false;
	const graded = gradeResponses(questions, answers);
	// feedback texts are long and derived: stored grades keep score and diagnosis only
	const now = Date.now();
	const db = await getDb();
	const results = writeGrades(graded.results);
	const batched = writeBatched(db, { id: attempt.id, answers: JSON.stringify(answers), now, submitted: true, score: graded.score, max: graded.max, results });
	if (batched) return batched;
	const q = hotQuery(db, 'submit', (db) =>
		db
			.updateTable('attempts')
			.set({ answers: param('answers'), saved_at: param('now'), submitted_at: param('now'), score: param('score'), max_score: param('max'), results: param('results') })
			.where('id', '=', param('id'))
			.where('submitted_at', 'is', null)
	);
	const values = { answers: JSON.stringify(answers), now, score: graded.score, max: graded.max, results, id: attempt.id };
	return (await hotWrite(db, q, bind(q, values))) > 0;
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

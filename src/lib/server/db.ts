// The database: Kysely over better-sqlite3 (default, a file under ./data, WAL) or over pg when
// DATABASE_URL is a postgres:// URL. Opened lazily on first use, never at import time (so that
// `vite build` creates no database file).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrations.ts';

export interface UserTable {
	id: string;
	email: string;
	password_hash: string;
	created_at: number;
}

export interface SessionTable {
	/** SHA-256 of the cookie token: a leaked database holds no usable session */
	id: string;
	user_id: string;
	expires_at: number;
}

export type LessonStatus = 'draft' | 'open' | 'closed';
export type FeedbackMode = 'now' | 'after_close';
export type ArticleLayout = 'beside' | 'first';

export interface LessonTable {
	id: string;
	/** null for the demo lesson until the first teacher signs up */
	owner_id: string | null;
	title: string;
	lang: string;
	text: string;
	source: string | null;
	/** JSON: StoredAnalysis */
	analysis: string;
	/** JSON: Question[] — the answer key; never sent to a student before submission */
	questions: string;
	status: LessonStatus;
	join_code: string | null;
	feedback: FeedbackMode;
	layout: ArticleLayout;
	created_at: number;
	updated_at: number;
}

export interface AttemptTable {
	id: string;
	lesson_id: string;
	/** secret held in the student's HttpOnly cookie */
	token: string;
	nickname: string;
	/** JSON: Record<questionId, response> — the draft, then the submitted answers */
	answers: string;
	saved_at: number;
	submitted_at: number | null;
	score: number | null;
	max_score: number | null;
	/** JSON: Record<questionId, Grade> */
	results: string | null;
	created_at: number;
}

export interface RateLimitTable {
	key: string;
	count: number;
	reset_at: number;
}

export interface AppMetaTable {
	key: string;
	value: string;
}

/** A speaker the teacher confirmed or chose in the review for the quote at [quote_start, quote_end). */
export interface SpeakerConfirmationTable {
	lesson_id: string;
	quote_start: number;
	quote_end: number;
	speaker: string;
	/** the teacher who confirmed it (null once that account is gone) */
	confirmed_by: string | null;
	created_at: number;
}

export interface Database {
	app_meta: AppMetaTable;
	speaker_confirmations: SpeakerConfirmationTable;
	users: UserTable;
	sessions: SessionTable;
	lessons: LessonTable;
	attempts: AttemptTable;
	rate_limits: RateLimitTable;
}

export interface DbConfig {
	/** postgres://… for PostgreSQL, otherwise a SQLite file path */
	url: string;
	/** PostgreSQL only: a schema to create and use (tests isolate themselves this way) */
	schema?: string;
}

export type Db = Kysely<Database>;

let current: { config: DbConfig; db: Promise<Db> } | null = null;

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) return { url };
	return { url: env.DATABASE_FILE?.trim() || './data/wortlaut.sqlite' };
}

export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//i.test(url);
}

async function createDb(config: DbConfig): Promise<Db> {
	if (isPostgresUrl(config.url)) {
		const pg = (await import('pg')).default;
		// int8 (COUNT, bigint timestamps) as JS numbers: our values stay far below 2^53
		pg.types.setTypeParser(20, (v: string) => Number(v));
		if (config.schema) {
			const admin = new pg.Client({ connectionString: config.url });
			await admin.connect();
			try {
				await admin.query(`CREATE SCHEMA IF NOT EXISTS "${config.schema.replace(/"/g, '')}"`);
			} finally {
				await admin.end();
			}
		}
		const pool = new pg.Pool({
			connectionString: config.url,
			max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
			...(config.schema ? { options: `-c search_path=${config.schema}` } : {})
		});
		const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
		postgresPools.set(db, pool);
		return db;
	}
	const SQLite = (await import('better-sqlite3')).default;
	const file = config.url === ':memory:' ? ':memory:' : resolve(config.url.replace(/^sqlite:(\/\/)?/i, ''));
	if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
	const database = new SQLite(file);
	database.pragma('journal_mode = WAL');
	// NORMAL in WAL mode: a committed transaction survives a crash of the process (SIGKILL);
	// only a power loss may drop the last commits.
	database.pragma('synchronous = NORMAL');
	database.pragma('busy_timeout = 5000');
	database.pragma('foreign_keys = ON');
	const checkpointer = file === ':memory:' ? null : startCheckpointer(file);
	if (checkpointer) database.pragma('wal_autocheckpoint = 20000'); // a safety net only
	// Kysely prepares every query anew; the app's queries come in a few shapes, so the prepared
	// statements are kept (better-sqlite3 statements are reusable, and calls are synchronous).
	const statements = new Map<string, ReturnType<typeof database.prepare>>();
	const cached = {
		close: () => {
			void checkpointer?.terminate();
			database.close();
		},
		prepare(sql: string) {
			let stmt = statements.get(sql);
			if (!stmt) {
				if (statements.size > 500) statements.clear();
				statements.set(sql, (stmt = database.prepare(sql)));
			}
			return stmt;
		}
	};
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cached }) });
	sqliteHandles.set(db, { database, prepare: cached.prepare });
	return db;
}

/** The SQLite connection behind a Kysely instance, for the few hot statements that skip
 * Kysely's per-call query building (see `sqliteOf`). */
export interface SqliteHandle {
	database: import('better-sqlite3').Database;
	/** a cached prepared statement */
	prepare(sql: string): import('better-sqlite3').Statement;
}

const sqliteHandles = new WeakMap<Db, SqliteHandle>();

/** The raw SQLite connection of a database opened here, or null (PostgreSQL). The caller must
 * not use it while a Kysely transaction is open on it (`database.inTransaction`): Kysely holds
 * the one connection across awaits, and a statement run then would join that transaction. */
export function sqliteOf(db: Db): SqliteHandle | null {
	return sqliteHandles.get(db) ?? null;
}

const postgresPools = new WeakMap<Db, import('pg').Pool>();

/** The pg pool behind a Kysely instance, or null (SQLite): for the hot statements that run
 * batched and prepared by name (see `attempt-batches.ts`). */
export function postgresOf(db: Db): import('pg').Pool | null {
	return postgresPools.get(db) ?? null;
}

// WAL checkpoints copy the log into the database file and fsync it. On the app's connection they
// would stall the event loop (better-sqlite3 is synchronous) every few hundred commits; a worker
// thread with its own connection checkpoints instead, without blocking writers (PASSIVE).
const CHECKPOINT_WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, 1000);
`;

function startCheckpointer(file: string): Worker | null {
	try {
		const module = createRequire(import.meta.url).resolve('better-sqlite3');
		const worker = new Worker(CHECKPOINT_WORKER, { eval: true, workerData: { file, module } });
		worker.unref();
		worker.on('error', () => undefined);
		return worker;
	} catch {
		return null;
	}
}

async function openMigrated(config: DbConfig): Promise<Db> {
	const db = await createDb(config);
	const pool = postgresOf(db);
	if (!pool) {
		await migrateToLatest(db);
		return db;
	}
	// Kysely's migrator creates its own tables before it takes its lock, so app servers starting
	// at once on a new database could race there. A session lock of our own around the whole
	// migration lets one migrate; the others find it done. (Its own connection, so that a pool of
	// one is not left waiting for itself.)
	const pg = (await import('pg')).default;
	const lock = new pg.Client(pool.options);
	await lock.connect();
	try {
		const { rows } = await lock.query<{ schema: string | null }>('SELECT current_schema() AS schema');
		const schema = rows[0]?.schema ?? 'public';
		await lock.query(`SELECT pg_advisory_lock(hashtext('wortlaut-migrations:' || $1))`, [schema]);
		await migrateToLatest(db, schema);
	} catch (error) {
		await db.destroy();
		throw error;
	} finally {
		await lock.end(); // ends the session, and with it the lock
	}
	return db;
}

/** The shared database, migrated (from DATABASE_URL / DATABASE_FILE on first use). */
export function getDb(): Promise<Db> {
	if (!current) {
		const config = readDbConfig();
		current = { config, db: openMigrated(config) };
	}
	return current.db;
}

/** Open a database from an explicit config (tests, CLI) and make it the shared one. */
export async function openDb(config: DbConfig): Promise<Db> {
	await closeDb();
	current = { config, db: openMigrated(config) };
	return current.db;
}

export async function closeDb(): Promise<void> {
	const c = current;
	current = null;
	if (c) await (await c.db.catch(() => null))?.destroy();
}

export function describeDb(config: DbConfig = current?.config ?? readDbConfig()): string {
	return isPostgresUrl(config.url) ? 'PostgreSQL' : `SQLite ${config.url}`;
}

// Schema migrations, in code, the same for SQLite and PostgreSQL (Kysely's schema builder).
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const migrations: Record<string, Migration> = {
	'2026-11-25-001-init': {
		async up(db: AnyDb): Promise<void> {
			await db.schema
				.createTable('users')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('email', 'text', (c) => c.notNull().unique())
				.addColumn('password_hash', 'text', (c) => c.notNull())
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('sessions')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
				.addColumn('expires_at', 'bigint', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
			await db.schema
				.createTable('lessons')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('lang', 'text', (c) => c.notNull())
				.addColumn('text', 'text', (c) => c.notNull())
				.addColumn('source', 'text')
				.addColumn('analysis', 'text', (c) => c.notNull())
				.addColumn('questions', 'text', (c) => c.notNull())
				.addColumn('status', 'text', (c) => c.notNull())
				.addColumn('join_code', 'text', (c) => c.unique())
				.addColumn('feedback', 'text', (c) => c.notNull())
				.addColumn('layout', 'text', (c) => c.notNull())
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.addColumn('updated_at', 'bigint', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('lessons_owner').on('lessons').column('owner_id').execute();
			await db.schema
				.createTable('attempts')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id').onDelete('cascade'))
				.addColumn('token', 'text', (c) => c.notNull().unique())
				.addColumn('nickname', 'text', (c) => c.notNull())
				.addColumn('answers', 'text', (c) => c.notNull())
				.addColumn('saved_at', 'bigint', (c) => c.notNull())
				.addColumn('submitted_at', 'bigint')
				.addColumn('score', 'double precision')
				.addColumn('max_score', 'double precision')
				.addColumn('results', 'text')
				.addColumn('created_at', 'bigint', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('attempts_lesson').on('attempts').column('lesson_id').execute();
			await db.schema
				.createTable('rate_limits')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addColumn('reset_at', 'bigint', (c) => c.notNull())
				.execute();
		},
		async down(db: AnyDb): Promise<void> {
			for (const t of ['rate_limits', 'attempts', 'lessons', 'sessions', 'users']) await db.schema.dropTable(t).ifExists().execute();
		}
	}
};

migrations['2026-11-25-002-meta'] = {
	// one-time facts of the installation ("demo seeded"), claimed with a unique key so that
	// several app servers starting at once on one PostgreSQL do the work once
	async up(db: AnyDb): Promise<void> {
		await db.schema
			.createTable('app_meta')
			.addColumn('key', 'text', (c) => c.primaryKey())
			.addColumn('value', 'text', (c) => c.notNull())
			.execute();
	},
	async down(db: AnyDb): Promise<void> {
		await db.schema.dropTable('app_meta').ifExists().execute();
	}
};

migrations['2026-12-08-ui-001-speaker-confirmations'] = {
	// speakers the teacher confirmed in the review ("Zu prüfen"), kept apart from the engine's
	// analysis so that exports and results can say which answer keys a person made
	async up(db: AnyDb): Promise<void> {
		await db.schema
			.createTable('speaker_confirmations')
			.addColumn('lesson_id', 'text', (c) => c.notNull().references('lessons.id').onDelete('cascade'))
			.addColumn('quote_start', 'integer', (c) => c.notNull())
			.addColumn('quote_end', 'integer', (c) => c.notNull())
			.addColumn('speaker', 'text', (c) => c.notNull())
			.addColumn('confirmed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
			.addColumn('created_at', 'bigint', (c) => c.notNull())
			.addPrimaryKeyConstraint('speaker_confirmations_pk', ['lesson_id', 'quote_start', 'quote_end'])
			.execute();
	},
	async down(db: AnyDb): Promise<void> {
		await db.schema.dropTable('speaker_confirmations').ifExists().execute();
	}
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** `schema`: PostgreSQL's current schema. Without it Kysely takes its bookkeeping tables in any
 * schema of the database for its own (and then finds none in ours), so that a new schema failed
 * to migrate whenever another one on the same server had been migrated already. */
export async function migrateToLatest(db: AnyDb, schema?: string): Promise<void> {
	const { error, results } = await new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) }).migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error');
		throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}

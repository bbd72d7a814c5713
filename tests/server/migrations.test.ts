// PostgreSQL: a new schema migrates although another schema of the same database holds Kysely's
// bookkeeping tables already (Kysely looked for them in every schema).
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, openDb } from '../../src/lib/server/db.ts';

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('migrations on PostgreSQL', () => {
	const schemas = [1, 2].map((i) => `t_mig_${process.pid}_${i}_${Math.random().toString(36).slice(2, 8)}`);
	afterAll(async () => {
		await closeDb();
		const client = new pg.Client({ connectionString: url });
		await client.connect();
		for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
		await client.end();
	});

	it('migrates a second schema of the same database', async () => {
		for (const schema of schemas) {
			const db = await openDb({ url: url!, schema });
			const tables = (await db.introspection.getTables({ withInternalKyselyTables: true })).filter((t) => t.schema === schema).map((t) => t.name);
			expect(tables).toEqual(expect.arrayContaining(['lessons', 'attempts', 'kysely_migration', 'kysely_migration_lock']));
		}
	});
});

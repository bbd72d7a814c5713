import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, openDb } from '../../src/lib/server/db.ts';
import { authenticateUser, createUser } from '../../src/lib/server/users.ts';

describe('cli reset-password', () => {
	it('sets a new password for an existing teacher and fails for an unknown one', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'wortlaut-cli-')), 'cli.sqlite');
		await openDb({ url: file });
		await createUser('cli@schule.example', 'altes-passwort');
		await closeDb();
		const env = { ...process.env, DATABASE_FILE: file, DATABASE_URL: '' };
		const ok = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'reset-password', 'cli@schule.example'], { env, encoding: 'utf8' });
		expect(ok.status, ok.stderr).toBe(0);
		const password = ok.stdout.match(/new password of cli@schule\.example: (\S+)/)?.[1];
		expect(password).toBeTruthy();
		const unknown = spawnSync('npx', ['tsx', 'scripts/cli.ts', 'reset-password', 'niemand@schule.example'], { env, encoding: 'utf8' });
		expect(unknown.status).toBe(1);
		await openDb({ url: file });
		expect(await authenticateUser('cli@schule.example', password!)).not.toBeNull();
		expect(await authenticateUser('cli@schule.example', 'altes-passwort')).toBeNull();
		await closeDb();
	});
});

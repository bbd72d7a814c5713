// Serves the built app for the browser tests on a fresh SQLite file, with the production server
// (compressed responses).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '4173';
const dir = mkdtempSync(join(tmpdir(), 'wortlaut-e2e-'));
const child = spawn(process.execPath, ['scripts/serve.mjs'], {
	stdio: 'inherit',
	env: { BODY_SIZE_LIMIT: '3M', ...process.env, HOST: '127.0.0.1', PORT: port, ORIGIN: `http://127.0.0.1:${port}`, DATABASE_FILE: join(dir, 'e2e.sqlite'), DATABASE_URL: '' }
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));

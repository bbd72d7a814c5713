// `npm start`: build the app when no build exists (or sources are newer), then serve it.
import { existsSync, statSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

function newest(dir) {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
	}
	return t;
}
const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (!built || newest('src') > built) {
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const env = { ...process.env, PORT: port, HOST: host, ORIGIN: process.env.ORIGIN ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}` };
console.log(`Wortlaut on ${env.ORIGIN}`);
const r = spawnSync('node', ['build'], { stdio: 'inherit', env });
process.exit(r.status ?? 0);

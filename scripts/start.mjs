// `npm start`: build the app when no build exists (or sources are newer), then serve it with
// compressed responses (scripts/serve.mjs over adapter-node's handler). The server migrates the database and creates the demo lesson on an empty one when it starts
// (src/hooks.server.ts). `--build-only` stops after the build (benchmarks, tests).
import { existsSync, statSync, readdirSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let t = 0;
	for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
	return t;
}
const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
const sources = Math.max(newest('src'), newest('svelte.config.js'), newest('vite.config.ts'), newest('package-lock.json'));
if (!built || sources > built) {
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
if (process.argv.includes('--build-only')) process.exit(0);

const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
// uploads of saved web pages are often larger than adapter-node's default 512K; the app itself
// limits uploads to 2 MB and articles to 200 KB, with its own messages
const env = { BODY_SIZE_LIMIT: '3M', ...process.env, PORT: port, HOST: host, ORIGIN: process.env.ORIGIN ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}` };
console.log(`Wortlaut on ${env.ORIGIN}`);
const child = spawn(process.execPath, ['scripts/serve.mjs'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

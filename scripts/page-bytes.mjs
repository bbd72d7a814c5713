// `node scripts/page-bytes.mjs [--plain]`: bytes on the wire of the student's quiz page (the demo
// lesson, joined with a nickname) and of the start page, as served by `npm start`
// (scripts/serve.mjs), for identity, gzip and br; --plain serves `node build` (no compression).
import { spawn, spawnSync } from 'node:child_process';
import { joinAsStudent } from './join-as-student.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';

const plain = process.argv.includes('--plain');
const port = 3990 + Math.floor(Math.random() * 9);
const origin = `http://127.0.0.1:${port}`;
if (spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { stdio: 'inherit' }).status !== 0) process.exit(1);
const server = spawn(process.execPath, [plain ? 'build' : 'scripts/serve.mjs'], {
	stdio: ['ignore', 'pipe', 'inherit'],
	env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: origin, DATABASE_FILE: join(mkdtempSync(join(tmpdir(), 'wortlaut-bytes-')), 'db.sqlite'), DATABASE_URL: '' }
});
const code = await new Promise((resolve, reject) => {
	let out = '';
	server.stdout.on('data', (d) => {
		out += d;
		const m = /join code (\w+)/.exec(out);
		if (m) resolve(m[1]);
	});
	setTimeout(() => reject(new Error('no demo lesson')), 30_000);
});
await new Promise((r) => setTimeout(r, 300));

/** Raw bytes as sent (node:http does not decode). */
function get(path, encoding, cookie = '') {
	return new Promise((resolve, reject) => {
		http.get(`${origin}${path}`, { headers: { 'accept-encoding': encoding, cookie } }, (res) => {
			let n = 0;
			res.on('data', (d) => (n += d.length));
			res.on('end', () => resolve({ bytes: n, encoding: res.headers['content-encoding'] ?? 'identity' }));
		}).on('error', reject);
	});
}
const cookie = await joinAsStudent(origin, code);
for (const [name, path, c] of [['quiz page', `/q/${code}`, cookie], ['start page', '/', '']]) {
	const sizes = [];
	for (const enc of ['identity', 'gzip', 'br']) {
		const r = await get(path, enc, c);
		sizes.push(`${enc}: ${r.bytes} B${r.encoding === enc ? '' : ` (sent as ${r.encoding})`}`);
	}
	console.log(`[page-bytes] ${plain ? 'node build' : 'npm start'}, ${name}: ${sizes.join(', ')}`);
}
server.kill('SIGTERM');

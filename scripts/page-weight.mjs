// `npm run bench:weight`: gzipped JavaScript a browser loads for the student's pages (the join
// page and the quiz /q/CODE), next to a minimal SvelteKit page (one heading, adapter-node) built
// in the same run with the same Svelte, SvelteKit and Vite. Counts every script the served HTML
// preloads or imports (what SvelteKit sends for the page), each gzipped at level 9 like a
// compressing server would. Goals (issue 16): quiz ≤ 40 KB and ≤ 1.5× the minimal page, join ≤ 35 KB.
import { spawn, spawnSync } from 'node:child_process';
import { joinAsStudent } from './join-as-student.mjs';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const QUIZ_GOAL_KB = 40;
const QUIZ_GOAL_RATIO = 1.5;
const JOIN_GOAL_KB = 35;
const root = resolve('.');
const dir = mkdtempSync(join(tmpdir(), 'wortlaut-weight-'));

function run(cmd, args, cwd) {
	const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
	if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}`);
}

/** A SvelteKit app with one static heading: the floor every SvelteKit page pays. */
function buildMinimalApp() {
	const app = join(dir, 'minimal');
	mkdirSync(join(app, 'src/routes'), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
	writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'minimal', private: true, type: 'module' }));
	writeFileSync(join(app, 'svelte.config.js'), "import adapter from '@sveltejs/adapter-node';\nexport default { kit: { adapter: adapter() } };\n");
	writeFileSync(join(app, 'vite.config.js'), "import { sveltekit } from '@sveltejs/kit/vite';\nexport default { plugins: [sveltekit()] };\n");
	writeFileSync(join(app, 'src/app.html'), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8" />%sveltekit.head%</head><body><div>%sveltekit.body%</div></body></html>\n');
	writeFileSync(join(app, 'src/routes/+page.svelte'), '<h1>Hello</h1>\n');
	run(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], app);
	return app;
}

async function startServer(cwd, port, env = {}) {
	let out = '';
	const child = spawn(process.execPath, ['build'], {
		cwd,
		stdio: ['ignore', 'pipe', 'inherit'],
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: `http://127.0.0.1:${port}`, NODE_ENV: 'production', ...env }
	});
	child.stdout.on('data', (d) => (out += d));
	for (let i = 0; i < 150; i++) {
		try {
			const r = await fetch(`http://127.0.0.1:${port}/`);
			if (r.status < 500) return { child, output: () => out };
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error(`server in ${cwd} did not start`);
}

/** Gzipped bytes of every script the page's HTML preloads or imports. */
async function scriptWeight(origin, path, cookie = '') {
	const res = await fetch(origin + path, { headers: { cookie } });
	const html = await res.text();
	const urls = new Set();
	// SvelteKit lists the page's modules in the Link header (and in <link> tags when prerendered)
	for (const [, href] of (res.headers.get('link') ?? '').matchAll(/<([^>]+)>;[^,]*rel="modulepreload"/g)) urls.add(href);
	for (const [, href] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(href);
	for (const [, href] of html.matchAll(/import\("([^"]+)"\)/g)) urls.add(href);
	for (const [, href] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) urls.add(href);
	if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
	let gzip = 0;
	let raw = 0;
	for (const href of urls) {
		const body = Buffer.from(await (await fetch(new URL(href, origin + path))).arrayBuffer());
		raw += body.length;
		gzip += gzipSync(body, { level: 9 }).length;
	}
	if (!urls.size) throw new Error(`no scripts found on ${path}`);
	return { files: urls.size, raw, gzip };
}

const kb = (b) => (b / 1024).toFixed(1);

run('npm', ['run', '-s', 'build'], root);
const minimalApp = buildMinimalApp();
const port = 3800 + Math.floor(Math.random() * 90);
const minimal = await startServer(minimalApp, port + 100);
const app = await startServer(root, port, { DATABASE_FILE: join(dir, 'weight.sqlite'), DATABASE_URL: '' });
try {
	const origin = `http://127.0.0.1:${port}`;
	const code = /join code (\S+)/.exec(app.output())?.[1];
	if (!code) throw new Error('the demo lesson was not created');
	const cookie = await joinAsStudent(origin, code);
	const base = await scriptWeight(`http://127.0.0.1:${port + 100}`, '/');
	const joinPage = await scriptWeight(origin, `/join?code=${code}`);
	const quiz = await scriptWeight(origin, `/q/${code}`, cookie);
	const row = (name, w, goal) => console.log(`${name.padEnd(16)} ${String(w.files).padStart(3)} files  ${kb(w.raw).padStart(7)} KB raw  ${kb(w.gzip).padStart(6)} KB gzip  ${(w.gzip / base.gzip).toFixed(2)}× minimal${goal ? `  (goal ${goal})` : ''}`);
	row('minimal page', base);
	row('join page', joinPage, `≤ ${JOIN_GOAL_KB} KB`);
	row('quiz /q/CODE', quiz, `≤ ${QUIZ_GOAL_KB} KB, ≤ ${QUIZ_GOAL_RATIO}×`);
	const ok = quiz.gzip <= QUIZ_GOAL_KB * 1024 && quiz.gzip <= QUIZ_GOAL_RATIO * base.gzip && joinPage.gzip <= JOIN_GOAL_KB * 1024;
	console.log(ok ? 'within the goals' : 'ABOVE the goals');
	process.exitCode = ok ? 0 : 1;
} finally {
	app.child.kill();
	minimal.child.kill();
}

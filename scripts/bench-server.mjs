// `npm run bench:server [-- --duration S --connections N --kill]`
// Answer submissions per second and p99 latency against the built server on loopback (SQLite,
// WAL), next to a trivial endpoint (/health) of the same server in the same run; then checks that
// every acknowledged submission (a 303 back to the quiz, sent after the commit) is in the
// database. With --kill, the server is killed (SIGKILL) in the middle of the submissions,
// restarted, and every acknowledged submission must still be there (durability).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : fallback;
};
const duration = Number(arg('duration', 10));
const connections = Number(arg('connections', 200));
const kill = process.argv.includes('--kill');
const port = Number(arg('port', 3900 + Math.floor(Math.random() * 90)));
const origin = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'wortlaut-bench-'));
const dbFile = join(dir, 'bench.sqlite');

function log(...a) {
	console.log('[bench:server]', ...a);
}

const built = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

let server = null;
async function startServer() {
	server = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: origin, DATABASE_FILE: dbFile, DATABASE_URL: '', NODE_ENV: 'production' }
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/health`)).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('server did not start');
}
function stopServer(signal = 'SIGTERM') {
	return new Promise((resolve) => {
		if (!server || server.exitCode !== null) return resolve();
		server.once('exit', () => resolve());
		server.kill(signal);
	});
}

async function post(path, fields, cookie = '') {
	return fetch(`${origin}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', cookie },
		body: new URLSearchParams(fields)
	});
}

async function setUp() {
	const signup = await post('/signup', { email: 'bench@schule.example', password: 'bench-passwort' });
	const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
	const text = readFileSync('src/lib/demo/seed-nordkorea.txt', 'utf8');
	const created = await post('/lessons/new', { title: 'Bench', text, lang: 'auto' }, cookie);
	const lessonId = (created.headers.get('location') ?? '').split('/').pop();
	await post(`/lessons/${lessonId}/publish?/publish`, {}, cookie);
	const db = new Database(dbFile);
	db.pragma('busy_timeout = 5000');
	const lesson = db.prepare('SELECT join_code, questions FROM lessons WHERE id = ?').get(lessonId);
	if (!lesson?.join_code) throw new Error('lesson was not published');
	// one fresh attempt per submission: far more than the run can use
	const tokens = [];
	const insert = db.prepare('INSERT INTO attempts (id, lesson_id, token, nickname, answers, saved_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
	const n = Math.max(20_000, duration * 6_000);
	db.transaction(() => {
		for (let i = 0; i < n; i++) {
			const token = randomBytes(18).toString('base64url');
			tokens.push(token);
			insert.run(randomUUID(), lessonId, token, `Kind ${i}`, '{}', Date.now(), Date.now());
		}
	})();
	db.close();
	// answers as a class gives them: a random option, true/false or order per question; typed
	// numbers and names in a few common forms, and one time in four an arbitrary number
	const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });
	const questions = JSON.parse(lesson.questions);
	const pick = (list) => list[Math.floor(Math.random() * list.length)];
	const shuffle = (list) => list.map((x) => [Math.random(), x]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
	const makeBody = () => {
		const fields = { confirm: '1' };
		for (const q of questions) {
			if (Array.isArray(q.pairs)) shuffle(q.pairs.map((p) => p.answer)).forEach((name, i) => (fields[`a:${q.id}:${i}`] = name));
			else if (q.target === 'mark') fields[`a:${q.id}`] = pick(Array.isArray(q.answer) ? q.answer.map((a) => `${a.start}-${a.end}`) : ['0-3']);
			else if (typeof q.answer === 'boolean') fields[`a:${q.id}`] = pick(['true', 'false']);
			else if (Array.isArray(q.options)) fields[`a:${q.id}`] = pick(q.options.map((o) => (typeof o === 'number' ? number.format(o) : String(o))));
			else if (typeof q.answer === 'number') fields[`a:${q.id}`] = Math.random() < 0.25 ? String(Math.floor(Math.random() * 20000)) : pick([number.format(q.answer), String(q.answer), `rund ${number.format(q.answer)}`]);
			else fields[`a:${q.id}`] = Math.random() < 0.25 ? `Name ${Math.floor(Math.random() * 1000)}` : pick([String(q.answer ?? ''), String(q.answer ?? '').split(' ').pop()]);
		}
		return new URLSearchParams(fields).toString();
	};
	// made before the run, so that the load generator spends no time on them
	const bodies = Array.from({ length: 5000 }, makeBody);
	return { code: lesson.join_code, lessonId, tokens, bodies, questions: questions.length };
}

/** CPU seconds used so far by the server process (Linux /proc), or NaN elsewhere. */
function serverCpu() {
	try {
		const fields = readFileSync(`/proc/${server.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return NaN;
	}
}

/** Runs autocannon; adds the CPU share that the server and the load generator used meanwhile. */
function run(opts) {
	return new Promise((resolve, reject) => {
		const t0 = process.hrtime.bigint();
		const own0 = process.cpuUsage();
		const srv0 = serverCpu();
		const instance = autocannon({ connections, duration, ...opts }, (err, result) => {
			if (err) return reject(err);
			const wall = Number(process.hrtime.bigint() - t0) / 1e9;
			const own = process.cpuUsage(own0);
			result.cpu = { server: (serverCpu() - srv0) / wall, client: (own.user + own.system) / 1e6 / wall };
			resolve(result);
		});
		if (opts.onInstance) opts.onInstance(instance);
	});
}
const cpu = (r) => (r.cpu ? `, CPU: server ${(r.cpu.server * 100).toFixed(0)} %, load generator ${(r.cpu.client * 100).toFixed(0)} %` : '');

function acknowledgedInDb(acked) {
	const db = new Database(dbFile, { readonly: true });
	const rows = db.prepare('SELECT token FROM attempts WHERE submitted_at IS NOT NULL').all();
	db.close();
	const stored = new Set(rows.map((r) => r.token));
	return { stored: stored.size, missing: acked.filter((t) => !stored.has(t)).length };
}

function submissions(setup, acked, extra = {}) {
	let next = 0;
	return run({
		url: `${origin}/q/${setup.code}?/submit`,
		...extra,
		requests: [
			{
				method: 'POST',
				setupRequest: (req, context) => {
					const token = setup.tokens[next++ % setup.tokens.length];
					context.token = token;
					return { ...req, headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', cookie: `wl_attempt_${setup.lessonId}=${token}` }, body: setup.bodies[next % setup.bodies.length] };
				},
				onResponse: (status, _body, context, headers) => {
					const location = Array.isArray(headers) ? headers[headers.indexOf('location') + 1] ?? headers[headers.indexOf('Location') + 1] : headers?.location;
					if (status === 303 && location === `/q/${setup.code}`) acked.push(context.token);
				}
			}
		]
	});
}

let exitCode = 0;
try {
	await startServer();
	const setup = await setUp();
	log(`${connections} connections, ${duration} s per run, SQLite WAL at ${dbFile}; quiz of ${setup.questions} questions`);
	if (!kill) {
		// the trivial endpoint before and after the submissions (the machine's load may drift)
		const skip = { requests: { average: 0 }, latency: { p99: 0 }, errors: 0, non2xx: 0 };
		const half = (opts) => run({ ...opts, duration: Math.max(1, Math.round(duration / 2)) });
		const before = process.env.BENCH_SKIP_TRIVIAL ? skip : await half({ url: `${origin}/health` });
		const acked = [];
		const subs = await submissions(setup, acked);
		const after = process.env.BENCH_SKIP_TRIVIAL ? skip : await half({ url: `${origin}/health` });
		const trivial = {
			requests: { average: (before.requests.average + after.requests.average) / 2 },
			latency: { p99: Math.max(before.latency.p99, after.latency.p99) },
			errors: before.errors + after.errors,
			non2xx: before.non2xx + after.non2xx
		};
		const { stored, missing } = acknowledgedInDb(acked);
		const ratio = subs.requests.average / (trivial.requests.average || 1);
		log(`trivial GET /health:  ${trivial.requests.average.toFixed(0)} req/s (${before.requests.average.toFixed(0)} before, ${after.requests.average.toFixed(0)} after), p99 ${trivial.latency.p99} ms, errors ${trivial.errors + trivial.non2xx}${cpu(before)}`);
		log(`answer submissions:   ${subs.requests.average.toFixed(0)} req/s, p50 ${subs.latency.p50} ms, p99 ${subs.latency.p99} ms, acknowledged ${acked.length}, errors ${subs.errors}, timeouts ${subs.timeouts}${cpu(subs)}`);
		log(`submissions / trivial: ${(ratio * 100).toFixed(0)} %`);
		log(`acknowledged submissions in the database: ${acked.length - missing} of ${acked.length} (${stored} submitted rows)`);
		if (missing) exitCode = 1;
	} else {
		const acked = [];
		let instance = null;
		const running = submissions(setup, acked, { onInstance: (i) => (instance = i) });
		await new Promise((r) => setTimeout(r, (duration * 1000) / 2));
		const before = acked.length;
		await stopServer('SIGKILL');
		log(`server killed (SIGKILL) after ${before} acknowledged submissions`);
		await new Promise((r) => setTimeout(r, 300));
		instance?.stop();
		await running.catch(() => null);
		await startServer();
		const { missing } = acknowledgedInDb(acked);
		log(`after restart: ${acked.length - missing} of ${acked.length} acknowledged submissions in the database`);
		if (missing || acked.length === 0) exitCode = 1;
	}
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await stopServer();
}
process.exit(exitCode);

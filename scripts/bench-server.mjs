// `npm run bench:server [-- --duration S --connections N --kill --db sqlite|postgres --servers N]`
// Answer submissions per second and p99 latency against the built server on loopback, next to a
// trivial endpoint (/health) of the same server in the same run; then checks that every
// acknowledged submission (a 303 back to the quiz, sent after the commit) is in the database.
// With --kill, the servers are killed (SIGKILL) in the middle of the submissions, restarted, and
// every acknowledged submission must still be there (durability).
// --db sqlite (default) uses a fresh SQLite file (WAL); --db postgres uses DATABASE_URL (else the
// local postgres://postgres@127.0.0.1:5432/test) in a schema of its own, dropped afterwards.
// --servers N starts N app servers on one database, each getting an equal share of the connections
// (all with the same ORIGIN, as behind a load balancer).
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import pg from 'pg';
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
const servers = Math.max(1, Number(arg('servers', 1)));
const dbKind = arg('db', 'sqlite');
if (!['sqlite', 'postgres'].includes(dbKind)) throw new Error(`--db sqlite|postgres, not ${dbKind}`);
const basePort = Number(arg('port', 3900 + Math.floor(Math.random() * 90)));
const origins = Array.from({ length: servers }, (_, i) => `http://127.0.0.1:${basePort + i}`);
const origin = origins[0];
const dir = mkdtempSync(join(tmpdir(), 'wortlaut-bench-'));
const dbFile = join(dir, 'bench.sqlite');
const pgSchema = `bench_${randomBytes(6).toString('hex')}`;
const pgUrl = (() => {
	if (dbKind !== 'postgres') return '';
	const url = new URL(process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test');
	url.searchParams.set('options', `-c search_path=${pgSchema}`);
	url.searchParams.set('application_name', pgSchema); // to find the app's database backends
	return url.toString();
})();

function log(...a) {
	console.log('[bench:server]', ...a);
}

const built = spawnSync(process.execPath, ['scripts/start.mjs', '--build-only'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

/** The database as the benchmark sees it: the quiz, the attempts it adds, the submitted rows. */
function openBenchDb() {
	if (dbKind === 'sqlite') {
		const db = new Database(dbFile);
		db.pragma('busy_timeout = 5000');
		return {
			lesson: async (id) => db.prepare('SELECT join_code, questions FROM lessons WHERE id = ?').get(id),
			insertAttempts: async (rows) => {
				const insert = db.prepare('INSERT INTO attempts (id, lesson_id, token, nickname, answers, saved_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
				db.transaction(() => rows.forEach((r) => insert.run(r.id, r.lesson_id, r.token, r.nickname, '{}', r.at, r.at)))();
			},
			submittedTokens: async () => db.prepare('SELECT token FROM attempts WHERE submitted_at IS NOT NULL').all().map((r) => r.token),
			close: async () => db.close()
		};
	}
	const pool = new pg.Pool({ connectionString: pgUrl, max: 2 });
	return {
		lesson: async (id) => (await pool.query('SELECT join_code, questions FROM lessons WHERE id = $1', [id])).rows[0],
		insertAttempts: async (rows) => {
			for (let i = 0; i < rows.length; i += 5000) {
				const part = rows.slice(i, i + 5000);
				await pool.query(
					`INSERT INTO attempts (id, lesson_id, token, nickname, answers, saved_at, created_at)
					 SELECT id, lesson_id, token, nickname, '{}', at, at FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[]) AS t(id, lesson_id, token, nickname, at)`,
					['id', 'lesson_id', 'token', 'nickname', 'at'].map((k) => part.map((r) => r[k]))
				);
			}
		},
		submittedTokens: async () => (await pool.query('SELECT token FROM attempts WHERE submitted_at IS NOT NULL')).rows.map((r) => r.token),
		close: () => pool.end()
	};
}

async function createPgSchema() {
	const client = new pg.Client({ connectionString: process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test' });
	await client.connect();
	await client.query(`CREATE SCHEMA "${pgSchema}"`);
	await client.end();
}
async function dropPgSchema() {
	const client = new pg.Client({ connectionString: process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test' });
	await client.connect();
	await client.query(`DROP SCHEMA IF EXISTS "${pgSchema}" CASCADE`);
	await client.end();
}

const running = [];
async function startServers() {
	const started = origins.map(async (o, i) => {
		running[i] = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), 'scripts/serve.mjs'], {
			stdio: ['ignore', 'ignore', 'inherit'],
			env: { ...process.env, HOST: '127.0.0.1', PORT: String(basePort + i), ORIGIN: origin, DATABASE_FILE: dbFile, DATABASE_URL: pgUrl, NODE_ENV: 'production' }
		});
		for (let t = 0; t < 150; t++) {
			try {
				if ((await fetch(`${o}/health`)).ok) return;
			} catch {
				/* not yet */
			}
			await new Promise((r) => setTimeout(r, 100));
		}
		throw new Error(`server ${o} did not start`);
	});
	await Promise.all(started);
}
function stopServers(signal = 'SIGTERM') {
	return Promise.all(
		running.map(
			(server) =>
				new Promise((resolve) => {
					if (!server || server.exitCode !== null) return resolve();
					server.once('exit', () => resolve());
					server.kill(signal);
				})
		)
	);
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
	const db = openBenchDb();
	const lesson = await db.lesson(lessonId);
	if (!lesson?.join_code) throw new Error('lesson was not published');
	// one fresh attempt per submission: far more than the run can use
	const n = Math.max(20_000, duration * 6_000);
	const rows = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), lesson_id: lessonId, token: randomBytes(18).toString('base64url'), nickname: `Kind ${i}`, at: Date.now() }));
	await db.insertAttempts(rows);
	await db.close();
	const tokens = rows.map((r) => r.token);
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

/** CPU seconds used so far by these processes (Linux /proc), or NaN elsewhere. */
function cpuOf(pids) {
	try {
		let total = 0;
		for (const pid of pids) {
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			total += (Number(fields[11]) + Number(fields[12])) / 100;
		}
		return total;
	} catch {
		return NaN;
	}
}
const serverCpu = () => cpuOf(running.map((s) => s.pid));

/** PostgreSQL: the pids of the app servers' backends (by application_name), else none. */
async function databasePids() {
	if (dbKind !== 'postgres') return [];
	const client = new pg.Client({ connectionString: process.env.DATABASE_URL?.trim() || 'postgres://postgres@127.0.0.1:5432/test' });
	await client.connect();
	const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [pgSchema]);
	await client.end();
	return rows.map((r) => r.pid);
}

function runOne(opts) {
	return new Promise((resolve, reject) => {
		const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
		if (opts.onInstance) opts.onInstance(instance);
	});
}

/** Runs autocannon against every server at once (`path` on each origin, the connections shared
 * out); sums the rates, takes the worst percentiles, and adds the CPU share that the servers and
 * the load generator used meanwhile. */
async function run({ path, ...opts }) {
	const t0 = process.hrtime.bigint();
	const own0 = process.cpuUsage();
	const srv0 = serverCpu();
	let dbPids = [];
	let db0 = 0;
	// the pool opens its connections under load: look for the backends a moment into the run
	const probe = setTimeout(async () => {
		dbPids = await databasePids().catch(() => []);
		db0 = cpuOf(dbPids);
	}, 1000);
	const results = await Promise.all(origins.map((o) => runOne({ duration, ...opts, url: `${o}${path}`, connections: Math.max(1, Math.round(connections / servers)) })));
	clearTimeout(probe);
	const wall = Number(process.hrtime.bigint() - t0) / 1e9;
	const own = process.cpuUsage(own0);
	const srv = serverCpu() - srv0;
	const dbCpu = dbPids.length ? cpuOf(dbPids) - db0 : 0;
	const sum = (f) => results.reduce((a, r) => a + f(r), 0);
	const max = (f) => Math.max(...results.map(f));
	return {
		requests: { average: sum((r) => r.requests.average) },
		latency: { p50: max((r) => r.latency.p50), p99: max((r) => r.latency.p99) },
		errors: sum((r) => r.errors),
		timeouts: sum((r) => r.timeouts),
		non2xx: sum((r) => r.non2xx),
		cpu: { server: srv / wall, client: (own.user + own.system) / 1e6 / wall, database: dbCpu / wall, serverSeconds: srv, databaseSeconds: dbCpu, requests: sum((r) => r.requests.total) }
	};
}
// CPU time per request (server, and the database's backends) depends less on the other load
// of a shared machine than the rates do
const cpu = (r) => {
	if (!r.cpu) return '';
	const perRequest = (seconds) => ((seconds * 1000) / Math.max(1, r.cpu.requests)).toFixed(2);
	const database = r.cpu.databaseSeconds ? `, database ${(r.cpu.database * 100).toFixed(0)} % (${perRequest(r.cpu.databaseSeconds)} ms/request)` : '';
	return `, CPU: server ${(r.cpu.server * 100).toFixed(0)} % (${perRequest(r.cpu.serverSeconds)} ms/request)${database}, load generator ${(r.cpu.client * 100).toFixed(0)} %`;
};

async function acknowledgedInDb(acked) {
	const db = openBenchDb();
	const stored = new Set(await db.submittedTokens());
	await db.close();
	return { stored: stored.size, missing: acked.filter((t) => !stored.has(t)).length };
}

function submissions(setup, acked, extra = {}) {
	let next = 0;
	return run({
		path: `/q/${setup.code}?/submit`,
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
	if (dbKind === 'postgres') await createPgSchema();
	await startServers();
	const setup = await setUp();
	const where = dbKind === 'sqlite' ? `SQLite WAL at ${dbFile}` : `PostgreSQL schema ${pgSchema}`;
	log(`${connections} connections, ${duration} s per run, ${servers > 1 ? `${servers} servers on ` : ''}${where}; quiz of ${setup.questions} questions`);
	if (!kill) {
		// the trivial endpoint before and after the submissions (the machine's load may drift)
		const skip = { requests: { average: 0 }, latency: { p99: 0 }, errors: 0, non2xx: 0 };
		const half = (opts) => run({ ...opts, duration: Math.max(1, Math.round(duration / 2)) });
		const acked = [];
		// a fresh server answers its first submissions slowly (the grade memo is empty and the
		// code not yet optimised); 2 s of them first, not counted in the rates (but checked below)
		const warm = await submissions(setup, acked, { duration: 2 });
		log(`warm-up submissions (not counted): ${warm.requests.average.toFixed(0)} req/s, p99 ${warm.latency.p99} ms`);
		const before = process.env.BENCH_SKIP_TRIVIAL ? skip : await half({ path: '/health' });
		const subs = await submissions(setup, acked);
		const after = process.env.BENCH_SKIP_TRIVIAL ? skip : await half({ path: '/health' });
		const trivial = {
			requests: { average: (before.requests.average + after.requests.average) / 2 },
			latency: { p99: Math.max(before.latency.p99, after.latency.p99) },
			errors: before.errors + after.errors,
			non2xx: before.non2xx + after.non2xx
		};
		const { stored, missing } = await acknowledgedInDb(acked);
		const ratio = subs.requests.average / (trivial.requests.average || 1);
		log(`trivial GET /health:  ${trivial.requests.average.toFixed(0)} req/s (${before.requests.average.toFixed(0)} before, ${after.requests.average.toFixed(0)} after), p99 ${trivial.latency.p99} ms, errors ${trivial.errors + trivial.non2xx}${cpu(before)}`);
		log(`answer submissions:   ${subs.requests.average.toFixed(0)} req/s, p50 ${subs.latency.p50} ms, p99 ${subs.latency.p99} ms, acknowledged ${acked.length}, errors ${subs.errors}, timeouts ${subs.timeouts}${cpu(subs)}`);
		log(`submissions / trivial: ${(ratio * 100).toFixed(0)} %`);
		log(`acknowledged submissions in the database: ${acked.length - missing} of ${acked.length} (${stored} submitted rows)`);
		if (missing) exitCode = 1;
	} else {
		const acked = [];
		const instances = [];
		const load = submissions(setup, acked, { onInstance: (i) => instances.push(i) });
		await new Promise((r) => setTimeout(r, (duration * 1000) / 2));
		// a busy machine may not have answered the first submissions yet: kill after the first ones
		for (let waited = 0; acked.length === 0 && waited < duration * 1000; waited += 100) await new Promise((r) => setTimeout(r, 100));
		const before = acked.length;
		await stopServers('SIGKILL');
		log(`${servers > 1 ? `${servers} servers` : 'server'} killed (SIGKILL) after ${before} acknowledged submissions`);
		await new Promise((r) => setTimeout(r, 300));
		instances.forEach((i) => i.stop());
		await load.catch(() => null);
		await startServers();
		const { missing } = await acknowledgedInDb(acked);
		log(`after restart: ${acked.length - missing} of ${acked.length} acknowledged submissions in the database`);
		if (missing || acked.length === 0) exitCode = 1;
	}
} catch (error) {
	console.error(error);
	exitCode = 1;
} finally {
	await stopServers();
	if (dbKind === 'postgres') await dropPgSchema().catch((e) => console.error('could not drop schema', pgSchema, e.message));
}
process.exit(exitCode);

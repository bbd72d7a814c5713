// Security suite against the built server (issue 13): requests an attacker (or a school network)
// sends, the status each must get, and that the same server process still answers /health
// afterwards. Runs its own server (ADDRESS_HEADER set, fresh SQLite) beside the e2e one.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;
const BASE = `http://127.0.0.1:${PORT}`;
const XFF = { 'x-forwarded-for': '203.0.113.7' };
let server: ChildProcess;
let exited: number | null = null;

test.beforeAll(async () => {
	const dir = mkdtempSync(join(tmpdir(), 'wortlaut-sec-'));
	server = spawn(process.execPath, ['build'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(PORT), ORIGIN: BASE, DATABASE_FILE: join(dir, 'sec.sqlite'), DATABASE_URL: '', ADDRESS_HEADER: 'x-forwarded-for', BODY_SIZE_LIMIT: '3M' }
	});
	server.stderr?.on('data', (d) => process.stderr.write(`[security server] ${d}`));
	server.on('exit', (code) => (exited = code ?? -1));
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${BASE}/health`, { headers: XFF })).ok) return;
		} catch {
			/* not yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error('security server did not start');
});
test.afterAll(() => void server?.kill('SIGTERM'));

async function send(path: string, init: RequestInit = {}): Promise<Response> {
	return fetch(`${BASE}${path}`, { redirect: 'manual', ...init, headers: { ...XFF, origin: BASE, accept: 'text/html', ...(init.headers as Record<string, string>) } });
}
const form = (fields: Record<string, string>): RequestInit => ({
	method: 'POST',
	headers: { 'content-type': 'application/x-www-form-urlencoded' },
	body: new URLSearchParams(fields).toString()
});

async function stillAlive(): Promise<void> {
	const r = await fetch(`${BASE}/health`, { headers: XFF });
	expect(r.status).toBe(200);
	expect(exited).toBeNull();
}

test('malformed percent-encoding is a 400 and does not end the process (item 1)', async () => {
	for (const path of ['/q/%ZZ', '/q/%E0%A4%A', '/q/%ZZ/__data.json', '/q/%ZZ/__data.json?x-sveltekit-invalidated=01', '/%ZZ', '/lessons/%ZZ', '/j/%ZZ', '/lessons/abc/export/%ZZ', '/lessons/%ZZ/results.csv']) {
		expect((await send(path)).status, path).toBe(400);
		await stillAlive();
	}
	// in the query, malformed escapes are read leniently (as URLSearchParams does)
	for (const path of ['/join?code=%ZZ', '/join/__data.json?code=%ZZ', '/login?next=%ZZ']) {
		expect((await send(path)).status, path).toBeLessThan(500);
		await stillAlive();
	}
	const post = await send('/q/%ZZ?/save', form({ x: '1' }));
	expect(post.status).toBe(400);
	const submit = await send('/q/%C0%AF?/submit', form({ confirm: '1' }));
	expect(submit.status).toBe(400);
	const badCookie = await send('/lessons', { headers: { cookie: 'wl_session=%ZZ; PARAGLIDE_LOCALE=%ZZ' } });
	expect(badCookie.status).toBeLessThan(500);
	await stillAlive();
});

test('forms that are not forms and U+0000 get a 4xx (item 7)', async () => {
	const plain = await send('/login', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'email=a@b.de' });
	expect(plain.status).toBe(415);
	const json = await send('/join', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
	expect(json.status).toBe(415);
	const broken = await send('/signup', { method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=zz' }, body: 'not multipart' });
	expect(broken.status).toBe(400);
	const nul = await send('/login', form({ email: 'a\u0000@b.de', password: 'x' }));
	expect(nul.status).toBe(400);
	for (const path of ['/q/%00', '/join?code=%00', '/q/A%00B/__data.json']) expect((await send(path)).status, path).toBe(400);
	const cookie = await send('/q/ABCDEF', { headers: { cookie: 'wl_attempt_x=%00' } });
	expect(cookie.status).toBe(400);
	const noHeader = await fetch(`${BASE}/join`, { method: 'POST', redirect: 'manual', headers: { origin: BASE, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' }, body: 'code=ABCDEF&nickname=Ann' });
	expect(noHeader.status).toBe(400);
	await stillAlive();
});

test('redirect targets stay on this origin, also with tabs, newlines and backslashes (items 6, 7)', async () => {
	const signup = await send('/signup', form({ email: 'sec@schule.example', password: 'geheim-genug' }));
	expect(signup.status).toBe(303);
	const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
	for (const next of ['/\t/evil.example', '/\n/evil.example', '/\\evil.example', '//evil.example', '/x/..//evil.example', 'https://evil.example', '/%2F/evil.example', '/\r\nSet-Cookie: x=1']) {
		const r = await send(`/login?next=${encodeURIComponent(next)}`, { headers: { cookie } });
		expect(r.status, next).toBe(303);
		const to = new URL(r.headers.get('location')!, BASE);
		expect(to.origin, next).toBe(BASE);
		const login = await send(`/login?next=${encodeURIComponent(next)}`, form({ email: 'sec@schule.example', password: 'geheim-genug' }));
		expect(login.status, next).toBe(303);
		expect(new URL(login.headers.get('location')!, BASE).origin, next).toBe(BASE);
		const locale = await send('/locale', form({ locale: 'en', to: next }));
		expect(locale.status, next).toBe(303);
		expect(new URL(locale.headers.get('location')!, BASE).origin, next).toBe(BASE);
	}
	const ok = await send('/login?next=%2Flessons%3Ftyp%3Dcloze', { headers: { cookie } });
	expect(ok.headers.get('location')).toBe('/lessons?typ=cloze');
	await stillAlive();
});

test('a deeply nested HTML upload is refused quickly and stalls no other request (item 3)', async () => {
	const signup = await send('/signup', form({ email: 'html@schule.example', password: 'geheim-genug' }));
	const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
	const body = new FormData();
	for (const [k, v] of Object.entries({ text: '', url: '', title: '', lang: 'auto' })) body.append(k, v);
	const deep = `<html><body>${'<div>'.repeat(100_000)}<p>${'Wort '.repeat(100)}</p>${'</div>'.repeat(100_000)}</body></html>`;
	body.append('file', new File([deep], 'tief.html', { type: 'text/html' }));
	const started = Date.now();
	const upload = send('/lessons/new', { method: 'POST', body, headers: { cookie } });
	// while the upload is being read, the server answers others at once
	let slowest = 0;
	for (let i = 0; i < 10; i++) {
		const t = Date.now();
		await stillAlive();
		slowest = Math.max(slowest, Date.now() - t);
	}
	const r = await upload;
	expect(r.status).toBe(400);
	expect(await r.text()).toMatch(/verschachtelt|nested/);
	expect(Date.now() - started).toBeLessThan(15_000);
	expect(slowest).toBeLessThan(1000);
	await stillAlive();
});

test('the lesson page of a 200 KB digit- or quote-dense article renders in at most 1 s (item 4)', async () => {
	test.setTimeout(180_000);
	const names = ['Anna Berg', 'Carl Dorn', 'Eva Feld', 'Ole Kern'];
	const build = (part: (i: number) => string) => {
		const parts: string[] = [];
		for (let i = 0, size = 0; size < 195_000; i++) {
			parts.push(part(i));
			size += Buffer.byteLength(parts[i]);
		}
		return parts.join('');
	};
	const articles = {
		digits: build((i) => `Gezählt wurden ${i % 1000}, ${(i * 7) % 100} und ${(i * 13) % 5000} Stück. `),
		quotes: build((i) => `„Das ist ${i % 2 ? 'gut' : 'falsch'}“, sagte ${names[i % names.length]}. `)
	};
	const signup = await send('/signup', form({ email: 'dicht@schule.example', password: 'geheim-genug' }));
	const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
	for (const [kind, text] of Object.entries(articles)) {
		const created = await send('/lessons/new', { ...form({ text, title: kind, url: '', lang: 'de' }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
		expect(created.status, kind).toBe(303);
		const path = created.headers.get('location')!;
		const times: number[] = [];
		for (let i = 0; i < 3; i++) {
			const t = Date.now();
			const page = await send(path, { headers: { cookie } });
			expect(page.status).toBe(200);
			await page.text();
			times.push(Date.now() - t);
		}
		const median = times.sort((a, b) => a - b)[1];
		console.log(`security: lesson page of 195 KB ${kind}-dense article: median ${median} ms (${times.join(', ')})`);
		expect(median, kind).toBeLessThanOrEqual(1000);
	}
	await stillAlive();
});

test('URL import: loopback in IPv6 spellings is refused by the built server (item 2)', async () => {
	const signup = await send('/signup', form({ email: 'url@schule.example', password: 'geheim-genug' }));
	const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
	for (const host of [`[::ffff:127.0.0.1]:${PORT}`, `[::ffff:7f00:1]:${PORT}`, `127.1:${PORT}`, `localhost:${PORT}`, '[::ffff:a9fe:a9fe]', '[64:ff9b::7f00:1]']) {
		const r = await send('/lessons/new', { ...form({ text: '', title: '', url: `http://${host}/health`, lang: 'auto' }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' } });
		expect(r.status, host).toBe(400);
		expect(await r.text(), host).toMatch(/privaten Netz|private networks/);
	}
	await stillAlive();
});

test('200 concurrent wrong join codes from one address: at most 20 are evaluated (item 5)', async () => {
	const headers = { 'x-forwarded-for': '198.51.100.9', 'content-type': 'application/x-www-form-urlencoded' };
	const all = await Promise.all(Array.from({ length: 200 }, (_, i) => send('/join', { method: 'POST', headers, body: `code=ZZ${String(i).padStart(4, '2')}&nickname=Rater` })));
	const statuses = all.map((r) => r.status);
	expect(statuses.filter((s) => s === 400).length).toBeLessThanOrEqual(20);
	expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(180);
	await stillAlive();
});

test('pages carry a Content-Security-Policy and are not cached (item 8)', async () => {
	for (const path of ['/', '/login', '/join']) {
		const r = await send(path);
		expect(r.headers.get('cache-control'), path).toBe('private, no-store');
		const csp = r.headers.get('content-security-policy') ?? '';
		expect(csp, path).toMatch(/default-src 'self'/);
		expect(csp, path).toMatch(/frame-ancestors 'none'/);
		expect(csp, path).toMatch(/script-src 'self' 'nonce-/);
	}
	await stillAlive();
});

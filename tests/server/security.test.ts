// Security suite, server part (issue 13): rate limits under concurrency, the URL import's address
// guard, and the smaller server-side items, against a real database (SQLite, and PostgreSQL with
// TEST_DATABASE_URL). The requests against the built server are in tests/e2e/security.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { backends, event, newCtx, run, signUp, SAMPLE_ARTICLE, type Outcome } from './helpers.ts';
import { actions as signupActions } from '../../src/routes/signup/+page.server.ts';
import { actions as loginActions } from '../../src/routes/login/+page.server.ts';
import { actions as newLessonActions } from '../../src/routes/lessons/new/+page.server.ts';
import { actions as reviewActions } from '../../src/routes/lessons/[id]/+page.server.ts';
import { actions as publishActions } from '../../src/routes/lessons/[id]/publish/+page.server.ts';
import { actions as joinActions } from '../../src/routes/join/+page.server.ts';
import { actions as quizActions } from '../../src/routes/q/[code]/+page.server.ts';
import { handle } from '../../src/hooks.server.ts';
import { getDb } from '../../src/lib/server/db.ts';
import { fetchArticle } from '../../src/lib/server/articles.ts';
import { isBlockedAddress } from '../../src/lib/server/blocked-addresses.ts';
import { localPath } from '../../src/lib/server/redirects.ts';
import { MAX_HTML_DEPTH, measureHtml } from '../../src/lib/server/html-article.ts';
import { analyzeInWorker, extractInWorker } from '../../src/lib/server/article-worker.ts';

const statusOf = (r: Outcome): number => (r.kind === 'fail' ? r.status : r.kind === 'redirect' ? r.status : 200);
const errorOf = (r: Outcome): string => String((r as { data: { errors: string[] } }).data.errors[0]);

describe('address guard of the URL import', () => {
	it('blocks every special range, including IPv4 inside IPv6, and lets public addresses through', () => {
		const blocked = ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '0.0.0.0', '224.0.0.1', '255.255.255.255', '198.18.0.1', '::', '::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '[::ffff:a00:1]', '::127.0.0.1', '64:ff9b::a9fe:a9fe', '64:ff9b:1::1', '2002:7f00:1::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', 'fc00::1', 'fd00:ec2::254', 'fe80::1', 'fe80::1%eth0', 'fec0::1', 'ff02::1', '2001:db8::1', 'localhost', 'not-an-ip'];
		for (const a of blocked) expect(isBlockedAddress(a), a).toBe(true);
		for (const a of ['8.8.8.8', '93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001::200e']) expect(isBlockedAddress(a), a).toBe(false);
	});

	it('refuses loopback in every spelling and a name that resolves to it, before anything is read', async () => {
		let hits = 0;
		const server: Server = createServer((req, res) => {
			hits++;
			res.writeHead(200, { 'content-type': 'text/plain' });
			res.end('geheime interne Seite '.repeat(20));
		});
		await new Promise<void>((r) => server.listen(0, '::', r));
		const port = (server.address() as { port: number }).port;
		delete process.env.WORTLAUT_ALLOW_PRIVATE_URLS;
		try {
			for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::1]', '127.1', '0x7f.0.0.1', '2130706433', '0', '[::]', 'localhost', 'LOCALHOST']) {
				await expect(fetchArticle(`http://${host}:${port}/`), host).rejects.toThrow(/privaten Netz|private networks/);
			}
			expect(hits).toBe(0);
		} finally {
			server.close();
		}
	});

	it('checks every redirect hop: a redirect to a private address is refused', async () => {
		let redirected = false;
		const server: Server = createServer((req, res) => {
			redirected = true;
			res.writeHead(302, { location: 'http://[::ffff:169.254.169.254]/latest/meta-data/' });
			res.end();
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const port = (server.address() as { port: number }).port;
		try {
			// loopback is allowed for the first hop only (the test server itself); the redirect's
			// target is checked on its own
			await expect(fetchArticle(`http://127.0.0.1:${port}/`, () => !redirected)).rejects.toThrow(/privaten Netz|private networks/);
			expect(redirected).toBe(true);
		} finally {
			server.close();
		}
	});

	it('answers a broken redirect with a clear error', async () => {
		const server: Server = createServer((req, res) => {
			res.writeHead(302, { location: 'http://[' });
			res.end();
		});
		await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
		const port = (server.address() as { port: number }).port;
		process.env.WORTLAUT_ALLOW_PRIVATE_URLS = '1';
		try {
			await expect(fetchArticle(`http://127.0.0.1:${port}/`)).rejects.toThrow(/Adresse|address/i);
		} finally {
			delete process.env.WORTLAUT_ALLOW_PRIVATE_URLS;
			server.close();
		}
	});
});

describe('HTML import and analysis off the request thread', () => {
	const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>${'Wort '.repeat(60)}</p>${'</div>'.repeat(depth)}</body></html>`;

	it('measures depth without recursion and stops at the bound, even 200,000 levels deep', () => {
		const t = performance.now();
		expect(measureHtml(nested(200_000))).toMatchObject({ over: true, depth: MAX_HTML_DEPTH + 1 });
		expect(measureHtml(`<ul>${'<li>x'.repeat(70_000)}</ul>`)).toMatchObject({ over: true });
		expect(performance.now() - t).toBeLessThan(2000);
		expect(measureHtml('<p>a<p>b<br><img src=x><div><span>c</span></div>')).toEqual({ depth: 2, elements: 6, over: false });
	});

	it('refuses a too deeply nested page at once, and reads one within the bound', async () => {
		const t = performance.now();
		await expect(extractInWorker(nested(3000))).rejects.toMatchObject({ code: 'too-complex' });
		expect(performance.now() - t).toBeLessThan(5000);
		const ok = await extractInWorker(nested(MAX_HTML_DEPTH - 10));
		expect(ok.text).toContain('Wort Wort');
	});

	it('stops a task over its time budget, and the pool goes on with a fresh worker', async () => {
		const text = 'Der Rat tagte. „Das ist gut“, sagte Anna Berg am Montag. '.repeat(2500);
		await expect(analyzeInWorker(text, 'de', [], undefined, 5)).rejects.toMatchObject({ code: 'timeout' });
		const after = await analyzeInWorker('Der Rat will 1.500 Bäume pflanzen. „Gut“, sagte Anna Berg.', 'auto');
		expect(after.analysis.numbers.length).toBe(1);
	});

	it('keeps the request thread free while a large article is analysed', async () => {
		const text = 'Der Rat tagte. „Das ist gut“, sagte Anna Berg am Montag. 1.500 Bäume fehlen. '.repeat(2000);
		let worst = 0;
		let last = performance.now();
		const tick = setInterval(() => {
			const now = performance.now();
			worst = Math.max(worst, now - last);
			last = now;
		}, 10);
		try {
			await analyzeInWorker(text, 'de');
		} finally {
			clearInterval(tick);
		}
		// the analysis itself takes about a second; the event loop never waited for it
		expect(worst).toBeLessThan(300);
	});
});

describe('redirect targets', () => {
	it('accepts only paths of the own origin', () => {
		const origin = 'https://quiz.example.org';
		for (const bad of ['/\t/evil.example', '/\n/x', '/\\evil.example', '//evil.example', 'https://evil.example/', '/x/..//evil.example', 'javascript:alert(1)', '', null, 'x'])
			expect(localPath(bad, origin, '/lessons'), String(bad)).toBe('/lessons');
		expect(localPath('/lessons/abc?tab=1#q2', origin, '/')).toBe('/lessons/abc?tab=1#q2');
	});
});

for (const backend of backends()) {
	describe(`security on ${backend.name}`, () => {
		beforeAll(() => backend.open());
		afterAll(() => backend.close());

		const teacher = newCtx('10.9.0.1');
		let lessonId = '';
		let code = '';

		it('a malformed percent-encoding in the quiz path is a 400 from the hook, not an exception', async () => {
			for (const path of ['/q/%ZZ', '/q/%ZZ/__data.json', '/q/%E0%A4%A?/save']) {
				const r = await handle({ event: event(newCtx(), path), resolve: async () => new Response('ok') });
				expect(r.status, path).toBe(400);
			}
		});

		it('limits sign-ups per address and does not name existing accounts', async () => {
			await signUp(teacher, 'sicher@schule.example');
			const again = await run(signupActions.default, event(newCtx('10.9.0.2'), '/signup', {}, { email: 'sicher@schule.example', password: 'anderes-passwort' }));
			expect(again).toMatchObject({ kind: 'fail', status: 400 });
			expect(errorOf(again)).not.toMatch(/gibt es schon|already exists/);
			const results: Outcome[] = await Promise.all(
				Array.from({ length: 15 }, (_, i) => run(signupActions.default, event(newCtx('10.9.0.3'), '/signup', {}, { email: `massen${i}@schule.example`, password: 'geheim-genug' })))
			);
			expect(results.filter((r) => r.kind === 'redirect')).toHaveLength(10);
			expect(results.filter((r) => statusOf(r) === 429)).toHaveLength(5);
		});

		it('wrong passwords: concurrent guesses are counted before they are checked; per (account, address)', async () => {
			const attacker = '10.9.1.1';
			const guesses = await Promise.all(
				Array.from({ length: 60 }, (_, i) => run(loginActions.default, event(newCtx(attacker), '/login', {}, { email: 'sicher@schule.example', password: `falsch-${i}` })))
			);
			expect(guesses.filter((r) => statusOf(r) === 400).length).toBeLessThanOrEqual(10);
			expect(guesses.filter((r) => statusOf(r) === 429).length).toBeGreaterThanOrEqual(50);
			// the teacher, elsewhere, is not locked out by the attacker
			const own = await run(loginActions.default, event(newCtx('10.9.1.2'), '/login', {}, { email: 'sicher@schule.example', password: 'geheim-genug' }));
			expect(own).toMatchObject({ kind: 'redirect' });
			// a teacher's own typos do not add up when they then log in
			const typist = newCtx('10.9.1.3');
			for (let round = 0; round < 3; round++) {
				for (let i = 0; i < 5; i++) await run(loginActions.default, event(typist, '/login', {}, { email: 'sicher@schule.example', password: `tippfehler-${i}` }));
				expect((await run(loginActions.default, event(typist, '/login', {}, { email: 'sicher@schule.example', password: 'geheim-genug' }))).kind).toBe('redirect');
			}
		});

		it('wrong join codes: concurrent guesses are counted first; the right code still gets in from a shared address', async () => {
			const created = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: SAMPLE_ARTICLE, lang: 'auto' }));
			lessonId = (created as { location: string }).location.split('/').pop()!;
			await run(publishActions.publish, event(teacher, '/x', { id: lessonId }, {}));
			const db = await getDb();
			code = (await db.selectFrom('lessons').select('join_code').where('id', '=', lessonId).executeTakeFirstOrThrow()).join_code!;
			const school = '10.9.2.1';
			const guesses = await Promise.all(Array.from({ length: 200 }, (_, i) => run(joinActions.default, event(newCtx(school), '/join', {}, { code: `ZZZ${String(i).padStart(3, '2')}`, nickname: 'Rater' }))));
			expect(guesses.filter((r) => statusOf(r) === 400).length).toBeLessThanOrEqual(20);
			expect(guesses.filter((r) => statusOf(r) === 429).length).toBeGreaterThanOrEqual(180);
			// classmates behind the same address, each with a typo first, then the right code
			for (let i = 0; i < 30; i++) {
				expect(statusOf(await run(joinActions.default, event(newCtx(school), '/join', {}, { code: 'QQQQQQ', nickname: `Kind ${i}` }))), `Kind ${i}`).toBe(400);
				expect((await run(joinActions.default, event(newCtx(school), '/join', {}, { code, nickname: `Kind ${i}` }))).kind, `Kind ${i}`).toBe('redirect');
			}
		});

		it('U+0000 in an uploaded file (name and text) is dropped, not a database error', async () => {
			const file = new File([`Titel\u0000\n\n${SAMPLE_ARTICLE}\u0000`], 'bericht\u0000.txt', { type: 'text/plain' });
			const r = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: '', url: '', lang: 'auto', file }));
			expect(r.kind).toBe('redirect');
			const id = (r as { location: string }).location.split('/').pop()!;
			const row = await (await getDb()).selectFrom('lessons').select(['title', 'text']).where('id', '=', id).executeTakeFirstOrThrow();
			expect(row.title).not.toContain('\u0000');
			expect(row.text).not.toContain('\u0000');
		});

		it('regenerating with types that match nothing keeps every question', async () => {
			const db = await getDb();
			const before = (await db.selectFrom('lessons').select('questions').where('id', '=', lessonId).executeTakeFirstOrThrow()).questions;
			const draft = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: SAMPLE_ARTICLE, lang: 'auto' }));
			const draftId = (draft as { location: string }).location.split('/').pop()!;
			const kept = (await db.selectFrom('lessons').select('questions').where('id', '=', draftId).executeTakeFirstOrThrow()).questions;
			const r = await run(reviewActions.regenerate, event(teacher, `/lessons/${draftId}?/regenerate`, { id: draftId }, { types: ['no_such_type'], count: '5' }));
			expect(r).toMatchObject({ kind: 'fail', status: 400 });
			const after = (await db.selectFrom('lessons').select('questions').where('id', '=', draftId).executeTakeFirstOrThrow()).questions;
			expect(JSON.parse(after).length).toBeGreaterThan(0);
			expect(after).toBe(kept);
			expect(before).toBeTruthy();
		});

		it('drafts: too long answers are refused with a message; no "saved" after the submit or after the close', async () => {
			const db = await getDb();
			const student = newCtx('10.9.3.1');
			expect((await run(joinActions.default, event(student, '/join', {}, { code, nickname: 'Lea' }))).kind).toBe('redirect');
			const questions = JSON.parse((await db.selectFrom('lessons').select('questions').where('id', '=', lessonId).executeTakeFirstOrThrow()).questions) as { id: string; type: string; options?: unknown }[];
			const textual = questions.findIndex((q) => !Array.isArray(q.options));
			const q = questions[textual >= 0 ? textual : 0];
			const long = await run(quizActions.save, event(student, `/q/${code}?/save`, { code }, { [`a:${q.id}`]: 'x'.repeat(301) }));
			expect(long).toMatchObject({ kind: 'fail', status: 400 });
			expect(errorOf(long)).toMatch(/300/);
			const longSubmit = await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, { [`a:${q.id}`]: 'x'.repeat(301), confirm: '1' }));
			expect(longSubmit).toMatchObject({ kind: 'fail', status: 400 });
			expect((await run(quizActions.save, event(student, `/q/${code}?/save`, { code }, { [`a:${q.id}`]: 'erster Entwurf' }))).kind).toBe('ok');

			// a save that lost the race to the submit of the same attempt: it has read the attempt
			// (not submitted yet) and waits for its body while the submit goes through
			let release: () => void = () => {};
			const gate = new Promise<void>((r) => (release = r));
			const body = new ReadableStream<Uint8Array>({
				async pull(controller) {
					await gate;
					controller.enqueue(new TextEncoder().encode(new URLSearchParams({ [`a:${q.id}`]: 'zu spät' }).toString()));
					controller.close();
				}
			});
			const slow = event(student, `/q/${code}?/save`, { code });
			slow.request = new Request(slow.url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, duplex: 'half' } as RequestInit);
			const savePending = run(quizActions.save, slow);
			await new Promise((r) => setTimeout(r, 50));
			const submitted = await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, { [`a:${q.id}`]: 'abgegeben', confirm: '1' }));
			release();
			const saved = await savePending;
			expect(submitted.kind).toBe('redirect');
			expect(saved.kind).not.toBe('ok');
			const row = await db.selectFrom('attempts').select(['answers', 'submitted_at']).where('lesson_id', '=', lessonId).where('nickname', '=', 'Lea').executeTakeFirstOrThrow();
			expect(row.submitted_at).not.toBeNull();
			expect(JSON.parse(row.answers)[q.id]).toBe('abgegeben');

			const late = newCtx('10.9.3.2');
			await run(joinActions.default, event(late, '/join', {}, { code, nickname: 'Max' }));
			await run(publishActions.close, event(teacher, '/x', { id: lessonId }, {}));
			const closed = await run(quizActions.save, event(late, `/q/${code}?/save`, { code }, { [`a:${q.id}`]: 'nach Schluss' }));
			expect(closed).toMatchObject({ kind: 'fail', status: 409 });
			const maxRow = await db.selectFrom('attempts').select('answers').where('lesson_id', '=', lessonId).where('nickname', '=', 'Max').executeTakeFirstOrThrow();
			expect(JSON.parse(maxRow.answers)[q.id]).toBeUndefined();
		});
	});
}

// The app's loads and actions against a real database: SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { backends, event, newCtx, run, signUp, SAMPLE_ARTICLE, type Ctx, type Outcome } from './helpers.ts';
import { currentLocale } from '../../src/lib/i18n.ts';
import { cookieName } from '../../src/lib/paraglide/runtime.js';
import { actions as signupActions } from '../../src/routes/signup/+page.server.ts';
import { actions as loginActions } from '../../src/routes/login/+page.server.ts';
import { actions as logoutActions } from '../../src/routes/logout/+page.server.ts';
import { actions as newLessonActions } from '../../src/routes/lessons/new/+page.server.ts';
import { load as lessonsLoad } from '../../src/routes/lessons/+page.server.ts';
import { actions as reviewActions, load as reviewLoad } from '../../src/routes/lessons/[id]/+page.server.ts';
import { actions as publishActions, load as publishLoad } from '../../src/routes/lessons/[id]/publish/+page.server.ts';
import { load as resultsLoad } from '../../src/routes/lessons/[id]/results/+page.server.ts';
import { GET as resultsCsv } from '../../src/routes/lessons/[id]/results.csv/+server.ts';
import { actions as joinActions } from '../../src/routes/join/+page.server.ts';
import { actions as quizActions, load as quizLoad } from '../../src/routes/q/[code]/+page.server.ts';
import { handle } from '../../src/hooks.server.ts';
import { findSessionUser, SESSION_COOKIE } from '../../src/lib/server/sessions.ts';
import { getDb } from '../../src/lib/server/db.ts';
import { seedDemoLesson } from '../../src/lib/server/demo.ts';
import { resetUserPassword } from '../../src/lib/server/users.ts';
import { MAX_ARTICLE_BYTES } from '../../src/lib/server/articles.ts';

const ARTICLE = SAMPLE_ARTICLE;

/** Keys of the answer key that must never reach a student before submission. */
const KEY_FIELDS = ['answer', 'accept', 'pairs', 'evidence', 'explanation', 'speaker', 'correct', 'score', 'claim', 'context', 'results', 'diagnosis', 'feedback'];

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			out.add(k);
			keysOf(v, out);
		}
	return out;
}


for (const backend of backends()) {
	describe(`app on ${backend.name}`, () => {
		beforeAll(() => backend.open());
		afterAll(() => backend.close());

		const teacher = newCtx('10.0.0.1');
		const other = newCtx('10.0.0.2');
		let lessonId = '';
		let code = '';
		const ids: string[] = [];

		it('seeds the demo lesson on an empty database, once', async () => {
			const demo = await seedDemoLesson();
			expect(demo).toMatch(/^[A-Z2-9]{6}$/);
			expect(await seedDemoLesson()).toBeNull();
		});

		it('signs up, hashes the password with argon2id, and the first teacher adopts the demo', async () => {
			await signUp(teacher, 'Lehrerin@Schule.example');
			const db = await getDb();
			const row = await db.selectFrom('users').selectAll().executeTakeFirstOrThrow();
			expect(row.email).toBe('lehrerin@schule.example');
			expect(row.password_hash).toMatch(/^\$argon2id\$/);
			const list = await run(lessonsLoad, event(teacher, '/lessons'));
			expect((list.kind === 'ok' && (list.data.lessons as unknown[]).length) || 0).toBe(1);
			const dup = await run(signupActions.default, event(newCtx(), '/signup', {}, { email: 'lehrerin@schule.example', password: 'nochmal-geheim' }));
			expect(dup).toMatchObject({ kind: 'fail', status: 400 });
			await signUp(other, 'kollege@schule.example');
		});

		it('logs in and out; wrong passwords are rate-limited, counting failures only', async () => {
			const ctx = newCtx('10.0.0.9');
			const ok = await run(loginActions.default, event(ctx, '/login', {}, { email: 'kollege@schule.example', password: 'geheim-genug' }));
			expect(ok).toMatchObject({ kind: 'redirect', location: '/lessons' });
			// many successful logins from one address never block it
			for (let i = 0; i < 12; i++) expect((await run(loginActions.default, event(newCtx('10.0.0.9'), '/login', {}, { email: 'kollege@schule.example', password: 'geheim-genug' }))).kind).toBe('redirect');
			await run(logoutActions.default, event(ctx, '/logout', {}, {}));
			expect(ctx.cookies.get(SESSION_COOKIE)).toBeUndefined();
			const attacker = newCtx('10.0.0.66');
			for (let i = 0; i < 10; i++) {
				const r = await run(loginActions.default, event(attacker, '/login', {}, { email: 'kollege@schule.example', password: `falsch-${i}` }));
				expect(r).toMatchObject({ kind: 'fail', status: 400 });
			}
			const blocked = await run(loginActions.default, event(attacker, '/login', {}, { email: 'kollege@schule.example', password: 'geheim-genug' }));
			expect(blocked).toMatchObject({ kind: 'fail', status: 429 });
		});

		it('resets a password (the CLI command) and ends the sessions', async () => {
			expect(await resetUserPassword('nobody@schule.example', 'x'.repeat(10))).toBe(false);
			const ctx = newCtx();
			await signUp(ctx, 'reset@schule.example');
			expect(await resetUserPassword('RESET@schule.example', 'ganz-neues-passwort')).toBe(true);
			expect(await findSessionUser(ctx.cookies.get(SESSION_COOKIE)!)).toBeNull();
			const r = await run(loginActions.default, event(newCtx('10.1.1.1'), '/login', {}, { email: 'reset@schule.example', password: 'ganz-neues-passwort' }));
			expect(r.kind).toBe('redirect');
		});

		it('creates a lesson from pasted text and refuses a too long one', async () => {
			const tooLong = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: 'Wort '.repeat(MAX_ARTICLE_BYTES / 4), lang: 'auto' }));
			expect(tooLong).toMatchObject({ kind: 'fail', status: 400 });
			expect(String((tooLong as { data: { errors: string[] } }).data.errors[0])).toMatch(/zu lang/);
			const none = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: '', url: '', lang: 'auto' }));
			expect(none).toMatchObject({ kind: 'fail', status: 400 });
			const r = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { title: '', text: ARTICLE, lang: 'auto' }));
			expect(r.kind).toBe('redirect');
			lessonId = (r as { location: string }).location.split('/').pop()!;
			const review = await run(reviewLoad, event(teacher, `/lessons/${lessonId}`, { id: lessonId }));
			expect(review.kind).toBe('ok');
			const data = (review as { data: { lesson: { title: string; lang: string } } }).data;
			expect(data.lesson.title).toBe('Streit um den Stadtpark');
			expect(data.lesson.lang).toBe('de');
		});

		it("hides a lesson from other teachers (404) and from anonymous users (login redirect)", async () => {
			await expect(run(reviewLoad, event(other, `/lessons/${lessonId}`, { id: lessonId }))).rejects.toMatchObject({ status: 404 });
			const anon = await run(reviewLoad, event(newCtx(), `/lessons/${lessonId}`, { id: lessonId }));
			expect(anon).toMatchObject({ kind: 'redirect' });
			await expect(run(reviewActions.delete, event(other, `/lessons/${lessonId}`, { id: lessonId }, { id: 'x' }))).rejects.toMatchObject({ status: 404 });
		});

		it('validates every question edit', async () => {
			const ev = (fields: Record<string, string>) => event(teacher, `/lessons/${lessonId}?/add`, { id: lessonId }, fields);
			// clear the engine's questions so that the rest of the test knows the quiz exactly
			const before = await run(reviewLoad, event(teacher, `/lessons/${lessonId}`, { id: lessonId }));
			for (const q of (before as { data: { questions: { id: string }[] } }).data.questions) await run(reviewActions.delete, event(teacher, '/x', { id: lessonId }, { id: q.id }));
			const bad: [Record<string, string>, RegExp][] = [
				[{ kind: 'number', prompt: 'Wie viele Bäume will der Stadtrat pflanzen?', answer: 'viele', options: '', evidence: '1.500 neue Bäume' }, /Zahl/],
				[{ kind: 'choice', prompt: 'Wer sagte: „Das reicht bei Weitem nicht“?', answer: 'Carl Dorn', options: 'Anna Berg\nEva Feld', evidence: 'Das reicht bei Weitem nicht' }, /Auswahlmöglichkeiten/],
				[{ kind: 'choice', prompt: 'Wer sagte es?', answer: 'Anna Berg', options: 'Anna Berg\nAnna Berg', evidence: 'guter Tag' }, /doppelt/],
				[{ kind: 'text', prompt: 'Was sagte Anna Berg?', answer: 'Anna Berg', options: '', evidence: 'guter Tag' }, /verrät/],
				[{ kind: 'text', prompt: 'Wer?', answer: 'Anna Berg', options: '', evidence: 'steht nicht im Text' }, /Beleg/],
				[{ kind: 'boolean', prompt: 'Stimmt es?', answer: 'vielleicht', options: '', evidence: 'guter Tag' }, /richtig/]
			];
			for (const [fields, message] of bad) {
				const r = await run(reviewActions.add, ev(fields));
				expect(r.kind, JSON.stringify(fields)).toBe('fail');
				expect(String((r as { data: { errors: string[] } }).data.errors[0])).toMatch(message);
			}
			const good = [
				{ kind: 'choice', prompt: 'Wer sagte: „Das reicht bei Weitem nicht“?', answer: 'Carl Dorn', options: 'Anna Berg\nCarl Dorn\nEva Feld', evidence: 'Das reicht bei Weitem nicht' },
				{ kind: 'number', prompt: 'Wie viele neue Bäume will der Stadtrat pflanzen?', answer: '1500', options: '', evidence: '1.500' },
				{ kind: 'text', prompt: 'Wer ist Verbandschef?', answer: 'Carl Dorn', options: '', evidence: 'Verbandschef Carl Dorn' },
				{ kind: 'boolean', prompt: 'Der Umweltverband ist zufrieden.', answer: 'false', options: '', evidence: 'Der Umweltverband sieht das anders.' }
			];
			for (const fields of good) {
				const r = await run(reviewActions.add, ev(fields));
				expect(r.kind, JSON.stringify(r)).toBe('ok');
				ids.push((r as { data: { saved: string } }).data.saved);
			}
			// reorder: move the last one up, then back
			await run(reviewActions.move, event(teacher, '/x', { id: lessonId }, { id: ids[3], dir: 'up' }));
			let review = await run(reviewLoad, event(teacher, `/lessons/${lessonId}`, { id: lessonId }));
			expect((review as { data: { questions: { id: string }[] } }).data.questions.map((q) => q.id)).toEqual([ids[0], ids[1], ids[3], ids[2]]);
			await run(reviewActions.move, event(teacher, '/x', { id: lessonId }, { id: ids[3], dir: 'down' }));
			// an edit keeps a number question a number question
			const edit = await run(reviewActions.edit, event(teacher, '/x', { id: lessonId }, { id: ids[1], prompt: 'Wie viele neue Bäume?', answer: 'tausend', options: '' }));
			expect(edit).toMatchObject({ kind: 'fail', status: 400 });
			const outside = await run(reviewActions.edit, event(teacher, '/x', { id: lessonId }, { id: ids[1], prompt: 'Wie viele neue Bäume will der Stadtrat pflanzen?', answer: '1.500', options: '', min: '1.600', max: '' }));
			expect(String((outside as { data: { errors: string[] } }).data.errors[0])).toMatch(/Bereich/);
			const edit2 = await run(reviewActions.edit, event(teacher, '/x', { id: lessonId }, { id: ids[1], prompt: 'Wie viele neue Bäume will der Stadtrat pflanzen?', answer: '1.500', options: '', min: '1.400', max: '1.600' }));
			expect(edit2.kind).toBe('ok');
			review = await run(reviewLoad, event(teacher, `/lessons/${lessonId}`, { id: lessonId }));
			const qs = (review as { data: { questions: { id: string; answerText: string }[] } }).data.questions;
			expect(qs.map((q) => q.id)).toEqual(ids);
			expect(qs[1].answerText).toBe('1.500');
			expect((qs[1] as unknown as { tolerance: unknown }).tolerance).toEqual({ min: '1.400', max: '1.600' });
		});

		it("shows and reads a lesson's numbers in its language: 1,500 in an English lesson", async () => {
			const text = ['Town plants new trees', '', 'The town council will plant 1,500 new trees this year. "This is a good day for the town," said Mayor Ann Quenby on Monday.'].join('\n');
			const created = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { title: 'Trees', text, lang: 'en' }));
			expect(created.kind).toBe('redirect');
			const id = (created as { location: string }).location.split('/').pop()!;
			const add = await run(reviewActions.add, event(teacher, `/lessons/${id}?/add`, { id }, { kind: 'number', prompt: 'How many new trees will the council plant?', answer: '1,500', options: '', evidence: '1,500 new trees' }));
			expect(add.kind, JSON.stringify(add)).toBe('ok');
			const qid = (add as { data: { saved: string } }).data.saved;
			const edit = await run(reviewActions.edit, event(teacher, '/x', { id }, { id: qid, prompt: 'How many new trees will the council plant?', answer: '1,500', options: '', min: '1,400', max: '1,600.5' }));
			expect(edit.kind, JSON.stringify(edit)).toBe('ok');
			type Shown = { id: string; answerText: string; answerRaw: string; tolerance: { min: string; max: string } | null };
			const review = await run(reviewLoad, event(teacher, `/lessons/${id}`, { id }));
			const q = (review as { data: { lesson: { lang: string }; questions: Shown[] } }).data.questions.find((x) => x.id === qid)!;
			expect((review as { data: { lesson: { lang: string } } }).data.lesson.lang).toBe('en');
			expect(q).toMatchObject({ answerText: '1,500', answerRaw: '1,500', tolerance: { min: '1,400', max: '1,600.5' } });
			// saving the form as shown changes nothing
			const again = await run(reviewActions.edit, event(teacher, '/x', { id }, { id: qid, prompt: 'How many new trees will the council plant?', answer: q.answerRaw, options: '', min: q.tolerance!.min, max: q.tolerance!.max }));
			expect(again.kind).toBe('ok');
			const after = await run(reviewLoad, event(teacher, `/lessons/${id}`, { id }));
			expect((after as { data: { questions: Shown[] } }).data.questions.find((x) => x.id === qid)).toEqual(q);
			// "1.500" is English for one and a half: outside the range, and said so
			const decimal = await run(reviewActions.edit, event(teacher, '/x', { id }, { id: qid, prompt: 'How many new trees will the council plant?', answer: '1.500', options: '', min: '1,400', max: '1,600' }));
			expect(decimal).toMatchObject({ kind: 'fail', status: 400 });
		});

		it('publishes with an unambiguous join code, link and QR code', async () => {
			const r = await run(publishActions.publish, event(teacher, '/x', { id: lessonId }, {}));
			expect(r.kind).toBe('ok');
			const page = await run(publishLoad, event(teacher, `/lessons/${lessonId}/publish`, { id: lessonId }));
			const data = (page as { data: { lesson: { joinCode: string; status: string }; link: string; qr: string } }).data;
			code = data.lesson.joinCode;
			expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}$/);
			expect(data.lesson.status).toBe('open');
			expect(data.link).toBe(`http://127.0.0.1:3000/j/${code}`);
			expect(data.qr).toMatch(/^data:image\/svg\+xml;base64,/);
		});

		it('refuses wrong codes with a clear message and rate-limits wrong codes only', async () => {
			const wrong = await run(joinActions.default, event(newCtx('10.2.0.1'), '/join', {}, { code: 'ZZZZZZ', nickname: 'Mia' }));
			expect(wrong).toMatchObject({ kind: 'fail', status: 400 });
			expect(String((wrong as { data: { errors: string[] } }).data.errors[0])).toMatch(/kein Quiz/);
			const long = await run(joinActions.default, event(newCtx(), '/join', {}, { code, nickname: 'x'.repeat(31) }));
			expect(String((long as { data: { errors: string[] } }).data.errors[0])).toMatch(/höchstens 30/);
			// a class of 30 behind one address, all with the right code
			for (let i = 0; i < 30; i++) expect((await run(joinActions.default, event(newCtx('10.3.0.1'), '/join', {}, { code: code.toLowerCase(), nickname: `Kind ${i}` }))).kind).toBe('redirect');
			const guesser = newCtx('10.4.0.1');
			for (let i = 0; i < 20; i++) await run(joinActions.default, event(guesser, '/join', {}, { code: `AAAA${i}`, nickname: 'X' }));
			const blocked = await run(joinActions.default, event(guesser, '/join', {}, { code, nickname: 'X' }));
			expect(blocked).toMatchObject({ kind: 'fail', status: 429 });
		});

		it('answers a wrong code in the student\'s language: the cookie, else the browser\'s, else German', async () => {
			/** runs the join action behind the hook, as a request does: the hook picks the language */
			const join = async (headers: Record<string, string>, ip: string) => {
				const ev = event(newCtx(ip), '/join?code=ZZZZZZ', {}, { code: 'ZZZZZZ', nickname: 'Mia' }, headers);
				let outcome: Outcome | undefined;
				let lang = '';
				await handle({
					event: ev,
					resolve: async () => {
						outcome = await run(joinActions.default, ev);
						lang = currentLocale();
						return new Response('ok');
					}
				});
				expect(outcome).toMatchObject({ kind: 'fail', status: 400 });
				return { lang, error: String((outcome as { data: { errors: string[] } }).data.errors[0]) };
			};
			expect(await join({ 'accept-language': 'en-GB,en;q=0.9' }, '10.2.1.1')).toEqual({ lang: 'en', error: 'There is no quiz with this code. Please check the code.' });
			expect(await join({ 'accept-language': 'fr-FR, en;q=0.8, de;q=0.9' }, '10.2.1.2')).toMatchObject({ lang: 'de', error: expect.stringMatching(/kein Quiz/) });
			expect(await join({ 'accept-language': 'en', cookie: `${cookieName}=de` }, '10.2.1.3')).toMatchObject({ lang: 'de', error: expect.stringMatching(/kein Quiz/) });
			expect(await join({ 'accept-language': 'de-AT', cookie: `${cookieName}=en` }, '10.2.1.4')).toMatchObject({ lang: 'en' });
			expect(await join({ 'accept-language': 'fr, it;q=0.5' }, '10.2.1.5')).toMatchObject({ lang: 'de' });
			expect(await join({}, '10.2.1.6')).toMatchObject({ lang: 'de' });
			// a right code still wins over the browser: the lesson's language (German here)
			const ev = event(newCtx('10.2.1.7'), `/join?code=${code}`, {}, undefined, { 'accept-language': 'en' });
			let lang = '';
			await handle({ event: ev, resolve: async () => ((lang = currentLocale()), new Response('ok')) });
			expect(lang).toBe('de');
		});

		it('lets a student join, keeps the draft, never sends the key before submission, grades once', async () => {
			const student = newCtx('10.5.0.1');
			const joined = await run(joinActions.default, event(student, '/join', {}, { code, nickname: '=HYPERLINK("x")' }));
			expect(joined).toMatchObject({ kind: 'redirect', location: `/q/${code}` });
			const load = async () => run(quizLoad, event(student, `/q/${code}`, { code }));
			let page = await load();
			let data = (page as { data: Record<string, unknown> }).data;
			expect(data.mode).toBe('quiz');
			const keys = keysOf(data);
			for (const k of KEY_FIELDS) expect(keys.has(k), `field ${k} sent before submission`).toBe(false);
			const questions = data.questions as { id: string; kind: string; options?: string[] }[];
			expect(questions.map((q) => q.kind)).toEqual(['choice', 'number', 'text', 'boolean']);
			expect([...questions[0].options!].sort()).toEqual(['Anna Berg', 'Carl Dorn', 'Eva Feld']);

			// draft
			const saved = await run(quizActions.save, event(student, `/q/${code}?/save`, { code }, { [`a:${ids[0]}`]: 'Carl Dorn', [`a:${ids[1]}`]: '1 500' }));
			expect(saved.kind).toBe('ok');
			page = await load();
			expect((page as { data: { answers: Record<string, string> } }).data.answers).toEqual({ [ids[0]]: 'Carl Dorn', [ids[1]]: '1 500' });

			// too many fields
			const flood: Record<string, string> = {};
			for (let i = 0; i < 700; i++) flood[`f${i}`] = 'x';
			expect(await run(quizActions.save, event(student, `/q/${code}?/save`, { code }, flood))).toMatchObject({ kind: 'fail', status: 413 });

			// submitting with open questions asks first
			const ask = await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, { [`a:${ids[0]}`]: 'Carl Dorn', [`a:${ids[1]}`]: '1 500' }));
			expect(ask).toMatchObject({ kind: 'fail', status: 400 });
			expect((ask as { data: { unanswered: { number: number }[] } }).data.unanswered.map((u) => u.number)).toEqual([3, 4]);

			const answers = { [`a:${ids[0]}`]: 'Carl Dorn', [`a:${ids[1]}`]: '1450', [`a:${ids[2]}`]: 'Anna Berg', confirm: '1' };
			const done = await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, answers));
			expect(done).toMatchObject({ kind: 'redirect', location: `/q/${code}` });
			// a second submission changes nothing
			const again = await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, { [`a:${ids[0]}`]: 'Anna Berg', confirm: '1' }));
			expect(again).toMatchObject({ kind: 'redirect', location: `/q/${code}` });
			const db = await getDb();
			const rows = await db.selectFrom('attempts').selectAll().where('nickname', '=', '=HYPERLINK("x")').execute();
			expect(rows).toHaveLength(1);
			expect(JSON.parse(rows[0].answers)[ids[0]]).toBe('Carl Dorn');
			expect(rows[0].score).toBe(2);

			page = await load();
			data = (page as { data: Record<string, unknown> }).data;
			expect(data.mode).toBe('feedback');
			const reviewed = data.reviewed as { grade: { correct: boolean }; answerText: string; evidence: unknown }[];
			expect(reviewed.map((r) => r.grade.correct)).toEqual([true, true, false, false]);
			expect(reviewed[2].answerText).toBe('Carl Dorn');
			expect(reviewed[0].evidence).toBeTruthy();
		});

		it('locks the questions once there are answers', async () => {
			const r = await run(reviewActions.delete, event(teacher, '/x', { id: lessonId }, { id: ids[0] }));
			expect(r).toMatchObject({ kind: 'fail', status: 409 });
		});

		it('shows results per question and student, and a CSV with neutralised formulas', async () => {
			const page = await run(resultsLoad, event(teacher, `/lessons/${lessonId}/results`, { id: lessonId }));
			const data = (page as { data: { submitted: number; questions: { correct: number; wrong: { response: string }[] }[]; students: { nickname: string }[] } }).data;
			expect(data.submitted).toBe(1);
			expect(data.questions.map((q) => q.correct)).toEqual([1, 1, 0, 0]);
			expect(data.questions[2].wrong[0].response).toBe('Anna Berg');
			const res = await resultsCsv(event(teacher, `/lessons/${lessonId}/results.csv`, { id: lessonId }));
			const csv = await res.text();
			expect(res.headers.get('content-type')).toMatch(/text\/csv/);
			expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
			expect(csv).not.toMatch(/(^|;)"[=+\-@]/m);
		});

		it('holds feedback until close when the teacher says so; a closed quiz takes no one new', async () => {
			await run(publishActions.settings, event(teacher, '/x', { id: lessonId }, { layout: 'first', feedback: 'after_close' }));
			const student = newCtx('10.6.0.1');
			await run(joinActions.default, event(student, '/join', {}, { code, nickname: 'Ben' }));
			await run(quizActions.submit, event(student, `/q/${code}?/submit`, { code }, { [`a:${ids[0]}`]: 'Carl Dorn', confirm: '1' }));
			let page = await run(quizLoad, event(student, `/q/${code}`, { code }));
			expect((page as { data: { mode: string } }).data.mode).toBe('waiting');
			expect(keysOf((page as { data: unknown }).data).has('reviewed')).toBe(false);
			await run(publishActions.close, event(teacher, '/x', { id: lessonId }, {}));
			page = await run(quizLoad, event(student, `/q/${code}`, { code }));
			expect((page as { data: { mode: string } }).data.mode).toBe('feedback');
			const late = await run(joinActions.default, event(newCtx('10.7.0.1'), '/join', {}, { code, nickname: 'Zu spät' }));
			expect(String((late as { data: { errors: string[] } }).data.errors[0])).toMatch(/geschlossen/);
			await run(publishActions.reopen, event(teacher, '/x', { id: lessonId }, {}));
			expect((await run(joinActions.default, event(newCtx('10.7.0.1'), '/join', {}, { code, nickname: 'Jetzt' }))).kind).toBe('redirect');
		});

		it('deletes a lesson with all its attempts', async () => {
			const db = await getDb();
			expect((await db.selectFrom('attempts').select('id').where('lesson_id', '=', lessonId).execute()).length).toBeGreaterThan(0);
			const r = await run(publishActions.delete, event(teacher, '/x', { id: lessonId }, { confirm: 'yes' }));
			expect(r).toMatchObject({ kind: 'redirect', location: '/lessons' });
			expect(await db.selectFrom('attempts').select('id').where('lesson_id', '=', lessonId).execute()).toHaveLength(0);
			expect(await db.selectFrom('lessons').select('id').where('id', '=', lessonId).execute()).toHaveLength(0);
		});

		it('imports an uploaded HTML file and a page from a URL (private addresses only when allowed)', async () => {
			const html = `<!doctype html><html><head><title>Testseite</title></head><body><nav>Menü Startseite Kontakt</nav><article><h1>Hafen wird ausgebaut</h1><p>Die Stadt investiert 20 Millionen Euro in den Hafen. „Das ist ein wichtiger Schritt“, sagte Hafenchefin Eva Feld am Dienstag.</p><p>Kritiker sprechen von einem teuren Projekt. „Wir brauchen das Geld für Schulen“, sagte Stadtrat Ole Kern.</p></article><footer>Impressum</footer></body></html>`;
			const file = new File([html], 'hafen.html', { type: 'text/html' });
			const up = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { text: '', url: '', lang: 'auto', file }));
			expect(up.kind).toBe('redirect');
			const id = (up as { location: string }).location.split('/').pop()!;
			const review = await run(reviewLoad, event(teacher, `/lessons/${id}`, { id }));
			const text = (review as { data: { lesson: { text: string } } }).data.lesson.text;
			expect(text).toContain('Die Stadt investiert 20 Millionen Euro');
			expect(text).not.toContain('Impressum');
			const wrongType = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { lang: 'auto', file: new File(['x'], 'bild.png') }));
			expect(String((wrongType as { data: { errors: string[] } }).data.errors[0])).toMatch(/\.txt/);

			const server: Server = createServer((req, res) => {
				if (req.url === '/redirect') {
					res.writeHead(302, { location: '/artikel' });
					return res.end();
				}
				res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
				res.end(html);
			});
			await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
			const port = (server.address() as { port: number }).port;
			try {
				delete process.env.WORTLAUT_ALLOW_PRIVATE_URLS;
				const refused = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { url: `http://127.0.0.1:${port}/artikel`, lang: 'auto' }));
				expect(String((refused as { data: { errors: string[] } }).data.errors[0])).toMatch(/privaten Netz/);
				const refusedName = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { url: `http://localhost:${port}/artikel`, lang: 'auto' }));
				expect(String((refusedName as { data: { errors: string[] } }).data.errors[0])).toMatch(/privaten Netz/);
				const bad = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { url: 'file:///etc/passwd', lang: 'auto' }));
				expect(String((bad as { data: { errors: string[] } }).data.errors[0])).toMatch(/http/);
				process.env.WORTLAUT_ALLOW_PRIVATE_URLS = '1';
				const ok = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { url: `http://127.0.0.1:${port}/redirect`, lang: 'auto' }));
				expect(ok.kind).toBe('redirect');
			} finally {
				delete process.env.WORTLAUT_ALLOW_PRIVATE_URLS;
				server.close();
			}
		});

		it('the hook sets the teacher from the session cookie', async () => {
			const ev = event(teacher, '/lessons');
			await handle({ event: ev, resolve: async () => new Response('ok') });
			expect(ev.locals.user?.email).toBe('lehrerin@schule.example');
			const anon = event(newCtx(), '/lessons');
			anon.cookies.set(SESSION_COOKIE, 'forged');
			await handle({ event: anon, resolve: async () => new Response('ok') });
			expect(anon.locals.user).toBeNull();
		});
	});
}

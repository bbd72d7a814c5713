// The review's "Zu prüfen" list: an unsure speaker confirmed by the teacher becomes an answer key
// (a generated question with the confirmed speaker), stored as teacher-made; delete and undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { backends, event, newCtx, run, signUp } from './helpers.ts';
import { actions as newLessonActions } from '../../src/routes/lessons/new/+page.server.ts';
import { actions as reviewActions, load as reviewLoad } from '../../src/routes/lessons/[id]/+page.server.ts';
import { getDb } from '../../src/lib/server/db.ts';

// invented article: one quote without a speaker, one carried by a pronoun ("fügte er hinzu")
const ARTICLE = readFileSync('tests/fixtures/unsure-speaker.txt', 'utf8');
type Review = { unsure: { start: number; end: number; quote: string; guess: string | null; choices: string[] }[]; questions: { id: string; type: string; prompt: string; answerText: string; explanation: string; fact: string; teacherConfirmed: boolean }[] };

for (const backend of backends()) {
	describe(`review on ${backend.name}`, () => {
		beforeAll(() => backend.open());
		afterAll(() => backend.close());
		const teacher = newCtx('10.2.0.1');
		let id = '';
		const review = async () => ((await run(reviewLoad, event(teacher, `/lessons/${id}`, { id }))) as { data: Review }).data;

		it('lists the quotes whose speaker is below the gate, with the guess and the other names', async () => {
			await signUp(teacher, 'pruefen@schule.example');
			const r = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { title: 'Laptops', text: ARTICLE, lang: 'de' }));
			id = (r as { location: string }).location.split('/').pop()!;
			const data = await review();
			const quotes = data.unsure.map((u) => u.quote);
			expect(quotes).toContain('„Das ist ein guter Anfang“');
			expect(quotes).toContain('„Wir warten seit zwei Jahren“');
			// what the list offers is exactly what the gate keeps out of speaker questions
			const whoSaid = data.questions.filter((q) => q.type === 'who-said');
			expect(whoSaid.every((q) => !data.unsure.some((u) => q.prompt.includes(u.quote.slice(1, -2))))).toBe(true);
			const anfang = data.unsure.find((u) => u.quote.includes('guter Anfang'))!;
			expect(anfang.guess).toBeNull();
			expect(anfang.choices).toContain('Anna Weber');
			expect(data.questions.some((q) => q.prompt.includes('Wir warten seit zwei Jahren') && q.type === 'who-said')).toBe(false);
		});

		it('turns a confirmed speaker into a question with that key, marked as teacher-made', async () => {
			const u = (await review()).unsure.find((x) => x.quote.includes('zwei Jahren'))!;
			const bad = await run(reviewActions.confirm, event(teacher, `/lessons/${id}?/confirm`, { id }, { start: '1', end: '2', speaker: 'Anna Weber' }));
			expect(bad).toMatchObject({ kind: 'fail', status: 400 });
			const ok = await run(reviewActions.confirm, event(teacher, `/lessons/${id}?/confirm`, { id }, { start: String(u.start), end: String(u.end), speaker: 'Lehrer Tom Berger' }));
			expect(ok.kind).toBe('ok');
			expect((ok as { data: { confirmed: { added: number } } }).data.confirmed.added).toBeGreaterThan(0);
			const data = await review();
			expect(data.unsure.map((x) => x.quote)).not.toContain('„Wir warten seit zwei Jahren“');
			const made = data.questions.filter((q) => q.teacherConfirmed);
			expect(made.length).toBeGreaterThan(0);
			expect(made.some((q) => `${q.answerText} ${q.fact}`.includes('Tom Berger') && q.prompt.includes('zwei Jahren'))).toBe(true);
			expect(made.every((q) => q.type !== 'number-entry')).toBe(true);
			const row = await (await getDb()).selectFrom('speaker_confirmations').selectAll().where('lesson_id', '=', id).executeTakeFirstOrThrow();
			expect(row).toMatchObject({ speaker: 'Lehrer Tom Berger', confirmed_by: teacher.user?.id ?? row.confirmed_by });
			expect(row.confirmed_by).toBeTruthy();
		});

		it('keeps the confirmation when the questions are generated again', async () => {
			await run(reviewActions.regenerate, event(teacher, `/lessons/${id}?/regenerate`, { id }, { count: '60' }));
			const data = await review();
			expect(data.questions.some((q) => q.teacherConfirmed && `${q.answerText} ${q.fact}`.includes('Tom Berger'))).toBe(true);
		});

		it('deletes a question and restores it with undo, in its place', async () => {
			const before = (await review()).questions;
			const del = await run(reviewActions.delete, event(teacher, `/lessons/${id}?/delete`, { id }, { id: before[1].id }));
			const deleted = (del as { data: { deleted: { question: string; index: number } } }).data.deleted;
			expect(deleted.index).toBe(1);
			expect((await review()).questions.map((q) => q.id)).not.toContain(before[1].id);
			const forged = await run(reviewActions.restore, event(teacher, `/lessons/${id}?/restore`, { id }, { question: '{"id":"x"}', index: '0' }));
			expect(forged).toMatchObject({ kind: 'fail', status: 400 });
			await run(reviewActions.restore, event(teacher, `/lessons/${id}?/restore`, { id }, { question: deleted.question, index: String(deleted.index) }));
			expect((await review()).questions.map((q) => q.id)).toEqual(before.map((q) => q.id));
		});
	});
}

// Saving and submitting on the hot path: prepared statements, on SQLite commits in groups, on
// PostgreSQL batched statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/engine/types.ts';
import { getDb } from '../../src/lib/server/db.ts';
import { createLesson } from '../../src/lib/server/lessons.ts';
import { createAttempt, findAttempt, findAttemptByCode, saveDraft, submitAttempt } from '../../src/lib/server/attempts.ts';
import { backends } from './helpers.ts';

const questions = [{ id: 'q1', type: 'speaker', target: 'speaker', prompt: 'Wer sagte das?', answer: 'Anna Berg', evidence: { start: 0, end: 5 } }] as unknown as Question[];

for (const backend of backends()) {
	describe(`attempts on ${backend.name}`, () => {
		let lessonId = '';
		beforeAll(async () => {
			await backend.open();
			const lesson = await createLesson({ ownerId: null, title: 'T', text: '„Wir bleiben“, sagte Anna Berg.', lang: 'de' });
			lessonId = lesson.id;
			const db = await getDb();
			await db.updateTable('lessons').set({ join_code: 'HOTPTH', status: 'open' }).where('id', '=', lessonId).execute();
		});
		afterAll(() => backend.close());

		it('finds the attempt by join code and cookie tokens', async () => {
			const { attempt, token } = await createAttempt(lessonId, 'Kim');
			const found = await findAttemptByCode('hot-pth', ['x', token]);
			expect(found?.lesson.id).toBe(lessonId);
			expect(found?.attempt).toEqual({ id: attempt.id, submittedAt: null });
			expect((await findAttemptByCode('HOTPTH', []))?.attempt).toBeNull();
			expect(await findAttemptByCode('NOSUCH', [token])).toBeNull();
		});

		it('submits once when the same attempt is submitted twice at the same moment', async () => {
			const { attempt, token } = await createAttempt(lessonId, 'Lu');
			expect(await saveDraft(attempt.id, { q1: 'Berg' })).toBe(true);
			const head = { id: attempt.id, submittedAt: null };
			const outcomes = await Promise.all([submitAttempt(head, questions, { q1: 'Anna Berg' }), submitAttempt(head, questions, { q1: 'Niemand' }), saveDraft(attempt.id, { q1: 'später' })]);
			expect(outcomes).toEqual([true, false, false]);
			const stored = await findAttempt(lessonId, token);
			expect(stored?.answers).toEqual({ q1: 'Anna Berg' });
			expect(stored?.score).toBe(1);
			expect(stored?.results?.q1).toMatchObject({ score: 1, correct: true });
		});

		it('keeps many lookups and submissions of the same moment apart (one batch on PostgreSQL)', async () => {
			const created = await Promise.all(Array.from({ length: 40 }, (_, i) => createAttempt(lessonId, `Kind ${i}`)));
			const found = await Promise.all(created.map(({ token }, i) => findAttemptByCode('HOTPTH', i % 3 ? [token] : ['kein-token', token])));
			expect(found.map((f) => f?.attempt?.id)).toEqual(created.map((c) => c.attempt.id));
			const answers = created.map((_, i) => ({ q1: i % 2 ? 'Anna Berg' : `Name ${i}` }));
			const outcomes = await Promise.all(created.map(({ attempt }, i) => (i % 5 === 4 ? saveDraft(attempt.id, answers[i]) : submitAttempt({ id: attempt.id, submittedAt: null }, questions, answers[i]))));
			expect(outcomes.every(Boolean)).toBe(true);
			const stored = await Promise.all(created.map(({ token }) => findAttempt(lessonId, token)));
			stored.forEach((a, i) => {
				expect(a?.answers).toEqual(answers[i]);
				if (i % 5 === 4) expect(a?.submittedAt).toBeNull();
				else expect(a?.score).toBe(i % 2 ? 1 : 0);
			});
		});

		it('writes after a transaction that is open meanwhile, not inside it', async () => {
			const { attempt, token } = await createAttempt(lessonId, 'Mo');
			const db = await getDb();
			let submitted: Promise<boolean> | null = null;
			await expect(
				db.transaction().execute(async (trx) => {
					await trx.updateTable('lessons').set({ title: 'changed' }).where('id', '=', lessonId).execute();
					submitted = submitAttempt({ id: attempt.id, submittedAt: null }, questions, { q1: 'Anna Berg' });
					await new Promise((r) => setTimeout(r, 20));
					throw new Error('rolled back');
				})
			).rejects.toThrow('rolled back');
			expect(await submitted).toBe(true);
			expect((await findAttempt(lessonId, token))?.submittedAt).not.toBeNull();
			expect((await db.selectFrom('lessons').select('title').where('id', '=', lessonId).executeTakeFirstOrThrow()).title).toBe('T');
		});
	});
}

// Lesson exports through the app: the export page lists each format with what it loses, the
// download route returns the file, and only the lesson's owner gets either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { backends, event, newCtx, run, signUp, SAMPLE_ARTICLE } from './helpers.ts';
import { actions as newLessonActions } from '../../src/routes/lessons/new/+page.server.ts';
import { load as exportLoad } from '../../src/routes/lessons/[id]/export/+page.server.ts';
import { GET as exportFile } from '../../src/routes/lessons/[id]/export/[format]/+server.ts';
import { GET as resultsCsv } from '../../src/routes/lessons/[id]/results.csv/+server.ts';
import { actions as restoreActions } from '../../src/routes/lessons/restore/+page.server.ts';
import { findOwnLesson } from '../../src/lib/server/lessons.ts';
import { listAttempts } from '../../src/lib/server/attempts.ts';
import { toExportLesson } from '../../src/lib/server/exports.ts';
import { exportBackup } from '../../src/lib/export/index.ts';
import { getLocale, overwriteGetLocale } from '../../src/lib/paraglide/runtime.js';

/** runs `fn` with the interface in `locale`, as the Paraglide middleware would */
async function inLocale<T>(locale: 'de' | 'en', fn: () => Promise<T>): Promise<T> {
	const before = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return await fn();
	} finally {
		overwriteGetLocale(before);
	}
}

const ARTICLE = SAMPLE_ARTICLE;


for (const backend of backends()) {
	describe(`exports on ${backend.name}`, () => {
		beforeAll(() => backend.open());
		afterAll(() => backend.close());
		const teacher = newCtx('10.0.1.1');
		const other = newCtx('10.0.1.2');
		let id = '';

		it('lists every format with what it loses', async () => {
			await signUp(teacher, 'export@example.org');
			await signUp(other, 'other-export@example.org');
			const r = await run(newLessonActions.default, event(teacher, '/lessons/new', {}, { title: 'Stadtpark', text: ARTICLE, lang: 'auto' }));
			id = (r as { location: string }).location.split('/').pop()!;
			const page = await run(exportLoad, event(teacher, `/lessons/${id}/export`, { id }));
			const formats = (page as { data: { formats: { format: string; losses: string[] }[] } }).data.formats;
			expect(formats.map((f) => f.format)).toEqual(expect.arrayContaining(['moodle', 'gift', 'qti', 'h5p', 'csv', 'worksheet', 'key']));
			expect(formats.find((f) => f.format === 'gift')!.losses.length).toBeGreaterThan(1);
		});

		it('downloads Moodle XML and a QTI package with the lesson’s questions', async () => {
			const xml = await exportFile(event(teacher, `/lessons/${id}/export/moodle`, { id, format: 'moodle' }));
			expect(xml.headers.get('content-disposition')).toMatch(/attachment/);
			const body = await xml.text();
			expect(body).toMatch(/<quiz>/);
			expect(body).toContain('Anna Berg');
			const zip = await exportFile(event(teacher, `/lessons/${id}/export/qti`, { id, format: 'qti' }));
			const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
			expect(Object.keys(files)).toContain('imsmanifest.xml');
			expect(strFromU8(files['imsmanifest.xml'])).toMatch(/manifest/);
		});

		it('names formats and losses in the interface language', async () => {
			const page = (l: 'de' | 'en') => inLocale(l, () => run(exportLoad, event(teacher, `/lessons/${id}/export`, { id })));
			const de = ((await page('de')) as { data: { formats: { format: string; label: string; losses: string[] }[] } }).data.formats;
			const en = ((await page('en')) as { data: { formats: { format: string; label: string; losses: string[] }[] } }).data.formats;
			expect(de.find((f) => f.format === 'worksheet')!.label).toMatch(/Arbeitsblatt/);
			expect(en.find((f) => f.format === 'worksheet')!.label).toMatch(/Worksheet/);
			const deLosses = de.flatMap((f) => f.losses).join(' ');
			expect(deLosses).toMatch(/Belegstelle/);
			expect(deLosses).not.toMatch(/evidence highlighting|typed names|becomes/);
			expect(en.flatMap((f) => f.losses).join(' ')).toMatch(/Evidence highlighting/);
		});

		it('offers one results CSV: the same file from the results page and the export tab, ; and a BOM in German', async () => {
			const get = (l: 'de' | 'en') =>
				inLocale(l, async () => {
					const a = await resultsCsv(event(teacher, `/lessons/${id}/results.csv`, { id }));
					const b = await exportFile(event(teacher, `/lessons/${id}/export/results-csv`, { id, format: 'results-csv' }));
					return [new Uint8Array(await a.arrayBuffer()), new Uint8Array(await b.arrayBuffer())];
				});
			const [deA, deB] = await get('de');
			expect(deA).toEqual(deB);
			expect([...deA.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const header = new TextDecoder().decode(deA).replace(/^\uFEFF/, '').split('\r\n')[0];
			expect(header.split(';')[0]).toBe('Schüler/in');
			expect(header.split(';').length).toBeGreaterThan(5);
			const [enA, enB] = await get('en');
			expect(enA).toEqual(enB);
			expect(new TextDecoder().decode(enA).replace(/^\uFEFF/, '').split(',')[0]).toBe('student');
			await expect(resultsCsv(event(other, `/lessons/${id}/results.csv`, { id }))).rejects.toMatchObject({ status: 404 });
		});

		it('restores a lesson from its backup as a new draft with the same questions and settings', async () => {
			const backup = await exportFile(event(teacher, `/lessons/${id}/export/backup`, { id, format: 'backup' }));
			const bytes = new Uint8Array(await backup.arrayBuffer());
			const file = new File([bytes], 'stadtpark.wortlaut.json', { type: 'application/json' });
			const r = await run(restoreActions.default, event(other, '/lessons/restore', {}, { file }));
			expect(r.kind).toBe('redirect');
			const restoredId = (r as { location: string }).location.split('/').pop()!;
			expect(restoredId).not.toBe(id);
			const original = (await findOwnLesson(id, teacher.user!.id))!;
			const restored = (await findOwnLesson(restoredId, other.user!.id))!;
			expect(restored.status).toBe('draft');
			expect([restored.title, restored.text, restored.lang, restored.feedback, restored.layout]).toEqual([original.title, original.text, original.lang, original.feedback, original.layout]);
			expect(restored.questions).toEqual(original.questions);
			expect(await listAttempts(restoredId)).toEqual([]);
		});

		it('submits the answers a backup carries again, graded', async () => {
			const original = (await findOwnLesson(id, teacher.user!.id))!;
			const q = original.questions.find((x) => typeof x.answer === 'string')!;
			const attempts = [{ student: 'Lena', submittedAt: 1, answers: { [q.id]: q.answer as string } }, { student: 'Max', submittedAt: null, answers: {} }];
			const bytes = exportBackup(toExportLesson(original), { attempts }).bytes;
			const r = await run(restoreActions.default, event(teacher, '/lessons/restore', {}, { file: new File([bytes as Uint8Array<ArrayBuffer>], 'b.json') }));
			const restoredId = (r as { location: string }).location.split('/').pop()!;
			const got = await listAttempts(restoredId);
			expect(got.map((a) => a.nickname)).toEqual(['Lena']);
			expect(got[0].submittedAt).not.toBeNull();
			expect(got[0].results![q.id].correct).toBe(true);
		});

		it('answers a file that is no backup with 400 and a reason, and restores nothing', async () => {
			const before = (await findOwnLesson(id, teacher.user!.id))!;
			for (const [content, status] of [['{"format":"something-else"}', 400], ['not json at all', 400], ['', 400]] as const) {
				const r = await run(restoreActions.default, event(teacher, '/lessons/restore', {}, { file: new File([content], 'x.json') }));
				expect(r, content).toMatchObject({ kind: 'fail', status });
				expect(JSON.stringify((r as { data: unknown }).data)).toMatch(/Sicherung/);
			}
			expect((await findOwnLesson(id, teacher.user!.id))!.questions).toEqual(before.questions);
		});

		it('refuses unknown formats and other teachers', async () => {
			await expect(exportFile(event(teacher, `/lessons/${id}/export/pdf`, { id, format: 'pdf' }))).rejects.toMatchObject({ status: 404 });
			await expect(exportFile(event(other, `/lessons/${id}/export/moodle`, { id, format: 'moodle' }))).rejects.toMatchObject({ status: 404 });
		});
	});
}

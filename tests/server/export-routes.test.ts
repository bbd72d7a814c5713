// Lesson exports through the app: the export page lists each format with what it loses, the
// download route returns the file, and only the lesson's owner gets either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { backends, event, newCtx, run, signUp, SAMPLE_ARTICLE } from './helpers.ts';
import { actions as newLessonActions } from '../../src/routes/lessons/new/+page.server.ts';
import { load as exportLoad } from '../../src/routes/lessons/[id]/export/+page.server.ts';
import { GET as exportFile } from '../../src/routes/lessons/[id]/export/[format]/+server.ts';

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
			expect(formats.find((f) => f.format === 'gift')!.losses.join(' ')).toMatch(/GIFT/);
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

		it('refuses unknown formats and other teachers', async () => {
			await expect(exportFile(event(teacher, `/lessons/${id}/export/pdf`, { id, format: 'pdf' }))).rejects.toMatchObject({ status: 404 });
			await expect(exportFile(event(other, `/lessons/${id}/export/moodle`, { id, format: 'moodle' }))).rejects.toMatchObject({ status: 404 });
		});
	});
}

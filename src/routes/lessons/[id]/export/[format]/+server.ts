import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { buildLessonExport, isExportFormat } from '$lib/server/exports';

// A lesson as a file for an LMS, for print or as a backup: /lessons/ID/export/moodle etc.
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	if (!isExportFormat(params.format)) error(404, 'Unbekanntes Exportformat');
	const result = await buildLessonExport(lesson, params.format);
	const name = result.filename;
	return new Response(new Blob([result.bytes as Uint8Array<ArrayBuffer>]), {
		headers: {
			'content-type': result.mime,
			'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
};

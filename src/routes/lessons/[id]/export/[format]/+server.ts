import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { buildLessonExport, exportResponse, isExportFormat } from '$lib/server/exports';

// A lesson as a file for an LMS, for print or as a backup: /lessons/ID/export/moodle etc.
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	if (!isExportFormat(params.format)) error(404, 'Unbekanntes Exportformat');
	return exportResponse(await buildLessonExport(lesson, params.format));
};

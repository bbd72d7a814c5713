import type { RequestHandler } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { buildLessonExport, exportResponse } from '$lib/server/exports';

// The results as CSV: the same file as the export tab's "CSV (results)".
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	return exportResponse(await buildLessonExport(lesson, 'results-csv'));
};

import type { RequestHandler } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { listAttempts } from '$lib/server/attempts';
import { formatResultsCsv } from '$lib/server/results';

export const GET: RequestHandler = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	const csv = formatResultsCsv(lesson.questions, await listAttempts(lesson.id), lesson.text, lesson.lang);
	const name = lesson.title.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'ergebnisse';
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`,
			'cache-control': 'no-store'
		}
	});
};

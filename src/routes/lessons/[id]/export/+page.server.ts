import type { PageServerLoad } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { describeLosses } from '$lib/server/exports';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	return { lesson: { id: lesson.id, title: lesson.title, status: lesson.status }, formats: describeLosses(lesson) };
};

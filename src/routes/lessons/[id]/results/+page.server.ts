import type { PageServerLoad } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { listAttempts } from '$lib/server/attempts';
import { summarizeResults } from '$lib/server/results';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	const attempts = await listAttempts(lesson.id);
	const summary = summarizeResults(lesson.questions, attempts, lesson.text, lesson.lang);
	return { lesson: { id: lesson.id, title: lesson.title, status: lesson.status }, ...summary, submitted: attempts.filter((a) => a.submittedAt !== null).length };
};

import type { PageServerLoad } from './$types';
import { requireTeacher } from '$lib/server/auth';
import { listLessons } from '$lib/server/lessons';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireTeacher(locals, url);
	return { lessons: await listLessons(user.id) };
};

// Guards for teacher pages and actions.
import { error, redirect } from '@sveltejs/kit';
import type { User } from './users.ts';
import { m } from '$lib/i18n';
import { findOwnLesson, type Lesson } from './lessons.ts';
import { localPath } from './redirects.ts';

export function requireTeacher(locals: App.Locals, url: URL): User {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return locals.user;
}

/** The teacher's own lesson, or 404 (another teacher's lesson is not even confirmed to exist). */
export async function requireOwnLesson(locals: App.Locals, url: URL, id: string): Promise<{ user: User; lesson: Lesson }> {
	const user = requireTeacher(locals, url);
	const lesson = await findOwnLesson(id, user.id);
	if (!lesson) error(404, m.lessonNotFound());
	return { user, lesson };
}

/** Only paths of this app: no open redirect through ?next=. */
export function safeNext(next: string | null, origin: string): string {
	return localPath(next, origin, '/lessons');
}

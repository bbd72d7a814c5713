import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireTeacher } from '$lib/server/auth';
import { restoreLessonBackup } from '$lib/server/backups';
import { ArticleError } from '$lib/server/articles';
import { BackupError } from '$lib/export';
import { m } from '$lib/paraglide/messages.js';

/** what a backup upload may weigh (the server's body limit is 3 MB) */
const MAX_MB = 2;

export const load: PageServerLoad = ({ locals, url }) => {
	requireTeacher(locals, url);
	return { maxMb: MAX_MB };
};

/** a new lesson from an uploaded backup file; a bad file gets 400 with the reasons */
async function restore({ locals, url, request }: RequestEvent) {
	const owner = requireTeacher(locals, url).id;
	const file = (await request.formData()).get('file');
	if (!(file instanceof File) || file.size === 0) return fail(400, { errors: [m.restoreNoFile()] });
	if (file.size > MAX_MB * 1024 * 1024) return fail(413, { errors: [m.restoreTooLarge({ mb: MAX_MB })] });
	let id: string;
	try {
		id = (await restoreLessonBackup(owner, new Uint8Array(await file.arrayBuffer()))).id;
	} catch (error) {
		if (error instanceof BackupError) return fail(400, { errors: [m.restoreInvalid({ reason: error.errors.slice(0, 3).join('; ') })] });
		if (error instanceof ArticleError) return fail(400, { errors: [error.message] });
		throw error;
	}
	redirect(303, `/lessons/${id}`);
}

export const actions: Actions = { default: restore };

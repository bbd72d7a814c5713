import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { PASSWORD_MAX, PASSWORD_MIN, countUsers, createUser, isPlausibleEmail, normalizeEmail } from '$lib/server/users';
import { createSession, setSessionCookie } from '$lib/server/sessions';
import { adoptOrphanLessons } from '$lib/server/lessons';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/lessons');
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const email = normalizeEmail(String(form.get('email') ?? ''));
		const password = String(form.get('password') ?? '');
		const errors: string[] = [];
		if (!isPlausibleEmail(email)) errors.push(m.emailInvalid());
		if (password.length < PASSWORD_MIN) errors.push(m.passwordTooShort());
		if (password.length > PASSWORD_MAX) errors.push(m.passwordTooLong());
		if (errors.length) return fail(400, { email, errors });
		const first = (await countUsers()) === 0;
		const user = await createUser(email, password);
		if (!user) return fail(400, { email, errors: [m.emailTaken()] });
		if (first) await adoptOrphanLessons(user.id);
		const session = await createSession(user.id);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, '/lessons');
	}
};

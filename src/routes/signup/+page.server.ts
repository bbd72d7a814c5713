import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { PASSWORD_MAX, PASSWORD_MIN, countUsers, createUser, isPlausibleEmail, normalizeEmail } from '$lib/server/users';
import { createSession, setSessionCookie } from '$lib/server/sessions';
import { adoptOrphanLessons } from '$lib/server/lessons';
import { SIGNUP_LIMIT, takeRateLimit } from '$lib/server/rate-limit';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/lessons');
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = normalizeEmail(String(form.get('email') ?? ''));
		const password = String(form.get('password') ?? '');
		const errors: string[] = [];
		if (!isPlausibleEmail(email)) errors.push(m.emailInvalid());
		if (password.length < PASSWORD_MIN) errors.push(m.passwordTooShort());
		if (password.length > PASSWORD_MAX) errors.push(m.passwordTooLong());
		if (errors.length) return fail(400, { email, errors });
		// every sign-up costs an argon2 hash: limited per address, successful or not
		const wait = await takeRateLimit(`signup:${getClientAddress()}`, SIGNUP_LIMIT);
		if (wait) return fail(429, { email, errors: [m.signupLimited({ minutes: Math.max(1, Math.ceil(wait / 60)) })] });
		const first = (await countUsers()) === 0;
		const user = await createUser(email, password);
		// the same words whether or not the address has an account (no confirmation that it exists)
		if (!user) return fail(400, { email, errors: [m.signupFailed()] });
		if (first) await adoptOrphanLessons(user.id);
		const session = await createSession(user.id);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, '/lessons');
	}
};

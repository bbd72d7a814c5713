import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authenticateUser, normalizeEmail } from '$lib/server/users';
import { createSession, setSessionCookie } from '$lib/server/sessions';
import { LOGIN_LIMIT, checkRateLimit, recordFailure } from '$lib/server/rate-limit';
import { safeNext } from '$lib/server/auth';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = normalizeEmail(String(form.get('email') ?? ''));
		const password = String(form.get('password') ?? '');
		const keys = [`login-ip:${getClientAddress()}`, `login-email:${email}`];
		for (const key of keys) {
			const wait = await checkRateLimit(key, LOGIN_LIMIT);
			if (wait) return fail(429, { email, errors: [m.loginLimited({ minutes: Math.ceil(wait / 60) })] });
		}
		const user = email && password ? await authenticateUser(email, password.slice(0, 1000)) : null;
		if (!user) {
			for (const key of keys) await recordFailure(key, LOGIN_LIMIT);
			return fail(400, { email, errors: [m.loginFailed()] });
		}
		const session = await createSession(user.id);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};

import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authenticateUser, normalizeEmail } from '$lib/server/users';
import { createSession, setSessionCookie } from '$lib/server/sessions';
import { LOGIN_ADDRESS_LIMIT, LOGIN_LIMIT, clearRateLimit, refundRateLimit, takeRateLimits } from '$lib/server/rate-limit';
import { safeNext } from '$lib/server/auth';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next'), url.origin));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = normalizeEmail(String(form.get('email') ?? ''));
		const password = String(form.get('password') ?? '');
		const address = getClientAddress();
		// backoff per (account, address): wrong passwords elsewhere never lock the teacher out
		const accountKey = `login:${address}|${email.slice(0, 254)}`;
		const addressKey = `login-ip:${address}`;
		const wait = await takeRateLimits([
			[accountKey, LOGIN_LIMIT],
			[addressKey, LOGIN_ADDRESS_LIMIT]
		]);
		if (wait) return fail(429, { email, errors: [m.loginLimited({ minutes: Math.max(1, Math.ceil(wait / 60)) })] });
		const user = email && password ? await authenticateUser(email, password.slice(0, 1000)) : null;
		if (!user) return fail(400, { email, errors: [m.loginFailed()] });
		await Promise.all([clearRateLimit(accountKey), refundRateLimit(addressKey)]);
		const session = await createSession(user.id);
		setSessionCookie(cookies, url, session.token, session.expiresAt);
		redirect(303, safeNext(url.searchParams.get('next'), url.origin));
	}
};

import type { Handle, ServerInit } from '@sveltejs/kit';
import { getDb, describeDb } from '$lib/server/db';
import { seedDemoLesson } from '$lib/server/demo';
import { SESSION_COOKIE, deleteExpiredSessions, findSessionUser, setSessionCookie } from '$lib/server/sessions';
import { deleteExpiredRateLimits } from '$lib/server/rate-limit';

// At server start: migrate, create the demo lesson on an empty database, tidy expired rows.
export const init: ServerInit = async () => {
	await getDb();
	const code = await seedDemoLesson();
	await deleteExpiredSessions();
	await deleteExpiredRateLimits();
	console.log(`database: ${describeDb()}${code ? `; demo lesson created, join code ${code}` : ''}`);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const found = await findSessionUser(token);
		if (found) {
			event.locals.user = found.user;
			if (found.expiresAt) setSessionCookie(event.cookies, event.url, token, found.expiresAt);
		} else event.cookies.delete(SESSION_COOKIE, { path: '/' });
	}
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	return response;
};

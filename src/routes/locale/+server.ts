// The interface language switch posts here: a plain form, so it works without JavaScript.
// Sets Paraglide's cookie and sends the reader back to the page they were on.
import { redirect, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { localPath } from '$lib/server/redirects';
import { cookieMaxAge, cookieName, isLocale } from '$lib/paraglide/runtime.js';

export const POST: RequestHandler = async ({ request, cookies, url }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (typeof locale !== 'string' || !isLocale(locale)) error(400, 'unknown language');
	// httpOnly off: Paraglide's client runtime reads the same cookie
	cookies.set(cookieName, locale, { path: '/', maxAge: cookieMaxAge, httpOnly: false, sameSite: 'lax', secure: url.protocol === 'https:' });
	redirect(303, localPath(form.get('to'), url.origin, '/'));
};

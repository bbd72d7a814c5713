import type { Handle, ServerInit } from '@sveltejs/kit';
import { getDb, describeDb } from '$lib/server/db';
import { seedDemoLesson } from '$lib/server/demo';
import { SESSION_COOKIE, deleteExpiredSessions, findSessionUser, setSessionCookie } from '$lib/server/sessions';
import { deleteExpiredRateLimits } from '$lib/server/rate-limit';
import { findLessonByCode } from '$lib/server/lessons';
import { decodeSafely, guardClientAddress, guardFormData, installProcessGuard, refuseRequest } from '$lib/server/request-guard';
import { AsyncLocalStorage } from 'node:async_hooks';
import { baseLocale, defineCustomServerStrategy, extractLocaleFromRequestAsync, isLocale, overwriteServerAsyncLocalStorage, type Locale } from '$lib/paraglide/runtime.js';

installProcessGuard();
// The locale of the request in flight, for Paraglide's getLocale() on the server. (Paraglide's own
// middleware clones every request with its body to do the same: a measurable cost per submission.)
const localeStore = new AsyncLocalStorage<{ locale?: string; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStore as never);

// Interface language: a student's pages (join with a code, quiz, feedback) follow the lesson's
// language; everywhere else (and where no lesson is found, e.g. a join with a wrong code) the
// choice in the PARAGLIDE_LOCALE cookie (Paraglide's cookie strategy), else the browser's
// Accept-Language (preferredLanguage: de or en), else German. Strategy order: custom-lesson,
// cookie, preferredLanguage, baseLocale (vite.config.ts and the `messages` script in package.json).
const LESSON_LANG_TTL_MS = 30_000;
const lessonLangCache = new Map<string, { lang: string | null; at: number }>();
async function lessonLang(code: string): Promise<string | undefined> {
	const key = code.trim().toUpperCase();
	if (!key || key.length > 32) return undefined;
	const hit = lessonLangCache.get(key);
	if (hit && Date.now() - hit.at < LESSON_LANG_TTL_MS) return hit.lang ?? undefined;
	const lesson = await findLessonByCode(code);
	if (lessonLangCache.size > 1000) lessonLangCache.clear();
	lessonLangCache.set(key, { lang: lesson?.lang ?? null, at: Date.now() });
	return lesson?.lang;
}
defineCustomServerStrategy('custom-lesson', {
	getLocale: async (request) => {
		if (!request) return undefined;
		const url = new URL(request.url);
		const quiz = /^\/q\/([^/]+)/.exec(url.pathname);
		const code = quiz ? decodeSafely(quiz[1]) : url.pathname === '/join' || url.pathname === '/join/__data.json' ? url.searchParams.get('code') : null;
		if (!code) return undefined;
		const lang = await lessonLang(code).catch(() => undefined);
		return lang && isLocale(lang) ? lang : undefined;
	}
});

// At server start: migrate, create the demo lesson on an empty database, tidy expired rows.
export const init: ServerInit = async () => {
	await getDb();
	const code = await seedDemoLesson();
	await deleteExpiredSessions();
	await deleteExpiredRateLimits();
	console.log(`database: ${describeDb()}${code ? `; demo lesson created, join code ${code}` : ''}`);
};

/** The request's interface language; a failing strategy falls back to the base language. */
async function requestLocale(request: Request): Promise<Locale> {
	try {
		return await extractLocaleFromRequestAsync(request);
	} catch {
		return baseLocale;
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	guardFormData(event.request);
	guardClientAddress(event);
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const found = await findSessionUser(token);
		if (found) {
			event.locals.user = found.user;
			if (found.expiresAt) setSessionCookie(event.cookies, event.url, token, found.expiresAt);
		} else event.cookies.delete(SESSION_COOKIE, { path: '/' });
	}
	const locale = await requestLocale(event.request);
	const response = await localeStore.run(
		{ locale, origin: event.url.origin, messageCalls: new Set() },
		() => refuseRequest(event) ?? resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	response.headers.set('x-frame-options', 'DENY');
	// teacher and student pages (and their downloads) are personal: no shared or disk cache keeps them
	if (!response.headers.has('cache-control')) response.headers.set('cache-control', 'private, no-store');
	return response;
};

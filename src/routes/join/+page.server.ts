import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findLessonByCode, normalizeJoinCode } from '$lib/server/lessons';
import { ATTEMPT_COOKIE_PREFIX, NICKNAME_MAX, createAttempt, findAttempt, normalizeNickname } from '$lib/server/attempts';
import { JOIN_ADDRESS_LIMIT, JOIN_LIMIT, refundRateLimit, takeRateLimits } from '$lib/server/rate-limit';
import { cookieOptions } from '$lib/server/sessions';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ url }) => ({ code: normalizeJoinCode(url.searchParams.get('code') ?? '') });

export const actions: Actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const code = normalizeJoinCode(String(form.get('code') ?? ''));
		const nickname = normalizeNickname(String(form.get('nickname') ?? ''));
		const errors: string[] = [];
		if (!code) errors.push(m.codeMissing());
		if (!nickname) errors.push(m.nicknameMissing());
		else if ([...nickname].length > NICKNAME_MAX) errors.push(m.nicknameTooLong({ max: NICKNAME_MAX }));
		if (errors.length) return fail(400, { code, nickname, errors });

		// counted per (address, nickname) and, with a class-sized budget, per address: behind a
		// school's shared address one student's typos do not lock out the others
		const address = getClientAddress();
		const keys = [`join:${address}|${nickname.toLowerCase()}`, `join-ip:${address}`];
		const wait = await takeRateLimits([
			[keys[0], JOIN_LIMIT],
			[keys[1], JOIN_ADDRESS_LIMIT]
		]);
		if (wait) return fail(429, { code, nickname, errors: [m.joinLimited({ minutes: Math.max(1, Math.ceil(wait / 60)) })] });
		const lesson = await findLessonByCode(code);
		if (!lesson) return fail(400, { code, nickname, errors: [m.joinUnknown()] });
		await Promise.all(keys.map(refundRateLimit));
		const cookieName = ATTEMPT_COOKIE_PREFIX + lesson.id;
		const existing = await findAttempt(lesson.id, cookies.get(cookieName));
		if (existing) redirect(303, `/q/${code}`);
		if (lesson.status !== 'open') return fail(400, { code, nickname, errors: [m.joinClosed()] });
		const { token } = await createAttempt(lesson.id, nickname);
		cookies.set(cookieName, token, { ...cookieOptions(url), maxAge: 60 * 60 * 24 * 30 });
		redirect(303, `/q/${code}`);
	}
};

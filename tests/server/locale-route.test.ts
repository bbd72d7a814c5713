// The interface language switch is a plain form posting to /locale (no JavaScript needed): it
// sets Paraglide's cookie and sends the reader back to the page, never to another site.
import { describe, expect, it } from 'vitest';
import { event, newCtx, run } from './helpers.ts';
import { POST as switchLocale } from '../../src/routes/locale/+server.ts';
import { cookieName } from '../../src/lib/paraglide/runtime.js';

describe('POST /locale', () => {
	it('sets the language cookie and returns to the page', async () => {
		const ctx = newCtx();
		const r = await run(switchLocale, event(ctx, '/locale', {}, { locale: 'en', to: '/lessons/abc?tab=results' }));
		expect(r).toMatchObject({ kind: 'redirect', status: 303, location: '/lessons/abc?tab=results' });
		expect(ctx.cookies.get(cookieName)).toBe('en');
	});

	it('never redirects to another site', async () => {
		for (const to of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
			const r = await run(switchLocale, event(newCtx(), '/locale', {}, { locale: 'de', to }));
			expect(r, to).toMatchObject({ kind: 'redirect', location: '/' });
		}
	});

	it('refuses an unknown language with 400 and sets nothing', async () => {
		const ctx = newCtx();
		await expect(switchLocale(event(ctx, '/locale', {}, { locale: 'xx', to: '/' }))).rejects.toMatchObject({ status: 400 });
		expect(ctx.cookies.get(cookieName)).toBeUndefined();
	});
});

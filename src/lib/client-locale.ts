// The Paraglide runtime as the browser needs it: the language is the page's <html lang>, as the
// server chose it (hooks.server.ts runs the strategies: lesson, cookie, Accept-Language). The full
// runtime (strategies, URL patterns, cookies) would add 2.7 KB gzip to every page; vite.config.ts
// puts this module in its place in the client build. Same exports as far as the app uses them.
export const baseLocale = 'de';
export const locales = ['de', 'en'] as const;
export type Locale = (typeof locales)[number];
export const experimentalStaticLocale = undefined;

export function isLocale(value: unknown): value is Locale {
	return (locales as readonly unknown[]).includes(value);
}

export function getLocale(): Locale {
	const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
	return isLocale(lang) ? lang : baseLocale;
}

export function defineCustomClientStrategy(): void {
	// the page's language already comes first
}

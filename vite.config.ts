import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';

// Messages are compiled by `npm run messages` (prepare, prebuild, pretest); the Vite plugin
// recompiles them during dev and build. Under Vitest it is left out (it keeps Vitest from exiting).
const paraglide = process.env.VITEST
	? []
	: [
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['custom-lesson', 'cookie', 'preferredLanguage', 'baseLocale']
			})
		];

// In the browser, the app and the compiled messages import a small stand-in for the Paraglide
// runtime (src/lib/client-locale.ts: the page's language); the server keeps the full runtime.
const clientLocale: Plugin = {
	name: 'wortlaut-client-locale',
	enforce: 'pre',
	resolveId(id, importer, options) {
		if (options?.ssr || process.env.VITEST || !importer || !/(^|\/)runtime\.js$/.test(id)) return null;
		const from = importer.replaceAll('\\', '/');
		if (from.includes('/src/lib/paraglide/') || from.endsWith('/src/lib/i18n.ts')) return fileURLToPath(new URL('./src/lib/client-locale.ts', import.meta.url));
		return null;
	}
};

export default defineConfig({
	plugins: [clientLocale, sveltekit(), ...paraglide],
	test: {
		projects: [
			{
				extends: true,
				plugins: process.env.VITEST ? [svelteTesting()] : [],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['tests/component/**/*.svelte.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/component/**', 'tests/e2e/**', 'node_modules/**'],
					testTimeout: 30_000,
					hookTimeout: 30_000
				}
			}
		]
	}
});

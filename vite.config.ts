import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
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

export default defineConfig({
	plugins: [sveltekit(), ...paraglide],
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

import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
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

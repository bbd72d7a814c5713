import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 90_000,
	reporter: process.env.PLAYWRIGHT_JSON ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]] : [['list']],
	outputDir: join(tmpdir(), 'wortlaut-e2e-results'),
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// a German browser (Accept-Language: de-DE): without a language cookie the interface follows
		// the browser, and most tests read German; tests of English browsers set their own locale
		locale: 'de-DE',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		},
		trace: 'off'
	},
	webServer: {
		// tests/e2e/run.mjs builds first; this serves the build on a fresh SQLite file
		command: 'node tests/e2e/serve.mjs',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'pipe',
		env: { PORT: String(PORT) }
	}
});

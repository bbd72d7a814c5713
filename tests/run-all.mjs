// `npm test`: every suite — Vitest (unit, component, server on SQLite and, with
// TEST_DATABASE_URL, PostgreSQL), then the browser tests and the durability check — and one
// closing line `N passed, N failed, N skipped` over all of them.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const dir = mkdtempSync(join(tmpdir(), 'wortlaut-test-'));
const vitestJson = join(dir, 'vitest.json');
const playwrightJson = join(dir, 'playwright.json');
const outcomeJson = join(dir, 'e2e-outcome.json');
const counts = { passed: 0, failed: 0, skipped: 0 };

const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`], { stdio: 'inherit' });
if (existsSync(vitestJson)) {
	const r = JSON.parse(readFileSync(vitestJson, 'utf8'));
	counts.passed += r.numPassedTests;
	counts.failed += r.numFailedTests + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
	counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else if (vitest.status !== 0) counts.failed++;

const e2e = spawnSync(process.execPath, ['tests/e2e/run.mjs'], { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_JSON: playwrightJson, E2E_OUTCOME: outcomeJson } });
if (existsSync(playwrightJson)) {
	const s = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats ?? {};
	counts.passed += (s.expected ?? 0) + (s.flaky ?? 0);
	counts.failed += s.unexpected ?? 0;
	counts.skipped += s.skipped ?? 0;
}
const outcome = existsSync(outcomeJson) ? JSON.parse(readFileSync(outcomeJson, 'utf8')) : { browser: 'ran', durability: 'failed' };
if (outcome.durability === 'passed') counts.passed++;
else counts.failed++;
if (outcome.browser === 'missing') counts.failed++;
if (outcome.browser === 'skipped') counts.skipped++;
const ok = vitest.status === 0 && e2e.status === 0;
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(ok ? 0 : 1);

// `npm test`, browser part: builds the app, runs Playwright in Debian's chromium, then the
// durability check (SIGKILL during submissions, restart, every acknowledged answer is there).
// Without chromium the browser suite is skipped with a reason, except under CI (a failure).
import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.error('e2e: build failed');
	process.exit(build.status ?? 1);
}
let failed = false;
const outcome = { browser: 'ran', durability: 'failed' };
if (!existsSync(chromium)) {
	outcome.browser = process.env.CI ? 'missing' : 'skipped';
	const reason = `chromium not found at ${chromium} (apt-get install -y chromium)`;
	if (process.env.CI) {
		console.error(`e2e: FAILED: ${reason}`);
		failed = true;
	} else console.log(`e2e: skipped: ${reason}`);
} else {
	const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
	if (r.status !== 0) failed = true;
}
const durability = spawnSync(process.execPath, ['scripts/bench-server.mjs', '--kill', '--duration', '4', '--connections', '50'], { stdio: 'inherit' });
if (durability.status !== 0) {
	console.error('durability: FAILED');
	failed = true;
} else {
	console.log('durability: passed');
	outcome.durability = 'passed';
}
if (process.env.E2E_OUTCOME) writeFileSync(process.env.E2E_OUTCOME, JSON.stringify(outcome));
process.exit(failed ? 1 : 0);

// `npm test`, browser part: builds the app and runs Playwright in Debian's chromium. Without
// chromium the suite is skipped with a reason, except under CI, where that is a failure.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
	const reason = `chromium not found at ${chromium} (apt-get install -y chromium)`;
	if (process.env.CI) {
		console.error(`e2e: FAILED: ${reason}`);
		process.exit(1);
	}
	console.log(`e2e: skipped: ${reason}`);
	process.exit(0);
}
const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
	console.error('e2e: build failed');
	process.exit(build.status ?? 1);
}
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } });
process.exit(r.status ?? 1);

// `npm run eval`: the engine's scores on the development sets in ../shared (not part of npm test:
// a user's clone has no ../shared). Extra arguments (e.g. --verbose) go to every scorer.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const shared = process.env.WORTLAUT_SHARED ?? join(process.cwd(), '..', 'shared');
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
	console.error(`eval: ${shared}/eval not found; the evaluation data lives beside the project in ../shared`);
	process.exit(2);
}
const extra = process.argv.slice(2);
const cmd = 'npm run -s cli -- analyze {files}';
const numberFiles = ['number', 'percent', 'currency', 'dimension', 'temperature', 'age'];
const runs = [
	['gold-dev', 'score.mjs', ['--gold', join(shared, 'eval/gold-dev')]],
	['wikinews-de/dev', 'score-bench.mjs', ['--bench', join(shared, 'data/bench/wikinews-de/dev')]],
	['wikinews-de/dev keys', 'score-keys.mjs', ['--bench', join(shared, 'data/bench/wikinews-de/dev')]],
	['numbers (de)', 'score-numbers.mjs', numberFiles.flatMap((f) => ['--bench', join(shared, `data/bench/numbers/de-${f}.json`)])]
];
if (process.env.EVAL_EN) {
	runs.push(['polnear/dev', 'score-bench.mjs', ['--bench', join(shared, 'data/bench/polnear/dev')]]);
	runs.push(['polnear/dev keys', 'score-keys.mjs', ['--bench', join(shared, 'data/bench/polnear/dev')]]);
	runs.push(['numbers (en)', 'score-numbers.mjs', numberFiles.flatMap((f) => ['--bench', join(shared, `data/bench/numbers/en-${f}.json`)])]);
}
let status = 0;
for (const [label, script, args] of runs) {
	console.log(`\n# ${label}`);
	const r = spawnSync('node', [join(shared, 'eval', script), ...args, '--cmd', cmd, ...extra], { stdio: 'inherit' });
	if (r.status !== 0) status = 1;
}
// the answer-key gate's calibration on dev (issue 11)
console.log('\n# gate reliability');
const rel = spawnSync('npx', ['tsx', 'scripts/gate-reliability.ts', ...(process.env.EVAL_EN ? [] : ['de'])], { stdio: 'inherit' });
if (rel.status !== 0) status = 1;
// the same speaker keys judged with the gate's labels (appositions by their mention span)
for (const lang of process.env.EVAL_EN ? ['de', 'en'] : ['de']) spawnSync('npx', ['tsx', 'scripts/gate-keys.ts', lang, 'dev'], { stdio: 'inherit' });
process.exit(status);

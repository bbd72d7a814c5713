// `npm run golden`: writes tests/golden/*.json, the full analysis as the CLI prints it
// (toContract(analyze(text))) of the demo article (src/lib/demo/seed-nordkorea.txt) and of an
// English article written for the tests (tests/fixtures/en-school-budget.txt).
// tests/unit/golden.test.ts compares the current analysis with it. Review the diff
// (`git diff tests/golden`) before committing a regenerated file.
//
// `npm run golden -- --check` only compares and exits 1 when the file is out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/lib/engine/pipeline.ts';
import { toContract } from '../src/lib/engine/contract.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Golden fixtures: the articles and where their analyses are kept. */
export const goldens = [
	{ text: join(root, 'src/lib/demo/seed-nordkorea.txt'), golden: join(root, 'tests/golden/seed-nordkorea.json') },
	{ text: join(root, 'tests/fixtures/en-school-budget.txt'), golden: join(root, 'tests/golden/en-school-budget.json') }
];

/** The JSON kept in a golden file (stable key order, tabs, final newline). */
export function goldenJson(text: string): string {
	return JSON.stringify(toContract(analyze(text)), null, '\t') + '\n';
}

function main() {
	const check = process.argv.includes('--check');
	let stale = 0;
	for (const g of goldens) {
		const json = goldenJson(readFileSync(g.text, 'utf8'));
		const old = existsSync(g.golden) ? readFileSync(g.golden, 'utf8') : null;
		const name = relative(root, g.golden);
		const counts = (() => {
			const c = JSON.parse(json) as Record<string, unknown[]>;
			return ['quotes', 'numbers', 'questions', 'entities', 'diagnostics'].map((k) => `${k}=${c[k]?.length ?? 0}`).join(' ');
		})();
		if (old === json) {
			console.log(`golden: ${name} is up to date (${counts})`);
			continue;
		}
		stale++;
		if (check) {
			console.log(`golden: ${name} is ${old === null ? 'missing' : 'out of date'} (now ${counts})`);
			continue;
		}
		mkdirSync(dirname(g.golden), { recursive: true });
		writeFileSync(g.golden, json);
		console.log(`golden: wrote ${name} (${counts}); review it with \`git diff ${name}\` before committing`);
	}
	if (check && stale) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

// Golden fixture: the full analysis of the demo article (as the CLI prints it) must equal
// tests/golden/seed-nordkorea.json. When the engine changes on purpose, review the diff below
// and regenerate the file with `npm run golden`.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenJson, goldens } from '../../scripts/regenerate-golden.ts';

describe('golden analyses (demo article, English test article)', () => {
	for (const g of goldens) {
		const name = relative(process.cwd(), g.golden);
		const text = readFileSync(g.text, 'utf8');

		it(`is deterministic (${relative(process.cwd(), g.text)})`, () => {
			// the golden file only means something when two runs agree (no Math.random, no clock)
			expect(goldenJson(text), 'two analyses of the same text differ').toBe(goldenJson(text));
		});

		it(`equals ${name}`, () => {
			expect(existsSync(g.golden), `${name} is missing: run \`npm run golden\``).toBe(true);
			const current = goldenJson(text);
			const golden = readFileSync(g.golden, 'utf8');
			if (current === golden) return;
			expect(
				JSON.parse(current),
				`the analysis differs from ${name}: review the diff (the engine change must be intended and better), then run \`npm run golden\` and commit the file`
			).toEqual(JSON.parse(golden));
			// same content, different formatting
			expect(current, `${name} is not formatted as \`npm run golden\` writes it: run \`npm run golden\``).toBe(golden);
		});
	}
});

// Reliability of the shipped answer-key gate on a benchmark's dev split (run by `npm run eval`):
// predicted probability vs the share of attributions that are right, in ten bins, and the gate's
// precision and coverage at the shipped threshold. Labels as in scripts/gate/data.ts.
import { join, resolve } from 'node:path';
import { collectRows, loadBench } from './gate/data.ts';
import { gateMetrics, reliability } from './gate/fit.ts';
import { gateModels } from '../src/lib/engine/gate/index.ts';
import { probability } from '../src/lib/engine/gate/model.ts';

const shared = process.env.WORTLAUT_SHARED ?? resolve(process.cwd(), '..', 'shared');
const benches = { de: 'wikinews-de', en: 'polnear' } as const;
for (const lang of (process.argv[2] ? [process.argv[2]] : ['de', 'en']) as ('de' | 'en')[]) {
	const rows = collectRows(loadBench(join(shared, 'data/bench', benches[lang], 'dev')), lang);
	const model = gateModels[lang];
	const probs = rows.map((r) => Math.round(probability(r.features, model) * 1000) / 1000);
	const labels = rows.map((r) => r.label);
	console.log(`gate reliability on ${benches[lang]}/dev (${rows.length} labelled attributions):`);
	for (const l of reliability(probs, labels)) console.log('  ' + l);
	console.log(`gate ${lang} dev: threshold=${model.threshold} ` + Object.entries(gateMetrics(probs, labels, model.threshold)).map(([k, v]) => `${k}=${v}`).join(' '));
}

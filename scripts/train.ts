// `npm run train`: fits the answer-key gate (issue 11) for German on
// ../shared/data/bench/wikinews-de/train and for English on ../shared/data/bench/polnear/train
// (5-fold cross-validation by document, Platt scaling, threshold for ≥ 99.5 % precision on the
// cross-validated predictions), writes src/lib/resources/{de,en}/speaker-gate.json and prints the
// metrics. Deterministic: the same data gives byte-identical weights.
//   --lang de|en     one language only
//   --keys           (with --verbose: and list the wrong keys) also score the cross-validated answer keys on train with score-keys.mjs
//   --out DIR        write the models to DIR instead of src/lib/resources/<lang>/
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execSync } from 'node:child_process';
import { loadBench } from './gate/data.ts';
import { reliability } from './gate/fit.ts';
import { trainLanguage } from './gate/train-language.ts';
import { analyze } from '../src/lib/engine/pipeline.ts';
import { toContract } from '../src/lib/engine/contract.ts';
import { gateModels } from '../src/lib/engine/gate/index.ts';
import type { GateModel } from '../src/lib/engine/gate/model.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.WORTLAUT_SHARED ?? resolve(root, '..', 'shared');
const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const BENCHES = { de: 'wikinews-de', en: 'polnear' } as const;

/** Writes the cross-validated analyses (each document analysed with the model of the fold that
 * did not see it) and scores their answer keys with score-keys.mjs. */
function cvKeys(lang: 'de' | 'en', dir: string, folds: GateModel[]): string {
	const docs = loadBench(dir);
	const lines = docs.map((d, i) => {
		gateModels[lang] = folds[i % folds.length];
		return JSON.stringify(toContract(analyze(d.text, { lang })));
	});
	const file = join(root, `.train-cv-${lang}.jsonl`);
	writeFileSync(file, lines.join('\n') + '\n');
	try {
		return execSync(`node ${JSON.stringify(join(shared, 'eval/score-keys.mjs'))} --bench ${JSON.stringify(dir)} --cmd ${JSON.stringify(`cat ${file} #{files}`)}${args.includes('--verbose') ? ' --verbose' : ''}`, { encoding: 'utf8', maxBuffer: 64 << 20 }).trim();
	} finally {
		execSync(`rm -f ${JSON.stringify(file)}`);
	}
}

function main() {
	const langs = (opt('--lang') ? [opt('--lang')] : ['de', 'en']) as ('de' | 'en')[];
	for (const lang of langs) {
		const dir = join(shared, 'data/bench', BENCHES[lang], 'train');
		if (!existsSync(dir)) {
			console.error(`train: ${dir} not found; the benchmark lives beside the project in ../shared`);
			process.exit(2);
		}
		const t0 = Date.now();
		const { model, cv, folds, labels } = trainLanguage(dir, lang);
		const out = opt('--out') ? resolve(opt('--out')!) : join(root, 'src/lib/resources', lang);
		mkdirSync(out, { recursive: true });
		writeFileSync(join(out, 'speaker-gate.json'), JSON.stringify(model, null, '\t') + '\n');
		console.log(`\n# ${lang}: ${BENCHES[lang]}/train, ${labels.length} labelled attributions, ${Object.keys(model.weights).length} weights, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		console.log(`cross-validated reliability (${lang}):`);
		for (const l of reliability(cv, labels)) console.log('  ' + l);
		console.log(`train ${lang}: threshold=${model.threshold} ` + Object.entries(model.metrics).map(([k, v]) => `${k}=${v}`).join(' '));
		if (args.includes('--keys')) {
			const keys = cvKeys(lang, dir, folds).split('\n');
			if (args.includes('--verbose')) console.log(keys.slice(0, -1).join('\n'));
			console.log(`cv keys ${lang}: ` + keys.pop());
		}
	}
}

main();

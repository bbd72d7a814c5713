// `npm run bench`: time of the whole `analyze` (questions included) on ~3 KB, ~30 KB and ~300 KB
// of real German news, next to Intl.Segmenter('de') sentence + word segmentation of the same
// ~30 KB, and the heap growth while analysing ~300 KB. Inputs are built from the articles in
// ../shared/data/corpus/de (read in place, never copied); without ../shared the bundled demo
// article is repeated instead, with a note.
//
// Last line: `bench: ms_3kb=… ms_30kb=… ms_300kb=… vs_segmenter=… mb_300kb=…`
// Targets (issue 2): ms_3kb ≤ 5, ms_300kb ≤ 120 × ms_3kb, vs_segmenter ≤ 3, mb_300kb ≤ 100.
// Adversarial rows (issue 13): 200 KB of digits ("1 2 3 …"), of digits in short sentences (every
// number read up to the cap) and of quotes, each ≤ 2 × the time of 200 KB of ordinary news.
//
// Options: --runs N (timed runs per size, default 15), --quiet (only the last line).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyze } from '../src/lib/engine/pipeline.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(root, '../shared/data/corpus/de');
const demoFile = join(root, 'src/lib/demo/seed-nordkorea.txt');

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = Math.max(3, Number(runsArg >= 0 ? args[runsArg + 1] : 15) || 15);
const quiet = args.includes('--quiet');
const log = (line: string) => {
	if (!quiet) console.log(line);
};

/** A garbage collector to call: `--expose-gc` if node was started with it, else switched on at
 * run time (V8 flag + a fresh context picks up `gc`). */
function getGc(): (() => void) | null {
	const g = (globalThis as { gc?: () => void }).gc;
	if (typeof g === 'function') return g;
	try {
		setFlagsFromString('--expose-gc');
		const fresh = runInNewContext('gc') as unknown;
		return typeof fresh === 'function' ? (fresh as () => void) : null;
	} catch {
		return null;
	}
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Articles to build inputs from, in a stable order. */
function loadArticles(): { articles: string[]; source: string } {
	if (existsSync(corpusDir)) {
		const files = readdirSync(corpusDir)
			.filter((f) => f.endsWith('.txt'))
			.sort();
		const articles = files.map((f) => readFileSync(join(corpusDir, f), 'utf8').trim()).filter(Boolean);
		if (articles.length) return { articles, source: `${articles.length} articles of ${corpusDir}` };
	}
	console.log(`bench: note: ${corpusDir} is absent; falling back to the demo article ${demoFile} (repeated), so numbers are not comparable to corpus runs`);
	return { articles: [readFileSync(demoFile, 'utf8').trim()], source: `demo article ${demoFile}` };
}

/** Joins articles (as paragraphs separated by a blank line, cycling when needed) until the
 * text reaches `target` UTF-8 bytes; the last article is cut at a sentence end so that the size
 * stays near the target. */
function buildInput(articles: string[], target: number, offset: number): string {
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < target; i++) {
		let a = articles[(offset + i) % articles.length];
		const sep = parts.length ? 2 : 0;
		if (size + sep + bytes(a) > target * 1.05) {
			// cut at the last sentence end that keeps it under the target
			const room = target - size - sep;
			let cut = -1;
			const re = /[.!?]["“”«»]?(?=\s)/g;
			for (let m = re.exec(a); m; m = re.exec(a)) {
				const end = m.index + m[0].length;
				if (bytes(a.slice(0, end)) > room) break;
				cut = end;
			}
			if (cut > 0) a = a.slice(0, cut);
			else if (parts.length) break;
		}
		parts.push(a);
		size += sep + bytes(a);
	}
	return parts.join('\n\n') + '\n';
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function time(fn: () => void, runs: number, warmup: number): number {
	for (let i = 0; i < warmup; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t0 = performance.now();
		fn();
		times.push(performance.now() - t0);
	}
	return median(times);
}

function segmentAll(text: string): number {
	let n = 0;
	for (const _ of new Intl.Segmenter('de', { granularity: 'sentence' }).segment(text)) n++;
	for (const _ of new Intl.Segmenter('de', { granularity: 'word' }).segment(text)) n++;
	return n;
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

/** ~`target` bytes of inputs built to be expensive (issue 13): number- and quote-dense text. */
function denseInput(kind: 'digits' | 'digit_sentences' | 'quotes', target: number): string {
	const names = ['Anna Berg', 'Carl Dorn', 'Eva Feld', 'Ole Kern', 'Mia Lorenz'];
	const parts: string[] = [];
	let size = 0;
	for (let i = 0; size < target; i++) {
		const part =
			kind === 'digits'
				? `${(i % 9) + 1} `
				: kind === 'digit_sentences'
					? `Gezählt wurden ${i % 1000}, ${(i * 7) % 100} und ${(i * 13) % 5000} Stück. `
					: `„Das ist ${i % 2 ? 'gut' : 'falsch'}“, sagte ${names[i % names.length]}. `;
		parts.push(part);
		size += bytes(part);
	}
	return parts.join('');
}

function main() {
	const { articles, source } = loadArticles();
	const gc = getGc();
	log(`bench: inputs from ${source}; node ${process.version}; median of ${RUNS} warm runs`);
	if (!gc) log('bench: note: no gc() available; heap numbers are noisier');

	const sizes = [
		{ key: '3kb', target: 3_000, runs: RUNS * 4, warmup: 20 },
		{ key: '30kb', target: 30_000, runs: RUNS, warmup: 5 },
		{ key: '300kb', target: 300_000, runs: Math.max(3, Math.ceil(RUNS / 3)), warmup: 2 }
	];
	const ms: Record<string, number> = {};
	const inputs: Record<string, string> = {};
	let counts = '';
	for (const s of sizes) {
		const text = buildInput(articles, s.target, 0);
		inputs[s.key] = text;
		let sink: ReturnType<typeof analyze> | null = null;
		ms[s.key] = time(() => { sink = analyze(text); }, s.runs, s.warmup);
		const a = sink as ReturnType<typeof analyze> | null;
		if (a) {
			counts = `sentences=${a.doc.sentences.length} quotes=${a.quotes.length} numbers=${a.numbers.length} questions=${a.questions.length} entities=${a.entities.length} diagnostics=${a.diagnostics.length}`;
			const failed = a.diagnostics.filter((d) => d.code === 'stage-failed');
			for (const d of failed) log(`bench: warning: ${d.message}`);
		}
		log(`bench: ${s.key.padStart(5)}: ${bytes(text)} bytes, ${text.length} chars: analyze ${fmt(ms[s.key])} ms (${counts})`);
	}

	// Intl.Segmenter sentence + word segmentation of the same ~30 KB text
	let segments = 0;
	const segMs = time(() => { segments = segmentAll(inputs['30kb']); }, RUNS, 5);
	const vs = ms['30kb'] / segMs;
	log(`bench: Intl.Segmenter('de') sentence+word on 30kb: ${fmt(segMs)} ms (${segments} segments); analyze/segmenter = ${fmt(vs)}`);

	// heap growth while analysing ~300 KB: peak (before any collection of the analysis' garbage)
	// and retained (after gc, with the result still referenced); the larger one is reported
	const text300 = inputs['300kb'];
	let peak = 0, retained = 0;
	for (let i = 0; i < 3; i++) {
		gc?.();
		const before = process.memoryUsage().heapUsed;
		const result = analyze(text300);
		const after = process.memoryUsage().heapUsed;
		gc?.();
		const kept = process.memoryUsage().heapUsed;
		if (result.doc.text.length !== text300.length) throw new Error('unexpected analysis');
		peak = Math.max(peak, after - before);
		retained = Math.max(retained, kept - before);
	}
	const mb = (x: number) => x / (1024 * 1024);
	const mb300 = Math.max(peak, retained);
	log(`bench: heap on 300kb: +${fmt(mb(peak), 1)} MB right after analyze, +${fmt(mb(retained), 1)} MB retained by the result after gc`);

	// ordinary news against number- and quote-dense input of the same size
	const dense: Record<string, number> = {};
	const news200 = buildInput(articles, 200_000, 0);
	const denseRuns = Math.max(3, Math.ceil(RUNS / 5));
	dense.news = time(() => void analyze(news200), denseRuns, 1);
	for (const kind of ['digits', 'digit_sentences', 'quotes'] as const) {
		const text = denseInput(kind, 200_000);
		let a: ReturnType<typeof analyze> | null = null;
		dense[kind] = time(() => void (a = analyze(text)), denseRuns, 1);
		const r = a as ReturnType<typeof analyze> | null;
		log(`bench: 200kb ${kind}: ${fmt(dense[kind])} ms = ${fmt(dense[kind] / dense.news)} × news (${r?.numbers.length} numbers, ${r?.quotes.length} quotes, diagnostics ${[...new Set(r?.diagnostics.map((d) => d.code))].join(',')})`);
	}
	log(`bench: 200kb news: ${fmt(dense.news)} ms`);

	const targets = [
		['ms_3kb ≤ 5', ms['3kb'] <= 5],
		['digits_200kb ≤ 2 × news_200kb', dense.digits <= 2 * dense.news],
		['digit_sentences_200kb ≤ 2 × news_200kb', dense.digit_sentences <= 2 * dense.news],
		['quotes_200kb ≤ 2 × news_200kb', dense.quotes <= 2 * dense.news],
		['ms_300kb ≤ 120 × ms_3kb', ms['300kb'] <= 120 * ms['3kb']],
		['vs_segmenter ≤ 3', vs <= 3],
		['mb_300kb ≤ 100', mb(mb300) <= 100]
	] as const;
	const missed = targets.filter(([, ok]) => !ok).map(([t]) => t);
	log(`bench: ms_300kb / ms_3kb = ${fmt(ms['300kb'] / ms['3kb'], 1)}; ${missed.length ? `MISSED: ${missed.join('; ')}` : 'all targets met'}`);
	console.log(
		`bench: ms_3kb=${fmt(ms['3kb'])} ms_30kb=${fmt(ms['30kb'])} ms_300kb=${fmt(ms['300kb'])} vs_segmenter=${fmt(vs)} mb_300kb=${fmt(mb(mb300), 1)} ms_news_200kb=${fmt(dense.news)} x_digits=${fmt(dense.digits / dense.news)} x_digit_sentences=${fmt(dense.digit_sentences / dense.news)} x_quotes=${fmt(dense.quotes / dense.news)}`
	);
}

main();

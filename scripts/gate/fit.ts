// Fitting the answer-key gate: a logistic regression with an L2 penalty, k-fold
// cross-validation by document, Platt scaling fitted on the out-of-fold scores, and the
// threshold for ≥ 99.5 % precision on the calibrated out-of-fold probabilities.
// The regression is written here, not taken from mljs' ml-logistic-regression: that one fits
// dense matrices by plain gradient ascent without a penalty or intercept handling and took about
// 25 s per fit on these ~150 sparse features (a test that retrains would take minutes); the same
// full-batch gradient descent over sparse rows, with a penalty, takes well under a second, and it
// starts from zero weights with a fixed number of steps, so it is deterministic.
import type { Row } from './data.ts';
import { rawScore, sigmoid, type GateModel } from '../../src/lib/engine/gate/model.ts';

export const FOLDS = 5;
export const PRECISION = 0.995;
const STEPS = Number(process.env.GATE_STEPS ?? 3000);
/** a feature seen in fewer training documents than this gets no weight: what a few articles
 * share (a name's ending) must not become a rule */
const MIN_DOCS = 8;

export function vocabulary(rows: Row[]): string[] {
	const docs = new Map<string, Set<number>>();
	for (const r of rows) for (const [k, v] of r.features) if (v) { const d = docs.get(k) ?? new Set(); d.add(r.doc); docs.set(k, d); }
	const n = new Map([...docs].map(([k, d]) => [k, d.size]));
	// the bias first: column 0 is not penalised
	return ['bias', ...[...n].filter(([k, c]) => c >= MIN_DOCS && k !== 'bias').map(([k]) => k).sort()];
}

const L2 = Number(process.env.GATE_L2 ?? 3e-3);

/** full-batch gradient descent on the mean log loss + L2 (the bias, column 0, unpenalised) over
 * sparse rows ([column, value] pairs) */
function fitLogistic(x: [number, number][][], y: number[], dims: number, steps: number, rate: number, l2 = L2): number[] {
	// flat typed arrays: the rows as (column, value) runs
	const n = x.length;
	const start = new Int32Array(n + 1);
	x.forEach((r, i) => (start[i + 1] = start[i] + r.length));
	const cols = new Int32Array(start[n]), vals = new Float64Array(start[n]);
	x.forEach((r, i) => r.forEach(([k, v], j) => { cols[start[i] + j] = k; vals[start[i] + j] = v; }));
	const w = new Float64Array(dims), g = new Float64Array(dims);
	for (let step = 0; step < steps; step++) {
		g.fill(0);
		for (let i = 0; i < n; i++) {
			let z = 0;
			for (let j = start[i]; j < start[i + 1]; j++) z += w[cols[j]] * vals[j];
			const err = 1 / (1 + Math.exp(-z)) - y[i];
			for (let j = start[i]; j < start[i + 1]; j++) g[cols[j]] += err * vals[j];
		}
		for (let k = 0; k < dims; k++) w[k] -= rate * (g[k] / n + (k ? l2 * w[k] : 0));
	}
	return [...w];
}

export function fitWeights(rows: Row[], vocab: string[]): Record<string, number> {
	const col = new Map(vocab.map((k, i) => [k, i]));
	const x = rows.map((r) => [...r.features].filter(([k, v]) => v && col.has(k)).map(([k, v]) => [col.get(k)!, v] as [number, number]));
	const w = fitLogistic(x, rows.map((r) => r.label), vocab.length, STEPS, 1);
	const out: Record<string, number> = {};
	vocab.forEach((k, i) => { if (w[i]) out[k] = Math.round(w[i] * 1e6) / 1e6; });
	return out;
}

export function fitPlatt(scores: number[], labels: number[]): { a: number; b: number } {
	const [b, a] = fitLogistic(scores.map((s) => [[0, 1], [1, s]] as [number, number][]), labels, 2, 3000, 0.5, 0);
	return { a: Math.round(a * 1e6) / 1e6, b: Math.round(b * 1e6) / 1e6 };
}

/** the lowest probability whose set {p ≥ t} still has the wanted precision */
export function chooseThreshold(probs: number[], labels: number[], precision = PRECISION): number {
	const order = probs.map((p, i) => i).sort((i, j) => probs[j] - probs[i] || i - j);
	let right = 0, best = 1.01;
	order.forEach((i, k) => {
		right += labels[i];
		const next = order[k + 1];
		// a threshold cannot split equal probabilities
		if (next !== undefined && probs[next] === probs[i]) return;
		if (right / (k + 1) >= precision) best = probs[i];
	});
	return best;
}

export interface Fitted { model: GateModel; cv: number[]; folds: GateModel[] }

/** Cross-validated fit of one language: fold models, calibrated out-of-fold probabilities, and
 * the final model on all rows with the CV calibration and threshold. */
export function fitGate(rows: Row[], lang: string, source: string): Fitted {
	const fold = (r: Row) => r.doc % FOLDS;
	const raw = new Array<number>(rows.length).fill(0);
	const foldWeights: Record<string, number>[] = [];
	for (let k = 0; k < FOLDS; k++) {
		const train = rows.filter((r) => fold(r) !== k);
		const w = fitWeights(train, vocabulary(train));
		foldWeights.push(w);
		rows.forEach((r, i) => { if (fold(r) === k) raw[i] = rawScore(r.features, w); });
	}
	const labels = rows.map((r) => r.label);
	const platt = fitPlatt(raw, labels);
	// rounded as the engine rounds speaker.probability, so that the threshold means the same there
	const cv = raw.map((z) => Math.round(sigmoid(platt.a * z + platt.b) * 1000) / 1000);
	const threshold = chooseThreshold(cv, labels);
	const metrics = gateMetrics(cv, labels, threshold);
	const weights = fitWeights(rows, vocabulary(rows));
	const model: GateModel = { lang, weights, platt, threshold, metrics, source };
	const folds = foldWeights.map((w) => ({ ...model, weights: w }));
	return { model, cv, folds };
}

/** precision and coverage of the gate at `threshold`, log loss and Brier score */
export function gateMetrics(probs: number[], labels: number[], threshold: number): Record<string, number> {
	const n = probs.length;
	let kept = 0, keptRight = 0, right = 0, logLoss = 0, brier = 0;
	probs.forEach((p, i) => {
		const y = labels[i];
		right += y;
		if (p >= threshold) { kept++; keptRight += y; }
		const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
		logLoss -= y ? Math.log(q) : Math.log(1 - q);
		brier += (p - y) ** 2;
	});
	const r = (v: number) => Math.round(v * 10000) / 10000;
	return {
		rows: n,
		base_precision: r(right / Math.max(1, n)),
		kept: kept,
		precision: r(keptRight / Math.max(1, kept)),
		coverage: r(kept / Math.max(1, n)),
		recall_of_right: r(keptRight / Math.max(1, right)),
		log_loss: r(logLoss / Math.max(1, n)),
		brier: r(brier / Math.max(1, n))
	};
}

/** predicted vs observed in ten probability bins */
export function reliability(probs: number[], labels: number[], bins = 10): string[] {
	const lines = ['bin        n  predicted  observed'];
	for (let b = 0; b < bins; b++) {
		const lo = b / bins, hi = (b + 1) / bins;
		const idx = probs.map((p, i) => i).filter((i) => probs[i] >= lo && (probs[i] < hi || (b === bins - 1 && probs[i] <= hi)));
		if (!idx.length) { lines.push(`${lo.toFixed(1)}-${hi.toFixed(1)}  ${'0'.padStart(5)}`); continue; }
		const mean = (f: (i: number) => number) => idx.reduce((s, i) => s + f(i), 0) / idx.length;
		lines.push(`${lo.toFixed(1)}-${hi.toFixed(1)}  ${String(idx.length).padStart(5)}  ${mean((i) => probs[i]).toFixed(3).padStart(9)}  ${mean((i) => labels[i]).toFixed(3).padStart(8)}`);
	}
	return lines;
}

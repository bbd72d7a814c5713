// The answer-key gate's model: a logistic regression over gate/features.ts, fitted offline by
// `npm run train` (scripts/train.ts) and shipped as JSON beside each language's resources, with
// Platt scaling (fitted on cross-validated scores) on top so that the output is a calibrated
// probability that the attribution is right. Scoring is a sparse dot product: it costs little.
import type { Features } from './features.ts';

export interface GateModel {
	lang: string;
	/** weight per feature name; features the model does not know weigh nothing */
	weights: Record<string, number>;
	/** calibration: p = sigmoid(a · score + b) */
	platt: { a: number; b: number };
	/** the lowest probability at which a speaker may become an answer key (≥ 99.5 % precision on
	 * cross-validated train predictions) */
	threshold: number;
	/** what `npm run train` measured, so that a test can check that training reproduces it */
	metrics: Record<string, number>;
	source: string;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** the model's raw score (log-odds before calibration) */
export function rawScore(f: Features, weights: Record<string, number>): number {
	let z = 0;
	for (const [k, v] of f) {
		const w = weights[k];
		if (w !== undefined) z += w * v;
	}
	return z;
}

export function probability(f: Features, m: GateModel): number {
	return sigmoid(m.platt.a * rawScore(f, m.weights) + m.platt.b);
}

// The answer-key gate (issue 11): every attributed quote gets `speaker.probability`, the
// calibrated chance that its speaker is right (gate/model.ts), and the question stage sees only
// the attributions at or above the language's threshold as usable speakers. Below it the
// attribution stays in the analysis with its probability, for the teacher to confirm.
import type { Analysis, Quote } from '../types.ts';
import type { Context } from '../context.ts';
import { speakerFeatures } from './features.ts';
import { probability, type GateModel } from './model.ts';
import deModel from '../../resources/de/speaker-gate.json';
import enModel from '../../resources/en/speaker-gate.json';

export const gateModels: Record<string, GateModel> = { de: deModel as GateModel, en: enModel as GateModel };

/** Sets `speaker.probability` on every quote with a speaker (rounded to 3 places). */
export function scoreSpeakers(ctx: Context, model: GateModel | undefined = gateModels[ctx.analysis.lang]): void {
	if (!model) return;
	const feats = speakerFeatures(ctx.analysis, ctx.pack);
	ctx.analysis.quotes.forEach((q, i) => {
		const f = feats[i];
		if (q.speaker && f) q.speaker.probability = Math.round(probability(f, model) * 1000) / 1000;
	});
}

/** Does the gate let this quote's speaker become an answer key? */
export function passesGate(q: Quote, model: GateModel | undefined): boolean {
	const p = q.speaker?.probability;
	return !!model && typeof p === 'number' && p >= model.threshold;
}

/**
 * The analysis as the question stage should see it: a quote that passes the gate keeps its
 * speaker at full confidence, one that fails it has confidence 0, so that the question rules
 * (questions/catalog.ts: usableSpeaker) neither ask about it nor back a number's source with it.
 * Quotes are copies (the real analysis keeps its confidences); questions are pushed to the real
 * list. Without a model for the language the analysis is returned as it is.
 */
export function gatedView(a: Analysis, model: GateModel | undefined = gateModels[a.lang]): Analysis {
	if (!model) return a;
	const quotes = a.quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker, confidence: passesGate(q, model) ? 1 : 0 } } : q));
	return { ...a, quotes };
}

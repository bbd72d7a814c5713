import type { Context } from '../../../context.ts';
import type { Sentence, Span, Token } from '../../../types.ts';
import { findCues, maskedTokens, speechTools, type Cue, type SpeechTools } from '../grammar/frames.ts';

declare module '../../../context.ts' {
	interface StageData {
		/** per-sentence speech cues, shared by the quote and speaker stages */
		speech?: SentenceSpeech[];
	}
}

/** A sentence as the quote stages see it: tokens with the insides of direct quotes masked, and
 * the speech cues with their subjects. */
export interface SentenceSpeech {
	sentence: Sentence;
	tokens: Token[];
	cues: Cue[];
}

export function toolsOf(ctx: Context): SpeechTools {
	return speechTools(ctx.pack.speech);
}

/** Computes (once) the speech view of every sentence; `quoted` are the inner spans of the
 * direct quotes, which frames must read around. */
export function sentenceSpeech(ctx: Context, quoted: Span[]): SentenceSpeech[] {
	if (ctx.speech) return ctx.speech;
	const tools = toolsOf(ctx);
	const { text } = ctx.analysis.doc;
	let q = 0;
	ctx.speech = ctx.analysis.doc.sentences.map((sentence) => {
		while (q < quoted.length && quoted[q].end <= sentence.start) q++;
		const inside: Span[] = [];
		for (let k = q; k < quoted.length && quoted[k].start < sentence.end; k++) inside.push(quoted[k]);
		const tokens = maskedTokens(sentence, inside);
		return { sentence, tokens, cues: findCues(tokens, text, tools) };
	});
	return ctx.speech;
}

/** Index of the sentence containing offset `at` (binary search). */
export function sentenceAt(ctx: Context, at: number): number {
	const s = ctx.analysis.doc.sentences;
	let lo = 0, hi = s.length - 1, found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (s[mid].start <= at) {
			found = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	return found;
}

import type { QuoteFrame, Span, Token } from '../../../types.ts';
import type { Cue, SpeechTools } from '../grammar/frames.ts';
import { isCapitalised } from '../grammar/phrase.ts';

/** Helpers shared by the reported-speech rules (indirect.ts, free-indirect.ts). */

/** A reported-speech item before it becomes a Quote: its sentence, span, frame and rule. */
export interface Found {
	sentence: number;
	span: Span;
	frame: QuoteFrame;
	cue: Cue | null;
	cueText: string | null;
	rule: string;
}

export const END_PUNCT = /^[.!?…]+$/;
export const MAX_SENTENCE_TOKENS = 300;

export function trimSpan(work: string, start: number, end: number): Span {
	while (start < end && /[\s,;:–—-]/.test(work[start])) start++;
	while (end > start && /[\s,;:.–—-]/.test(work[end - 1])) end--;
	// keep closing marks of a quote inside the report, drop a lone opening one
	while (end > start && /[„»]/.test(work[end - 1])) end--;
	return { start, end };
}

export function hasSubjunctive(tokens: Token[], from: number, to: number, tools: SpeechTools, conditional = true): boolean {
	for (let i = from; i <= to && i < tokens.length; i++) {
		const t = tokens[i];
		if (t.kind === 'word' && (tools.subjunctive.has(t.text) || (conditional && tools.conditional.has(t.text)))) return true;
	}
	return false;
}

/** The reportative "sollen" with a perfect infinitive ("soll … getötet haben", "sollen …
 * gestürmt worden sein"): the writer passes on what a source claims. */
export function hasReportative(tokens: Token[], tools: SpeechTools): boolean {
	const words = tokens.filter((t) => t.kind === 'word');
	const last = words[words.length - 1]?.text;
	if (last !== 'haben' && last !== 'sein') return false;
	return words.some((t) => tools.phrases.lex.reportiveForms?.includes(t.text));
}

export function hasZuInfinitive(tokens: Token[], from: number, to: number): boolean {
	for (let i = Math.max(from, to - 3); i <= to && i < tokens.length; i++) {
		const w = tokens[i].text;
		if (w === 'zu' && tokens[i + 1]?.kind === 'word' && !isCapitalised(tokens[i + 1])) return true;
		if (/^(an|auf|aus|ab|bei|ein|mit|nach|vor|zurück|her|hin|fest|weiter|teil|statt|zusammen|frei|los|dar|durch|um)zu\p{Ll}{3,}en$/u.test(w)) return true;
	}
	return false;
}

export function lastTokenIndex(tokens: Token[]): number {
	let e = tokens.length - 1;
	while (e > 0 && (END_PUNCT.test(tokens[e].text) || tokens[e].kind === 'quote')) e--;
	return e;
}


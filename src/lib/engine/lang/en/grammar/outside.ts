import type { EnToken } from './tokens.ts';
import type { EnSpan } from './marks.ts';
import { isCap } from './tokens.ts';

/** A paragraph read around its quotes: the tokens outside quotation marks, each quoted span
 * replaced by one placeholder token (kind 'quote', `span` set), cut into sentences. */
export interface Outside {
	paragraph: number;
	tokens: EnToken[];
	/** [first, last] token index of each sentence */
	sentences: [number, number][];
}

export const isQ = (t: EnToken | undefined): boolean => !!t && t.span !== undefined;

export function outsideOf(paragraphs: EnToken[][], spans: EnSpan[]): Outside[] {
	const out: Outside[] = [];
	let s = 0;
	for (let p = 0; p < paragraphs.length; p++) {
		const src = paragraphs[p];
		const tokens: EnToken[] = [];
		for (let i = 0; i < src.length; i++) {
			while (s < spans.length && spans[s].paragraph < p) s++;
			const sp = spans[s];
			if (sp && sp.paragraph === p && sp.openToken === i) {
				tokens.push({ text: 'Q', lower: 'q', start: sp.open, end: sp.close, kind: 'quote', paragraph: p, span: s });
				i = Math.min(src.length, sp.closeToken);
				s++;
				continue;
			}
			// a stray mark: kept as a quote token (a boundary for phrases)
			tokens.push(src[i]);
		}
		const sentences: [number, number][] = [];
		let from = 0;
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (t.kind !== 'punct' || !/^[.!?…]+$/.test(t.text)) continue;
			const next = tokens[i + 1];
			if (!next || isCap(next) || isQ(next) || next.kind === 'number' || next.kind === 'quote' || next.text === '(') {
				sentences.push([from, i]);
				from = i + 1;
			}
		}
		if (from < tokens.length) sentences.push([from, tokens.length - 1]);
		out.push({ paragraph: p, tokens, sentences });
	}
	return out;
}

/** The sentence (index into o.sentences) that holds token i. */
export function sentenceOf(o: Outside, i: number): number {
	let lo = 0, hi = o.sentences.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (o.sentences[mid][0] <= i) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

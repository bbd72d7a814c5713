// What every question builder gets: the analysis, the language's templates, the speaker
// catalogue and the usable numbers, plus shared field builders.
import type { Analysis, NumberFact, Question, Quote, Span } from '../types.ts';
import type { QuestionTemplates } from '../../resources/pack.ts';
import type { Catalog, SpeakerInfo } from './catalog.ts';
import { contextOf, innerQuotes, quoteText, sentenceAt, shorten, squash, hash } from './util.ts';

/** a question before it gets its id */
export type Draft = Pick<Question, 'type' | 'target' | 'prompt' | 'answer' | 'options' | 'evidence' | 'context' | 'explanation'> & { [extra: string]: unknown };

export interface Gen {
	a: Analysis;
	t: QuestionTemplates;
	lang: 'de' | 'en';
	text: string;
	cat: Catalog;
	numbers: NumberFact[];
	groups: Map<string, number[]>;
	seed: number;
}

export const seedOf = (g: Gen, ...parts: (string | number)[]) => hash(`${g.seed}:${parts.join(':')}`);

/** the quote as the prompt shows it: without its marks, shortened, inner marks made single */
export function quoteDisplay(g: Gen, q: Quote): string {
	return innerQuotes(shorten(quoteText(q, g.text)), g.lang);
}

/** the quote's sentence together with the sentence naming its speaker */
export function quoteContext(g: Gen, q: Quote): Span {
	const spans: Span[] = [{ start: q.start, end: q.end }];
	if (q.speaker && q.speaker.end > q.speaker.start) spans.push({ start: q.speaker.start, end: q.speaker.end });
	const c = contextOf(g.a.doc, spans) ?? contextOf(g.a.doc, [{ start: q.start, end: q.end }], 6);
	return c ?? { start: q.start, end: q.end };
}

export const slice = (g: Gen, s: Span) => squash(g.text.slice(s.start, s.end));
export const sentenceSpan = (g: Gen, offset: number): Span => {
	const s = sentenceAt(g.a.doc, offset);
	return s ? { start: s.start, end: s.end } : { start: offset, end: offset };
};
/** text of a span for an explanation: single inner quotation marks, at most ~300 characters */
export const cite = (g: Gen, s: Span) => {
	const t = innerQuotes(slice(g, s), g.lang);
	return t.length > 300 ? `${t.slice(0, 297).replace(/\s+\S*$/, '')} …` : t;
};

/** answer fields of a question whose answer is a speaker: the name, its aliases, and the other
 * speakers of the article (a grader never accepts them) */
export function speakerFields(g: Gen, info: SpeakerInfo) {
	return {
		answer: info.name,
		accept: info.aliases,
		others: g.cat.speakers.filter((s) => s !== info).slice(0, 40).map((s) => s.aliases)
	};
}

export const span = (s: Span): Span => ({ start: s.start, end: s.end });

// The engine's analysis of an article, reduced to what the app stores with the lesson. Runs in
// the article worker (article-worker.ts), never on the request thread.
import { analyze } from '$lib/engine/pipeline';
import type { Analysis, Lang, Question, Span } from '$lib/engine/types';
import { analyzeWithConfirmations, type SpeakerConfirmation } from './speaker-review.ts';

export interface StoredQuote extends Span {
	kind: 'direct' | 'indirect';
	speaker: string | null;
	speakerSpan: Span | null;
	segments?: [number, number][];
	/** the teacher confirmed or chose the speaker in the review */
	teacher?: true;
}

export interface StoredNumber extends Span {
	raw: string;
	value: number;
	unit: string | null;
	counted: string | null;
	source: string | null;
	approx: boolean;
}

/** What the app keeps of the engine's analysis: enough to mark the article and show evidence. */
export interface StoredAnalysis {
	lang: Lang;
	paragraphs: Span[];
	sentences: (Span & { heading: boolean })[];
	quotes: StoredQuote[];
	numbers: StoredNumber[];
	diagnostics: { code: string; message: string; severity: string }[];
	/** the question types the engine produced for this article (offered when regenerating) */
	questionTypes?: string[];
}

export function storeAnalysis(a: Analysis): StoredAnalysis {
	return {
		lang: a.lang,
		paragraphs: a.doc.paragraphs.map((p) => ({ start: p.start, end: p.end })),
		sentences: a.doc.sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
		quotes: a.quotes.map((q) => ({
			start: q.start,
			end: q.end,
			kind: q.kind,
			speaker: q.speaker?.name ?? null,
			speakerSpan: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
			...(q.speaker?.sieve === 'teacher' ? { teacher: true as const } : {}),
			...(q.segments ? { segments: q.segments } : {})
		})),
		numbers: a.numbers.map((n) => ({ start: n.start, end: n.end, raw: n.raw, value: n.value, unit: n.unit, counted: n.counted, source: n.source, approx: n.approx })),
		diagnostics: a.diagnostics.map((d) => ({ code: d.code, message: d.message, severity: d.severity })),
		questionTypes: [...new Set(a.questions.map((q) => q.type))]
	};
}

/** A number of questions or certain types (default: the engine's 8–12 of all types). */
export type QuizRequest = { count?: number; types?: string[] };

/** The engine's analysis and questions; speakers the teacher confirmed are applied first. */
export function analyzeArticle(text: string, lang: Lang | 'auto', confirmed: SpeakerConfirmation[] = [], quiz?: QuizRequest): { analysis: StoredAnalysis; questions: Question[] } {
	const a = confirmed.length ? analyzeWithConfirmations(text, lang, confirmed, quiz) : analyze(text, { lang, quiz });
	return { analysis: storeAnalysis(a), questions: a.questions };
}


// The engine's data model. Every item carries offsets into the original text (UTF-16 code
// units, end exclusive) and the name of the rule or sieve that produced it, so that a teacher
// (and a test) can see why the engine believes something.

/** The codes of the registered languages: each pack folder adds its own
 * (`declare module '…/types.ts' { interface Languages { xx: true } }`), and the registry
 * (lang/index.ts) must then list a pack for it. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Languages {}
export type Lang = keyof Languages & string;

export interface Span {
	start: number;
	end: number;
}

export interface Diagnostic extends Span {
	code: string;
	message: string;
	severity: 'info' | 'warning' | 'error';
}

export interface Token extends Span {
	text: string;
	/** word | number | punct | quote (a quotation mark) | symbol */
	kind: 'word' | 'number' | 'punct' | 'quote' | 'symbol';
}

export interface Sentence extends Span {
	index: number;
	paragraph: number;
	tokens: Token[];
	/** true for a short line without final punctuation (headline, subheading, dateline) */
	heading: boolean;
}

export interface Paragraph extends Span {
	index: number;
}

/** A text ready for analysis: `text` is the original; `work` is a same-length copy in which
 * markup and control characters are blanked, so that offsets into `work` are offsets into
 * `text`. */
export interface Doc {
	text: string;
	work: string;
	lang: Lang;
	paragraphs: Paragraph[];
	sentences: Sentence[];
	diagnostics: Diagnostic[];
}

export type EntityKind = 'person' | 'organisation' | 'country' | 'group';

export interface Mention extends Span {
	text: string;
}

/** A noun phrase that may name a speaker, read from tokens by a language's phrase reader. */
export interface PhraseMention {
	start: number;
	end: number;
	text: string;
	kind: 'pronoun' | 'name' | 'np';
	/** the proper-name part ("Maria Lind"), if any */
	name?: string;
	/** the role or describing noun ("NATO-Sprecherin"), if any */
	role?: string;
	/** determiner the phrase began with, lower case */
	det?: string;
	/** last noun of the phrase */
	head: string;
	/** organisation-like head ("Polizei", "-ministerium", an acronym) */
	organisation: boolean;
	/** where the mention ends when a relative clause belongs to it ("Die Organisation, die …, ") */
	spanEnd?: number;
	/** token index range [first, last] in the sentence's tokens */
	first: number;
	last: number;
}

export interface Entity {
	id: number;
	kind: EntityKind;
	/** the fullest name the article gives, nominative */
	name: string;
	role?: string;
	gender?: 'm' | 'f' | 'n' | 'pl';
	mentions: Mention[];
}

export interface Speaker {
	name: string;
	/** the mention that the quote's own frame uses (see CONTRACT.md) */
	start: number;
	end: number;
	entity?: number;
	/** name of the sieve that attributed the quote */
	sieve: string;
	confidence: number;
	/** issue 11, gate/: calibrated probability that this speaker is right; a question may use it as
	 * an answer key only at or above the language's threshold */
	probability?: number;
}

/** What the quote stages saw of a speaker before resolution: the mention in the frame, or the
 * earlier quote whose speaker carries over. */
export interface QuoteFrame {
	mention: PhraseMention | null;
	/** the earlier quote whose speaker this one continues */
	follows?: Quote;
	/** a continuation still to be linked to the quote before it (lang/de/quotes/fragments.ts) */
	link?: boolean;
	sieve: string;
	confidence: number;
	/** the mention is in the genitive or dative ("nach Angaben der Polizei"): name it in the nominative */
	oblique?: boolean;
	/** the span of the mention when it is wider than the speaker's name ("Angaben der Polizei") */
	span?: Span;
}

export interface Quote extends Span {
	text: string;
	kind: 'direct' | 'indirect';
	speaker: Speaker | null;
	cue: string | null;
	cueSpan?: Span;
	/** only when a frame splits the quote */
	segments?: [number, number][];
	/** the rule that found the quote */
	rule: string;
	/** set when this quote sits inside another (a direct quote in reported speech) */
	nestedIn?: number;
	/** internal: evidence for the speaker stage */
	frame?: QuoteFrame;
}

export interface NumberFact extends Span {
	raw: string;
	value: number;
	approx: boolean;
	/** lower/upper bound implied by a hedge ("mehr als 100" → lower 100) */
	lower?: number;
	upper?: number;
	unit: string | null;
	counted: string | null;
	source: string | null;
	sourceSpan?: Span;
	/** index (in the numbers list) of the other end of a range */
	rangeWith?: number;
	rule: string;
}

export type QuestionTarget = 'speaker' | 'number' | 'source' | 'quote' | 'boolean' | 'match' | 'role' | 'mark';

export interface Question {
	id: string;
	type: string;
	target: QuestionTarget;
	prompt: string;
	answer?: unknown;
	options?: unknown[];
	evidence: Span;
	context?: Span;
	explanation?: string;
	[extra: string]: unknown;
}

export interface Analysis {
	lang: Lang;
	doc: Doc;
	entities: Entity[];
	quotes: Quote[];
	numbers: NumberFact[];
	questions: Question[];
	diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
	lang?: Lang | 'auto';
	questions?: boolean;
	/** how many questions, of which types (questions/select.ts; default 8–12 of all types) */
	quiz?: { count?: number; types?: string[] };
}

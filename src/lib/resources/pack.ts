import type { QuoteMarkPair } from './quote-marks.ts';
import type { NumberLexicon } from './number-lexicon.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';

/** The data half of a language pack: what shared code (segmentation, numbers, questions,
 * scoring) reads. The whole pack, with its stages and rule lists, is `LanguagePack` in
 * engine/context.ts; it extends this, so code that only needs data takes either. */
export interface LanguageData {
	/** the language's code, as the registry (engine/lang/index.ts) names it */
	lang: string;
	abbreviations: Set<string>;
	months: Set<string>;
	ordinalLeaders: Set<string>;
	quoteMarks: QuoteMarkPair[];
	speech: SpeechLexicon;
	numbers: NumberLexicon;
	questions: QuestionTemplates;
}

/** Question wording and answer vocabulary of one language (resources/<lang>/questions.ts).
 * Every template gets text already taken from the article (quotes, sentences with a blank) or a
 * name in the nominative; templates that would need to inflect a name fall back to a colon form. */
export interface QuestionTemplates {
	/** the blank of a cloze */
	blank: string;
	/** wrap a quote or sentence in the language's quotation marks */
	quote(text: string): string;
	/** format a number the way the language writes it (1.500 / 1,500) */
	formatNumber(value: number): string;
	/** a name that can stand as a grammatical subject as is ("Maria Lind", "die NATO"); else null */
	subject(name: string): string | null;
	whoSaid(quote: string, indirect: boolean): string;
	whatDidSay(name: string): string;
	match(): string;
	numberEntry(blanked: string, counted: string | null): string;
	numberChoice(blanked: string, counted: string | null): string;
	clozeNumber(blanked: string): string;
	clozeSpeaker(blanked: string): string;
	trueFalseSpeaker(name: string, quote: string, indirect: boolean): string;
	trueFalseNumber(sentence: string): string;
	whoIs(name: string): string;
	/** the role as the article writes it reads as an answer on its own: no article in front, not
	 * inflected ("Präsidenten", "Senators", "der niederländischen …" are not asked about) */
	roleAsAnswer(role: string): boolean;
	numberSource(phrase: string): string;
	markSpeaker(quote: string): string;
	explainSpeaker(name: string, sentence: string): string;
	explainNumber(raw: string, sentence: string): string;
	explainSource(source: string, sentence: string): string;
	explainRole(name: string, role: string, sentence: string): string;
	explainTrueFalse(right: boolean, sentence: string): string;
	feedback: Record<'correct' | 'partial' | 'other-speaker' | 'scale-error' | 'other-number' | 'no-match' | 'ambiguous' | 'empty', string>;
	/** speaker "names" that are no names (pronouns): a question never uses them */
	pronouns: string[];
	/** source adverbs that may stand where a frame names its speaker ("Demnach", "Zufolge"): never
	 * a name under which an answer counts */
	sourceAdverbs?: string[];
	/** first words that show a name is not in the nominative ("den USA"): not used as a speaker */
	notNominative: string[];
	/** articles and determiners dropped when names are compared */
	articles: string[];
	/** titles dropped when names are compared (Dr., Frau, Mr) */
	titles: string[];
	trueWords: string[];
	falseWords: string[];
	/** hedges a student may type before a number ("rund", "about") */
	hedges: string[];
	/** number words for typed answers: units/teens/tens (additive), multipliers, fractions */
	numberWords: {
		additive: Record<string, number>;
		multipliers: Record<string, number>;
		fractions: Record<string, number>;
		/** joiners inside compound number words ("und" in "zweiundzwanzig", "and") */
		joiners: string[];
	};
	/** unit words a student may type after a number ("Prozent") mapped to the article's unit */
	units: Record<string, string>;
}

/** Code in questions/ reads a pack's data under this name. */
export type LanguagePack = LanguageData;

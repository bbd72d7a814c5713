import type { Analysis, AnalyzeOptions } from './types.ts';
import type { LanguageData } from '../resources/pack.ts';

// The contract between the pipeline, its stages and the language packs. Context and
// LanguagePack refer to each other, so they live in one module that imports no stage.

/** What a stage leaves for later stages besides the analysis. Empty here on purpose: the module
 * that owns a piece of state declares it where its type lives
 * (`declare module '…/context.ts' { interface StageData { … } }`), so this file imports no stage
 * and no stage imports the pipeline. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StageData {}

/** State handed from stage to stage. */
export interface Context extends StageData {
	analysis: Analysis;
	pack: LanguagePack;
	options: AnalyzeOptions;
}

export interface Stage {
	name: string;
	run(ctx: Context): void;
}

/** The stages whose work depends on the language: every pack implements each of them, and the
 * pipeline calls them in this order for every language. */
export const packStageNames = ['quotes.direct', 'quotes.indirect', 'quotes.fragments', 'speakers'] as const;
export type PackStageName = (typeof packStageNames)[number];

/** Everything the engine knows about one language: its data, how to recognise it, its
 * language-specific stages, and the names of the rules those stages may leave on an item. */
export interface LanguagePack<QuoteRule extends string = string, FrameSieve extends string = string, ResolutionSieve extends string = string> extends LanguageData {
	/** English name of the language, for diagnostics ("German") */
	name: string;
	detection: {
		/** frequent short function words, rarely borrowed */
		functionWords: string[];
		/** the language's ISO 639-3 code as franc reports it */
		francCode: string;
		/** letters that only this language of the registered ones writes (each adds 2 hits) */
		ownLetters?: RegExp;
	};
	stages: Record<PackStageName, (ctx: Context) => void>;
	/** The names the stages write on their items, kept apart by question: how a quote was found
	 * (`Quote.rule`), which frame named its speaker, and how that mention was resolved to a
	 * name. `Speaker.sieve` is a frame sieve, or a frame sieve plus a resolution
	 * ("trailing-frame+surname"), or a resolution alone ("pronoun-recent"). */
	rules: {
		quotes: readonly QuoteRule[];
		frames: readonly FrameSieve[];
		resolutions: readonly ResolutionSieve[];
	};
}

import type { Analysis, AnalyzeOptions } from './types.ts';
import type { LanguagePack } from '../resources/pack.ts';

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

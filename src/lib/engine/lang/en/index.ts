import type { LanguagePack } from '../../context.ts';
import { englishQuoteMarks } from '../../../resources/quote-marks.ts';
// the German abbreviation list covers English too; ordinal leaders are German data English never meets
import { abbreviations, ordinalLeaders } from '../../../resources/de/segmentation.ts';
import { englishSpeech, speech } from '../../../resources/en/speech.ts';
import { numbers } from '../../../resources/en/numbers.ts';
import { questions } from '../../../resources/en/questions.ts';
import { detection } from './detection.ts';
import { quoteRules, frameSieves, resolutionSieves } from './rules.ts';
import { englishStages } from './stages.ts';

declare module '../../types.ts' {
	interface Languages {
		en: true;
	}
}

export const en: LanguagePack = {
	lang: 'en',
	name: 'English',
	detection,
	abbreviations: new Set(abbreviations),
	months: new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']),
	ordinalLeaders: new Set(ordinalLeaders),
	quoteMarks: englishQuoteMarks,
	speech,
	numbers,
	questions,
	stages: englishStages(englishSpeech),
	rules: { quotes: quoteRules, frames: frameSieves, resolutions: resolutionSieves }
};

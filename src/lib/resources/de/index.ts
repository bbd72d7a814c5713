import type { LanguagePack } from '../pack.ts';
import { germanQuoteMarks } from '../quote-marks.ts';
import { abbreviations, months, ordinalLeaders } from './segmentation.ts';
import { speech } from './speech.ts';
import { numbers } from './numbers.ts';
import { questions } from './questions.ts';

export const de: LanguagePack = {
	lang: 'de',
	abbreviations: new Set(abbreviations),
	months: new Set(months),
	ordinalLeaders: new Set(ordinalLeaders),
	quoteMarks: germanQuoteMarks,
	speech,
	numbers,
	questions
};

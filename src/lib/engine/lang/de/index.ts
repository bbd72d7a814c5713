import type { LanguagePack } from '../../context.ts';
import { germanQuoteMarks } from '../../../resources/quote-marks.ts';
import { abbreviations, months, ordinalLeaders } from '../../../resources/de/segmentation.ts';
import { speech } from '../../../resources/de/speech.ts';
import { numbers } from '../../../resources/de/numbers.ts';
import { questions } from '../../../resources/de/questions.ts';
import { detection } from './detection.ts';
import { quoteRules, frameSieves, resolutionSieves } from './rules.ts';
import { findDirectQuotes } from './quotes/direct.ts';
import { findIndirectQuotes } from './quotes/indirect.ts';
import { attachFragments } from './quotes/fragments.ts';
import { attributeSpeakers } from './speakers/attribute.ts';

declare module '../../types.ts' {
	interface Languages {
		de: true;
	}
}

export const de: LanguagePack = {
	lang: 'de',
	name: 'German',
	detection,
	abbreviations: new Set(abbreviations),
	months: new Set(months),
	ordinalLeaders: new Set(ordinalLeaders),
	quoteMarks: germanQuoteMarks,
	speech,
	numbers,
	questions,
	stages: {
		'quotes.direct': findDirectQuotes,
		'quotes.indirect': findIndirectQuotes,
		'quotes.fragments': attachFragments,
		speakers: attributeSpeakers
	},
	rules: { quotes: quoteRules, frames: frameSieves, resolutions: resolutionSieves }
};

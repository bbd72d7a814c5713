import type { LanguagePack } from '../pack.ts';
import { englishQuoteMarks } from '../quote-marks.ts';
import { de } from '../de/index.ts';
import { numbers } from './numbers.ts';
import { speech } from './speech.ts';
import { questions } from './questions.ts';

// English is a minimal pack until its own issue lands: segmentation data is shared with German
// (the abbreviation list covers both), the lexicons are German placeholders.
export const en: LanguagePack = {
	...de,
	lang: 'en',
	months: new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']),
	quoteMarks: englishQuoteMarks,
	speech,
	questions,
	numbers
};

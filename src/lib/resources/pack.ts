import type { QuoteMarkPair } from './quote-marks.ts';
import type { NumberLexicon } from './number-lexicon.ts';
import type { SpeechLexicon } from './speech-lexicon.ts';

/** Everything the engine knows about one language. Adding a language = a folder under
 * resources/ that exports one of these. */
export interface LanguagePack {
	lang: 'de' | 'en';
	abbreviations: Set<string>;
	months: Set<string>;
	ordinalLeaders: Set<string>;
	quoteMarks: QuoteMarkPair[];
	speech: SpeechLexicon;
	numbers: NumberLexicon;
}

import { franc } from 'franc-min';
import type { Diagnostic, Lang } from './types.ts';

const STOP: Record<Lang, Set<string>> = {
	de: new Set('der die das und ist nicht ein eine sie er wir ich mit von zu den dem des im auf für sich auch sagte hat wird sind über nach bei aus wie noch einem einer Prozent Millionen Euro zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend Milliarden Dutzend Hälfte Drittel'.toLowerCase().split(' ')),
	en: new Set('the and is not a an she he we i with of to in on for also said has will are about after at from as still one two three percent million dollars four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred thousand billion trillion dozen dozens half quarter degrees miles feet pounds cents'.split(' '))
};

/** Detects German or English. Long text: franc (trigram statistics) restricted to the two;
 * short text (a number sentence, a headline): function words; unsure: German + a diagnostic. */
export function detectLanguage(work: string): { lang: Lang; diagnostic?: Diagnostic } {
	const sample = work.slice(0, 20000);
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	const hits = { de: 0, en: 0 };
	for (const w of words) {
		if (STOP.de.has(w)) hits.de++;
		if (STOP.en.has(w)) hits.en++;
	}
	if (/[äöüß„]/.test(sample)) hits.de += 2;
	if (sample.trim().length >= 40) {
		const code = franc(sample, { only: ['deu', 'eng'] });
		if (code === 'deu' && hits.de >= hits.en) return { lang: 'de' };
		if (code === 'eng' && hits.en >= hits.de) return { lang: 'en' };
	}
	if (hits.en > hits.de) return { lang: 'en' };
	if (hits.de > hits.en) return { lang: 'de' };
	return {
		lang: 'de',
		diagnostic: {
			code: 'language-unsure',
			message: 'The language could not be determined; German is assumed.',
			severity: 'info',
			start: 0,
			end: Math.min(work.length, 1)
		}
	};
}

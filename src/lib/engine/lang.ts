import { franc } from 'franc-min';
import type { Diagnostic, Lang } from './types.ts';
import type { NumberLexicon } from '../resources/number-lexicon.ts';
import { numbers as deNumbers } from '../resources/de/numbers.ts';
import { numbers as enNumbers } from '../resources/en/numbers.ts';

// Function words of each language (frequent, short, rarely borrowed).
const FUNCTION_WORDS: Record<Lang, string> = {
	de: 'der die das und ist nicht ein eine einen einem einer sie er wir ich ihr mit von zu den dem des im auf für sich auch sagte hat wird sind über nach bei aus wie noch nur oder aber wenn dass werden wurde wurden kann können muss soll sollte haben hatte war waren bis vom zum zur beim durch gegen ohne unter zwischen seit diese dieser dieses man jetzt heute gestern morgen schon sehr mehr etwa rund knapp fast als gibt neue neuen jahr jahren uhr',
	en: 'the and is not a an she he we i me my you they it its with of to in on for also said says has have had will would are was were be been about after at from as still by this that these those which who whom what when where why how there their them his her our your can could must should may might do does did into than then or but if more most some any each every over under up out new year years just only very one'
};

/** Letter-only words of a number lexicon (number words, scales, units, hedges), lower case, ≥ 3 letters. */
function lexiconWords(lex: NumberLexicon): Set<string> {
	const out = new Set<string>();
	const add = (phrase: string) => {
		for (const w of phrase.toLowerCase().match(/\p{L}+/gu) ?? []) if (w.length >= 3) out.add(w);
	};
	for (const rec of [lex.cardinals, lex.multipliers, lex.scales, lex.fractions, lex.fractionNouns, lex.halves, lex.vagueCounts, lex.ordinals ?? {}, lex.groupWords ?? {}])
		for (const k of Object.keys(rec)) add(k);
	for (const h of lex.hedges) add(h.phrase);
	// unit names, not codes: "NZD", "PLN" are the same in every language
	for (const u of lex.units) for (const f of u.forms) if (f !== f.toUpperCase()) add(f);
	for (const w of [...lex.decimalWord, ...lex.vagueQuantifiers, ...(lex.signWords ?? [])]) add(w);
	return out;
}

const STOP: Record<Lang, Set<string>> = (() => {
	const de = lexiconWords(deNumbers);
	const en = lexiconWords(enNumbers);
	const own = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));
	const deFn = new Set(FUNCTION_WORDS.de.split(' '));
	const enFn = new Set(FUNCTION_WORDS.en.split(' '));
	// a word that both languages use ("die", "in", "Dollar") says nothing
	return {
		de: own(new Set([...deFn, ...own(de, en)]), enFn),
		en: own(new Set([...enFn, ...own(en, de)]), deFn)
	};
})();

/** Detects German or English. Long text: franc (trigram statistics) restricted to the two;
 * short text (a number sentence, a headline): function words and the number lexicons' words
 * (number words, units, hedges); unsure: German + a diagnostic. */
export function detectLanguage(work: string): { lang: Lang; diagnostic?: Diagnostic } {
	const sample = work.slice(0, 20000);
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	const hits = { de: 0, en: 0 };
	for (const w of words) {
		if (STOP.de.has(w)) hits.de++;
		if (STOP.en.has(w)) hits.en++;
	}
	if (/[äöüß„]/.test(sample)) hits.de += 2;
	// function words alone settle a clear case; trigram statistics only when they are close
	if (hits.de >= 8 && hits.de >= 4 * hits.en) return { lang: 'de' };
	if (hits.en >= 8 && hits.en >= 4 * hits.de) return { lang: 'en' };
	if (sample.trim().length >= 40) {
		const code = franc(sample.slice(0, 4000), { only: ['deu', 'eng'] });
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

import { franc } from 'franc-min';
import type { Diagnostic, Lang } from './types.ts';
import type { NumberLexicon } from '../resources/number-lexicon.ts';
import { fallbackLang, packs } from './lang/index.ts';

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

const langs = Object.keys(packs) as Lang[];

/** Each language's telling words: its function words and its number lexicon's words, less any
 * word another language also uses ("die", "in", "Dollar" say nothing). */
const STOP = ((): Record<Lang, Set<string>> => {
	const own = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w)));
	const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
	const lexicon = Object.fromEntries(langs.map((l) => [l, lexiconWords(packs[l].numbers as NumberLexicon)])) as Record<Lang, Set<string>>;
	const fn = Object.fromEntries(langs.map((l) => [l, new Set(packs[l].detection.functionWords)])) as Record<Lang, Set<string>>;
	const others = (l: Lang) => langs.filter((o) => o !== l);
	return Object.fromEntries(
		langs.map((l) => [l, own(new Set([...fn[l], ...own(lexicon[l], union(others(l).map((o) => lexicon[o])))]), union(others(l).map((o) => fn[o])))])
	) as Record<Lang, Set<string>>;
})();

/** The language with more hits than every other (by `factor`), if any. */
function ahead(hits: Record<Lang, number>, factor: number, atLeast: number): Lang | undefined {
	return langs.find((l) => hits[l] >= atLeast && langs.every((o) => o === l || (factor === 1 ? hits[l] > hits[o] : hits[l] >= factor * hits[o])));
}

/** Detects the language among the registered ones. Long text: franc (trigram statistics)
 * restricted to them; short text (a number sentence, a headline): function words and the number
 * lexicons' words (number words, units, hedges); unsure: the fallback language + a diagnostic. */
export function detectLanguage(work: string): { lang: Lang; diagnostic?: Diagnostic } {
	const sample = work.slice(0, 20000);
	const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
	const hits = Object.fromEntries(langs.map((l) => [l, 0])) as Record<Lang, number>;
	for (const w of words) for (const l of langs) if (STOP[l].has(w)) hits[l]++;
	for (const l of langs) if (packs[l].detection.ownLetters?.test(sample)) hits[l] += 2;
	// function words alone settle a clear case; trigram statistics only when they are close
	const clear = ahead(hits, 4, 8);
	if (clear) return { lang: clear };
	if (sample.trim().length >= 40) {
		const code = franc(sample.slice(0, 4000), { only: langs.map((l) => packs[l].detection.francCode) });
		const l = langs.find((x) => packs[x].detection.francCode === code);
		if (l && langs.every((o) => hits[l] >= hits[o])) return { lang: l };
	}
	const more = ahead(hits, 1, 0);
	if (more) return { lang: more };
	return {
		lang: fallbackLang,
		diagnostic: {
			code: 'language-unsure',
			message: `The language could not be determined; ${packs[fallbackLang].name} is assumed.`,
			severity: 'info',
			start: 0,
			end: Math.min(work.length, 1)
		}
	};
}

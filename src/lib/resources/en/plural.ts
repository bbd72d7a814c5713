// "How many …?" with the counted noun in the plural ("common traits", not "common trait"), by
// the pluralize package; a counted phrase that is no plain noun phrase ("if Vermont") gets the
// neutral wording instead.
import pluralize from 'pluralize';

/** words that never end or lead a counted noun phrase */
const functionWords = new Set(['if', 'of', 'the', 'a', 'an', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'that', 'this', 'these', 'those', 'who', 'which', 'than', 'per', 'more', 'less', 'about', 'over', 'under', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'it', 'its', 'their', 'his', 'her', 'they', 'he', 'she', 'we', 'you', 'i', 'later', 'earlier', 'ago', 'old', 'before', 'after', 'since', 'each', 'apiece', 'away', 'long', 'high', 'wide', 'deep', 'tall']);
/** nouns that measure an amount: "How much money", "What percentage" read better, so neutral */
const amounts = new Set(['percent', 'cent', 'dollar', 'dollars', 'euro', 'euros', 'pound', 'pounds', 'money', 'cents']);

/** the counted phrase as it reads after "How many", or null */
export function countedPlural(counted: string | null): string | null {
	const words = (counted ?? '').trim().split(/\s+/).filter(Boolean);
	if (!words.length || words.length > 3 || words.some((w) => !/^\p{L}[\p{L}-]*$/u.test(w) || functionWords.has(w.toLowerCase()))) return null;
	// a capitalised head is a name ("Vermont"), not a counted noun
	const head = words[words.length - 1];
	if (/^\p{Lu}/u.test(head) && !/^\p{Lu}+$/u.test(head)) return null;
	if (amounts.has(head.toLowerCase())) return null;
	const plural = pluralize.isPlural(head) ? head : pluralize.plural(head);
	const phrase = [...words.slice(0, -1), plural].join(' ');
	return phrase;
}

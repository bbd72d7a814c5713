// A number as a reader of the language writes it: "1.500,25" in German, "1,500.25" in English.
// Shared by the app's screens (src/lib/components/format.ts) and the exports
// (src/lib/export/common.ts); each says how many decimals it keeps.
export type NumberLang = 'de' | 'en';

const LOCALES: Record<NumberLang, string> = { de: 'de-DE', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: NumberLang, maxDecimals: number): string {
	const key = `${lang}:${maxDecimals}`;
	let f = formats.get(key);
	if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALES[lang] ?? LOCALES.de, { maximumFractionDigits: maxDecimals })));
	return f.format(n);
}

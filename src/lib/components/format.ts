// Formatting values for display. Numbers follow the lesson's language (an English student reads
// "1,500", a German one "1.500"), in the teacher's edit form too, which reads them back in the
// same notation (parseNumber in src/lib/server/quizzes.ts). Dates and true/false follow the
// interface language.
import { currentLocale, m } from '$lib/i18n';
import { formatNumber, type NumberLang } from '../format/number';

/** decimals a screen shows: enough for any reported number, short enough for an option */
export const SCREEN_DECIMALS = 4;

export function formatValue(v: unknown, lang: NumberLang = 'de'): string {
	if (typeof v === 'number') return formatNumber(v, lang, SCREEN_DECIMALS);
	if (typeof v === 'boolean') return v ? m.wordTrue() : m.wordFalse();
	if (v === null || v === undefined) return '';
	return String(v);
}

export function formatDate(ms: number | null | undefined): string {
	if (!ms) return '';
	return new Date(ms).toLocaleString(currentLocale() === 'en' ? 'en-GB' : 'de-DE', { dateStyle: 'medium', timeStyle: 'short' });
}

export function percent(part: number, whole: number): string {
	return whole ? `${Math.round((part / whole) * 100)} %` : '–';
}

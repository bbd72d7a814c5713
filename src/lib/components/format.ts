// Formatting values for display. Numbers keep German conventions (the teacher's edit form reads
// them back); dates and true/false follow the interface language.
import { currentLocale, m } from './messages';

const numberFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 4 });

export function formatValue(v: unknown): string {
	if (typeof v === 'number') return numberFormat.format(v);
	if (typeof v === 'boolean') return v ? m.true : m.false;
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

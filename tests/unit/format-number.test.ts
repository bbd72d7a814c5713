// One number formatter per language for the screens and the exports: they differ only in how
// many decimals they keep.
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/lib/format/number.ts';
import { formatValue, SCREEN_DECIMALS } from '../../src/lib/components/format.ts';
import { EXPORT_DECIMALS, formatNumber as exportNumber } from '../../src/lib/export/common.ts';

describe('formatNumber', () => {
	it('writes numbers as a reader of the language does', () => {
		expect(formatNumber(1500, 'de', 6)).toBe('1.500');
		expect(formatNumber(1500, 'en', 6)).toBe('1,500');
		expect(formatNumber(1234567.5, 'de', 6)).toBe('1.234.567,5');
		expect(formatNumber(1234567.5, 'en', 6)).toBe('1,234,567.5');
		expect(formatNumber(-0.25, 'de', 6)).toBe('-0,25');
	});

	it('keeps as many decimals as the caller asks for', () => {
		expect(formatNumber(1 / 3, 'de', 2)).toBe('0,33');
		expect(formatNumber(1 / 3, 'en', 4)).toBe('0.3333');
	});

	it('is the formatter of the screens (4 decimals) and of the exports (6 decimals)', () => {
		expect(SCREEN_DECIMALS).toBe(4);
		expect(EXPORT_DECIMALS).toBe(6);
		for (const n of [0, 12, 1500, 2.5, 1 / 3, 12_000_000, -7.125])
			for (const lang of ['de', 'en'] as const) {
				expect(formatValue(n, lang)).toBe(formatNumber(n, lang, 4));
				expect(exportNumber(n, lang)).toBe(formatNumber(n, lang, 6));
			}
		expect(formatValue(1 / 3, 'en')).toBe('0.3333');
		expect(exportNumber(1 / 3, 'de')).toBe('0,333333');
	});
});

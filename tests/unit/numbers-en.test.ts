import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

type Row = [input: string, expected: [raw: string, value: number, approx?: boolean, unit?: string | null][]];

/** lang: 'en', or undefined to let the engine detect it */
function check(rows: Row[], lang: 'en' | undefined = 'en') {
	for (const [input, expected] of rows) {
		it(input, () => {
			const got = analyze(input, { lang, questions: false }).numbers;
			expect(got.map((n) => n.raw)).toEqual(expected.map((e) => e[0]));
			expected.forEach(([, value, approx, unit], k) => {
				expect(got[k].value).toBeCloseTo(value, 9);
				if (approx !== undefined) expect(got[k].approx).toBe(approx);
				if (unit !== undefined) expect(got[k].unit).toBe(unit);
			});
		});
	}
}

describe('English numbers: digits', () => {
	check([
		['The fund raised 1,500 dollars.', [['1,500 dollars', 1500, false, 'USD']]],
		['Turnout was 4.8 percent higher.', [['4.8 percent', 4.8, false, '%']]],
		['The city has 2,345,678 residents.', [['2,345,678', 2345678]]],
		['It weighed 1,234.75 kilograms.', [['1,234.75 kilograms', 1234.75, false, 'kg']]],
		['The index fell to .75 points.', [['.75', 0.75]]],
		['About 20 000 people marched.', [['20 000', 20000, true]]],
		['Membership grew to 15k.', [['15k', 15000]]],
		['Its valuation hit 3.4b last year.', [['3.4b', 3.4e9]]],
		['The constant is 6.02e23 per mole.', [['6.02e23', 6.02e23]]],
		['The board approved 2 1/2 hours of debate.', [['2 1/2', 2.5]]],
		['The temperature dropped to -7 degrees Celsius.', [['-7 degrees Celsius', -7, false, '°C']]],
		['Forecasters expect - 12 degrees Fahrenheit tonight.', [['- 12 degrees Fahrenheit', -12, false, '°F']]]
	]);
});

describe('English numbers: words', () => {
	check([
		['The club sold two hundred and fifty tickets.', [['two hundred and fifty', 250]]],
		['Forty-three delegates voted against it.', [['Forty-three', 43]]],
		['The state has one and a half million voters.', [['one and a half million', 1.5e6]]],
		['The firm cut six million and a half jobs.', [['six million and a half', 6.5e6]]],
		['Two thirds of the members agreed.', [['Two thirds', 2 / 3]]],
		['She bought half a dozen eggs.', [['half a dozen', 6, true]]],
		['They ordered four dozens roses.', [['four dozens', 48]]],
		['A quarter million people left the region.', [['A quarter million', 250000]]],
		['The ratio was one over four.', [['one over four', 0.25]]],
		['Seven out of ten households own a car.', [['Seven out of ten', 0.7]]],
		['The rate rose to three point seven five percent.', [['three point seven five percent', 3.75, false, '%']]],
		['The deficit reached seven trillion dollars.', [['seven trillion dollars', 7e12, false, 'USD']]],
		['Storage costs a few trillionths of a cent: three trillionths.', [['three trillionths', 3e-12]]],
		['The account was at minus forty dollars.', [['minus forty dollars', -40, false, 'USD']]]
	]);
});

describe('English numbers: hedges', () => {
	check([
		['About 300 people attended.', [['300', 300, true]]],
		['Nearly 40 percent of voters stayed home.', [['40 percent', 40, true, '%']]],
		['More than 1,000 flights were cancelled.', [['1,000', 1000, true]]],
		['Up to 12 inches of snow could fall.', [['12 inches', 12, true, 'in']]],
		['At least five people were injured.', [['five', 5, true]]],
		['Some 2,000 workers went on strike.', [['2,000', 2000, true]]],
		['Dozens of people were evacuated.', [['Dozens', 12, true]]]
	]);
});

describe('English numbers: money and measures', () => {
	check([
		['Tickets cost $15 each.', [['$15', 15, false, 'USD']]],
		['The bill came to 15 dollars and 15 cents.', [['15 dollars and 15 cents', 15.15, false, 'USD']]],
		['Rent rose to £1,200 a month.', [['£1,200', 1200, false, 'GBP']]],
		['The grant was €2.5 million.', [['€2.5 million', 2.5e6, false, 'EUR']]],
		['The loan was US$ 150 million.', [['US$ 150 million', 1.5e8, false, 'USD']]],
		['He is 6 ft 1 in tall.', [['6 ft 1 in', 6 + 1 / 12, false, 'ft']]],
		['The storm brought winds of 90 mph.', [['90 mph', 90, false, 'mph']]]
	]);
});

describe('English numbers: false positives', () => {
	check([
		['The vote is on March 3, 2024.', []],
		['The law was passed in 1998.', []],
		['The meeting starts at 3:30 pm.', []],
		['The meeting starts at 9 am.', []],
		['Arsenal won 2-1 on Sunday.', []],
		['It was the third attempt.', []],
		['She finished fifth in the race.', []],
		['He was the one who called.', []],
		['One of them left early.', []],
		['Which one do you prefer?', []],
		['They need one another.', []],
		['Call 555-0123 for details.', []],
		['Call 0171 234 5678 for details.', []],
		['The Boeing 777F landed safely.', []],
		['Officials met on 1 May in Geneva.', []],
		['The numbers went from 166 in May.', [['166', 166]]]
	]);
});

describe('English numbers: language detected from short inputs', () => {
	check(
		[
			['seventy', [['seventy', 70]]],
			['three quarters', [['three quarters', 0.75]]],
			['1,500.25', [['1,500.25', 1500.25]]],
			['1,234,567', [['1,234,567', 1234567]]],
			['10k', [['10k', 10000]]],
			['115.5USD', [['115.5USD', 115.5, false, 'USD']]],
			['more than half the voters', [['half', 0.5, true]]],
			['20.3 celsius', [['20.3 celsius', 20.3, false, '°C']]]
		],
		undefined
	);
	it('reads an ambiguous bare "4.800" the fallback (German) way, with a diagnostic', () => {
		const a = analyze('4.800', { questions: false });
		expect(a.lang).toBe('de');
		expect(a.diagnostics.some((d) => d.code === 'language-unsure')).toBe(true);
		expect(a.numbers.map((n) => n.value)).toEqual([4800]);
	});
});

describe('English numbers: robustness', () => {
	it('stays linear on a long run of number words', () => {
		const text = 'one '.repeat(20000) + 'two hundred and '.repeat(5000);
		const t = Date.now();
		const a = analyze(text, { lang: 'en', questions: false });
		expect(Array.isArray(a.numbers)).toBe(true);
		expect(Date.now() - t).toBeLessThan(5000);
	});
	it('never throws on odd notations', () => {
		for (const s of ['1e999', '2^-99999', '-1.1^--23', '1x10^', '$', '- - 5', 'half of a', 'a a a half', 'one over', 'and and one']) {
			expect(() => analyze(s, { lang: 'en', questions: false })).not.toThrow();
			for (const n of analyze(s, { lang: 'en', questions: false }).numbers) expect(Number.isFinite(n.value)).toBe(true);
		}
	});
});

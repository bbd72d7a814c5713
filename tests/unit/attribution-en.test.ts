// Hand-checked attribution of the English test article (tests/fixtures/en-school-budget.txt,
// written for the tests): every quote the article has, with its speaker, and every number. The
// golden file pins the whole analysis; this table says what is right, so a regenerated golden
// cannot silently accept a wrong speaker.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

const text = readFileSync('tests/fixtures/en-school-budget.txt', 'utf8');
const a = analyze(text);

const quotes: [string, 'direct' | 'indirect', string][] = [
	['This budget keeps every school open', 'direct', 'Helen Ortiz'],
	['the city was borrowing too much money', 'indirect', 'David Brooks'],
	['We are passing the bill to our children', 'direct', 'David Brooks'],
	['the city will borrow about 12 million dollars', 'indirect', 'the finance department'],
	['We have waited for this for years', 'direct', 'Maria Chen'],
	['about 40 percent of the classrooms', 'indirect', 'Maria Chen'],
	['the first new teachers would start work in September', 'indirect', 'Helen Ortiz']
];

describe('English test article: hand-checked attribution', () => {
	it('is read as English', () => expect(a.lang).toBe('en'));

	it.each(quotes)('finds “%s” (%s) by %s', (needle, kind, speaker) => {
		const q = a.quotes.find((x) => text.slice(x.start, x.end).includes(needle));
		expect(q, needle).toBeDefined();
		expect(q!.kind).toBe(kind);
		expect(q!.speaker?.name).toBe(speaker);
	});

	it('attributes no quote to a wrong speaker', () => {
		for (const q of a.quotes) {
			const hand = quotes.find(([needle]) => text.slice(q.start, q.end).includes(needle));
			if (hand && q.speaker) expect(q.speaker.name).toBe(hand[2]);
		}
	});

	it('reads every reported number with its value, and no year (CONTRACT: years are no figures)', () => {
		const values = a.numbers.map((n) => n.value);
		for (const v of [84_000_000, 3, 120, 7, 2, 12_000_000, 40]) expect(values, String(v)).toContain(v);
		expect(values).not.toContain(2023);
		const budget = a.numbers.find((n) => n.value === 84_000_000)!;
		expect(budget.approx).toBe(false);
		expect(a.numbers.find((n) => n.value === 12_000_000)!.approx).toBe(true);
		expect(a.numbers.find((n) => n.value === 40)!.approx).toBe(true);
	});

	it('knows the roles the article gives', () => {
		const role = (name: string) => a.entities?.find((e) => e.name === name)?.role;
		expect(role('Helen Ortiz')).toBe('mayor');
		expect(role('David Brooks')).toBe('council member');
	});

	it('asks only about what it attributed, each question with its evidence', () => {
		expect(a.questions.length).toBeGreaterThan(5);
		for (const q of a.questions) expect(q.evidence.end, q.prompt).toBeGreaterThan(q.evidence.start);
		const whoSaid = a.questions.filter((q) => q.type === 'who-said');
		for (const q of whoSaid) expect(['Helen Ortiz', 'David Brooks', 'Maria Chen', 'the finance department']).toContain(q.answer);
	});
});

// A student's answer as the feedback page, the results page and the results CSV show it: in the
// lesson's notation, whatever notation the answer was stored or typed in.
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { buildResultsCsv, responseText, summarizeResults } from '../../src/lib/server/results.ts';
import type { Attempt } from '../../src/lib/server/attempts.ts';
import type { Question } from '../../src/lib/engine/types.ts';

const article = 'The council will plant 1,500 new trees, said Mayor Ann Quenby.';
const ev = { start: 23, end: 28 };
const number: Question = { id: 'n', type: 'number-count', target: 'number', prompt: 'How many trees?', answer: 1500, evidence: ev };
const choice: Question = { id: 'c', type: 'number-choice', target: 'number', prompt: 'How many trees?', answer: 1500, options: [1500, 2500, 0.5], evidence: ev };
const names: Question = { id: 's', type: 'speaker-choice', target: 'speaker', prompt: 'Who said it?', answer: 'Ann Quenby', options: ['Ann Quenby', 'Tom Varko'], evidence: ev };
const bool: Question = { id: 'b', type: 'claim', target: 'boolean', prompt: 'The council plants trees.', answer: true, evidence: ev };
const named = article.indexOf('Ann Quenby');
const mark: Question = { id: 'm', type: 'mark-speaker', target: 'mark', prompt: 'Mark the speaker.', answer: [{ start: named, end: named + 10 }], speaker: 'Ann Quenby', evidence: ev };
const match: Question = { id: 'x', type: 'match', target: 'match', prompt: 'Who said what?', pairs: [{ answer: 'Ann Quenby', evidence: ev }, { answer: 'Tom Varko', evidence: ev }], evidence: ev };

type Row = [response: Parameters<typeof responseText>[0], question: Question, lang: 'de' | 'en', shown: string];

const rows: Record<string, Row[]> = {
	"a typed number in the lesson's notation when it reads one way only": [['1500', number, 'en', '1,500'], ['1500', number, 'de', '1.500'], ['12.000', number, 'en', '12,000'], ['2,5', number, 'en', '2.5'], ['1234567.5', number, 'de', '1.234.567,5']],
	// a typed range ("12-15") is not a marking
	'what the student typed where the notation is ambiguous or words are in it': [['1.500', number, 'en', '1.500'], ['1,500', number, 'de', '1,500'], ['about 1500', number, 'en', 'about 1500'], ['fifteen hundred', number, 'en', 'fifteen hundred'], ['12-15', number, 'en', '12-15']],
	// '1.500': stored in German notation (as shown before lessons had their own), shown in English
	"a chosen option as its text in the lesson's notation": [['1,500', choice, 'en', '1,500'], ['1.500', choice, 'en', '1,500'], ['0,5', choice, 'en', '0.5'], ['Tom Varko', names, 'en', 'Tom Varko'], ['someone else', names, 'en', 'someone else']],
	'marks as the marked words, true/false as words, matches by statement': [[`${named}-${named + 10}`, mark, 'en', 'Ann Quenby'], ['true', bool, 'de', 'richtig'], [{ 1: 'Tom Varko', 0: 'Ann Quenby' }, match, 'en', '1: Ann Quenby; 2: Tom Varko'], [undefined, number, 'en', '']]
};

describe('responseText', () => {
	for (const [what, table] of Object.entries(rows))
		it(`shows ${what}`, () => {
			for (const [response, question, lang, shown] of table) expect(responseText(response, question, article, lang), `${JSON.stringify(response)} (${question.id}, ${lang})`).toBe(shown);
		});

	it('groups the same wrong number on the results page and writes it in the CSV in the lesson\'s notation', () => {
		const attempt = (id: string, r: string): Attempt =>
			({ id, lessonId: 'l', nickname: id, answers: { n: r }, results: { n: { score: 0, correct: false, feedback: '', diagnosis: 'other-number' } }, score: 0, maxScore: 1, submittedAt: 1, createdAt: 1 }) as unknown as Attempt;
		const attempts = [attempt('a', '2000'), attempt('b', '2,000'), attempt('c', '2 000')];
		const summary = summarizeResults([number], attempts, article, 'en');
		expect(summary.questions[0].wrong).toEqual([{ response: '2,000', count: 3, diagnosis: expect.any(String) }]);
		const csv = buildResultsCsv({ title: 'Trees', lang: 'en', text: article, questions: [number] }, attempts, 'en');
		const rows = parseCsv(Buffer.from(csv.bytes), { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.response)).toEqual(['2,000', '2,000', '2,000']);
		expect(rows[0].diagnosis).not.toBe('other-number');
	});
});

// The public shape of every question type the engine generates: no answer key before submission;
// and a round trip form → response → grade for each kind.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import { answerKindOf, applyQuestionEdit, describeAnswer, gradeQuestion, parseNumber, readResponses, toPublicQuestions } from '../../src/lib/server/quizzes.ts';
import { formatValue } from '../../src/lib/components/format.ts';
import type { Question } from '../../src/lib/engine/types.ts';

const seed = readFileSync('src/lib/demo/seed-nordkorea.txt', 'utf8').trim();
const KEY_FIELDS = ['answer', 'accept', 'pairs', 'evidence', 'explanation', 'speaker', 'correct', 'claim', 'context', 'tolerance', 'score'];

describe('public questions', () => {
	const questions = analyze(seed, { lang: 'de' }).questions;
	const shown = toPublicQuestions(questions, seed, 'attempt-1');

	it('carry only id, kind, prompt and the choices', () => {
		for (const q of shown) {
			for (const k of Object.keys(q)) expect(['id', 'kind', 'prompt', 'options', 'items', 'hint', 'words'], `${k} of ${q.id}`).toContain(k);
			const json = JSON.stringify(q);
			for (const k of KEY_FIELDS) expect(json).not.toContain(`"${k}"`);
		}
	});

	it('shuffle options per attempt, stably', () => {
		const again = toPublicQuestions(questions, seed, 'attempt-1');
		expect(again).toEqual(shown);
		const choice = questions.filter((q) => answerKindOf(q) === 'choice');
		if (choice.length >= 3) {
			const other = toPublicQuestions(choice, seed, 'attempt-2');
			const first = toPublicQuestions(choice, seed, 'attempt-1');
			expect(other.map((q) => q.options)).not.toEqual(first.map((q) => q.options));
		}
	});

	it('grade the right answer of each kind as right, from what the form posts', () => {
		for (const q of questions) {
			const pub = shown.find((p) => p.id === q.id)!;
			const form = new FormData();
			const kind = answerKindOf(q);
			if (kind === 'match') (q.pairs as { answer: string }[]).forEach((p, i) => form.set(`a:${q.id}:${i}`, p.answer));
			else if (kind === 'mark') {
				const span = (q.answer as { start: number; end: number }[])[0];
				const word = pub.words!.find((w) => w.start < span.end && w.end > span.start);
				if (!word) continue; // the speaker is named outside the passage shown
				form.append(`a:${q.id}`, `${word.start}-${word.end}`);
			} else if (kind === 'boolean') form.set(`a:${q.id}`, String(q.answer));
			else if (kind === 'choice') form.set(`a:${q.id}`, pub.options!.find((o) => o.replace(/\./g, '') === String(q.answer).replace('.', ',') || o === String(q.answer))!);
			else form.set(`a:${q.id}`, String(q.answer));
			const responses = readResponses(form, [q]);
			expect(gradeQuestion(q, responses[q.id]).correct, `${q.type} ${q.prompt}`).toBe(true);
		}
	});

	it('grade a missing answer as unanswered', () => {
		const q: Question = { id: 'x', type: 'custom-number', target: 'number', prompt: 'Wie viele?', answer: 1500, evidence: { start: 0, end: 1 }, tolerance: { min: 1400, max: 1600 } };
		expect(gradeQuestion(q, undefined)).toMatchObject({ correct: false, diagnosis: 'empty' });
		expect(gradeQuestion(q, '1.450').correct).toBe(true);
		expect(gradeQuestion(q, '1.700').correct).toBe(false);
	});
});

describe('an English lesson', () => {
	const text = 'The city will hire 1,500 new teachers next year, Mayor Anna Berg said on Monday. She said the plan costs 2.5 million dollars. About 40 percent of the schools are old, according to the ministry.';
	const questions = analyze(text, { lang: 'en' }).questions;
	const numberChoice = questions.filter((q) => answerKindOf(q) === 'choice' && typeof q.answer === 'number');

	it('shows number choices in English format and grades them from what the form posts', () => {
		expect(numberChoice.length).toBeGreaterThan(0);
		for (const q of numberChoice) {
			const pub = toPublicQuestions([q], text, 'attempt-1', 'en')[0];
			const shownAnswer = new Intl.NumberFormat('en-GB').format(q.answer as number);
			expect(pub.options).toContain(shownAnswer);
			const form = new FormData();
			form.set(`a:${q.id}`, shownAnswer);
			expect(gradeQuestion(q, readResponses(form, [q])[q.id]).correct, String(q.prompt)).toBe(true);
		}
		expect(numberChoice.some((q) => (q.answer as number) >= 1000)).toBe(true);
		expect(describeAnswer(numberChoice.find((q) => (q.answer as number) >= 1000)!, 'en')).toMatch(/^\d{1,3}(,\d{3})+$/);
	});
});

describe('numbers a teacher types, read in the lesson\'s notation', () => {
	it('reads German and English notation per lesson language, with the grading reader', () => {
		const de: [string, number | null][] = [['1.500', 1500], ['1500', 1500], ['1 500', 1500], ['1,5', 1.5], ['-3,5', -3.5], ['1.234.567,25', 1234567.25], ['rund 1.500', 1500], ['1,500', 1.5], ['1.5', 1.5], ['12.000', 12000]];
		const en: [string, number | null][] = [['1,500', 1500], ['1500', 1500], ['1.5', 1.5], ['-3.5', -3.5], ['1,234,567.25', 1234567.25], ['about 1,500', 1500], ['1.500', 1.5], ['1,5', 1.5], ['12.000', 12000]];
		for (const [typed, value] of de) expect(parseNumber(typed, 'de'), `de ${typed}`).toBe(value);
		for (const [typed, value] of en) expect(parseNumber(typed, 'en'), `en ${typed}`).toBe(value);
	});

	it('refuses words and units: an answer key is written in digits', () => {
		for (const lang of ['de', 'en'] as const) for (const typed of ['viele', 'tausend', 'twelve', '12 Kilometer', '3 km', '2-3', '12 15', '', '  ']) expect(parseNumber(typed, lang), `${lang} ${typed}`).toBeNull();
	});

	it('reads back what the edit form shows', () => {
		for (const lang of ['de', 'en'] as const) for (const v of [0, 7, 1500, 12_000, 2.5, 0.125, 1_234_567.5, -40]) expect(parseNumber(formatValue(v, lang), lang), `${lang} ${v}`).toBe(v);
	});

	it('keeps an edited number question in the lesson\'s notation', () => {
		const article = 'The council will plant 1,500 new trees.';
		const base: Question = { id: 'q1', type: 'number-count', target: 'number', prompt: 'How many trees?', answer: 1500, evidence: { start: 23, end: 28 }, tolerance: { min: 1500, max: 1500 } };
		const edited = applyQuestionEdit(base, { kind: 'number', prompt: 'How many trees?', answer: '1,600', options: '', min: '1,550', max: '1,650.5' }, article, 'en');
		expect(edited).toMatchObject({ question: { answer: 1600, tolerance: { min: 1550, max: 1650.5 } } });
		const german = applyQuestionEdit(base, { kind: 'number', prompt: 'Wie viele?', answer: '1.600', options: '', min: '1.550', max: '1.650,5' }, article, 'de');
		expect(german).toMatchObject({ question: { answer: 1600, tolerance: { min: 1550, max: 1650.5 } } });
		const choice: Question = { ...base, options: [1500, 2000, 2500] };
		const options = applyQuestionEdit(choice, { kind: 'choice', prompt: 'How many trees?', answer: '2,000', options: '1,500\n2,000\n2.5' }, article, 'en');
		expect(options).toMatchObject({ question: { answer: 2000, options: [1500, 2000, 2.5] } });
	});
});

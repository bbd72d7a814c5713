import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import QuestionField from '../../src/lib/components/QuestionField.svelte';
import FeedbackCard from '../../src/lib/components/FeedbackCard.svelte';
import type { PublicQuestion, ReviewedQuestion } from '../../src/lib/components/quiz-types';

describe('QuestionField', () => {
	it('renders a choice question as a labelled radio group and reports the choice', async () => {
		const q: PublicQuestion = { id: 'q1', kind: 'choice', prompt: 'Wer sagte das?', options: ['Anna Berg', 'Carl Dorn'] };
		let changes = 0;
		render(QuestionField, { question: q, number: 1, onchange: () => changes++ });
		const group = screen.getByRole('group', { name: /Wer sagte das\?/ });
		expect(group).toBeInTheDocument();
		const radio = screen.getByRole('radio', { name: 'Carl Dorn' });
		expect(radio).toHaveAttribute('name', 'a:q1');
		await userEvent.click(radio);
		expect(radio).toBeChecked();
		expect(changes).toBe(1);
	});

	it('restores a saved draft', () => {
		const q: PublicQuestion = { id: 'q2', kind: 'number', prompt: 'Wie viele Soldaten?', hint: '1.500 oder 1500' };
		render(QuestionField, { question: q, number: 2, value: '1.500' });
		const input = screen.getByRole('textbox', { name: /Wie viele Soldaten\?/ });
		expect(input).toHaveValue('1.500');
		expect(input).toHaveAccessibleDescription('1.500 oder 1500');
		expect(input).toHaveAttribute('inputmode', 'decimal');
	});

	it('renders true/false with German labels', () => {
		render(QuestionField, { question: { id: 'q3', kind: 'boolean', prompt: 'Stimmt das?' }, number: 3 });
		expect(screen.getByRole('radio', { name: 'Richtig' })).toHaveAttribute('value', 'true');
		expect(screen.getByRole('radio', { name: 'Falsch' })).toHaveAttribute('value', 'false');
	});

	it('renders a match question with one labelled select per statement', async () => {
		const q: PublicQuestion = { id: 'q4', kind: 'match', prompt: 'Ordne zu.', items: ['Erstens', 'Zweitens'], options: ['A', 'B'] };
		render(QuestionField, { question: q, number: 4 });
		const selects = screen.getAllByRole('combobox');
		expect(selects).toHaveLength(2);
		expect(selects[1]).toHaveAttribute('name', 'a:q4:1');
		await userEvent.selectOptions(selects[1], 'B');
		expect(selects[1]).toHaveValue('B');
	});

	it('lets the student mark words of the passage with checkboxes', async () => {
		const q: PublicQuestion = { id: 'q5', kind: 'mark', prompt: 'Markiere den Sprecher.', words: [{ start: 0, end: 3, text: 'Sie' }, { start: 4, end: 9, text: 'sagte' }] };
		render(QuestionField, { question: q, number: 5 });
		const box = screen.getByRole('checkbox', { name: 'Sie' });
		expect(box).toHaveAttribute('value', '0-3');
		await userEvent.click(box);
		expect(box).toBeChecked();
	});

	it('shows a text field with the name hint', () => {
		render(QuestionField, { question: { id: 'q6', kind: 'text', prompt: 'Wer?' }, number: 6 });
		expect(screen.getByRole('textbox', { name: /Wer\?/ })).toHaveAttribute('name', 'a:q6');
	});
});

describe('FeedbackCard', () => {
	const base: ReviewedQuestion = {
		id: 'q1',
		kind: 'choice',
		prompt: 'Wer sagte das?',
		options: ['Anna Berg', 'Carl Dorn'],
		response: 'Carl Dorn',
		responseText: 'Carl Dorn',
		answerText: 'Anna Berg',
		grade: { score: 0, correct: false, feedback: 'Das sagte jemand anderes.', diagnosis: 'other-speaker' },
		evidence: { start: 0, end: 10 }
	};

	it('says wrong in words, shows both answers and links to the evidence', () => {
		render(FeedbackCard, { question: base, number: 1 });
		expect(screen.getByRole('heading', { name: /Falsch/ })).toBeInTheDocument();
		expect(screen.getByText('Carl Dorn')).toBeInTheDocument();
		expect(screen.getByText('Anna Berg')).toBeInTheDocument();
		expect(screen.getByRole('link', { name: 'Beleg im Artikel zeigen' })).toHaveAttribute('href', '#ev-q1');
	});

	it('does not repeat the answer when it was right', () => {
		render(FeedbackCard, { question: { ...base, response: 'Anna Berg', responseText: 'Anna Berg', grade: { score: 1, correct: true, feedback: '', diagnosis: 'correct' } }, number: 1 });
		expect(screen.getByRole('heading', { name: /Richtig/ })).toBeInTheDocument();
		expect(screen.queryByText('Richtige Antwort')).not.toBeInTheDocument();
	});
});

import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import JoinForm from '../../src/lib/components/JoinForm.svelte';
import LanguageSwitch from '../../src/lib/components/LanguageSwitch.svelte';
import { m, formatScore, submitConfirm, diagnosisName } from '../../src/lib/i18n';

// In the browser the interface language is the page's <html lang>, as the server rendered it.
afterEach(() => {
	document.documentElement.lang = '';
});

describe('interface language', () => {
	it('renders the join form in German in a German browser', () => {
		render(JoinForm, { code: '', nickname: '', errors: [] });
		expect(screen.getByLabelText('Spitzname')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Beitreten' })).toBeInTheDocument();
	});

	it('renders the join form in English when the page is English', () => {
		document.documentElement.lang = 'en';
		render(JoinForm, { code: '', nickname: '', errors: [] });
		expect(screen.getByLabelText('Nickname')).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Join' })).toBeInTheDocument();
		expect(screen.queryByText(/Spitzname/)).toBeNull();
	});

	it("follows the page's language, not the browser's (the server chose it, e.g. the lesson's)", () => {
		const languages = Object.getOwnPropertyDescriptor(window.navigator, 'languages')!;
		Object.defineProperty(window.navigator, 'languages', { value: ['en-GB', 'en'], configurable: true });
		try {
			document.documentElement.lang = 'de';
			render(JoinForm, { code: '', nickname: '', errors: [] });
			expect(screen.getByRole('button', { name: 'Beitreten' })).toBeInTheDocument();
		} finally {
			Object.defineProperty(window.navigator, 'languages', languages);
		}
	});

	it('fills parameters and formats numbers in the language', () => {
		document.documentElement.lang = 'en';
		expect(submitConfirm(1)).toBe('One question is still unanswered.');
		expect(submitConfirm(3)).toBe('3 questions are still unanswered.');
		expect(m.yourScore({ score: formatScore(2.5), total: 4 })).toBe('You scored 2.5 out of 4 points.');
		expect(diagnosisName('scale-error')).toBe('order of magnitude mixed up');
		document.documentElement.lang = 'de';
		expect(m.yourScore({ score: formatScore(2.5), total: 4 })).toBe('Du hast 2,5 von 4 Punkten.');
		expect(formatScore(1.25)).toBe('1,3');
	});

	it('offers both languages in the switch and marks the current one', () => {
		document.documentElement.lang = 'en';
		render(LanguageSwitch);
		expect(screen.getByRole('group', { name: 'Interface language' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'false');
	});
});

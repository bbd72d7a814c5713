// A lesson's results: per question (share correct, most common wrong answers with the engine's
// diagnosis) and per student; and the same as CSV.
import type { Lang, Question } from '$lib/engine/types';
import type { Response } from '$lib/components/quiz-types';
import { diagnosisLabel, m } from '$lib/components/messages';
import type { Attempt } from './attempts.ts';
import { describeAnswer } from './quizzes.ts';

export interface QuestionResult {
	id: string;
	prompt: string;
	answer: string;
	answered: number;
	correct: number;
	wrong: { response: string; count: number; diagnosis: string }[];
}

export interface StudentResult {
	nickname: string;
	submittedAt: number | null;
	score: number | null;
	maxScore: number | null;
	perQuestion: (boolean | null)[];
}

/** A response as a reader sees it; marked words are looked up in the article. */
export function responseText(r: Response | undefined | null, article = ''): string {
	if (r === undefined || r === null) return '';
	if (typeof r === 'string' && /^\d+-\d+(,\d+-\d+)*$/.test(r) && article)
		return r
			.split(',')
			.map((x) => x.split('-').map(Number))
			.map(([a, b]) => article.slice(a, b))
			.join(' … ');
	if (typeof r === 'string') return r === 'true' ? m.true : r === 'false' ? m.false : r;
	return Object.entries(r)
		.sort(([a], [b]) => Number(a) - Number(b))
		.map(([i, v]) => `${Number(i) + 1}: ${v}`)
		.join('; ');
}

export function summarizeResults(questions: Question[], attempts: Attempt[], article = '', lang: Lang = 'de'): { questions: QuestionResult[]; students: StudentResult[] } {
	const submitted = attempts.filter((a) => a.submittedAt !== null && a.results);
	const perQuestion = questions.map((q): QuestionResult => {
		const wrong = new Map<string, { response: string; count: number; diagnosis: string }>();
		let answered = 0;
		let correct = 0;
		for (const a of submitted) {
			const g = a.results![q.id];
			const text = responseText(a.answers[q.id], article);
			if (text) answered++;
			if (g?.correct) correct++;
			else if (text) {
				const key = text.toLowerCase();
				const entry = wrong.get(key) ?? { response: text, count: 0, diagnosis: diagnosisLabel(g?.diagnosis ?? '') };
				entry.count++;
				wrong.set(key, entry);
			}
		}
		return {
			id: q.id,
			prompt: String(q.prompt),
			answer: describeAnswer(q, lang),
			answered,
			correct,
			wrong: [...wrong.values()].sort((a, b) => b.count - a.count).slice(0, 3)
		};
	});
	const students = attempts.map((a) => ({
		nickname: a.nickname,
		submittedAt: a.submittedAt,
		score: a.score,
		maxScore: a.maxScore,
		perQuestion: questions.map((q) => (a.results ? (a.results[q.id]?.correct ?? false) : null))
	}));
	return { questions: perQuestion, students };
}

/** A CSV cell: quoted, and a leading = + - @ (or tab/CR) neutralised so that no spreadsheet
 * runs it as a formula. */
export function csvCell(value: unknown): string {
	let s = value === null || value === undefined ? '' : String(value);
	if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
	return '"' + s.replace(/"/g, '""') + '"';
}

export function formatResultsCsv(questions: Question[], attempts: Attempt[], article = ''): string {
	const header = ['Spitzname', 'Abgegeben', 'Punkte', 'Maximum', ...questions.flatMap((q, i) => [`F${i + 1} Antwort`, `F${i + 1} Punkte`])];
	const rows = attempts.map((a) => [
		a.nickname,
		a.submittedAt ? new Date(a.submittedAt).toISOString() : '',
		a.score ?? '',
		a.maxScore ?? '',
		...questions.flatMap((q) => [responseText(a.answers[q.id], article), a.results?.[q.id]?.score ?? ''])
	]);
	return '\uFEFF' + [header, ...rows].map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

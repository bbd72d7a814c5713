// A lesson's results: per question (share correct, most common wrong answers with the engine's
// diagnosis) and per student; and the same as CSV.
import type { Lang, Question } from '$lib/engine/types';
import type { Response } from '$lib/components/quiz-types';
import { diagnosisLabel, m } from '$lib/components/messages';
import type { Attempt } from './attempts.ts';
import { answerKindOf, chosenOption, describeAnswer, unambiguousNumber } from './quizzes.ts';
import { formatValue } from '$lib/components/format';
import { exportResultsCsv, type ExportLesson, type ExportResult } from '$lib/export';

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

/** A response as a reader sees it: marked words as they stand in the article, a chosen option
 * as its text in the lesson's notation, a typed number in the lesson's notation when it reads
 * one way only (else as typed), true/false in the interface language, matches as "1: name". */
export function responseText(r: Response | undefined | null, q: Question, article = '', lang: Lang = 'de'): string {
	if (r === undefined || r === null) return '';
	if (typeof r !== 'string')
		return Object.entries(r)
			.sort(([a], [b]) => Number(a) - Number(b))
			.map(([i, v]) => `${Number(i) + 1}: ${v}`)
			.join('; ');
	const kind = answerKindOf(q);
	if (kind === 'mark' && /^\d+-\d+(,\d+-\d+)*$/.test(r))
		return r
			.split(',')
			.map((x) => x.split('-').map(Number))
			.map(([a, b]) => article.slice(a, b))
			.join(' … ');
	if (kind === 'boolean') return r === 'true' ? m.true : r === 'false' ? m.false : r;
	if (kind === 'choice') {
		const option = chosenOption(q, r);
		return option === undefined ? r : formatValue(option, lang);
	}
	if (kind === 'number') {
		const n = unambiguousNumber(r);
		return n === null ? r : formatValue(n, lang);
	}
	return r;
}

export function summarizeResults(questions: Question[], attempts: Attempt[], article = '', lang: Lang = 'de'): { questions: QuestionResult[]; students: StudentResult[] } {
	const submitted = attempts.filter((a) => a.submittedAt !== null && a.results);
	const perQuestion = questions.map((q): QuestionResult => {
		const wrong = new Map<string, { response: string; count: number; diagnosis: string }>();
		let answered = 0;
		let correct = 0;
		for (const a of submitted) {
			const g = a.results![q.id];
			const text = responseText(a.answers[q.id], q, article, lang);
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

/** The one results CSV, offered by the results page and the export tab alike: one row per
 * submitted student × question with response, right answer, score and diagnosis; headers and
 * words in the interface language, `;` and a byte order mark for German spreadsheets. Grades
 * are the stored ones the results page shows. */
export function buildResultsCsv(lesson: ExportLesson, attempts: Attempt[], lang: Lang): ExportResult {
	const records = attempts
		.filter((a) => a.submittedAt !== null)
		.map((a) => ({ student: a.nickname, submittedAt: a.submittedAt, answers: a.answers as Record<string, unknown>, grades: a.results }));
	return exportResultsCsv(lesson, records, {
		lang,
		diagnosisLabel: (code) => (code ? diagnosisLabel(code) : ''),
		responseText: (q, r) => responseText(r as Response | undefined, q, lesson.text, lesson.lang)
	});
}

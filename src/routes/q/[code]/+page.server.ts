import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { findLessonByCode, loadQuiz, type QuizInfo } from '$lib/server/lessons';
import { ATTEMPT_COOKIE_PREFIX, findAttempt, findAttemptByCode, saveDraft, submitAttempt, type AttemptHead } from '$lib/server/attempts';
import { MAX_RESPONSE_CHARS, answerKindOf, describeAnswer, firstTooLongAnswer, gradeQuestion, readResponses, toPublicQuestions, type FormFields } from '$lib/server/quizzes';
import { responseText } from '$lib/server/results';
import { evidenceSentence } from '$lib/server/review';
import type { Mark, ReviewedQuestion } from '$lib/components/quiz-types';
import { m } from '$lib/i18n';

/** More form fields than any quiz needs: refused before reading them. */
const MAX_FIELDS = 600;

export const load: PageServerLoad = async ({ params, cookies }) => {
	const lesson = await findLessonByCode(params.code);
	if (!lesson) error(404, m.joinUnknown());
	const attempt = await findAttempt(lesson.id, cookies.get(ATTEMPT_COOKIE_PREFIX + lesson.id));
	if (!attempt) redirect(303, `/join?code=${encodeURIComponent(params.code)}`);
	const article = {
		title: lesson.title,
		lang: lesson.lang,
		text: lesson.text,
		source: lesson.source,
		paragraphs: lesson.analysis.paragraphs,
		headings: lesson.analysis.sentences.filter((s) => s.heading).map((s) => ({ start: s.start, end: s.end }))
	};
	const common = { code: params.code, nickname: attempt.nickname, layout: lesson.layout, article };
	if (attempt.submittedAt === null) {
		return {
			...common,
			mode: 'quiz' as const,
			closed: lesson.status !== 'open',
			questions: toPublicQuestions(lesson.questions, lesson.text, attempt.id, lesson.lang),
			answers: attempt.answers
		};
	}
	if (lesson.feedback === 'after_close' && lesson.status !== 'closed') return { ...common, mode: 'waiting' as const };
	const publicQuestions = toPublicQuestions(lesson.questions, lesson.text, attempt.id, lesson.lang);
	const reviewed: ReviewedQuestion[] = lesson.questions.map((q, i) => ({
		...publicQuestions[i],
		response: attempt.answers[q.id] ?? null,
		// true/false in the words of the radio labels ("Richtig", "Falsch")
		responseText: answerKindOf(q) === 'boolean' && typeof attempt.answers[q.id] === 'string' ? (attempt.answers[q.id] === 'true' ? m.yes() : attempt.answers[q.id] === 'false' ? m.no() : String(attempt.answers[q.id])) : responseText(attempt.answers[q.id], q, lesson.text, lesson.lang),
		answerText: answerKindOf(q) === 'boolean' ? (q.answer ? m.yes() : m.no()) : describeAnswer(q, lesson.lang),
		evidenceText: evidenceSentence(q, lesson.text),
		// the stored verdict; the feedback text is derived again (it is not stored)
		grade: { ...gradeQuestion(q, attempt.answers[q.id]), ...attempt.results?.[q.id] },
		evidence: q.evidence ? { start: q.evidence.start, end: q.evidence.end } : null
	}));
	const marks: Mark[] = reviewed.filter((q) => q.evidence).map((q) => ({ ...q.evidence!, kind: 'evidence', id: `ev-${q.id}` }));
	return { ...common, mode: 'feedback' as const, score: attempt.score ?? 0, maxScore: attempt.maxScore ?? lesson.questions.length, reviewed, marks };
};

/** The posted answers; urlencoded bodies (what browsers send for this form) are parsed directly,
 * which costs a fraction of the general FormData parser. The fields are indexed by name once
 * (URLSearchParams and FormData look a name up by going through all fields). */
async function readForm(request: Request): Promise<FormFields | null> {
	const type = request.headers.get('content-type') ?? '';
	const form: Iterable<[string, FormDataEntryValue]> = type.startsWith('application/x-www-form-urlencoded')
		? new URLSearchParams(await request.text())
		: await request.formData();
	const first = new Map<string, FormDataEntryValue>();
	let more: Map<string, FormDataEntryValue[]> | null = null;
	let n = 0;
	for (const [name, value] of form) {
		if (++n > MAX_FIELDS) return null;
		const seen = first.get(name);
		if (seen === undefined) first.set(name, value);
		else {
			more ??= new Map();
			const list = more.get(name);
			if (list) list.push(value);
			else more.set(name, [seen, value]);
		}
	}
	return {
		get: (name) => first.get(name) ?? null,
		getAll: (name) => more?.get(name) ?? (first.has(name) ? [first.get(name)!] : []),
		has: (name) => first.has(name)
	};
}

/** The quiz and the student's attempt for an action (one query); redirects to the join page
 * when the student has no attempt on it. */
async function quizAndAttempt(code: string, cookies: Cookies): Promise<{ quiz: QuizInfo; attempt: AttemptHead } | null> {
	const tokens = cookies
		.getAll()
		.filter((c) => c.name.startsWith(ATTEMPT_COOKIE_PREFIX))
		.map((c) => c.value);
	const found = await findAttemptByCode(code, tokens);
	if (!found) return null;
	if (!found.attempt) redirect(303, `/join?code=${encodeURIComponent(code)}`);
	return { quiz: await loadQuiz(found.lesson), attempt: found.attempt };
}

export const actions: Actions = {
	save: async ({ params, cookies, request }) => {
		const found = await quizAndAttempt(params.code, cookies);
		if (!found) return fail(404, { errors: [m.joinUnknown()] });
		const { quiz, attempt } = found;
		const form = await readForm(request);
		if (!form) return fail(413, { errors: [m.tooManyAnswers()] });
		if (attempt.submittedAt !== null) redirect(303, `/q/${params.code}`);
		if (quiz.status !== 'open') return fail(409, { errors: [m.quizClosedNotSaved()] });
		const tooLong = firstTooLongAnswer(form, quiz.questions);
		if (tooLong) return fail(400, { errors: [m.answerTooLong({ number: tooLong, max: MAX_RESPONSE_CHARS })] });
		// false: a submit of the same attempt came first; its answers stand, this draft is not saved
		if (!(await saveDraft(attempt.id, readResponses(form, quiz.questions)))) redirect(303, `/q/${params.code}`);
		return { saved: Date.now() };
	},
	submit: async ({ params, cookies, request }) => {
		const found = await quizAndAttempt(params.code, cookies);
		if (!found) return fail(404, { errors: [m.joinUnknown()] });
		const { quiz, attempt } = found;
		if (attempt.submittedAt !== null) redirect(303, `/q/${params.code}`);
		const form = await readForm(request);
		if (!form) return fail(413, { errors: [m.tooManyAnswers()] });
		if (quiz.status !== 'open') return fail(409, { errors: [m.joinClosed()] });
		const tooLong = firstTooLongAnswer(form, quiz.questions);
		if (tooLong) return fail(400, { errors: [m.answerTooLong({ number: tooLong, max: MAX_RESPONSE_CHARS })] });
		const answers = readResponses(form, quiz.questions);
		const open = quiz.questions.map((q, i) => ({ id: q.id, number: i + 1 })).filter((q) => answers[q.id] === undefined);
		if (open.length && form.get('confirm') !== '1') {
			await saveDraft(attempt.id, answers);
			return fail(400, { unanswered: open, errors: [] as string[] });
		}
		await submitAttempt(attempt, quiz.questions, answers);
		redirect(303, `/q/${params.code}`);
	}
};

import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { ArticleError } from '$lib/server/articles';
import { confirmLessonSpeaker, reanalyzeLesson, updateLessonQuestions, type Lesson } from '$lib/server/lessons';
import { applyConfirmations, findUnsureQuotes, listSpeakerConfirmations } from '$lib/server/speaker-review';
import { applyMatchEdit, evidenceSentence, markKeyOf, matchKeyOf } from '$lib/server/review';
import { analyze } from '$lib/engine/pipeline';
import { countAttempts } from '$lib/server/attempts';
import { MAX_QUESTIONS, answerKindOf, applyQuestionEdit, describeAnswer, type QuestionDraft } from '$lib/server/quizzes';
import { formatValue } from '$lib/components/format';
import type { AnswerKind, Mark } from '$lib/components/quiz-types';
import type { Lang, Question, Span } from '$lib/engine/types';
import { m } from '$lib/i18n';

function toleranceOf(q: Question, lang: Lang): { min: string; max: string } | null {
	const t = q.tolerance as { min?: unknown; max?: unknown } | undefined;
	if (answerKindOf(q) !== 'number' || typeof q.answer !== 'number') return null;
	const min = typeof t?.min === 'number' ? t.min : q.answer;
	const max = typeof t?.max === 'number' ? t.max : q.answer;
	return { min: formatValue(min, lang), max: formatValue(max, lang) };
}

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	const a = lesson.analysis;
	const speakers: string[] = [];
	for (const q of a.quotes) if (q.speaker && !speakers.includes(q.speaker)) speakers.push(q.speaker);
	const marks: Mark[] = [
		...a.quotes.map((q): Mark => {
			const n = q.speaker ? speakers.indexOf(q.speaker) + 1 : 0;
			return { start: q.start, end: q.end, kind: 'quote', speaker: n, label: q.speaker ? `${n} ${q.speaker}` : m.unknownSpeaker() };
		}),
		...a.numbers.map((n): Mark => ({ start: n.start, end: n.end, kind: 'number' })),
		...lesson.questions.filter((q) => q.evidence).map((q): Mark => ({ start: q.evidence.start, end: q.evidence.end, kind: 'anchor', id: `ev-${q.id}` }))
	];
	const questions = lesson.questions.map((q, index) => {
		const kind = answerKindOf(q);
		return {
			index,
			id: q.id,
			type: q.type,
			kind,
			prompt: String(q.prompt),
			answerText: describeAnswer(q, lesson.lang),
			answerRaw: kind === 'boolean' ? String(q.answer) : formatValue(q.answer, lesson.lang),
			options: Array.isArray(q.options) ? q.options.map((o) => formatValue(o, lesson.lang)) : [],
			evidenceText: evidenceSentence(q, lesson.text),
			explanation: typeof q.explanation === 'string' ? q.explanation : '',
			tolerance: toleranceOf(q, lesson.lang),
			match: matchKeyOf(q, lesson.text),
			markKey: markKeyOf(q, lesson.text),
			teacherConfirmed: q.teacherConfirmed === true,
			// a false statement's key: what the article says instead (true/false questions)
			fact: typeof q.fact === 'string' && q.answer === false ? q.fact : ''
		};
	});
	// the quotes whose speaker the engine is unsure of, from a fresh run (the stored analysis keeps
	// no certainties) with the teacher's confirmations applied
	const confirmed = await listSpeakerConfirmations(lesson.id);
	const fresh = analyze(lesson.text, { lang: lesson.lang, questions: false });
	applyConfirmations(fresh, confirmed);
	return {
		lesson: { id: lesson.id, title: lesson.title, lang: lesson.lang, status: lesson.status, joinCode: lesson.joinCode, source: lesson.source, text: lesson.text },
		paragraphs: a.paragraphs,
		headings: a.sentences.filter((s) => s.heading).map((s) => ({ start: s.start, end: s.end })),
		speakers,
		marks,
		questions,
		typeFilter: url.searchParams.get('typ') ?? '',
		types: a.questionTypes ?? [...new Set(lesson.questions.map((q) => q.type))],
		unsure: findUnsureQuotes(fresh, confirmed),
		nothingToAsk: a.quotes.length === 0 && a.numbers.length === 0,
		locked: (await countAttempts(lesson.id)) > 0
	};
};

async function editable(locals: App.Locals, url: URL, id: string): Promise<Lesson | ReturnType<typeof fail>> {
	const { lesson } = await requireOwnLesson(locals, url, id);
	if ((await countAttempts(lesson.id)) > 0) return fail(409, { errors: [m.locked()] });
	return lesson;
}

/** A question the page sent back to undo its deletion: the lesson's own shape, spans in the text. */
function parseDeleted(json: string, textLength: number): Question | null {
	try {
		const q = JSON.parse(json) as Question;
		const inText = (s: unknown) => !!s && typeof s === 'object' && Number.isInteger((s as Span).start) && (s as Span).start >= 0 && (s as Span).end <= textLength;
		return q && typeof q.id === 'string' && typeof q.type === 'string' && typeof q.prompt === 'string' && inText(q.evidence) ? q : null;
	} catch {
		return null;
	}
}

function isLesson(x: unknown): x is Lesson {
	return !!x && typeof x === 'object' && 'questions' in x;
}

function draftFrom(form: FormData): QuestionDraft {
	const kind = String(form.get('kind') ?? 'text') as AnswerKind;
	return {
		kind: ['choice', 'number', 'text', 'boolean'].includes(kind) ? kind : 'text',
		prompt: String(form.get('prompt') ?? ''),
		answer: String(form.get('answer') ?? ''),
		options: String(form.get('options') ?? ''),
		evidence: form.has('evidence') ? String(form.get('evidence')) : undefined,
		min: form.has('min') ? String(form.get('min')) : undefined,
		max: form.has('max') ? String(form.get('max')) : undefined
	};
}

export const actions: Actions = {
	edit: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const form = await request.formData();
		const id = String(form.get('id'));
		const index = lesson.questions.findIndex((q) => q.id === id);
		if (index < 0) return fail(404, { errors: [m.notFound()] });
		let result = applyQuestionEdit(lesson.questions[index], draftFrom(form), lesson.text, lesson.lang);
		if (!('error' in result) && matchKeyOf(result.question, lesson.text)) result = applyMatchEdit(result.question, form);
		if ('error' in result) return fail(400, { errors: [result.error], questionId: id });
		const questions = lesson.questions.slice();
		questions[index] = result.question;
		await updateLessonQuestions(lesson.id, lesson.ownerId!, questions);
		return { saved: id };
	},
	add: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		if (lesson.questions.length >= MAX_QUESTIONS) return fail(400, { errors: [m.tooManyQuestions()], adding: true });
		const form = await request.formData();
		const result = applyQuestionEdit(null, draftFrom(form), lesson.text, lesson.lang);
		if ('error' in result) return fail(400, { errors: [result.error], adding: true });
		await updateLessonQuestions(lesson.id, lesson.ownerId!, [...lesson.questions, result.question]);
		return { saved: result.question.id };
	},
	delete: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const id = String((await request.formData()).get('id'));
		const index = lesson.questions.findIndex((q) => q.id === id);
		if (index < 0) return {};
		await updateLessonQuestions(lesson.id, lesson.ownerId!, lesson.questions.filter((q) => q.id !== id));
		// the deleted question goes back to the page for "undo" (restore below)
		return { deleted: { question: JSON.stringify(lesson.questions[index]), index } };
	},
	restore: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const form = await request.formData();
		const question = parseDeleted(String(form.get('question') ?? ''), lesson.text.length);
		if (!question || lesson.questions.some((q) => q.id === question.id)) return fail(400, { errors: [m.notFound()] });
		if (lesson.questions.length >= MAX_QUESTIONS) return fail(400, { errors: [m.tooManyQuestions()] });
		const questions = lesson.questions.slice();
		questions.splice(Math.max(0, Math.min(questions.length, Number(form.get('index')) || 0)), 0, question);
		await updateLessonQuestions(lesson.id, lesson.ownerId!, questions);
		return { saved: question.id };
	},
	confirm: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const form = await request.formData();
		const c = { start: Number(form.get('start')), end: Number(form.get('end')), speaker: String(form.get('speaker') ?? '').trim() };
		const added = Number.isInteger(c.start) && Number.isInteger(c.end) && c.speaker ? await confirmLessonSpeaker(lesson, locals.user!.id, c) : null;
		if (added === null) return fail(400, { errors: [m.notFound()] });
		return { confirmed: { speaker: c.speaker, added } };
	},
	move: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const form = await request.formData();
		const i = lesson.questions.findIndex((q) => q.id === String(form.get('id')));
		const j = i + (form.get('dir') === 'up' ? -1 : 1);
		if (i < 0 || j < 0 || j >= lesson.questions.length) return {};
		const questions = lesson.questions.slice();
		[questions[i], questions[j]] = [questions[j], questions[i]];
		await updateLessonQuestions(lesson.id, lesson.ownerId!, questions);
		return { moved: questions[j].id };
	},
	regenerate: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const form = await request.formData();
		const types = form.getAll('types').map(String).filter(Boolean);
		const count = Math.max(0, Math.min(MAX_QUESTIONS, Number(form.get('count')) || 0));
		try {
			if (!(await reanalyzeLesson(lesson, lesson.lang, { types, count: count || undefined }))) return fail(400, { errors: [m.regenerateNoTypes()] });
		} catch (error) {
			if (error instanceof ArticleError) return fail(503, { errors: [error.message] });
			throw error;
		}
		return {};
	},
	lang: async ({ locals, url, params, request }) => {
		const lesson = await editable(locals, url, params.id);
		if (!isLesson(lesson)) return lesson;
		const v = String((await request.formData()).get('lang'));
		const lang: Lang | 'auto' = v === 'de' || v === 'en' ? v : 'auto';
		try {
			await reanalyzeLesson(lesson, lang);
		} catch (error) {
			if (error instanceof ArticleError) return fail(503, { errors: [error.message] });
			throw error;
		}
		return {};
	}
};

// A lesson restored from its backup (the export tab's JSON): a new draft lesson of the teacher
// with the backup's article, questions and settings; the submitted answers it carries are
// submitted again under the same nicknames and graded by the engine.
import { importBackup } from '$lib/export';
import type { Response } from '$lib/components/quiz-types';
import { createAttempt, normalizeNickname, submitAttempt } from './attempts';
import { createLesson, type Lesson } from './lessons';
import type { ArticleLayout, FeedbackMode } from './db';

const FEEDBACK: FeedbackMode[] = ['now', 'after_close'];
const LAYOUT: ArticleLayout[] = ['beside', 'first'];

const pick = <T extends string>(allowed: T[], value: unknown, fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** a stored response: text, or a match's {index: name} */
function asResponse(x: unknown): Response | null {
	if (typeof x === 'string') return x;
	if (x && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'string')) return x as Response;
	return null;
}

/** Restores a backup for `ownerId`; throws the library's BackupError (with its reasons) when
 * the file is no valid backup, ArticleError when the article is too long. */
export async function restoreLessonBackup(ownerId: string, bytes: Uint8Array): Promise<Lesson> {
	const { lesson, attempts } = importBackup(bytes);
	const settings = lesson.settings ?? {};
	const created = await createLesson({
		ownerId,
		title: lesson.title,
		text: lesson.text,
		lang: lesson.lang,
		source: lesson.source ?? null,
		restored: { questions: lesson.questions, feedback: pick(FEEDBACK, settings.feedback, 'now'), layout: pick(LAYOUT, settings.layout, 'beside') }
	});
	for (const a of attempts) {
		if (a.submittedAt === null || a.submittedAt === undefined) continue;
		const answers: Record<string, Response> = {};
		for (const [id, r] of Object.entries(a.answers ?? {})) {
			const response = asResponse(r);
			if (response !== null) answers[id] = response;
		}
		const { attempt } = await createAttempt(created.id, normalizeNickname(a.student) || '?');
		await submitAttempt(attempt, created.questions, answers);
	}
	return created;
}

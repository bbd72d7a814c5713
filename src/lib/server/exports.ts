import { exportLesson, isExportFormat, FORMATS, type ExportFormat, type ExportLesson, type ExportResult } from '$lib/export';
import type { Lesson } from './lessons';
import { listAttempts } from './attempts';

export { FORMATS, isExportFormat };
export type { ExportFormat };

/** The export library's view of a stored lesson. */
function toExportLesson(lesson: Lesson): ExportLesson {
	return {
		title: lesson.title,
		lang: lesson.lang,
		text: lesson.text,
		source: lesson.source ?? undefined,
		questions: lesson.questions,
		settings: { feedback: lesson.feedback, layout: lesson.layout }
	} as ExportLesson;
}

/** Builds one export of a lesson; results and backups include the submitted attempts (graded
 * again by the engine, so the file never depends on how grades are stored). */
export async function buildLessonExport(lesson: Lesson, format: ExportFormat): Promise<ExportResult> {
	const withAttempts = format === 'results-csv' || format === 'backup';
	const attempts = withAttempts
		? (await listAttempts(lesson.id))
				.filter((a) => a.submittedAt !== null)
				.map((a) => ({ student: a.nickname, submittedAt: a.submittedAt, answers: a.answers as Record<string, unknown>, grades: null }))
		: undefined;
	return exportLesson(format, toExportLesson(lesson), attempts ? { attempts } : {});
}

/** What each format loses for this lesson, for the export page. */
export function describeLosses(lesson: Lesson): { format: ExportFormat; label: string; losses: string[] }[] {
	const l = toExportLesson(lesson);
	return (Object.keys(FORMATS) as ExportFormat[])
		.filter((f) => f !== 'results-csv' && f !== 'backup')
		.map((format) => {
			let losses: string[] = [];
			try {
				losses = exportLesson(format, l).losses.map((x) => x.message);
			} catch {
				losses = [];
			}
			return { format, label: FORMATS[format].label, losses };
		});
}

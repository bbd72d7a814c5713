import { exportLesson, isExportFormat, FORMATS, type ExportFormat, type ExportLesson, type ExportResult, type Loss } from '$lib/export';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { Lang } from '$lib/engine/types';
import type { Lesson } from './lessons';
import { listAttempts } from './attempts';
import { buildResultsCsv } from './results';

export { FORMATS, isExportFormat };
export type { ExportFormat };

/** The export library's view of a stored lesson. */
export function toExportLesson(lesson: Lesson): ExportLesson {
	return {
		title: lesson.title,
		lang: lesson.lang,
		text: lesson.text,
		source: lesson.source ?? undefined,
		questions: lesson.questions,
		settings: { feedback: lesson.feedback, layout: lesson.layout }
	} as ExportLesson;
}

/** the interface language of the request (German outside one) */
export function interfaceLang(): Lang {
	try {
		return getLocale() === 'en' ? 'en' : 'de';
	} catch {
		return 'de';
	}
}

/** Builds one export of a lesson. Backups include the submitted attempts (graded again by the
 * engine, so the file never depends on how grades are stored); the results CSV is the one the
 * results page offers. CSV follows the interface language (`;` for German spreadsheets). */
export async function buildLessonExport(lesson: Lesson, format: ExportFormat): Promise<ExportResult> {
	const lang = interfaceLang();
	if (format === 'results-csv') return buildResultsCsv(toExportLesson(lesson), await listAttempts(lesson.id), lang);
	const attempts =
		format === 'backup'
			? (await listAttempts(lesson.id))
					.filter((a) => a.submittedAt !== null)
					.map((a) => ({ student: a.nickname, submittedAt: a.submittedAt, answers: a.answers as Record<string, unknown>, grades: null }))
			: undefined;
	return exportLesson(format, toExportLesson(lesson), { ...(attempts ? { attempts } : {}), ...(format === 'csv' ? { lang } : {}) });
}

type Message = (inputs?: Record<string, never>, options?: { locale?: 'de' | 'en' }) => string;
const messages = m as unknown as Record<string, Message | undefined>;

const camel = (code: string) => code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** formats whose losses read alike share one wording */
const FAMILY: Record<ExportFormat, string> = { moodle: 'moodle', gift: 'moodle', qti: 'qti', h5p: 'h5p', csv: 'csv', 'results-csv': 'csv', worksheet: 'worksheet', key: 'worksheet', backup: 'backup' };

/** a format's name in the interface language */
export const formatLabel = (format: ExportFormat) => messages[`exportFormat_${camel(format)}`]?.() ?? FORMATS[format].label;

/** a loss in the interface language: the format's own wording, else the shared one, else the
 * library's English */
export function lossText(format: ExportFormat, loss: Loss, numberOf: (id: string) => string = (id) => id): string {
	const msg = messages[`exportLoss_${FAMILY[format]}_${camel(loss.code)}`] ?? messages[`exportLoss_${camel(loss.code)}`];
	const text = msg ? msg() : loss.message.replace(/^[^:]+: /, '');
	return loss.questions.length ? `${text} (${m.exportLossQuestions({ list: loss.questions.map(numberOf).join(', ') })})` : text;
}

/** What each format loses for this lesson, for the export page. */
export function describeLosses(lesson: Lesson): { format: ExportFormat; label: string; losses: string[] }[] {
	const l = toExportLesson(lesson);
	const numberOf = (id: string) => String(lesson.questions.findIndex((q) => q.id === id) + 1 || id);
	return (Object.keys(FORMATS) as ExportFormat[])
		.filter((f) => f !== 'results-csv' && f !== 'backup')
		.map((format) => {
			let losses: string[] = [];
			try {
				losses = exportLesson(format, l).losses.map((x) => lossText(format, x, numberOf));
			} catch {
				losses = [];
			}
			return { format, label: formatLabel(format), losses };
		});
}

/** an export as a download */
export function exportResponse(result: ExportResult): Response {
	const name = result.filename;
	return new Response(new Blob([result.bytes as Uint8Array<ArrayBuffer>]), {
		headers: {
			'content-type': result.mime,
			'content-disposition': `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
			'cache-control': 'no-store'
		}
	});
}

// Exports of a lesson: Moodle XML, GIFT, QTI 3.0, H5P, CSV (questions, results), printable
// worksheet and answer key, lesson backup. Each returns bytes, a file name, a MIME type and the
// list of what the format could not carry. Pure TypeScript: usable from the CLI and from server
// routes alike.
import { analyze } from '../engine/pipeline.ts';
import type { Analysis, Lang } from '../engine/types.ts';
import type { AttemptRecord, ExportFormat, ExportLesson, ExportOptions, ExportResult } from './types.ts';
import { titleFromText } from './common.ts';
import { exportMoodle } from './moodle.ts';
import { exportGift } from './gift.ts';
import { exportQti } from './qti.ts';
import { exportH5p, type H5pOptions } from './h5p.ts';
import { exportQuestionsCsv, exportResultsCsv, type CsvOptions } from './csv.ts';
import { exportWorksheet, exportAnswerKey, type WorksheetOptions } from './worksheet.ts';
import { exportBackup } from './backup.ts';

export type * from './types.ts';
export { exportMoodle } from './moodle.ts';
export { exportGift, giftEscape } from './gift.ts';
export { exportQti } from './qti.ts';
export { exportH5p, H5P_LIBRARIES } from './h5p.ts';
export { exportQuestionsCsv, exportResultsCsv, neutralise, toCsv } from './csv.ts';
export { exportWorksheet, exportAnswerKey, renderWorksheet, renderAnswerKey } from './worksheet.ts';
export { exportBackup, importBackup, parseBackup, lessonBackup, BackupError, BACKUP_FORMAT, BACKUP_VERSION } from './backup.ts';
export { layoutLines, toItem } from './common.ts';

export const FORMATS: Record<ExportFormat, { label: string; extension: string }> = {
	moodle: { label: 'Moodle XML', extension: '.xml' },
	gift: { label: 'GIFT', extension: '.txt' },
	qti: { label: 'QTI 3.0 package', extension: '.zip' },
	h5p: { label: 'H5P Question Set', extension: '.h5p' },
	csv: { label: 'CSV (questions)', extension: '.csv' },
	'results-csv': { label: 'CSV (results)', extension: '.csv' },
	worksheet: { label: 'Worksheet (HTML, print to PDF)', extension: '.html' },
	key: { label: 'Answer key (HTML, print to PDF)', extension: '.html' },
	backup: { label: 'Lesson backup (JSON)', extension: '.json' }
};

export const isExportFormat = (f: string): f is ExportFormat => Object.hasOwn(FORMATS, f);

export type AnyExportOptions = ExportOptions & H5pOptions & CsvOptions & WorksheetOptions & { attempts?: AttemptRecord[] };

/** one export by format name */
export function exportLesson(format: ExportFormat, lesson: ExportLesson, options: AnyExportOptions = {}): ExportResult {
	switch (format) {
		case 'moodle':
			return exportMoodle(lesson);
		case 'gift':
			return exportGift(lesson);
		case 'qti':
			return exportQti(lesson, options);
		case 'h5p':
			return exportH5p(lesson, options);
		case 'csv':
			return exportQuestionsCsv(lesson, options);
		case 'results-csv':
			return exportResultsCsv(lesson, options.attempts ?? [], options);
		case 'worksheet':
			return exportWorksheet(lesson, options);
		case 'key':
			return exportAnswerKey(lesson, options);
		case 'backup':
			return exportBackup(lesson, options);
	}
}

/** a lesson from an analysis (its questions as generated) */
export function lessonFromAnalysis(a: Analysis, meta: { title?: string; source?: string | null } = {}): ExportLesson {
	return { title: meta.title?.trim() || titleFromText(a.doc.text), lang: a.lang, text: a.doc.text, source: meta.source ?? null, questions: a.questions };
}

/** analyse an article and make a lesson of it */
export function lessonFromText(text: string, options: { lang?: Lang | 'auto'; title?: string; source?: string | null } = {}): ExportLesson {
	return lessonFromAnalysis(analyze(text, { lang: options.lang ?? 'auto', questions: true }), options);
}

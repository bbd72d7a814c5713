// The data an export reads and what it gives back. Pure data: the web app maps its stored lesson
// and attempts onto these shapes; the CLI builds them from `analyze()`.
import type { Lang, Question } from '../engine/types.ts';

/** Lesson settings the app keeps next to the questions (feedback mode, layout, …); carried
 * unchanged by the backup, ignored by the other formats. */
export type LessonSettings = Record<string, unknown>;

export interface ExportLesson {
	title: string;
	lang: Lang;
	/** the article exactly as analysed: question offsets point into it */
	text: string;
	source?: string | null;
	questions: Question[];
	settings?: LessonSettings;
	/** the stored analysis (optional, JSON), carried by the backup only */
	analysis?: unknown;
}

/** One grade as the app stores it (the engine's `score()` result). */
export interface AttemptGrade {
	score: number;
	correct: boolean;
	diagnosis?: string;
	feedback?: string;
}

/** One student's attempt: the responses by question id and, once graded, the grades. */
export interface AttemptRecord {
	student: string;
	/** epoch milliseconds or an ISO string; null while not submitted */
	submittedAt?: number | string | null;
	answers: Record<string, unknown>;
	/** missing or null: graded here with the engine's `score()` */
	grades?: Record<string, AttemptGrade> | null;
}

export type ExportFormat = 'moodle' | 'gift' | 'qti' | 'h5p' | 'csv' | 'results-csv' | 'worksheet' | 'key' | 'backup';

/** What a format could not carry, with the questions concerned (none: the whole lesson). */
export interface Loss {
	code: string;
	/** "GIFT: evidence highlighting not available" */
	message: string;
	questions: string[];
}

export interface ExportResult {
	format: ExportFormat;
	bytes: Uint8Array;
	/** a file name for downloads, from the lesson title */
	filename: string;
	mime: string;
	losses: Loss[];
}

export interface ExportOptions {
	/** ISO date written into the backup and package metadata; default now (tests pin it) */
	now?: string;
}

// Lesson backup: the article, its questions, settings and optionally the attempts, as one JSON
// file; importing validates it (valibot) and gives back exactly what was exported.
import * as v from 'valibot';
import type { Question } from '../engine/types.ts';
import type { AttemptRecord, ExportLesson, ExportOptions, ExportResult } from './types.ts';
import { encoder, slug } from './common.ts';

export const BACKUP_FORMAT = 'wortlaut-lesson';
export const BACKUP_VERSION = 1;
/** larger files are refused before parsing */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const SpanSchema = v.object({ start: v.pipe(v.number(), v.integer(), v.minValue(0)), end: v.pipe(v.number(), v.integer(), v.minValue(0)) });

export const QuestionSchema = v.looseObject({
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	type: v.pipe(v.string(), v.minLength(1)),
	target: v.pipe(v.string(), v.minLength(1)),
	prompt: v.string(),
	answer: v.optional(v.unknown()),
	options: v.optional(v.array(v.unknown())),
	evidence: SpanSchema,
	context: v.optional(SpanSchema),
	explanation: v.optional(v.string())
});

export const LessonSchema = v.pipe(
	v.object({
		title: v.string(),
		lang: v.picklist(['de', 'en']),
		text: v.string(),
		source: v.optional(v.nullable(v.string())),
		questions: v.array(QuestionSchema),
		settings: v.optional(v.record(v.string(), v.unknown())),
		analysis: v.optional(v.unknown())
	}),
	v.check((l) => new Set(l.questions.map((q) => q.id)).size === l.questions.length, 'question ids must be unique'),
	v.check((l) => l.questions.every((q) => q.evidence.start <= q.evidence.end && q.evidence.end <= l.text.length), 'every question evidence must lie inside the article')
);

const GradeSchema = v.object({ score: v.number(), correct: v.boolean(), diagnosis: v.optional(v.string()), feedback: v.optional(v.string()) });

export const AttemptSchema = v.object({
	student: v.string(),
	submittedAt: v.optional(v.nullable(v.union([v.number(), v.string()]))),
	answers: v.record(v.string(), v.unknown()),
	grades: v.optional(v.nullable(v.record(v.string(), GradeSchema)))
});

export const BackupSchema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.string(),
	lesson: LessonSchema,
	attempts: v.optional(v.array(AttemptSchema))
});

export interface LessonBackup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exportedAt: string;
	lesson: ExportLesson;
	attempts?: AttemptRecord[];
}

export interface BackupOptions extends ExportOptions {
	attempts?: AttemptRecord[];
}

export function lessonBackup(lesson: ExportLesson, options: BackupOptions = {}): LessonBackup {
	const backup: LessonBackup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: options.now ?? new Date().toISOString(), lesson };
	if (options.attempts) backup.attempts = options.attempts;
	return backup;
}

export function exportBackup(lesson: ExportLesson, options: BackupOptions = {}): ExportResult {
	const json = JSON.stringify(lessonBackup(lesson, options), null, '\t') + '\n';
	// what JSON cannot hold (NaN, undefined, functions) would silently change on the way back
	const check = parseBackup(json);
	if (!check.ok) throw new Error(`lesson cannot be backed up: ${check.errors.join('; ')}`);
	return { format: 'backup', bytes: encoder.encode(json), filename: `${slug(lesson.title)}.wortlaut.json`, mime: 'application/json', losses: [] };
}

export type BackupResult = { ok: true; backup: LessonBackup } | { ok: false; errors: string[] };

/** Reads and validates a backup (text or bytes). On success the lesson and attempts are exactly
 * those exported, key order included. */
export function parseBackup(input: string | Uint8Array): BackupResult {
	const size = typeof input === 'string' ? input.length : input.byteLength;
	if (size > MAX_BACKUP_BYTES) return { ok: false, errors: [`file too large (${size} bytes, at most ${MAX_BACKUP_BYTES})`] };
	let data: unknown;
	try {
		const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { ok: false, errors: [`not a JSON file: ${error instanceof Error ? error.message : String(error)}`] };
	}
	const r = v.safeParse(BackupSchema, data);
	if (!r.success) {
		return {
			ok: false,
			errors: r.issues.slice(0, 20).map((i) => {
				const path = v.getDotPath(i);
				return path ? `${path}: ${i.message}` : i.message;
			})
		};
	}
	// the input itself (valibot's output rebuilds objects with the known keys first)
	return { ok: true, backup: data as LessonBackup };
}

export class BackupError extends Error {
	constructor(public errors: string[]) {
		super(`invalid lesson backup: ${errors.join('; ')}`);
	}
}

/** the lesson (and attempts) of a backup; throws BackupError when the file is not valid */
export function importBackup(input: string | Uint8Array): { lesson: ExportLesson; attempts: AttemptRecord[]; exportedAt: string } {
	const r = parseBackup(input);
	if (!r.ok) throw new BackupError(r.errors);
	return { lesson: { ...r.backup.lesson, questions: r.backup.lesson.questions as Question[] }, attempts: r.backup.attempts ?? [], exportedAt: r.backup.exportedAt };
}

// `cli export ARTICLE.txt --format F --out FILE`: analyse an article (or read a lesson backup),
// export it, write the file and print what the format lost to stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Lang } from '../engine/types.ts';
import type { AttemptRecord, ExportFormat, ExportLesson } from './types.ts';
import { FORMATS, exportAnswerKey, exportLesson, importBackup, isExportFormat, lessonFromText } from './index.ts';

export const EXPORT_USAGE = `  cli export ARTICLE.txt --format FORMAT --out FILE [--lang de|en|auto] [--title T]
       [--attempts ATTEMPTS.json] [--delimiter ';']
       FORMAT: moodle | gift | qti | h5p | csv | worksheet (also writes FILE-key.html) | key | backup | results-csv
       ARTICLE may also be a lesson backup (.json); --out - writes to standard output`;

function usage(message: string): never {
	const e = new Error(message) as Error & { exitCode: number };
	e.exitCode = 2;
	throw e;
}

/** FILE.html → FILE-key.html */
export const keyPath = (out: string) => {
	const ext = extname(out);
	return `${ext ? out.slice(0, -ext.length) : out}-key${ext || '.html'}`;
};

function readLesson(file: string, lang: Lang | 'auto', title?: string): { lesson: ExportLesson; attempts: AttemptRecord[] } {
	const raw = readFileSync(file, 'utf8');
	if (/^\uFEFF?\s*\{/.test(raw) && /"format"\s*:\s*"wortlaut-lesson"/.test(raw.slice(0, 4096))) {
		const b = importBackup(raw);
		return { lesson: title ? { ...b.lesson, title } : b.lesson, attempts: b.attempts };
	}
	const fallback = basename(file, extname(file));
	const lesson = lessonFromText(raw, { lang, title });
	if (!title && !lesson.title.trim()) lesson.title = fallback;
	return { lesson, attempts: [] };
}

/** runs the command; returns the exit status (0 ok, 1 cannot read/write, 2 usage) */
export function commandExport(args: string[], io: { stdout: (b: Uint8Array) => void; stderr: (s: string) => void }): number {
	let format: string | undefined, out: string | undefined, title: string | undefined, attemptsFile: string | undefined;
	let lang: Lang | 'auto' = 'auto';
	let delimiter: ',' | ';' | '\t' | undefined;
	const files: string[] = [];
	try {
		for (let i = 0; i < args.length; i++) {
			const a = args[i];
			const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
			const next = () => inline ?? args[++i] ?? usage(`${flag} needs a value`);
			if (flag === '--format') format = next();
			else if (flag === '--out' || flag === '-o') out = next();
			else if (flag === '--title') title = next();
			else if (flag === '--attempts') attemptsFile = next();
			else if (flag === '--lang') {
				const v = next();
				if (v !== 'de' && v !== 'en' && v !== 'auto') usage(`unsupported language: ${v} (use de, en or auto)`);
				lang = v;
			} else if (flag === '--delimiter') {
				const v = next();
				if (v !== ',' && v !== ';' && v !== '\t' && v !== 'tab') usage(`unsupported delimiter: ${v} (use , ; or tab)`);
				delimiter = v === 'tab' ? '\t' : (v as ',' | ';' | '\t');
			} else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
			else files.push(a);
		}
		if (files.length !== 1) usage('export needs exactly one ARTICLE file');
		if (!format) usage(`export needs --format (${Object.keys(FORMATS).join(', ')})`);
		if (!isExportFormat(format)) usage(`unknown format ${format} (use ${Object.keys(FORMATS).join(', ')})`);
		if (!out) usage('export needs --out FILE (or --out - for standard output)');
	} catch (error) {
		io.stderr(`${error instanceof Error ? error.message : String(error)}\nusage:\n${EXPORT_USAGE}\n`);
		return 2;
	}
	const fmt = format as ExportFormat;
	let lesson: ExportLesson, attempts: AttemptRecord[];
	try {
		({ lesson, attempts } = readLesson(files[0], lang, title));
		if (attemptsFile) {
			const parsed = JSON.parse(readFileSync(attemptsFile, 'utf8'));
			attempts = Array.isArray(parsed) ? parsed : Array.isArray(parsed?.attempts) ? parsed.attempts : [];
		}
	} catch (error) {
		io.stderr(`cannot read ${files[0]}: ${error instanceof Error ? error.message : String(error)}\n`);
		return 1;
	}
	const result = exportLesson(fmt, lesson, { attempts: fmt === 'backup' && !attempts.length ? undefined : attempts, delimiter });
	const written: string[] = [];
	try {
		if (out === '-') io.stdout(result.bytes);
		else {
			writeFileSync(out!, result.bytes);
			written.push(out!);
			if (fmt === 'worksheet') {
				const key = keyPath(out!);
				writeFileSync(key, exportAnswerKey(lesson).bytes);
				written.push(key);
			}
		}
	} catch (error) {
		io.stderr(`cannot write ${out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
		return 1;
	}
	for (const w of written) io.stderr(`wrote ${w}\n`);
	io.stderr(`${FORMATS[fmt].label}: ${lesson.questions.length} questions\n`);
	for (const l of result.losses) io.stderr(`lost: ${l.message}${l.questions.length ? ` (${l.questions.join(', ')})` : ''}\n`);
	return 0;
}

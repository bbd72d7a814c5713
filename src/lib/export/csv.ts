// CSV of the questions (one row each, with answer key and evidence as offsets and line numbers)
// and of results (one row per student × question). RFC 4180 quoting; a UTF-8 byte order mark so
// spreadsheet programs read umlauts; cells that a spreadsheet would run as a formula (starting
// with = + - @, tab or carriage return) get a leading apostrophe, except plain numbers.
import type { Lang, Question, Span } from '../engine/types.ts';
import { score as engineScore } from '../engine/scoring/score.ts';
import type { AttemptRecord, ExportLesson, ExportResult } from './types.ts';
import { Losses, alsoAccepted, answerText, encoder, itemPrompt, layoutLines, lessonItems, optionText, slug, booleanWord, type Item } from './common.ts';

export interface CsvOptions {
	/** default ';' for German (German spreadsheet programs split only at it), else ',' */
	delimiter?: ',' | ';' | '\t';
	/** the reader's language (results: column headers, diagnosis words; both: the default
	 * delimiter); default the lesson's */
	lang?: Lang;
	/** words for a diagnosis code ("other-speaker"), e.g. the app's interface words */
	diagnosisLabel?: (code: string) => string;
	/** a response as the reader sees it (default: responseText below) */
	responseText?: (q: Question, response: unknown) => string;
	bom?: boolean;
	/** characters per line when numbering the article's lines (as the worksheet does) */
	lineWidth?: number;
}

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** a cell a spreadsheet will not run as a formula */
export function neutralise(cell: string): string {
	if (/^[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell)) return `'${cell}`;
	return cell;
}

export const csvDelimiter = (options: CsvOptions, lang: Lang) => options.delimiter ?? ((options.lang ?? lang) === 'de' ? ';' : ',');

export function toCsv(rows: (string | number | boolean | null | undefined)[][], options: CsvOptions = {}): string {
	const d = options.delimiter ?? ',';
	const cell = (v: string | number | boolean | null | undefined) => {
		const s = neutralise(v === null || v === undefined ? '' : String(v));
		return s.includes(d) || /["\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
	};
	return (options.bom === false ? '' : '\uFEFF') + rows.map((r) => r.map(cell).join(d)).join('\r\n') + '\r\n';
}

const isSpan = (x: unknown): x is Span => !!x && typeof x === 'object' && typeof (x as Span).start === 'number' && typeof (x as Span).end === 'number';

export const QUESTION_COLUMNS = ['number', 'id', 'type', 'target', 'prompt', 'answer', 'also_accepted', 'options', 'evidence_lines', 'evidence_start', 'evidence_end', 'evidence_text', 'explanation'];

export function exportQuestionsCsv(lesson: ExportLesson, options: CsvOptions = {}): ExportResult {
	const items = lessonItems(lesson);
	const layout = layoutLines(lesson.text, options.lineWidth);
	const rows = items.map((it, i) => {
		const e = isSpan(it.q.evidence) ? it.q.evidence : null;
		const opts = Array.isArray(it.q.options) ? it.q.options.map((o) => optionText(it.q, o, lesson.lang)) : it.kind === 'match' ? it.answers : [];
		const spans = it.kind === 'mark' ? it.spans : e ? [e] : [];
		return [
			i + 1,
			it.q.id,
			it.q.type,
			it.q.target,
			itemPrompt(it),
			answerText(it, lesson.lang),
			alsoAccepted(it).join(' | '),
			opts.join(' | '),
			spans.map((s) => layout.linesOf(s)).filter(Boolean).join(', '),
			e?.start ?? '',
			e?.end ?? '',
			e ? lesson.text.slice(e.start, e.end).replace(/\s+/g, ' ').trim() : '',
			typeof it.q.explanation === 'string' ? it.q.explanation : ''
		];
	});
	const losses = new Losses('CSV');
	losses.add('csv-structure', 'options, pairs and accepted names are flattened into text cells; the lesson backup (JSON) keeps them whole and restores the lesson');
	return {
		format: 'csv',
		bytes: encoder.encode(toCsv([QUESTION_COLUMNS, ...rows], { ...options, delimiter: csvDelimiter(options, lesson.lang) })),
		filename: `${slug(lesson.title)}.questions.csv`,
		mime: 'text/csv; charset=utf-8',
		losses: losses.list()
	};
}

/** a response as a reader sees it: marks as the marked words, matches as "1: name" */
export function responseText(item: Item, response: unknown, text: string, lang: ExportLesson['lang']): string {
	if (response === undefined || response === null) return '';
	if (typeof response === 'boolean') return booleanWord(response, lang);
	if (typeof response === 'number') return String(response);
	const marks = markSpans(response);
	if (item.kind === 'mark' && marks) return marks.map((s) => text.slice(s.start, s.end)).join(' … ');
	if (typeof response === 'string') return response === 'true' || response === 'false' ? booleanWord(response === 'true', lang) : response;
	if (Array.isArray(response)) return response.map((r, i) => `${i + 1}: ${typeof r === 'string' ? r : JSON.stringify(r)}`).join('; ');
	if (typeof response === 'object')
		return Object.entries(response as Record<string, unknown>)
			.sort(([a], [b]) => Number(a) - Number(b))
			.map(([k, v]) => `${/^\d+$/.test(k) && item.kind === 'match' ? Number(k) + 1 : k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
			.join('; ');
	return String(response);
}

/** marks as the app stores them ("201-233,445-448") or as spans */
function markSpans(r: unknown): Span[] | null {
	if (typeof r === 'string' && /^\d+-\d+(,\d+-\d+)*$/.test(r))
		return r.split(',').map((x) => {
			const [start, end] = x.split('-').map(Number);
			return { start, end };
		});
	if (Array.isArray(r) && r.every(isSpan)) return r as Span[];
	if (isSpan(r)) return [r];
	return null;
}

/** the app's stored response in the shape the engine's score() reads */
function forEngine(q: Question, r: unknown): unknown {
	if (q.target === 'mark') return markSpans(r) ?? r;
	if (q.target === 'match' && r && typeof r === 'object' && !Array.isArray(r)) {
		// the app stores {index: name} with 0-based statement indices
		const o = r as Record<string, unknown>;
		if (Object.keys(o).every((k) => /^\d+$/.test(k))) {
			const arr: unknown[] = [];
			for (const [k, v] of Object.entries(o)) arr[Number(k)] = v;
			return Array.from(arr, (v) => (typeof v === 'string' ? v : ''));
		}
	}
	return r;
}

const iso = (t: number | string | null | undefined) => (t === null || t === undefined || t === '' ? '' : typeof t === 'number' ? new Date(t).toISOString() : t);

export const RESULT_COLUMNS: Record<Lang, string[]> = {
	en: ['student', 'submitted_at', 'question_number', 'question_id', 'type', 'prompt', 'response', 'correct_answer', 'score', 'correct', 'diagnosis'],
	de: ['Schüler/in', 'Abgegeben', 'Frage Nr.', 'Frage-ID', 'Fragetyp', 'Frage', 'Antwort', 'Richtige Antwort', 'Punkte', 'Richtig', 'Diagnose']
};

/** One row per student × question, in the lesson's question order. Attempts without grades are
 * graded here with the engine. */
export function exportResultsCsv(lesson: ExportLesson, attempts: AttemptRecord[], options: CsvOptions = {}): ExportResult {
	const items = lessonItems(lesson);
	const lang = options.lang ?? lesson.lang;
	const label = options.diagnosisLabel ?? ((code: string) => code);
	const rows: (string | number | boolean)[][] = [];
	for (const a of attempts) {
		items.forEach((it, i) => {
			const response = a.answers?.[it.q.id];
			const answered = response !== undefined && response !== null && response !== '';
			const stored = a.grades?.[it.q.id];
			const g = stored ?? (answered ? engineScore(it.q, forEngine(it.q, response)) : null);
			rows.push([
				a.student,
				iso(a.submittedAt),
				i + 1,
				it.q.id,
				it.q.type,
				itemPrompt(it),
				options.responseText ? options.responseText(it.q, response) : responseText(it, response, lesson.text, lesson.lang),
				answerText(it, lesson.lang),
				g ? g.score : answered ? '' : 0,
				g ? (g.correct ? 1 : 0) : 0,
				label(g?.diagnosis ?? (answered ? '' : 'empty'))
			]);
		});
	}
	return {
		format: 'results-csv',
		bytes: encoder.encode(toCsv([RESULT_COLUMNS[lang], ...rows], { ...options, delimiter: csvDelimiter(options, lang) })),
		filename: `${slug(lesson.title)}.results.csv`,
		mime: 'text/csv; charset=utf-8',
		losses: []
	};
}

// CSV of questions and of results, and the lesson backup's round trip.
import { describe, expect, it } from 'vitest';
import { exportBackup, exportQuestionsCsv, exportResultsCsv, importBackup, neutralise, parseBackup, toCsv, toItem, layoutLines, BackupError } from '../../src/lib/export/index.ts';
import { QUESTION_COLUMNS, RESULT_COLUMNS } from '../../src/lib/export/csv.ts';
import type { AttemptRecord } from '../../src/lib/export/types.ts';
import { fixtureLesson, NASTY } from './export-fixture.ts';

const lesson = fixtureLesson();
const items = lesson.questions.map((q) => toItem(q, lesson.text, lesson.lang));

/** RFC 4180 reader */
function readCsv(src: string, d = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [], cell = '', quoted = false;
	const s = src.replace(/^\uFEFF/, '');
	for (let i = 0; i < s.length; i++) {
		const c = s[i];
		if (quoted) {
			if (c === '"' && s[i + 1] === '"') (cell += '"'), i++;
			else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === d) row.push(cell), (cell = '');
		else if (c === '\r' && s[i + 1] === '\n') {
			row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		} else cell += c;
	}
	if (cell || row.length) row.push(cell), rows.push(row);
	return rows;
}

describe('CSV cells', () => {
	it.each([
		['=1+1', "'=1+1"],
		['+49 30 1234', "'+49 30 1234"],
		['-A1', "'-A1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
		['-5', '-5'],
		['-1.5', '-1.5'],
		['12', '12'],
		['Lloyd Austin', 'Lloyd Austin'],
		['a=b', 'a=b'],
		['', '']
	])('neutralises %j', (input, expected) => expect(neutralise(input)).toBe(expected));

	it('quotes delimiters, quotes and line breaks and adds a byte order mark', () => {
		const csv = toCsv([['a,b', 'say "hi"', 'two\nlines', ' padded', '=x']]);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(readCsv(csv)).toEqual([['a,b', 'say "hi"', 'two\nlines', ' padded', "'=x"]]);
		expect(toCsv([['a;b', 'c']], { delimiter: ';', bom: false })).toBe('"a;b";c\r\n');
	});
});

describe('questions CSV', () => {
	const r = exportQuestionsCsv(lesson);
	// a German lesson: ; as German spreadsheet programs expect
	const rows = readCsv(new TextDecoder().decode(r.bytes), ';');
	const head = rows[0];
	const col = (row: string[], name: string) => row[head.indexOf(name)];

	it('has one row per question with answer key and evidence lines', () => {
		expect(head).toEqual(QUESTION_COLUMNS);
		expect(rows.length).toBe(lesson.questions.length + 1);
		expect(r.mime).toMatch(/^text\/csv/);
		const layout = layoutLines(lesson.text);
		rows.slice(1).forEach((row, i) => {
			const q = lesson.questions[i];
			expect(col(row, 'id')).toBe(q.id);
			expect(col(row, 'type')).toBe(q.type);
			expect(Number(col(row, 'evidence_start'))).toBe(q.evidence.start);
			const lines = col(row, 'evidence_lines');
			if (q.target !== 'mark') expect(lines).toBe(layout.linesOf(q.evidence));
			else expect(lines.split(', ').length).toBe((q.answer as unknown[]).length);
		});
		const tf = rows.find((row) => col(row, 'id') === 'h-true-false')!;
		expect(col(tf, 'answer')).toBe('falsch');
		const num = rows.find((row) => col(row, 'id') === 'h-number-entry')!;
		expect(col(num, 'answer')).toBe('12.000 (11.400–13.000)');
		const match = rows.find((row) => col(row, 'id') === 'h-match')!;
		expect(col(match, 'answer')).toBe(`1: Lloyd Austin; 2: ${NASTY}`);
	});

	it('neutralises a prompt that looks like a formula', () => {
		const evil = { ...lesson, questions: [{ ...lesson.questions[0], prompt: '=cmd|"/c calc"!A1' }] };
		const row = readCsv(new TextDecoder().decode(exportQuestionsCsv(evil).bytes), ';')[1];
		expect(row[QUESTION_COLUMNS.indexOf('prompt')]).toBe('\'=cmd|"/c calc"!A1');
	});
});

describe('results CSV', () => {
	const byType = (t: string) => lesson.questions.find((q) => q.id.startsWith('h-') && q.type === t)!;
	const mark = byType('mark-the-speaker');
	const markAnswer = (mark.answer as { start: number; end: number }[])[0];
	const attempts: AttemptRecord[] = [
		{
			student: '=HYPERLINK("http://evil","x")',
			submittedAt: Date.UTC(2025, 0, 2, 10, 0, 0),
			answers: {
				'h-who-said-mc': 'Lloyd Austin',
				'h-true-false': 'false',
				'h-number-entry': '12.500',
				'h-mark': `${markAnswer.start}-${markAnswer.end}`,
				'h-match': { 0: 'Lloyd Austin', 1: 'Farah Dakhlallah' }
			}
		},
		{ student: 'Ada', submittedAt: '2025-01-02T11:00:00.000Z', answers: { 'h-who-said-mc': 'Farah Dakhlallah' }, grades: { 'h-who-said-mc': { score: 0, correct: false, diagnosis: 'other-speaker' } } }
	];
	const r = exportResultsCsv(lesson, attempts, { lang: 'en' });
	const rows = readCsv(new TextDecoder().decode(r.bytes));
	const head = rows[0];
	const cell = (student: number, id: string, name: string) => {
		const row = rows.slice(1).filter((x) => x[head.indexOf('student')] === rows[1 + student * lesson.questions.length][head.indexOf('student')]).find((x) => x[head.indexOf('question_id')] === id)!;
		return row[head.indexOf(name)];
	};

	it('has one row per student and question', () => {
		expect(head).toEqual(RESULT_COLUMNS.en);
		expect(rows.length).toBe(1 + attempts.length * lesson.questions.length);
		expect(rows[1][0]).toBe('\'=HYPERLINK("http://evil","x")');
		expect(rows[1][1]).toBe('2025-01-02T10:00:00.000Z');
	});

	it('grades ungraded attempts with the engine and keeps stored grades', () => {
		expect(cell(0, 'h-who-said-mc', 'correct')).toBe('1');
		expect(cell(0, 'h-true-false', 'correct')).toBe('1');
		expect(cell(0, 'h-true-false', 'response')).toBe('falsch');
		expect(cell(0, 'h-number-entry', 'correct')).toBe('1');
		expect(cell(0, 'h-mark', 'correct')).toBe('1');
		expect(cell(0, 'h-mark', 'response')).toBe(lesson.text.slice(markAnswer.start, markAnswer.end));
		expect(cell(0, 'h-match', 'score')).toBe('0.5');
		expect(cell(0, 'h-match', 'response')).toBe('1: Lloyd Austin; 2: Farah Dakhlallah');
		expect(cell(0, 'h-cloze', 'diagnosis')).toBe('empty');
		expect(cell(1, 'h-who-said-mc', 'diagnosis')).toBe('other-speaker');
		expect(cell(1, 'h-who-said-mc', 'correct')).toBe('0');
	});
});

describe('lesson backup', () => {
	const attempts: AttemptRecord[] = [{ student: 'Ada', submittedAt: 1735812000000, answers: { q1: 'Austin', 'h-match': { 0: 'x' } }, grades: { q1: { score: 1, correct: true, diagnosis: 'correct' } } }];

	it('round-trips losslessly, key order included', () => {
		const r = exportBackup(lesson, { attempts, now: '2025-01-01T00:00:00.000Z' });
		const back = importBackup(r.bytes);
		expect(back.lesson).toEqual(lesson);
		expect(back.attempts).toEqual(attempts);
		expect(back.exportedAt).toBe('2025-01-01T00:00:00.000Z');
		const again = exportBackup(back.lesson, { attempts: back.attempts, now: back.exportedAt });
		expect(Buffer.from(again.bytes).equals(Buffer.from(r.bytes))).toBe(true);
		expect(JSON.stringify(back.lesson)).toBe(JSON.stringify(lesson));
		expect(r.losses).toEqual([]);
		expect(items.length).toBe(back.lesson.questions.length);
	});

	it('round-trips without attempts and with a stored analysis', () => {
		const withAnalysis = { ...lesson, analysis: { quotes: [{ start: 1, end: 2, speaker: null }], numbers: [] } };
		const back = importBackup(exportBackup(withAnalysis).bytes);
		expect(back.lesson).toEqual(withAnalysis);
		expect(back.attempts).toEqual([]);
	});

	it.each([
		['not JSON', '{', /not a JSON file/],
		['another format', JSON.stringify({ format: 'x', version: 1, exportedAt: '', lesson: {} }), /format/],
		['a newer version', JSON.stringify({ format: 'wortlaut-lesson', version: 2, exportedAt: '', lesson: {} }), /version/],
		['a lesson without text', JSON.stringify({ format: 'wortlaut-lesson', version: 1, exportedAt: '', lesson: { title: 't', lang: 'de', questions: [] } }), /lesson\.text/],
		['an unknown language', JSON.stringify({ format: 'wortlaut-lesson', version: 1, exportedAt: '', lesson: { title: 't', lang: 'fr', text: '', questions: [] } }), /lesson\.lang/],
		['a question without evidence', JSON.stringify({ format: 'wortlaut-lesson', version: 1, exportedAt: '', lesson: { title: 't', lang: 'de', text: 'abc', questions: [{ id: 'q1', type: 'x', target: 'speaker', prompt: 'p' }] } }), /evidence/]
	])('refuses %s', (_, input, message) => {
		const r = parseBackup(input);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
		expect(() => importBackup(input)).toThrow(BackupError);
	});

	it('refuses duplicate question ids and evidence outside the article', () => {
		expect(() => exportBackup({ ...lesson, questions: [lesson.questions[0], lesson.questions[0]] })).toThrow(/unique/);
		const dup = JSON.parse(new TextDecoder().decode(exportBackup(lesson).bytes));
		dup.lesson.questions.push(dup.lesson.questions[0]);
		expect(parseBackup(JSON.stringify(dup))).toMatchObject({ ok: false, errors: [expect.stringMatching(/unique/)] });
		const outside = JSON.parse(new TextDecoder().decode(exportBackup(lesson).bytes));
		outside.lesson.questions[0].evidence = { start: 0, end: lesson.text.length + 5 };
		expect(parseBackup(JSON.stringify(outside))).toMatchObject({ ok: false, errors: [expect.stringMatching(/inside the article/)] });
	});

	it('refuses to back up what JSON cannot carry', () => {
		expect(() => exportBackup({ ...lesson, questions: [{ ...lesson.questions[0], evidence: { start: NaN, end: 1 } }] })).toThrow(/cannot be backed up/);
	});
});

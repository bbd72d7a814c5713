// Exports that grade right where they land: each format is read back with the platform's own
// parsing (gift-pegjs for GIFT, Moodle's cloze and number rules in lms-graders.ts, QTI response
// processing, H5P blanks, csv-parse) and, per question, the answers a student would type are
// graded as the platform grades them. Invented article, invented names.
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Question } from '../../src/lib/engine/types.ts';
import type { ExportLesson } from '../../src/lib/export/types.ts';
import { exportGift, exportH5p, exportMoodle, exportQti, exportQuestionsCsv, exportResultsCsv } from '../../src/lib/export/index.ts';
import { TEXTS } from '../../src/lib/export/common.ts';
import {
	blanksAlternatives, blanksRight, extractCloze, mapResponse, moodleReadsNumber, numericalFullMarks, shortanswerFullMarks, type ClozeSub
} from './lms-graders.ts';

const TEXT = [
	'Die Stadt Lindental meldet 12.000 Besucher und einen Umsatz von 1.234,5 Millionen Euro.',
	'„Wir sind zufrieden“, sagte Bürgermeisterin Anna Berger. Sie kündigte an, das Fest zu verlängern.',
	'Paul Renner vom Bündnis 90/Die Grünen sagte, es kämen 7.500 bis 8.000 Gäste. Ida Hohl sagte, das sei zu wenig.'
].join('\n');

const at = (needle: string) => {
	const start = TEXT.indexOf(needle);
	if (start < 0) throw new Error(needle);
	return { start, end: start + needle.length };
};

/** answers a student types that must count, with characters every format treats specially */
const AWKWARD = ['Bündnis 90/Die Grünen', 'C:\\Pfad\\', 'x~y', 'Sag "ja"', '#1 {A}', 'Ziel: Frieden', 'A&B', 'a\\}b', 'L*A', 'Wert &#126;', 'A&', 'x\\', '&amp;~'];

const base = { lang: 'de', explanation: 'Steht im Artikel.' };
const QUESTIONS = [
	...AWKWARD.map((a, i) => ({ ...base, id: `t${i}`, type: 'who-said', target: 'speaker', prompt: `Wer sagte ${i}?`, answer: a, evidence: at('Paul Renner') })),
	...AWKWARD.map((a, i) => ({ ...base, id: `c${i}`, type: 'cloze', target: 'speaker', prompt: `Lücke ${i}: „___ sagte es.“`, answer: a, evidence: at('Paul Renner') })),
	{ ...base, id: 'n-exact', type: 'number-entry', target: 'number', prompt: 'Wie viele Besucher?', answer: 12000, evidence: at('12.000') },
	{ ...base, id: 'n-decimal', type: 'number-entry', target: 'number', prompt: 'Wie hoch der Umsatz (Millionen Euro)?', answer: 1234.5, evidence: at('1.234,5') },
	{ ...base, id: 'n-range', type: 'number-entry', target: 'number', prompt: 'Wie viele Gäste?', answer: 8000, tolerance: { min: 7500, max: 8000 }, integer: true, evidence: at('7.500 bis 8.000') },
	{ ...base, id: 'n-few', type: 'number-entry', target: 'number', prompt: 'Wie viele Besucher, ungefähr?', answer: 12000, tolerance: { min: 11998, max: 12002 }, integer: true, evidence: at('12.000') },
	{ ...base, id: 'n-small', type: 'number-entry', target: 'number', prompt: 'Wie viele Tage?', answer: 2.5, evidence: at('Fest') },
	{ ...base, id: 'z-exact', type: 'cloze', target: 'number', prompt: 'Ergänze: „Lindental meldet ___ Besucher.“', answer: 12000, evidence: at('12.000') },
	{ ...base, id: 'z-range', type: 'cloze', target: 'number', prompt: 'Ergänze: „es kämen ___ Gäste“', answer: 8000, tolerance: { min: 7500, max: 8000 }, evidence: at('7.500 bis 8.000') },
	{ ...base, id: 'm3', type: 'match', target: 'match', prompt: 'Ordne zu', pairs: [
		{ answer: 'Anna Berger', quote: 'Wir sind zufrieden', evidence: at('Wir sind zufrieden') },
		{ answer: 'Paul Renner', quote: 'es kämen Gäste', evidence: at('es kämen') },
		{ answer: 'Ida Hohl', quote: 'das sei zu wenig', evidence: at('das sei zu wenig') }
	], options: ['Anna Berger', 'Paul Renner', 'Ida Hohl'], evidence: at('Wir sind zufrieden') },
	{ ...base, id: 'm4', type: 'match', target: 'match', prompt: 'Ordne zu', pairs: [
		{ answer: 'Anna Berger', quote: 'Wir sind zufrieden', evidence: at('Wir sind zufrieden') },
		{ answer: 'Anna Berger', quote: 'das Fest verlängern', evidence: at('das Fest zu verlängern') },
		{ answer: 'Paul Renner', quote: 'es kämen Gäste', evidence: at('es kämen') },
		{ answer: 'Ida Hohl', quote: 'das sei zu wenig', evidence: at('das sei zu wenig') }
	], options: ['Anna Berger', 'Paul Renner', 'Ida Hohl'], evidence: at('Wir sind zufrieden') },
	{ ...base, id: 'mark', type: 'mark-the-speaker', target: 'mark', prompt: 'Markiere, wer das gesagt hat: „Wir sind zufrieden“', speaker: 'Anna Berger', answer: [at('Bürgermeisterin Anna Berger'), at('Sie')], evidence: at('„Wir sind zufrieden“') }
] as Question[];

const TITLE = `Fest <b>&</b> „Gäste“ ${'sehr lang '.repeat(40)}`;
const lesson: ExportLesson = { title: TITLE, lang: 'de', text: TEXT, questions: QUESTIONS };

/** what a German student types for each number question, all meant as right */
const TYPED: Record<string, string[]> = {
	'n-exact': ['12.000', '12000', '12 000'],
	'n-decimal': ['1.234,5', '1234,5', '1 234,5'],
	'n-few': ['12.001', '11999', '12 002'],
	'n-small': ['2,5', '2.5'],
	'z-exact': ['12.000', '12000', '12 000']
};
/** with a tolerance too wide to list, the prompt asks for digits only: these must count */
const DIGITS: Record<string, string[]> = { 'n-range': ['7500', '7800', '8000', '7800,5'], 'z-range': ['7500', '7999'] };
const WRONG: Record<string, string[]> = { 'n-exact': ['12', '1200'], 'n-decimal': ['1.2345', '1234'], 'z-exact': ['12'], 'n-range': ['7.5', '9000'] };

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const awkwardOf = (id: string) => AWKWARD[Number(id.slice(1))];

/** grade a response against a Moodle question read from its XML: full marks? */
function moodleGrade(q: { type: string; answers: { fraction: number; answer: string; tolerance?: number }[] }, typed: string): boolean {
	return q.type === 'numerical' ? numericalFullMarks(typed, q.answers) : shortanswerFullMarks(typed, q.answers);
}

describe('Moodle XML as Moodle grades it', () => {
	const xml = decode(exportMoodle(lesson).bytes);
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false, isArray: (n) => ['question', 'answer'].includes(n) });
	const questions = parser.parse(xml).quiz.question as Record<string, any>[];
	const byId = (id: string) => questions.find((x) => x.idnumber === id)!;
	const sub = (id: string): ClozeSub => {
		const subs = extractCloze(byId(id).questiontext.text);
		expect(subs.length, id).toBe(1);
		return subs[0];
	};
	const asQuestion = (id: string) => {
		const x = byId(id);
		if (x['@_type'] === 'cloze') return sub(id);
		const answers = (x.answer as Record<string, any>[]).map((a) => ({ fraction: Number(a['@_fraction']) / 100, answer: String(a.text).trim(), tolerance: Number(a.tolerance ?? 0) }));
		return { type: x['@_type'] as string, answers };
	};

	it.each(AWKWARD.map((a, i) => [a, i]))('takes %j as typed, as a short answer and in a cloze gap', (a, i) => {
		expect(moodleGrade(asQuestion(`t${i}`), a as string)).toBe(true);
		expect(sub(`c${i}`).type).toBe('shortanswer');
		expect(moodleGrade(sub(`c${i}`), a as string)).toBe(true);
		expect(moodleGrade(sub(`c${i}`), `${a}x`)).toBe(false);
	});

	it('takes a literal asterisk literally', () => expect(moodleGrade(sub('c8'), 'LxA')).toBe(false));

	it.each(Object.entries(TYPED))('grades the German spellings of %s right', (id, typed) => {
		for (const t of typed) expect(moodleGrade(asQuestion(id), t), `${id}: ${t}`).toBe(true);
		for (const t of WRONG[id] ?? []) expect(moodleGrade(asQuestion(id), t), `${id}: ${t}`).toBe(false);
	});

	it.each(Object.entries(DIGITS))('asks for digits only in %s and grades them right', (id, typed) => {
		const q = asQuestion(id);
		expect(q.type).toBe('numerical');
		expect(byId(id).questiontext.text).toContain('ohne Tausenderpunkt');
		expect(byId(id).questiontext.text).not.toMatch(/z\. B\. (7500|8000)\b/);
		for (const t of typed) expect(moodleGrade(q, t), `${id}: ${t}`).toBe(true);
		for (const t of WRONG[id] ?? []) expect(moodleGrade(q, t), `${id}: ${t}`).toBe(false);
	});

	it('reads "10.000" as 10, which is why exact figures become short answers', () => {
		expect(moodleReadsNumber('10.000')).toBe(10);
		expect(moodleReadsNumber('1.234,5')).toBe(1.2345);
		expect(moodleReadsNumber('10 000')).toBe(10000);
		expect(asQuestion('n-exact').type).toBe('shortanswer');
	});

	it('gives the category a name Moodle can store, the title escaped', () => {
		const cat = String(questions[0].category.text);
		const name = cat.split('/').pop()!;
		expect([...name].length).toBeLessThanOrEqual(255);
		expect(name).toMatch(/^Fest &lt;b&gt;&amp;&lt;\/b&gt;|^Fest &lt;b&gt;&amp;&lt; b&gt;/);
		expect(name).not.toMatch(/<b>/);
	});
});

describe('GIFT as gift-pegjs and Moodle read it', () => {
	const gift = decode(exportGift(lesson).bytes);
	const parsed = parseGift(gift) as any[];
	const byTitle = (id: string) => parsed.find((q) => typeof q.title === 'string' && q.title.startsWith(`${id} `))!;
	const grade = (id: string, typed: string) => {
		const q = byTitle(id);
		if (q.type === 'Numerical')
			return q.choices.some((c: any) => {
				const v = moodleReadsNumber(typed);
				if (v === null) return false;
				return c.text.type === 'high-low' ? v >= c.text.numberLow && v <= c.text.numberHigh : Math.abs(v - c.text.number) <= (c.text.range ?? 0);
			});
		expect(q.type, id).toBe('Short');
		return shortanswerFullMarks(typed, q.choices.map((c: any) => ({ fraction: c.isCorrect ? 1 : 0, answer: c.text.text })));
	};

	it('parses whole, one question per item, the title escaped in comment and category', () => {
		expect(parsed.filter((q) => q.type !== 'Category' && q.type !== 'Description').length).toBe(QUESTIONS.length);
		const category = parsed.find((q) => q.type === 'Category');
		expect(category.title).not.toContain('<b>');
		expect([...category.title.split('/').pop()].length).toBeLessThanOrEqual(255);
		expect(gift.split('\n')[0]).not.toContain('<b>');
	});

	it.each(AWKWARD.map((a, i) => [a, i]))('takes %j as typed', (a, i) => {
		expect(grade(`t${i}`, a as string)).toBe(true);
		expect(grade(`c${i}`, a as string)).toBe(true);
		expect(grade(`t${i}`, `${a}x`)).toBe(false);
	});

	it.each(Object.entries({ ...TYPED, ...DIGITS }))('grades what a German student types in %s', (id, typed) => {
		for (const t of typed) expect(grade(id, t), `${id}: ${t}`).toBe(true);
		for (const t of WRONG[id] ?? []) expect(grade(id, t), `${id}: ${t}`).toBe(false);
		if (id in DIGITS) expect(byTitle(id).stem.text).toContain('ohne Tausenderpunkt');
	});
});

describe('QTI 3.0 as a QTI player scores it', () => {
	const files = unzipSync(exportQti(lesson).bytes);
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['qti-map-entry', 'qti-value', 'qti-hottext', 'qti-simple-associable-choice', 'qti-outcome-declaration'].includes(n) });
	const item = (id: string) => parser.parse(decode(files[`items/${id}.xml`]))['qti-assessment-item'];
	const mapping = (it: any) => {
		const m = it['qti-response-declaration']['qti-mapping'];
		return {
			entries: (m['qti-map-entry'] as any[]).map((e) => ({ key: e['@_map-key'], value: Number(e['@_mapped-value']), caseSensitive: e['@_case-sensitive'] !== 'false' })),
			bounds: { lower: Number(m['@_lower-bound']), upper: Number(m['@_upper-bound']), defaultValue: Number(m['@_default-value']) }
		};
	};
	const maxScore = (it: any) => Number((it['qti-outcome-declaration'] as any[]).find((o) => o['@_identifier'] === 'MAXSCORE')['qti-default-value']['qti-value'][0]);

	it.each(['m3', 'm4'])('scores a full answer to %s exactly at the maximum, in integers', (id) => {
		const it = item(id);
		const { entries, bounds } = mapping(it);
		const correct = it['qti-response-declaration']['qti-correct-response']['qti-value'] as string[];
		const n = (QUESTIONS.find((q) => q.id === id)!.pairs as unknown[]).length;
		expect(correct.length).toBe(n);
		expect(entries.every((e) => Number.isInteger(e.value))).toBe(true);
		expect(mapResponse(correct, entries, bounds)).toBe(maxScore(it));
		expect(mapResponse(correct.slice(1), entries, bounds)).toBe(maxScore(it) - 1);
	});

	it('gives no point for the pronoun alone when the passage names the speaker', () => {
		const it = item('mark');
		const { entries, bounds } = mapping(it);
		const hot = (it['qti-item-body']['qti-hottext-interaction'] as any);
		const all = JSON.stringify(hot);
		const idOf = (word: string) => {
			const m = new RegExp(`"#text":"${word}"[^}]*?"@_identifier":"(H\\d+)"|"@_identifier":"(H\\d+)"[^}]*?"#text":"${word}"`).exec(all);
			const found = m?.[1] ?? m?.[2];
			expect(found, word).toBeTruthy();
			return found!;
		};
		const name = idOf('Bürgermeisterin Anna Berger');
		const pronoun = idOf('Sie');
		expect(mapResponse([pronoun], entries, bounds)).toBe(0);
		expect(mapResponse([name], entries, bounds)).toBe(maxScore(it));
		expect(mapResponse([name, pronoun], entries, bounds)).toBe(maxScore(it));
	});

	it.each(AWKWARD.map((a, i) => [a, i]))('takes %j as typed', (a, i) => {
		const { entries, bounds } = mapping(item(`t${i}`));
		expect(mapResponse([a as string], entries, bounds)).toBe(1);
	});
});

describe('H5P as the Blanks and MultiChoice players read it', () => {
	const files = unzipSync(exportH5p(lesson).bytes);
	const h5p = JSON.parse(decode(files['h5p.json']));
	const content = JSON.parse(decode(files['content/content.json']));
	const sub = (id: string) => content.questions.find((q: any) => q.metadata.title.startsWith(`${id} `));

	it('writes titles HTML-escaped, as H5P stores text fields, within 255 characters', () => {
		for (const t of [h5p.title, content.introPage.title]) {
			expect(t).not.toContain('<b>');
			expect(t).toContain('&lt;b&gt;');
			expect(t.length).toBeLessThanOrEqual(255);
		}
	});

	it.each(Object.entries(TYPED))('takes the German spellings of %s', (id, typed) => {
		const [alts] = blanksAlternatives(sub(id).params.questions[0]);
		for (const t of typed) expect(blanksRight(t, alts), `${id}: ${t}`).toBe(true);
	});

	it.each(AWKWARD.map((a, i) => [a, i]).filter(([a]) => !/[/:*]/.test(a as string)))('takes %j as typed', (a, i) => {
		const [alts] = blanksAlternatives(sub(`t${i}`).params.questions[0]);
		expect(blanksRight(a as string, alts)).toBe(true);
	});
});

describe('CSV as csv-parse reads it', () => {
	it('splits a German lesson at ; with a byte order mark, every cell intact', () => {
		const r = exportQuestionsCsv(lesson);
		const bytes = r.bytes;
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(Buffer.from(bytes), { bom: true, delimiter: ';' }) as string[][];
		expect(rows.length).toBe(QUESTIONS.length + 1);
		expect(new Set(rows.map((r) => r.length)).size).toBe(1);
		const answer = rows[0].indexOf('answer');
		expect(rows.slice(1, 1 + AWKWARD.length).map((r) => r[answer])).toEqual(AWKWARD);
	});

	it('writes the results in the asked language, the same columns from every route', () => {
		const attempts = [{ student: 'Kim; "K"', submittedAt: 0, answers: { 'n-exact': '12.000', t0: AWKWARD[0] } }];
		const de = parseCsv(Buffer.from(exportResultsCsv(lesson, attempts, { lang: 'de' }).bytes), { bom: true, delimiter: ';' }) as string[][];
		expect(de[0][0]).toBe('Schüler/in');
		expect(de.length).toBe(1 + QUESTIONS.length);
		expect(de[1][0]).toBe('Kim; "K"');
		const en = parseCsv(Buffer.from(exportResultsCsv(lesson, attempts, { lang: 'en' }).bytes), { bom: true, delimiter: ',' }) as string[][];
		expect(en[0][0]).toBe('student');
		expect(en.map((r) => r.length)).toEqual(de.map((r) => r.length));
	});
});

it('has the hint in both languages', () => {
	expect(TEXTS.de.digitsOnly).toContain(':example');
	expect(TEXTS.en.digitsOnly).toContain(':example');
});

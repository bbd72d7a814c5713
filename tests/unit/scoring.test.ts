import { describe, expect, it } from 'vitest';
import { score } from '../../src/lib/engine/scoring/score.ts';
import { parseNumber } from '../../src/lib/engine/scoring/parse-number.ts';
import type { Question } from '../../src/lib/engine/types.ts';

// Questions as `analyze` prints them: everything grading needs travels in the JSON.
const ev = { start: 0, end: 5 };
const number = (answer: number, extra: Partial<Question> = {}): Question => ({
	id: 'n', type: 'number-entry', target: 'number', lang: 'de', prompt: '…', answer, tolerance: { min: answer, max: answer }, integer: true, others: [], evidence: ev, ...extra
});
const speakers = {
	answer: 'Lloyd Austin',
	accept: ['Lloyd Austin', 'Austin', 'US-Verteidigungsminister Lloyd Austin', 'der Pentagon-Chef'],
	others: [['Farah Dakhlallah', 'Dakhlallah', 'NATO-Sprecherin'], ['Park Sun Won'], ['der Vertreter Nordkoreas'], ['Jane Austin']]
};
const who: Question = { id: 's', type: 'who-said', target: 'speaker', lang: 'de', prompt: '…', ...speakers, accept: speakers.accept.filter((a) => a !== 'Austin'), others: speakers.others.slice(0, 3), evidence: ev };
const whoAmbiguous: Question = { ...who, others: speakers.others };

describe('numbers', () => {
	const q1500 = number(1500, { others: [3000, 12000, 10000] });
	const rows: [string, unknown, boolean, string?][] = [
		['German grouping', '1.500', true],
		['plain', '1500', true],
		['space grouping', '1 500', true],
		['narrow no-break space', '1\u202F500', true],
		['apostrophe grouping', "1'500", true],
		['JSON number', 1500, true],
		['number words', 'eintausendfünfhundert', true],
		['number words, spaced', 'ein tausend fünf hundert', true],
		['fifteen hundred', 'fünfzehnhundert', true],
		['decimal with scale word', '1,5 Tausend', true],
		['k suffix', '1,5k', true],
		['counted noun after it', '1.500 Soldaten', true],
		['English grouping, other reading (1.5 soldiers) implausible', '1,500', true],
		['English words', 'one thousand five hundred', true],
		['wrong scale', '15.000', false, 'scale-error'],
		['wrong scale down', '150', false, 'scale-error'],
		['other number of the article', '3.000', false, 'other-number'],
		['just wrong', '1.600', false, 'no-match'],
		['decimal reading only', '1,5', false, 'scale-error'],
		['not a number', 'viele', false, 'no-match'],
		['empty', '', false, 'empty']
	];
	it.each(rows)('%s: %s', (_, response, correct, diagnosis) => {
		const g = score(q1500, response);
		expect(g.correct).toBe(correct);
		expect(g.score).toBe(correct ? 1 : 0);
		if (diagnosis) expect(g.diagnosis).toBe(diagnosis);
	});

	const q12k = number(12000, { tolerance: { min: 11400, max: 12600 }, approx: true });
	const hedged: [unknown, boolean][] = [
		['12.000', true], ['rund 12.000', true], ['etwa 12000', true], ['ca. 12 000', true], ['12k', true], ['12 Tausend', true],
		['zwölftausend', true], ['about 12,000', true], ['12.500', true], ['11.500', true], ['13.000', false], ['1.200', false], ['120.000', false]
	];
	it.each(hedged)('tolerance from the hedge (rund 12.000): %s', (response, correct) => expect(score(q12k, response).correct).toBe(correct));

	it('keeps exact figures exact', () => expect(score(number(1500), '1.501').correct).toBe(false));

	it('accepts an ambiguous form only when the other reading is implausible', () => {
		// a measured amount: 1.5 (German) is as plausible as 1500 (English); the article is German
		const money = number(1500, { integer: false });
		expect(score(money, '1,500').correct).toBe(false);
		expect(score(money, '1.500').correct).toBe(true);
		// an amount of 1.5 in a German article, typed the German way
		expect(score(number(1.5, { integer: false }), '1,5').correct).toBe(true);
		expect(score(number(1.5, { integer: false }), 'eineinhalb').correct).toBe(false);
	});

	it('reads millions, fractions and percent forms', () => {
		expect(score(number(1500000), '1,5 Millionen').correct).toBe(true);
		expect(score(number(1500000), '1,5 Mio.').correct).toBe(true);
		expect(score(number(2000000), 'zwei Millionen').correct).toBe(true);
		expect(score(number(0.5, { integer: false }), 'die Hälfte').correct).toBe(true);
		expect(score(number(2 / 3, { integer: false }), 'zwei Drittel').correct).toBe(true);
		expect(score(number(20, { unit: '%' }), '20 %').correct).toBe(true);
		expect(score(number(20, { unit: '%' }), '20 Prozent').correct).toBe(true);
		expect(score(number(6), 'ein halbes Dutzend').correct).toBe(true);
		expect(score(number(22), 'zweiundzwanzig').correct).toBe(true);
	});

	it('parses readings of ambiguous notation', () => {
		expect(parseNumber('1,500')!.readings.map((r) => r.value).sort()).toEqual([1.5, 1500]);
		expect(parseNumber('1.234.567')!.readings.map((r) => r.value)).toEqual([1234567]);
		expect(parseNumber('1.234,5')!.readings.map((r) => r.value)).toEqual([1234.5]);
		expect(parseNumber('1,234.5')!.readings.map((r) => r.value)).toEqual([1234.5]);
		expect(parseNumber('rund 12.000')!.hedged).toBe(true);
		expect(parseNumber('Hallo')).toBeNull();
	});
});

describe('names', () => {
	const rows: [string, unknown, boolean, string?][] = [
		['full name', 'Lloyd Austin', true],
		['lower case', 'lloyd austin', true],
		['surname alone', 'Austin', true],
		['with title', 'Herr Austin', true],
		['with role', 'US-Verteidigungsminister Lloyd Austin', true],
		['role noun alias', 'Pentagon-Chef', true],
		['small typo', 'Lloyd Austen', true],
		['transposition', 'Lloyd Ausitn', true],
		['surname typo', 'Austni', true],
		['first name alone', 'Lloyd', false, 'no-match'],
		['other speaker', 'Farah Dakhlallah', false, 'other-speaker'],
		['other speaker, surname', 'Dakhlallah', false, 'other-speaker'],
		['other speaker, typo', 'Dakhlalah', false, 'other-speaker'],
		['other speaker by role', 'NATO-Sprecherin', false, 'other-speaker'],
		['unknown', 'Olaf Scholz', false, 'no-match'],
		['too many typos', 'Lord Ashton', false, 'no-match']
	];
	it.each(rows)('%s: %s', (_, response, correct, diagnosis) => {
		const g = score(who, response);
		expect(g.correct).toBe(correct);
		if (diagnosis) expect(g.diagnosis).toBe(diagnosis);
	});

	it('does not accept a surname another speaker shares', () => {
		expect(score(whoAmbiguous, 'Austin').correct).toBe(false);
		expect(score(whoAmbiguous, 'Lloyd Austin').correct).toBe(true);
	});

	const umlaut: Question = { ...who, answer: 'Jürgen Groß-Müller', accept: ['Jürgen Groß-Müller'], others: [['Farah Dakhlallah']] };
	it.each([['Juergen Gross-Mueller', true], ['Jürgen Gross Müller', true], ['groß-müller', true], ['Gross Mueller', true], ['Dr. Jürgen Groß-Müller', true], ['Jurgen Grossmuller', true], ['Jürgen Klein', false]] as [string, boolean][])(
		'diacritics, ß and hyphens: %s',
		(response, correct) => expect(score(umlaut, response).correct).toBe(correct)
	);

	const institution: Question = { ...who, answer: 'der südkoreanische Geheimdienst', accept: ['der südkoreanische Geheimdienst', 'Südkoreas Geheimdienst'], others: [['Lloyd Austin'], ['der Vertreter Nordkoreas']] };
	it.each([['Geheimdienst', true], ['südkoreanischer Geheimdienst', true], ['Der südkoreanische Geheimdienst', true], ['Südkoreas Geheimdienst', true], ['Nordkorea', false], ['Pentagon', false]] as [string, boolean][])(
		'institutions: %s',
		(response, correct) => expect(score(institution, response).correct).toBe(correct)
	);
});

describe('number source', () => {
	const q: Question = { id: 'src', type: 'number-source', target: 'source', lang: 'de', prompt: '…', answer: 'der südkoreanische Geheimdienst', accept: ['der südkoreanische Geheimdienst', 'Südkoreas Geheimdienst'], others: [['Lloyd Austin'], ['Farah Dakhlallah']], evidence: ev };
	it.each([['Geheimdienst', true], ['der Geheimdienst Südkoreas', true], ['Südkoreas Geheimdienst', true], ['Lloyd Austin', false], ['Austin', false]] as [string, boolean][])('%s', (response, correct) =>
		expect(score(q, response).correct).toBe(correct)
	);
	it('diagnoses another speaker', () => expect(score(q, 'Austin').diagnosis).toBe('other-speaker'));
});

describe('true / false', () => {
	const q: Question = { id: 'tf', type: 'true-false', target: 'boolean', lang: 'de', prompt: '…', answer: false, evidence: ev };
	it.each([[false, true], ['falsch', true], ['Falsch', true], ['nein', true], ['f', true], ['false', true], [true, false], ['richtig', false], ['wahr', false], ['ja', false], ['vielleicht', false]] as [unknown, boolean][])('%s', (response, correct) =>
		expect(score(q, response).correct).toBe(correct)
	);
});

describe('what did X say', () => {
	const q: Question = { id: 'w', type: 'what-did-x-say', target: 'quote', lang: 'de', prompt: '…', speaker: 'Lloyd Austin', answer: 'Was genau tun sie dort? Das bleibt abzuwarten', options: ['Was genau tun sie dort? Das bleibt abzuwarten', 'unbegründete Gerüchte', 'Der Nordatlantikrat werde beraten'], evidence: ev };
	it('accepts the quote, case and punctuation aside', () => {
		expect(score(q, 'was genau tun sie dort das bleibt abzuwarten').correct).toBe(true);
		const g = score(q, 'unbegründete Gerüchte');
		expect(g.correct).toBe(false);
		expect(g.diagnosis).toBe('other-speaker');
		expect(score(q, 'etwas anderes').diagnosis).toBe('no-match');
	});
});

describe('who is X (role)', () => {
	const q: Question = { id: 'r', type: 'who-is', target: 'role', lang: 'de', prompt: '…', answer: 'NATO-Sprecherin', accept: ['NATO-Sprecherin'], options: ['NATO-Sprecherin', 'US-Verteidigungsminister', 'Abgeordneter'], evidence: ev };
	it.each([['NATO-Sprecherin', 1], ['Nato Sprecherin', 1], ['NATO-Sprecherinn', 1], ['Sprecherin', 0.5], ['US-Verteidigungsminister', 0], ['Bäckerin', 0]] as [string, number][])('%s → %s', (response, s) =>
		expect(score(q, response).score).toBe(s)
	);
});

describe('match', () => {
	const q: Question = {
		id: 'm', type: 'match', target: 'match', lang: 'de', prompt: '…', evidence: ev,
		pairs: [{ answer: 'Lloyd Austin', evidence: ev, quote: 'A' }, { answer: 'Farah Dakhlallah', evidence: ev, quote: 'B' }, { answer: 'der Vertreter Nordkoreas', evidence: ev, quote: 'C' }, { answer: 'der südkoreanische Geheimdienst', evidence: ev, quote: 'D' }],
		options: ['Farah Dakhlallah', 'der südkoreanische Geheimdienst', 'Lloyd Austin', 'der Vertreter Nordkoreas'],
		accept: { 'Lloyd Austin': ['Lloyd Austin', 'Pentagon-Chef'] }
	};
	const rows: [string, unknown, number, string][] = [
		['name → statement number', { 'Lloyd Austin': 1, 'Farah Dakhlallah': 2, 'der Vertreter Nordkoreas': 3, 'der südkoreanische Geheimdienst': 4 }, 1, 'correct'],
		['statement number → name, short names', { 1: 'Austin', 2: 'Dakhlallah', 3: 'Vertreter Nordkoreas', 4: 'Geheimdienst' }, 1, 'correct'],
		['array in statement order', ['Austin', 'Dakhlallah', 'der Vertreter Nordkoreas', 'Geheimdienst'], 1, 'correct'],
		['alias', { 'Pentagon-Chef': 1, 'Farah Dakhlallah': 2, 'der Vertreter Nordkoreas': 3, 'der südkoreanische Geheimdienst': 4 }, 1, 'correct'],
		['half right', { 'Lloyd Austin': 1, 'Farah Dakhlallah': 2, 'der Vertreter Nordkoreas': 4, 'der südkoreanische Geheimdienst': 3 }, 0.5, 'partial'],
		['one pair', { 'Lloyd Austin': 1 }, 0.25, 'partial'],
		['all swapped', { 'Lloyd Austin': 2, 'Farah Dakhlallah': 1, 'der Vertreter Nordkoreas': 4, 'der südkoreanische Geheimdienst': 3 }, 0, 'other-speaker']
	];
	it.each(rows)('%s', (_, response, s, diagnosis) => {
		const g = score(q, response);
		expect(g.score).toBe(s);
		expect(g.correct).toBe(s === 1);
		expect(g.diagnosis).toBe(diagnosis);
	});
});

describe('mark the speaker', () => {
	const q: Question = { id: 'k', type: 'mark-the-speaker', target: 'mark', lang: 'de', prompt: '…', answer: [{ start: 10, end: 22 }, { start: 40, end: 43 }], evidence: ev };
	it.each([[{ start: 12, end: 15 }, true], [{ start: 40, end: 43 }, true], [[10, 22], true], [41, true], [{ start: 25, end: 30 }, false], [[{ start: 10, end: 22 }, { start: 40, end: 43 }], true]] as [unknown, boolean][])('%j', (response, correct) =>
		expect(score(q, response).correct).toBe(correct)
	);
});

describe('robustness', () => {
	it('never throws on odd input', () => {
		for (const r of [null, undefined, {}, [], 42, 'x', { a: { b: 1 } }, NaN]) for (const q of [who, number(5), { id: 'z', target: 'nonsense' } as unknown as Question]) expect(() => score(q, r)).not.toThrow();
	});
	it('gives feedback with the explanation', () => {
		const g = score({ ...number(1500), explanation: 'Im Artikel steht „1.500“.' }, '150');
		expect(g.feedback).toContain('Größenordnung');
		expect(g.feedback).toContain('1.500');
	});
});

describe('folding and name conflicts (memoised, with a cheap prefilter)', () => {
	it('folds ASCII and non-ASCII text the same way, also from the cache', async () => {
		const { fold } = await import('../../src/lib/engine/scoring/text.ts');
		const rows: [string, string][] = [['Lloyd  Austin', 'lloyd austin'], ['US-Verteidigungsminister', 'us verteidigungsminister'], ['Südkoreas Geheimdienst', 'suedkoreas geheimdienst'], ['Straße/Weg_1', 'strasse weg 1'], ['Dakhlallah.', 'dakhlallah'], ['Café „Zentral“', 'cafe zentral'], ['\tA\nB ', 'a b']];
		for (let k = 0; k < 2; k++) for (const [s, f] of rows) expect(fold(s), s).toBe(f);
	});
	it('finds every conflict the full comparison finds: stems, typos, joined names', async () => {
		const { namesConflict } = await import('../../src/lib/engine/scoring/text.ts');
		const yes: [string, string][] = [['Austin', 'Lloyd Austin'], ['Nordkorea', 'der Vertreter Nordkoreas'], ['Dakhlalah', 'Farah Dakhlallah'], ['Park Sun Won', 'Parksunwon'], ['Südkoreas Geheimdienst', 'der südkoreanische Geheimdienst'], ['Brenner Lohse', 'Helga Brenner-Lohse']];
		const no: [string, string][] = [['Farah Dakhlallah', 'Lloyd Austin'], ['Peter Müller', 'Peter Schmidt'], ['NATO', 'der Pentagon-Chef']];
		for (const [a, b] of yes) { expect(namesConflict(a, b), `${a} / ${b}`).toBe(true); expect(namesConflict(b, a), `${b} / ${a}`).toBe(true); }
		for (const [a, b] of no) expect(namesConflict(a, b), `${a} / ${b}`).toBe(false);
	});
});

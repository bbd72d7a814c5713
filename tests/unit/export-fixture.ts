// The lesson the export tests use: the demo article's generated questions, plus hand-made ones
// so that every question type (and awkward characters) is present whatever the engine generates.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Question, Span } from '../../src/lib/engine/types.ts';
import { lessonFromText } from '../../src/lib/export/index.ts';
import type { ExportLesson } from '../../src/lib/export/types.ts';

export const SEED = readFileSync(fileURLToPath(new URL('../../src/lib/demo/seed-nordkorea.txt', import.meta.url)), 'utf8');

export const ALL_TYPES = ['who-said', 'what-did-x-say', 'match', 'number-entry', 'number-choice', 'true-false', 'cloze', 'who-is', 'number-source', 'mark-the-speaker'];

/** awkward for every format: GIFT specials, XML/HTML specials, a Moodle wildcard, a blank's / : * */
export const NASTY = 'Dr. A=B {Team}: ~#\\ * <b>&"\' / x';

export function span(text: string, needle: string, from = 0): Span {
	const start = text.indexOf(needle, from);
	if (start < 0) throw new Error(`fixture: ${needle} not in the article`);
	return { start, end: start + needle.length };
}

export function handMade(text: string): Question[] {
	const farah = span(text, 'Farah Dakhlallah');
	const austin = span(text, 'Lloyd Austin');
	const n12000 = span(text, '12.000');
	const zwei = span(text, 'zwei');
	const quote = span(text, '„Was genau tun sie dort? Das bleibt abzuwarten“');
	const base = { lang: 'de', explanation: `Erklärung mit ${NASTY}` };
	return [
		{ ...base, id: 'h-who-said', type: 'who-said', target: 'speaker', prompt: `Wer sagte: ${NASTY}?`, answer: NASTY, accept: [NASTY, 'Dakhlallah', 'A/B'], others: [['Lloyd Austin']], evidence: quote },
		{ ...base, id: 'h-who-said-mc', type: 'who-said', target: 'speaker', prompt: 'Wer sagte: „Was genau tun sie dort?“', answer: 'Lloyd Austin', options: ['Farah Dakhlallah', 'Lloyd Austin', NASTY], evidence: quote },
		{ ...base, id: 'h-what', type: 'what-did-x-say', target: 'quote', prompt: 'Was sagte Lloyd Austin?', speaker: 'Lloyd Austin', answer: 'Was genau tun sie dort? Das bleibt abzuwarten', options: ['unbegründete Gerüchte', 'Was genau tun sie dort? Das bleibt abzuwarten', `${NASTY} -> x`], evidence: quote },
		{
			...base,
			id: 'h-match',
			type: 'match',
			target: 'match',
			prompt: 'Ordne zu: <Aussage> & Person',
			pairs: [
				{ answer: 'Lloyd Austin', evidence: quote, quote: 'Was genau tun sie dort? -> Das bleibt abzuwarten' },
				{ answer: NASTY, evidence: farah, quote: 'Aussage mit {Klammern}' }
			],
			options: ['Lloyd Austin', NASTY, 'Farah Dakhlallah'],
			accept: { 'Lloyd Austin': ['Austin'] },
			evidence: quote
		},
		{ ...base, id: 'h-number-entry', type: 'number-entry', target: 'number', prompt: 'Wie viele Soldaten? „rund ___ Soldaten“', answer: 12000, tolerance: { min: 11400, max: 13000 }, integer: true, others: [3000], evidence: n12000 },
		{ ...base, id: 'h-number-narrow', type: 'number-entry', target: 'number', prompt: 'Wie viele Staaten?', answer: 2, tolerance: { min: 1, max: 3 }, integer: true, evidence: zwei },
		{ ...base, id: 'h-number-choice', type: 'number-choice', target: 'number', prompt: 'Welche Zahl? „rund ___ Soldaten“', answer: 12000, options: [1200, 12000, 120000, 2000.5], evidence: n12000 },
		{ ...base, id: 'h-true-false', type: 'true-false', target: 'boolean', prompt: `Richtig oder falsch? ${NASTY}`, answer: false, claim: { target: 'speaker', value: 'Lloyd Austin', evidence: farah }, evidence: farah },
		{ ...base, id: 'h-cloze', type: 'cloze', target: 'speaker', prompt: `Wer gehört in die Lücke? „___ sagte {etwas}: ~#“`, answer: 'Lloyd Austin', accept: ['Lloyd Austin', 'Austin', 'L*A'], evidence: austin },
		{ ...base, id: 'h-cloze-number', type: 'cloze', target: 'number', prompt: 'Ergänze: „insgesamt rund ___ Soldaten“', answer: 12000, tolerance: { min: 11000, max: 13000 }, evidence: n12000 },
		{ ...base, id: 'h-who-is', type: 'who-is', target: 'role', prompt: 'Welche Rolle hat Farah Dakhlallah?', answer: 'NATO-Sprecherin', accept: ['NATO-Sprecherin'], options: ['Pentagon-Chef', 'NATO-Sprecherin', 'Abgeordnete'], evidence: span(text, 'NATO-Sprecherin') },
		{ ...base, id: 'h-number-source', type: 'number-source', target: 'source', prompt: 'Wer ist die Quelle der Angabe „12.000 Soldaten“?', answer: 'Südkoreas Geheimdienst', options: ['Südkoreas Geheimdienst', 'Lloyd Austin', 'Farah Dakhlallah'], evidence: n12000 },
		{ ...base, id: 'h-mark', type: 'mark-the-speaker', target: 'mark', prompt: 'Markiere im Text, wer das gesagt hat: „Was genau tun sie dort?“', answer: [austin, span(text, 'er.', quote.end)], speaker: 'Lloyd Austin', evidence: quote }
	] as Question[];
}

export function fixtureLesson(): ExportLesson {
	const lesson = lessonFromText(SEED, { lang: 'de', title: `Nordkorea <Truppen> & „Beweise“: ${NASTY}` });
	return { ...lesson, source: 'https://example.org/?a=1&b=<2>', questions: [...lesson.questions, ...handMade(lesson.text)], settings: { feedback: 'now', layout: 'beside' } };
}

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

const sentences = (text: string) => analyze(text, { lang: 'de', questions: false }).doc.sentences.map((s) => text.slice(s.start, s.end));

describe('sentence segmentation (de)', () => {
	const rows: [string, string[]][] = [
		['Er kam. Sie ging.', ['Er kam.', 'Sie ging.']],
		['Das war am 3. Oktober. Dann kam er.', ['Das war am 3. Oktober.', 'Dann kam er.']],
		['Er kam z. B. mit Dr. Meier an.', ['Er kam z. B. mit Dr. Meier an.']],
		['Der Etat stieg um 2,5 Mio. Euro. Das reicht.', ['Der Etat stieg um 2,5 Mio. Euro.', 'Das reicht.']],
		['Sie hält Nr. 5 der Liste.', ['Sie hält Nr. 5 der Liste.']],
		['Er wurde der 3. Sieger.', ['Er wurde der 3. Sieger.']],
		['Die Zahl stieg auf 30. Danach fiel sie.', ['Die Zahl stieg auf 30.', 'Danach fiel sie.']],
		['Es kamen rund 4.000. Danach regnete es.', ['Es kamen rund 4.000.', 'Danach regnete es.']],
		['J. F. Kennedy sprach.', ['J. F. Kennedy sprach.']],
		['„Was tun? Nichts“, sagte er. Ende.', ['„Was tun? Nichts“, sagte er.', 'Ende.']],
		['Überschrift ohne Punkt\nDer Text folgt.', ['Überschrift ohne Punkt', 'Der Text folgt.']],
		['Erster Absatz.\n\nZweiter Absatz.', ['Erster Absatz.', 'Zweiter Absatz.']],
		['Wer? Niemand! Warum… Darum.', ['Wer?', 'Niemand!', 'Warum…', 'Darum.']],
		// a missing blank after the period still ends the sentence; abbreviations and addresses do not
		['Das sagte der Papst.Der Bruder schwieg.', ['Das sagte der Papst.', 'Der Bruder schwieg.']],
		['Er kam z.B. mit Dr.Meier an.', ['Er kam z.B. mit Dr.Meier an.']],
		['Mehr unter www.zeitung.de im Netz.', ['Mehr unter www.zeitung.de im Netz.']]
	];
	it.each(rows)('%s', (text, expected) => {
		expect(sentences(text)).toEqual(expected);
	});

	it('marks short unpunctuated lines as headings', () => {
		const a = analyze('Südkorea: 3.000 Soldaten\n\nDer Dienst teilte das mit.', { lang: 'de' });
		expect(a.doc.sentences.map((s) => s.heading)).toEqual([true, false]);
	});

	it('numbers paragraphs by blank lines', () => {
		const a = analyze('A kam.\n\nB ging. C blieb.\n\n\nD.', { lang: 'de' });
		expect(a.doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2]);
	});
});

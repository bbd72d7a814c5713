import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

type Row = [input: string, expected: [raw: string, value: number, approx?: boolean, unit?: string | null, counted?: string | null][]];

const numbersOf = (text: string) => analyze(text, { lang: 'de', questions: false }).numbers;

function check(rows: Row[]) {
	for (const [input, expected] of rows) {
		it(input, () => {
			const got = numbersOf(input);
			expect(got.map((n) => n.raw)).toEqual(expected.map((e) => e[0]));
			expected.forEach(([, value, approx, unit, counted], k) => {
				expect(got[k].value).toBeCloseTo(value, 9);
				if (approx !== undefined) expect(got[k].approx).toBe(approx);
				if (unit !== undefined) expect(got[k].unit).toBe(unit);
				if (counted !== undefined) expect(got[k].counted).toBe(counted);
			});
		});
	}
}

describe('numbers: formats and words', () => {
	check([
		['Es wurden 1.500 nordkoreanische Soldaten verlegt.', [['1.500', 1500, false, null, 'nordkoreanische Soldaten']]],
		['Der Wert liegt bei 2,5 Prozent.', [['2,5 Prozent', 2.5, false, '%', 'Prozent']]],
		['Es kamen 12 000 Menschen.', [['12 000', 12000, false, null, 'Menschen']]],
		['Der Gewinn betrug 1,572 Milliarden Euro.', [['1,572 Milliarden Euro', 1572000000, false, 'EUR', 'Euro']]],
		['Es gibt dreihundertfünfzig Plätze.', [['dreihundertfünfzig', 350, false, null, 'Plätze']]],
		['Es gibt anderthalb Millionen Möglichkeiten.', [['anderthalb Millionen', 1500000]]],
		['Zwei Drittel der Befragten stimmten zu.', [['Zwei Drittel', 2 / 3, false, null, 'Befragten']]],
		['Heuer gab die Hälfte der Befragten an, mit dem Auto zu fahren.', [['Hälfte', 0.5, false, null, 'Befragten']]],
		['Er verhaute ein halbes Dutzend Torchancen.', [['ein halbes Dutzend', 6, true, null, 'Torchancen']]],
		['Es kostet nur 15 Dollar und 15 Cent.', [['15 Dollar und 15 Cent', 15.15, false, 'USD']]],
		['Es kostet 3 € pro Stück.', [['3 €', 3, false, 'EUR']]],
		['Die Grenze liegt bei 120 km/h.', [['120 km/h', 120, false, 'km/h']]],
		['Draußen sind es 40 °Celsius.', [['40 °Celsius', 40, false, '°C']]],
		['Die 32-jährige Angestellte sagte aus.', [['32', 32, false, null, 'Jahre']]],
		['Die Boeing-Aktie gewann ein Prozent.', [['ein Prozent', 1, false, '%']]]
	]);
});

describe('numbers: hedges, vague counts, ranges', () => {
	check([
		['Nordkorea könnte rund 12.000 Soldaten schicken.', [['12.000', 12000, true, null, 'Soldaten']]],
		['Es waren mehr als 100 Menschen.', [['100', 100, true]]],
		['Ihm drohen bis zu 20 Jahre Haft.', [['20', 20, true, null, 'Jahre']]],
		['Der Auftrag hat ein Volumen von knapp 35 Milliarden US-Dollar.', [['35 Milliarden US-Dollar', 35e9, true, 'USD', 'US-Dollar']]],
		['Vor fast genau zwei Jahren war das anders.', [['zwei', 2, true, null, 'Jahren']]],
		['Es kamen Tausende von Menschen.', [['Tausende', 1000, true, null, 'Menschen']]],
		['Es waren mehrere tausend Menschen.', [['mehrere tausend', 1000, true, null, 'Menschen']]],
		['Wir brauchen sieben oder acht Torchancen.', [['sieben', 7, true, null, 'Torchancen'], ['acht', 8, true, null, 'Torchancen']]],
		['Es waren 3.000 bis 4.000 Menschen.', [['3.000', 3000, false, null, 'Menschen'], ['4.000', 4000, false, null, 'Menschen']]],
		['Der Anteil stieg von 74 auf 79 Prozent.', [['74', 74, false, '%'], ['79 Prozent', 79, false, '%']]]
	]);
	it('links the two ends of a range', () => {
		const got = numbersOf('Es waren 3.000 bis 4.000 Menschen.');
		expect(got[0].rangeWith).toBe(1);
	});
});

describe('numbers: false positives', () => {
	check([
		['Am 3. Oktober kam er an.', []],
		['Das war im Jahr 2015 so.', []],
		['Er kam am 12.03.2021 an.', []],
		['Das Treffen beginnt um 14.30 Uhr.', []],
		['Das Spiel endete 2:1 für die Gäste.', []],
		['Der dritte Versuch gelang zum ersten Mal.', []],
		['Die G20 trafen sich, ein A380 landete.', []],
		['Es war einer der besten Tage.', []],
		['Er sagte, eine Lösung sei nah.', []],
		['Rufen Sie 0664 1234567 an.', []],
		['Nach § 5 und Artikel 3 ist das verboten.', []],
		['Bei einer Boeing 747 der Fluglinie brach das Fahrwerk.', []],
		['Die Pandemie COVID-19 und die Sonde Shenzhou-7.', []],
		['Claudia Tausend wuchs in einer Arbeiterfamilie auf.', []],
		['In den 90er Jahren war alles anders.', []],
		['Mehr auf www.example.com/seite?id=100 lesen.', []]
	]);
	it('keeps a year-looking number with a unit', () => {
		expect(numbersOf('Das kostet 2015 Euro.').map((n) => n.value)).toEqual([2015]);
	});
});

describe('numbers: robustness', () => {
	it('never throws', () => {
		for (const t of ['', '\u0000\u0001', '<p>5 Euro</p>', '1'.repeat(10000), 'ein '.repeat(5000), '1.2.3.4.5,6,7 - 8 / 9 : 0']) {
			expect(() => analyze(t, { questions: false })).not.toThrow();
		}
	});
});

describe('numbers: source', () => {
	const rows: [string, string | null][] = [
		['Laut der Polizei wurden 300 Menschen festgenommen.', 'die Polizei'],
		['Nach Angaben des Ministeriums kamen 40 Menschen ums Leben.', 'das Ministerium'],
		['Nach Angaben des südkoreanischen Geheimdienstes sind 1.500 Soldaten dort.', 'der südkoreanische Geheimdienst'],
		['Der Feuerwehr zufolge brannten 20 Häuser.', 'die Feuerwehr'],
		['Südkoreas Geheimdienst schätzt, dass rund 12.000 Soldaten kommen.', 'Südkoreas Geheimdienst'],
		['Am Mittwoch teilte der Verband mit, dass 500 Stellen wegfallen.', 'der Verband'],
		['Es wurden 20 Häuser zerstört, wie die Feuerwehr mitteilte.', 'die Feuerwehr'],
		['Südkorea: 3.000 Soldaten bereits in Russland', 'Südkorea'],
		['Er sagte, es seien 300 Menschen gewesen.', null],
		['Es kamen 300 Menschen.', null]
	];
	for (const [input, source] of rows) {
		it(input, () => {
			const got = numbersOf(input);
			expect(got.length).toBeGreaterThan(0);
			expect(got[0].source).toBe(source);
		});
	}
});

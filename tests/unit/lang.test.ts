import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lib/engine/lang.ts';

type Row = [input: string, lang: 'de' | 'en', unsure?: boolean];

function check(rows: Row[]) {
	for (const [input, lang, unsure = false] of rows) {
		it(JSON.stringify(input), () => {
			const d = detectLanguage(input);
			expect(d.lang).toBe(lang);
			expect(!!d.diagnostic).toBe(unsure);
		});
	}
}

describe('language detection: short English inputs', () => {
	check([
		['seventy', 'en'],
		['three quarters', 'en'],
		['half a dozen', 'en'],
		['twenty percent', 'en'],
		['Give me 5 dollars', 'en'],
		['1 over 3', 'en'],
		['either 10 bln or 10 tln', 'en'],
		['20 degrees fahrenheit', 'en'],
		['10 turkish lira', 'en'],
		['You weigh 200lbs.', 'en'],
		['Which one do you prefer?', 'en'],
		['The answer is minus five', 'en']
	]);
});

describe('language detection: short German inputs', () => {
	check([
		['siebzig', 'de'],
		['zwei Drittel', 'de'],
		['ein halbes Dutzend', 'de'],
		['zwanzig Prozent', 'de'],
		['einhunderteinunddreißig', 'de'],
		['sieben Euro', 'de'],
		['30 kambodschanische Riel', 'de'],
		['Morgen werden es in Hamburg 18 °C.', 'de'],
		['Er ist 1,80 Meter groß.', 'de']
	]);
});

describe('language detection: no language', () => {
	check([
		['4.800', 'de', true],
		['1,500', 'de', true],
		['$20', 'de', true],
		['USD115', 'de', true],
		['', 'de', true]
	]);
});

describe('language detection: articles', () => {
	check([
		['Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern nicht erhöht werden. Der Finanzminister sagte, man wolle die Ausgaben senken.', 'de'],
		['The government decided on Wednesday that taxes will not be raised. The finance minister said spending would be cut instead.', 'en'],
		['Baker said the deal was “the best ever” and that Germany would pay more.', 'en'],
		['„Das ist eine gute Nachricht“, sagte der Sprecher des Weißen Hauses.', 'de']
	]);
});

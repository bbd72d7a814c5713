import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

// Row tables for the reported-speech rules in src/lib/engine/quotes (free-indirect.ts and the
// frames of indirect.ts). Sentences are written for these tests; no corpus text.

function indirect(text: string) {
	return analyze(text, { lang: 'de', questions: false }).quotes.filter((q) => q.kind === 'indirect');
}

describe('free indirect speech: a run of Konjunktiv sentences is one quote', () => {
	const rows: [string, string, string][] = [
		[
			'Die Bürgermeisterin sagte, der Haushalt sei knapp. Die Stadt müsse sparen. Neue Schulden werde es nicht geben.',
			'Die Stadt müsse sparen. Neue Schulden werde es nicht geben',
			'die Bürgermeisterin'
		],
		[
			'Nach Angaben der Feuerwehr brach das Feuer im Keller aus. Die Bewohner hätten sich retten können. Verletzt worden sei niemand.',
			'Die Bewohner hätten sich retten können. Verletzt worden sei niemand',
			'die Feuerwehr'
		]
	];
	it.each(rows)('%s', (text, span, speaker) => {
		const q = indirect(text).find((x) => x.text === span);
		expect(q, 'one merged quote').toBeDefined();
		expect(q!.rule).toBe('indirect.free-indirect');
		expect(q!.speaker?.name.toLowerCase()).toContain(speaker.replace(/^die /, '').toLowerCase());
	});

	it('does not merge across an indicative sentence', () => {
		const text = 'Der Trainer sagte, das Team sei müde. Die Pause komme gelegen. Am Abend fuhr der Bus ab. Die Spieler seien erschöpft.';
		for (const q of indirect(text)) expect(q.text).not.toContain('Am Abend');
	});

	it('does not merge across a paragraph break', () => {
		const text = 'Der Trainer sagte, das Team sei müde. Die Pause komme gelegen.\n\nDie Spieler seien erschöpft.';
		for (const q of indirect(text)) expect(q.text).not.toContain('\n');
	});
});

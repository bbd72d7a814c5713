import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

// Row tables for English frame constructions added after the first English stages: sentences
// written for these tests, no corpus text. Each row: input, a substring of the quote, the resolved
// speaker (null = found but deliberately unattributed) and, where it matters, the mention span.
// Each block has false positives: constructions that look alike and must not match.

interface Row {
	text: string;
	quote: string;
	speaker: string | null;
	/** the speaker span must be exactly this text */
	mention?: string;
}

const run = (text: string) => analyze(text, { lang: 'en', questions: false });

function check(row: Row) {
	const q = run(row.text).quotes.find((x) => row.text.slice(x.start, x.end).includes(row.quote));
	expect(q, 'quote found').toBeTruthy();
	expect(q!.rule).toBeTruthy();
	expect(q!.speaker?.name ?? null).toBe(row.speaker);
	if (row.mention) expect(row.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(row.mention);
}

const table = (name: string, rows: Row[]) =>
	describe(name, () => {
		for (const row of rows) it(row.text.slice(0, 80), () => check(row));
	});

// A non-restrictive relative clause about the speaker belongs to the mention, over its own commas;
// an "-ing" word after the comma opens an appositive only when it modifies a role noun.
table('English speaker mention: relative clauses and appositives', [
	{ text: '“The river has never been this low,” said Lena Park, a guide on the lake, who has worked there for years.', quote: 'The river has never', speaker: 'Lena Park', mention: 'Lena Park, a guide on the lake, who has worked there for years' },
	{ text: '“We start on Monday,” said Omar Haddad, who ran the office from 2001 to 2009, during the merger, and has advised it since.', quote: 'We start on Monday', speaker: 'Omar Haddad', mention: 'Omar Haddad, who ran the office from 2001 to 2009, during the merger, and has advised it since' },
	{ text: '“Prices will fall,” said Ruth Engel, managing director of a small fund in Ohio.', quote: 'Prices will fall', speaker: 'Ruth Engel', mention: 'Ruth Engel, managing director of a small fund in Ohio' }
]);

table('English speaker mention: false positives', [
	// a participle after the comma is a new clause, not an appositive
	{ text: '“Prices will fall,” said Ruth Engel, adding that she was not worried.', quote: 'Prices will fall', speaker: 'Ruth Engel', mention: 'Ruth Engel' },
	// a relative clause with a cue of its own is a new attribution
	{ text: '“Rents are too high,” said Omar Haddad, who runs a shop, and said the city must act.', quote: 'Rents are too high', speaker: 'Omar Haddad', mention: 'Omar Haddad, who runs a shop' }
]);

// The subject of a participle cue: a name right before it, the subject of its sentence (irregular
// past verbs included), or the subject of the cue whose comma it follows.
table('English participle cues', [
	{ text: 'The new spot shows Maria Lopez asking, “Why is the bridge still closed?”', quote: 'Why is the bridge', speaker: 'Maria Lopez' },
	{ text: 'The crowd grew loud, with Tom Reyes reportedly shouting: “Close the gates now!”', quote: 'Close the gates', speaker: 'Tom Reyes' },
	{ text: 'Paula Grant took the stage on Friday, telling the crowd, “I will fight for this valley.”', quote: 'I will fight', speaker: 'Paula Grant' },
	{ text: '“We cannot pay for this,” Paula Grant said, adding later, “The fund is empty and the bills keep coming.”', quote: 'The fund is empty', speaker: 'Paula Grant' }
]);

table('English participle cues: false positives', [
	// a capitalised word that is no name before the participle gives no speaker of its own
	{ text: 'Paula Grant spoke on Monday, saying, “We will reopen the library in spring.”', quote: 'We will reopen', speaker: 'Paula Grant' },
	// a participle after a quote with no cue before its comma: no speaker
	{ text: 'Rain fell all day. “Nobody came,” adding to the gloom, “and nobody called.”', quote: 'and nobody called', speaker: null }
]);

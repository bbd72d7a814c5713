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
/** The quote of `text` that contains `needle`. */
const quoteWith = (text: string, needle: string) => run(text).quotes.find((x) => text.slice(x.start, x.end).includes(needle));

function check(row: Row) {
	const q = quoteWith(row.text, row.quote);
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

// Quotation marks and split quotes: the same curly marks nested inside a quote stay inside it; a
// signature line closes its quote; a passive verb in the frame (adverb between) opens no report.
describe('English quote marks and split quotes', () => {
	it('keeps a nested pair of the same curly marks inside the outer quote', () => {
		const text = 'Readers wrote in. “I would rather sleep in what she calls “the barn” than in her hotel.” ― Ana Ruiz';
		const q = quoteWith(text, 'I would rather sleep');
		expect(q).toBeTruthy();
		expect(text.slice(q!.start, q!.end)).toBe('“I would rather sleep in what she calls “the barn” than in her hotel.”');
		expect(q!.speaker?.name).toBe('Ana Ruiz');
	});
	it('does not merge the quotes of two signature lines', () => {
		const text = '“The park is a gift to the town.” ― Ana Ruiz\n“Nobody asked us before they built it.” ― Carla Mendes';
		const a = run(text);
		const q = a.quotes.find((x) => text.slice(x.start, x.end).includes('The park is a gift'));
		expect(text.slice(q!.start, q!.end)).not.toContain('Nobody asked');
		expect(q!.speaker?.name).toBe('Ana Ruiz');
	});
	it('merges a split quote whose frame has a passive verb with an adverb', () => {
		const text = '"The deadline stands," board chair Tom Reyes said after the supplier, who was formally invited to the hearing, stayed away. "He must appear next week."';
		const q = quoteWith(text, 'The deadline stands');
		expect(text.slice(q!.start, q!.end)).toContain('He must appear next week');
		expect(q!.speaker?.name).toBe('Tom Reyes');
	});
	// false positives
	it('still pairs an unclosed quote followed by a new quote as two quotes', () => {
		const text = 'She said: “We are ready. Then he answered “No, we are not.” and left.';
		const quotes = run(text).quotes.map((x) => text.slice(x.start, x.end));
		expect(quotes.some((t) => t.startsWith('“We are ready') && t.includes('we are not'))).toBe(false);
	});
	it('does not merge across a frame whose active verb starts a report of its own', () => {
		const text = '"The deadline stands," board chair Tom Reyes said, and he added that the supplier must come. "He must appear next week."';
		const q = quoteWith(text, 'The deadline stands');
		expect(text.slice(q!.start, q!.end)).not.toContain('He must appear');
	});
});

// Leading frames: an inverted "Said X:" at the sentence start; the idiom "as X put it"; the
// subject of a sentence ending in a colon, a bare surname included.
table('English leading frames', [
	{ text: 'The vote was close. Said Reyes: “The ferry will run again before the summer.”', quote: 'The ferry will run', speaker: 'Reyes', mention: 'Reyes' },
	{ text: 'As Anna Berg put it, “The town will never be the same after this winter.”', quote: 'The town will never', speaker: 'Anna Berg', mention: 'Anna Berg' },
	{ text: 'Critics were loud. As the bank’s chief executive, Jeff Morris, put it in a memo, “Our mills will grow again this year.”', quote: 'Our mills will grow', speaker: 'Jeff Morris' },
	{ text: 'The mayor mocked the plan. Reyes struck back: “Let them count the votes again and see.”', quote: 'Let them count', speaker: 'Reyes' }
]);

describe('English leading frames: false positives', () => {
	it('"Said to be …" opens no inverted frame', () => {
		const text = 'Said to be the richest man in town, he stayed silent. “We will see,” Tom Reyes said.';
		const q = quoteWith(text, 'We will see');
		expect(q!.speaker?.name).toBe('Tom Reyes');
	});
	it('"put" without "it" is no cue that ends a reported clause', () => {
		const text = 'Many voters said they are fine with the result but want to put the matter to rest.';
		const q = quoteWith(text, 'they are fine');
		expect(q).toBeTruthy();
		expect(text.slice(q!.start, q!.end)).toContain('put the matter to rest');
	});
	it('"put it" with an object place reports nothing', () => {
		const text = 'Anna Berg put it on the table and left the room.';
		expect(run(text).quotes).toHaveLength(0);
	});
});

// A number opens a speaker phrase only before a full name; a speaker we cannot read after an
// inverted cue still frames the quote, so it continues no quote before it.
table('English speaker mention: numbers', [
	{ text: '“The team needs a new coach,” said 16-year-old Lena Brandt.', quote: 'The team needs', speaker: 'Lena Brandt', mention: '16-year-old Lena Brandt' }
]);

describe('English speaker mention: numbers, false positives', () => {
	it('"said 45 members" gives no person and does not continue the quote before', () => {
		const text = '“We will win the district,” said Lena Brandt.\n\n“We will block the bill,” said 45 members in a letter.';
		const q = quoteWith(text, 'We will block');
		expect(q).toBeTruthy();
		expect(q!.speaker).toBeNull();
	});
});

describe('English entities: roles', () => {
	it('a capitalised body before a role noun at the sentence start is part of the role', () => {
		const a = run('Council member Dana Whitfield voted no. “This budget is a mistake,” Whitfield said.');
		expect(a.entities?.find((e) => e.name === 'Dana Whitfield')?.role).toBe('council member');
	});
	it('a capitalised name before a role noun is not (false positive)', () => {
		const a = run('Berg spokesman Tom Reyes declined to comment. “We will respond next week,” Reyes said.');
		expect(a.entities?.find((e) => e.name === 'Tom Reyes')?.role).toBe('spokesman');
	});
});

// A surname that is also a title ("Mr. Bishop") stays the name after a title; "commented" is a
// cue, "comments" is not (mostly the noun); a noun after "and" does not cut a reported clause.
table('English names that are titles; new cues', [
	{ text: '“Nobody tells me what to bake,” Mr. Bishop, 71, said.', quote: 'Nobody tells me', speaker: 'Bishop', mention: 'Mr. Bishop, 71,' },
	{ text: 'Over coffee, a neighbour commented: “The new bus line saves me an hour a day.”', quote: 'The new bus line', speaker: 'a neighbour' }
]);

describe('English names that are titles; new cues: false positives', () => {
	it('"the King" without a title before it is still a role', () => {
		const a = run('“We will open the gates,” the King said.');
		expect(a.quotes[0]?.speaker?.name).toBe('the King');
	});
	it('"X’s comments about …" is no cue', () => {
		const text = 'Anna Berg’s comments about the school drew criticism from parents.';
		expect(run(text).quotes).toHaveLength(0);
	});
	it('"and his last comment was …" does not end a reported clause', () => {
		const text = 'Tom Reyes said the plan was fair and his last comment was meant as a joke.';
		const q = quoteWith(text, 'the plan was fair');
		expect(text.slice(q!.start, q!.end)).toContain('meant as a joke');
	});
});

// Right after a quote, a describing phrase with a preposition inside is the whole subject.
table('English trailing frames: describing phrases', [
	{ text: 'The video is short. “Where did the money go? Who signed the checks?” a voice in the video asks.', quote: 'Where did the money go', speaker: 'a voice in the video', mention: 'a voice in the video' },
	{ text: '“Is the bakery open on Sunday?” a child in the queue wondered.', quote: 'Is the bakery open', speaker: 'a child in the queue' }
]);

describe('English trailing frames: describing phrases, false positives', () => {
	it('a phrase with a verb in it is no subject', () => {
		const text = 'Tom Reyes spoke first. “We are ready.” The man who arrived in the car said nothing.';
		const q = quoteWith(text, 'We are ready');
		expect(q?.speaker?.name ?? null).not.toBe('The man who arrived in the car');
	});
});

// The object of a cue like "criticized" is a noun phrase: it ends at a comma that a new clause
// follows, and a quote in that new clause is not the object cue's; a sentence-opening
// subordinator is no part of the subject.
describe('English object cues', () => {
	it('"After X criticized Y, Z replied, “…”" gives the quote no speaker of X', () => {
		const text = 'After Tom Reyes criticized the plan during a hearing, Anna Berg replied, “I chose to fight for this town.”';
		const a = run(text);
		const obj = a.quotes.find((x) => text.slice(x.start, x.end).startsWith('the plan'));
		expect(obj && text.slice(obj.start, obj.end)).toBe('the plan during a hearing');
		expect(obj!.speaker?.name).toBe('Tom Reyes');
		expect(text.slice(obj!.speaker!.start, obj!.speaker!.end)).toBe('Tom Reyes');
		const q = a.quotes.find((x) => text.slice(x.start, x.end).includes('I chose to fight'));
		expect(q?.speaker?.name ?? null).not.toBe('Tom Reyes');
	});
	// false positives: commas inside the object or its clause do not end it
	it('"described how, growing up, X turned …" keeps the whole clause', () => {
		const text = 'Anna Berg described how, growing up, her brother turned into a local hero.';
		const q = quoteWith(text, 'growing up');
		expect(q && text.slice(q.start, q.end)).toContain('local hero');
	});
	it('a list in the object is no new clause', () => {
		const text = 'Tom Reyes criticized delays in the north, the south and the capital during the meeting.';
		const q = quoteWith(text, 'delays in the north');
		expect(q && text.slice(q.start, q.end)).toContain('the capital');
	});
});

// After a quote that ends its sentence, "X said <clause>" is a new report, not the quote's frame;
// "Small groups of …" is a noun phrase, not a name and a verb.
describe('English trailing frames after a closed quote', () => {
	it('"“….” X said the tenants …" does not frame the quote before', () => {
		const text = 'Ruth Engel wrote in a note: “The oven is ready for Monday.” Tom Reyes, the landlord, said the tenants have not paid.';
		const q = quoteWith(text, 'The oven is ready');
		expect(text.slice(q!.start, q!.end)).toBe('“The oven is ready for Monday.”');
		expect(q!.speaker?.name).toBe('Ruth Engel');
	});
	it('"Small groups of nurses …, while singing" gives no speaker "Small"', () => {
		const text = 'Small groups of nurses walked to the square, circling the fountain while singing, “Fair pay for every shift.”';
		const q = quoteWith(text, 'Fair pay for');
		expect(q?.speaker?.name ?? null).not.toBe('Small');
	});
	// false positives: adjuncts, "of" and an addressee after the cue are a frame's tail
	it.each([
		['“We are done here.” Tom Reyes said on Monday.', 'Tom Reyes'],
		['“We are done here.” Tom Reyes said of the plan.', 'Tom Reyes'],
		['“We are done here.” Tom Reyes told reporters.', 'Tom Reyes']
	])('%s', (text, speaker) => {
		expect(quoteWith(text, 'We are done')?.speaker?.name).toBe(speaker);
	});
});

// Split quotes: a frame whose verb takes no clause ("who spoke on condition of anonymity") starts
// no report; after a quote that ended its sentence, a frame ending in a colon is the next quote's.
describe('English split quotes: frames between quotes', () => {
	it('merges over "who spoke on condition of anonymity"', () => {
		const text = '“The choice is a hard one,” said one person close to the mayor, who spoke on condition of anonymity. “Both roads cost too much.”';
		const q = quoteWith(text, 'The choice is a hard one');
		expect(text.slice(q!.start, q!.end)).toContain('Both roads cost');
	});
	it('a colon frame after a closed quote introduces the next quote', () => {
		const text = 'Ruth Engel spoke on Monday, saying, “The pool stays open. Nothing changes.” The candidate repeated: “I know the budget well.”';
		const a = run(text);
		const first = a.quotes.find((x) => text.slice(x.start, x.end).includes('The pool stays open'));
		expect(text.slice(first!.start, first!.end)).toBe('“The pool stays open. Nothing changes.”');
		expect(first!.speaker?.name).toBe('Ruth Engel');
		const second = a.quotes.find((x) => text.slice(x.start, x.end).includes('I know the budget'));
		expect(second!.speaker?.name).toBe('the candidate');
	});
	// false positives: a comma-ended quote with a colon frame is still one split quote
	it('“…,” X said: “…” stays one quote', () => {
		const text = '“We will build it,” Ruth Engel said: “and we will pay for it ourselves.”';
		const q = quoteWith(text, 'We will build it');
		expect(text.slice(q!.start, q!.end)).toContain('pay for it ourselves');
	});
	it('"who said …" in a frame still starts a report of its own', () => {
		const text = '“The choice is hard,” said Tom Reyes, who said the town must decide. “Nobody else will.”';
		const q = quoteWith(text, 'The choice is hard');
		expect(text.slice(q!.start, q!.end)).not.toContain('Nobody else will');
	});
});

// "X, who declared, “…”" after a longer phrase: the name that ends it is the antecedent.
table('English relative-pronoun speakers', [
	{ text: 'On Friday the mayor won support from Lena Park, who declared in the hall, “It is time to unite behind one plan.”', quote: 'It is time to unite', speaker: 'Lena Park', mention: 'who' }
]);

describe('English relative-pronoun speakers: false positives', () => {
	it('a lowercase phrase before ", who" gives no name', () => {
		const text = 'The plan won support from the new members, who declared in the hall, “It is time to unite.”';
		const q = quoteWith(text, 'It is time');
		expect(q).toBeTruthy();
		expect(q!.speaker).toBeNull();
	});
});

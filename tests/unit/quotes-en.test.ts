import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

// Row tables for the English quote and speaker stages (src/lib/engine/lang/en): sentences written for
// these tests, no corpus text. Each row: input, a substring of the quote the engine must find,
// its kind, and the resolved speaker name (null = found but deliberately unattributed).

interface Row {
	text: string;
	quote: string;
	kind: 'direct' | 'indirect';
	speaker: string | null;
	/** the speaker span must cover this text */
	mention?: string;
}

const run = (text: string) => analyze(text, { lang: 'en', questions: false });

function findQuote(text: string, needle: string) {
	return run(text).quotes.find((q) => text.slice(q.start, q.end).includes(needle));
}

const direct: Row[] = [
	{ text: '"We will rebuild the school this year," Mayor Anna Berg said on Monday.', quote: 'We will rebuild the school', kind: 'direct', speaker: 'Anna Berg', mention: 'Mayor Anna Berg' },
	{ text: '“The numbers are alarming and we have to act now,” said Peter Lang, the director of the foundation.', quote: 'The numbers are alarming', kind: 'direct', speaker: 'Peter Lang', mention: 'Peter Lang, the director of the foundation' },
	{ text: 'The coach said: “We lost fairly today and we have to get better.”', quote: 'We lost fairly today', kind: 'direct', speaker: 'the coach' },
	{ text: 'Police spokeswoman Jana Ross spoke in the evening. “The situation is under control and nobody was hurt,” she said.', quote: 'The situation is under control', kind: 'direct', speaker: 'Jana Ross', mention: 'she' },
	{ text: 'Ross: “We are investigating every lead.”', quote: 'We are investigating', kind: 'direct', speaker: 'Ross' },
	{ text: '“This is a good day for the town,” the mayor told reporters. “Everybody worked hard for it.”', quote: 'Everybody worked hard', kind: 'direct', speaker: 'the mayor' },
	{ text: 'In a statement, the company said, “We regret the delay and will refund every customer in full.”', quote: 'We regret the delay', kind: 'direct', speaker: 'the company' },
	{ text: "''We need more teachers in every district,'' said Ms. Alvarez, referring to the shortage.", quote: 'We need more teachers', kind: 'direct', speaker: 'Alvarez', mention: 'Ms. Alvarez' },
	{ text: 'According to the fire chief, “the building was empty when the fire started and no one was hurt.”', quote: 'the building was empty', kind: 'direct', speaker: 'the fire chief' },
	{ text: '“The work is not done,” she said, “we are only getting started.”', quote: 'The work is not done', kind: 'direct', speaker: null },
	// the subject of a sentence with two verbs: "X called … and said, “…”" / "X was …, telling reporters, “…”"
	{ text: 'Paula Grant criticized the ruling and said, “This decision hurts every family in the county.”', quote: 'This decision hurts', kind: 'direct', speaker: 'Paula Grant' },
	// a signature line after the quote
	{ text: '“Nobody at city hall listens to us anymore.” ― Rosa Delgado', quote: 'Nobody at city hall', kind: 'direct', speaker: 'Rosa Delgado' },
	{ text: '"The new park changed our street for the better." -Anna Kowalski, Chicago.', quote: 'The new park', kind: 'direct', speaker: 'Anna Kowalski' },
	// the appositive is one comma piece; a relative clause with its own speech verb is not part of it
	{ text: '“Rents have doubled in five years,” said Omar Haddad, a lawyer from Dayton, Ohio, who also said that the city must act.', quote: 'Rents have doubled', kind: 'direct', speaker: 'Omar Haddad', mention: 'Omar Haddad, a lawyer from Dayton, Ohio' },
	// a party label inside the subject; a lowercase modifier before a titled name; a capitalised adjective before a title
	{ text: 'The vote was close. "Subpoenas are not optional," panel Chairman Rep. Tom Reyes (R-Utah) said after the vote.', quote: 'Subpoenas are not optional', kind: 'direct', speaker: 'Tom Reyes', mention: 'panel Chairman Rep. Tom Reyes (R-Utah)' },
	{ text: 'Democratic Sen. Clara Weiss (D-Mo.) scolded him: “The science is against you on this one.”', quote: 'The science is against you', kind: 'direct', speaker: 'Clara Weiss' },
	{ text: 'Weber did not seem impressed by the offer, telling reporters, “We have heard these promises before.”', quote: 'We have heard these promises', kind: 'direct', speaker: 'Weber' },
	// a party and state label with its period inside the subject
	{ text: '"We will not let this stand, and we will say so clearly," Senate leader Tom Reyes, R-Ky., said.', quote: 'We will not let this stand', kind: 'direct', speaker: 'Tom Reyes' },
	// "X, who declared, “…”": the relative pronoun is the mention, the name the one before it
	{ text: 'Senator Ann Berg, who declared, “We will win this district again,” left early.', quote: 'We will win this district', kind: 'direct', speaker: 'Ann Berg', mention: 'who' },
	// "role, Name, said": the name is the last comma piece
	{ text: '“We are ready for this fight,” the union’s chief lawyer, Omar Haddad, said.', quote: 'We are ready for this fight', kind: 'direct', speaker: 'Omar Haddad' },
	// a closing mark turned the wrong way at the paragraph's end
	{ text: 'Paula Grant wrote on Friday: “The budget is fair to every district in the state.“', quote: 'The budget is fair', kind: 'direct', speaker: 'Paula Grant' }
];

const indirect: Row[] = [
	{ text: 'The fire department said on Sunday that the blaze had been put out overnight.', quote: 'the blaze had been put out overnight', kind: 'indirect', speaker: 'the fire department' },
	{ text: 'The blaze had been put out overnight, a spokesman for the fire department said.', quote: 'The blaze had been put out overnight', kind: 'indirect', speaker: 'a spokesman for the fire department' },
	{ text: 'According to the police, three people were slightly injured in the crash.', quote: 'three people were slightly injured', kind: 'indirect', speaker: 'the police' },
	{ text: 'Senator Maria Lopez argued that the bill would raise costs for small farms.', quote: 'the bill would raise costs', kind: 'indirect', speaker: 'Maria Lopez' },
	{ text: 'The governor told reporters that the budget would be balanced by spring.', quote: 'the budget would be balanced', kind: 'indirect', speaker: 'the governor' },
	{ text: 'Councilman Tom Reyes said the plan was "reckless and far too expensive" for the city.', quote: 'the plan was', kind: 'indirect', speaker: 'Tom Reyes' },
	// a frame in the middle of the reported sentence: the whole sentence is the quote
	{ text: 'The new road, the engineer said, would be finished before the winter storms arrive.', quote: 'would be finished before the winter', kind: 'indirect', speaker: 'the engineer' },
	// shares of a group as the speaker
	{ text: 'Nearly half of the farmers said they would plant less wheat next year.', quote: 'they would plant less wheat', kind: 'indirect', speaker: 'nearly half of the farmers' },
	{ text: 'Four in 10 voters said they were worried about rising rents.', quote: 'they were worried about rising rents', kind: 'indirect', speaker: 'four in 10 voters' },
	{ text: 'Current and former officials said the audit had been delayed for months.', quote: 'the audit had been delayed', kind: 'indirect', speaker: 'current and former officials' },
	// two verbs of one subject
	{ text: 'Ella Brandt praised the volunteers and said the shelter would stay open all winter.', quote: 'the shelter would stay open', kind: 'indirect', speaker: 'Ella Brandt' },
	// attributions whose content is the object: findings, descriptions, accusations
	{ text: 'The new university poll showed the mayor leading her rival by six points.', quote: 'the mayor leading her rival', kind: 'indirect', speaker: 'the new university poll' },
	{ text: 'The survey found that most parents want longer school days.', quote: 'most parents want longer school days', kind: 'indirect', speaker: 'the survey' },
	{ text: 'Tom Reyes accused the council of hiding the true cost of the bridge.', quote: 'the council of hiding', kind: 'indirect', speaker: 'Tom Reyes' },
	// a short quote right after a verb with an object: "what X called “…”"
	{ text: 'The council approved the plan, which Tom Reyes called “a disgrace for the city,” on Monday.', quote: 'a disgrace for the city', kind: 'indirect', speaker: 'Tom Reyes' }
];

// no attribution: a verb with an object that is a place or adjunct, and a noun that looks like a verb
const noReport: { text: string; notQuote: string }[] = [
	{ text: 'The mayor joked with reporters after the long council meeting on Tuesday.', notQuote: 'with reporters after' },
	{ text: 'The show ended with a long concert for all the volunteers in the park.', notQuote: 'ended with a long concert' },
	{ text: 'The group called off the march through the old town on Sunday.', notQuote: 'off the march' }
];

describe('English verbs without a report', () => {
	for (const row of noReport) {
		it(row.notQuote, () => {
			const a = run(row.text);
			expect(a.quotes.some((q) => row.text.slice(q.start, q.end).includes(row.notQuote))).toBe(false);
		});
	}
});

// an opening adverbial is no reported clause; a clause ends before ", which …" and before a second speaker's clause
const clauseBounds: { text: string; quote: string; notInQuote: string }[] = [
	{ text: 'On Sunday night in the capital, Ella Brandt said the shelter would stay open all winter.', quote: 'the shelter would stay open all winter', notInQuote: 'On Sunday' },
	{ text: 'Tom Reyes said he supports the final bill, which includes new funding for schools.', quote: 'he supports the final bill', notInQuote: 'which includes' },
	{ text: 'One in three said the council does not listen and one in four said it was hostile to them.', quote: 'the council does not listen', notInQuote: 'one in four' }
];

// quoted words that are no quotes: titles, names, scare quotes, nicknames
const falsePositives: { text: string; quoted: string }[] = [
	{ text: 'She read the book "The Long Road Home" on the train to work.', quoted: 'The Long Road Home' },
	{ text: 'The so-called "reform package" was never debated in the chamber.', quoted: 'reform package' },
	{ text: 'Fans of the "Midnight Riders" gathered outside the stadium before the game.', quoted: 'Midnight Riders' },
	{ text: 'The boxer, nicknamed "The Hammer," retired last year after a long career.', quoted: 'The Hammer' },
	{ text: 'Critics of the "smart" meters gathered at the town hall on Tuesday evening.', quoted: 'smart' },
	{ text: 'Her new film, “Summer of Rain,” opens in theaters next week.', quoted: 'Summer of Rain' },
	{ text: 'Fans cheered when the band played its hit: “Summer Nights” from the first album.', quoted: 'Summer Nights' }
];

describe('English direct quotes', () => {
	for (const row of direct) {
		it(`${row.quote}`, () => {
			const q = findQuote(row.text, row.quote);
			expect(q, 'quote found').toBeTruthy();
			expect(q!.kind).toBe(row.kind);
			expect(q!.rule).toBeTruthy();
			expect(q!.speaker?.name ?? null).toBe(row.speaker);
			if (row.mention) expect(row.text.slice(q!.speaker!.start, q!.speaker!.end)).toBe(row.mention);
			if (q!.speaker) {
				expect(q!.speaker.sieve).toBeTruthy();
				expect(q!.speaker.confidence).toBeGreaterThan(0);
			}
		});
	}
});

describe('English reported speech', () => {
	for (const row of indirect) {
		it(`${row.quote}`, () => {
			const q = findQuote(row.text, row.quote);
			expect(q, 'quote found').toBeTruthy();
			expect(q!.kind).toBe(row.kind);
			expect(q!.speaker?.name ?? null).toBe(row.speaker);
		});
	}
});

describe('English reported clause bounds', () => {
	for (const row of clauseBounds) {
		it(row.quote, () => {
			const a = run(row.text);
			const q = a.quotes.find((x) => row.text.slice(x.start, x.end).includes(row.quote));
			expect(q, 'quote found').toBeTruthy();
			expect(row.text.slice(q!.start, q!.end)).not.toContain(row.notInQuote);
			expect(a.quotes.some((x) => row.text.slice(x.start, x.end).startsWith(row.notInQuote))).toBe(false);
		});
	}
});

describe('English false positives', () => {
	for (const row of falsePositives) {
		it(row.quoted, () => {
			const a = run(row.text);
			const hit = a.quotes.find((q) => q.kind === 'direct' && row.text.slice(q.start, q.end).includes(row.quoted));
			expect(hit).toBeUndefined();
		});
	}
});

describe('English split quotes and paragraphs', () => {
	it('merges a quote split by its frame into one item with segments', () => {
		const text = '“The work is not done,” Lena Fischer said, “we are only getting started.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(1);
		expect(a.quotes[0].segments).toHaveLength(2);
		expect(a.quotes[0].speaker?.name).toBe('Lena Fischer');
	});
	it('a frame that goes on with a cue of its own ends the quote: “…,” she said, adding, “…”', () => {
		const text = '“The water is safe now,” Lena Fischer said, adding, “But we will keep testing it every week.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(2);
	});
	it('a reporting verb in a side clause or a passive of the frame keeps the quote together', () => {
		for (const text of [
			'“The budget is fair,” Lena Fischer said at the town hall, where the mayor also spoke. “Nobody loses a job.”',
			'“The budget is fair,” Lena Fischer said after the council was told about the cuts. “Nobody loses a job.”',
			'“The budget is fair,” said Lena Fischer, speaking of the new plan. “Nobody loses a job.”'
		]) {
			const a = run(text);
			expect(a.quotes, text).toHaveLength(1);
			expect(a.quotes[0].segments, text).toHaveLength(2);
			expect(a.quotes[0].speaker?.name, text).toBe('Lena Fischer');
		}
	});
	it('a frame with a report of its own still ends the quote: “…,” X said, and she added …. “…”', () => {
		const text = '“The budget is fair,” Lena Fischer said, who also told reporters about the cuts. “Nobody loses a job.”';
		expect(run(text).quotes.filter((q) => q.kind === 'direct')).toHaveLength(2);
	});
	it('"X, who …, said the city was …" reports a clause: its subject is no inverted speaker', () => {
		const text = 'Council member Lena Fischer, who voted against the plan, said the city was borrowing too much money.';
		const q = findQuote(text, 'borrowing too much money');
		expect(q).toBeDefined();
		expect(text.slice(q!.start, q!.end)).toBe('the city was borrowing too much money');
		expect(q!.speaker?.name).toBe('Lena Fischer');
	});
	it('"told reporters outside city hall." reports nothing', () => {
		const text = '“We will appeal,” Lena Fischer told reporters outside city hall.';
		expect(run(text).quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“We will appeal,”']);
	});
	it('a frame does not reach over a line break: the next line frames the quote after it', () => {
		const text = '“We will keep testing the water,” Lena Fischer said.\n“The results look good.”\nMayor Omar Haddad added, “We are grateful for the help.”';
		const a = run(text);
		const q = a.quotes.find((x) => text.slice(x.start, x.end).includes('The results look good'));
		expect(q).toBeDefined();
		expect(text.slice(q!.start, q!.end)).not.toContain('grateful');
		const last = a.quotes.find((x) => text.slice(x.start, x.end).includes('grateful'));
		expect(last?.speaker?.name).toBe('Omar Haddad');
	});
	it('a source after the frame does not end a split quote: “…,” X said, according to Y. “…”', () => {
		const text = '“We will appeal the ruling,” Lena Fischer said, according to the local paper. “This case is far from over.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(1);
		expect(a.quotes[0].segments).toHaveLength(2);
	});
	it('a short quoted phrase inside the frame keeps the split quote together', () => {
		const text = '“We will appeal the ruling,” Lena Fischer said of the “final” decision. “This case is far from over.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(1);
		expect(a.quotes[0].segments).toHaveLength(2);
		expect(a.quotes[0].speaker?.name).toBe('Lena Fischer');
	});
	it('a quote after an appositive with a place is no part of the speaker phrase', () => {
		const text = '"This used to be our back yard," said Omar Haddad, a lawyer in London, "but it is changing fast."';
		const a = run(text);
		expect(a.quotes).toHaveLength(1);
		expect(text.slice(a.quotes[0].speaker!.start, a.quotes[0].speaker!.end)).toBe('Omar Haddad, a lawyer in London');
	});
	it('a relative clause without a named antecedent stays unresolved', () => {
		const text = 'The crowd, who chanted, “Build the bridge now,” stayed late.';
		const q = findQuote(text, 'Build the bridge now');
		expect(q?.speaker ?? null).toBeNull();
	});
	it('a quote inside parentheses does not reach back over the bracket', () => {
		const text = 'Some members were angry (“I want my money back,” wrote Omar Haddad, a teacher) and left.';
		const q = findQuote(text, 'I want my money back');
		expect(q).toBeTruthy();
		expect(text.slice(q!.start, q!.end)).not.toContain('angry');
		expect(q!.speaker?.name).toBe('Omar Haddad');
	});
	it('merges the sentence after the frame: “…,” X said. “…”', () => {
		const text = '“It is expensive,” Lena Fischer said. “Very expensive.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(1);
		expect(a.quotes[0].end).toBe(text.length);
	});
	it('a quote paragraph without frame continues the speaker before', () => {
		const text = '“We will appeal the ruling,” said Omar Haddad, the union’s lawyer.\n\n“This case is far from over and our members deserve a fair hearing.”';
		const a = run(text);
		expect(a.quotes).toHaveLength(2);
		expect(a.quotes[1].speaker?.name).toBe('Omar Haddad');
	});
	it('an unclosed quote that reopens in the next paragraph runs on', () => {
		const text = '“We have waited long enough for this bridge and the people here know it.\n\n“Now it is time to build it,” said Mayor Carla Mendes.';
		const a = run(text);
		expect(a.quotes.length).toBeGreaterThanOrEqual(2);
		for (const q of a.quotes) expect(q.speaker?.name).toBe('Carla Mendes');
	});
	it('never throws on odd input', () => {
		for (const t of ['"', '“”', '“ ”', "''", 'said', '"a" "b" "c"', '“' + 'word '.repeat(2000), ', said he.', 'According to', '“A,” said', '(']) {
			expect(() => run(t)).not.toThrow();
		}
	});
});

describe('English speaker resolution', () => {
	it('a surname resolves to the fullest name', () => {
		const text = 'Jane Reed spoke in Ohio on Monday. “We will win this state,” Reed said.';
		expect(findQuote(text, 'We will win')?.speaker?.name).toBe('Jane Reed');
	});
	it('two people with one surname: the surname stays unresolved', () => {
		const text = 'Jane Reed and Tom Reed spoke in Ohio on Monday. “We will win this state,” Reed said.';
		const q = findQuote(text, 'We will win');
		expect(q?.speaker?.name).toBe('Reed');
	});
	it('a pronoun takes the most recent person of its gender (Mr./Ms.)', () => {
		const text = 'Ms. Ortega met Mr. Novak on Friday. Ms. Ortega left early. “The talks went well,” he said.';
		expect(findQuote(text, 'The talks went well')?.speaker?.name).toBe('Novak');
	});
	it('a pronoun with no person of its gender stays unresolved', () => {
		const text = 'Mr. Novak arrived on Friday. “The talks went well,” she said.';
		expect(findQuote(text, 'The talks went well')?.speaker).toBeNull();
	});
	it('a role noun resolves to the one person with that role', () => {
		const text = 'Sen. Ruth Adler introduced the bill on Tuesday. “It is long overdue,” the senator said.';
		expect(findQuote(text, 'long overdue')?.speaker?.name).toBe('Ruth Adler');
	});
});

// A golden English article (invented news): its quotes, kinds and speakers.
const ARTICLE = `Riverton approves new bridge after long debate

RIVERTON — The city council voted 7-2 on Tuesday to build a new bridge across the Mill River, ending a dispute that has lasted more than a decade.

"This bridge will connect our neighborhoods and our people," Mayor Jane Holloway said after the vote. "It is long overdue."

Councilman Robert Diaz, a longtime critic of the mayor, said the plan was "reckless and far too expensive" for a city of this size.

“We cannot afford this,” said Diaz. He added that property taxes would rise by at least 4 percent.

According to the city's budget office, the bridge will cost about $40 million and take three years to build.

Holloway dismissed the concerns. She told reporters: “We will find the money, and we will do it without raising taxes.”

“People have been waiting for years,” she said. “They deserve a safe way to cross the river.

“And they deserve it now.”

Local business owners welcomed the decision. "Our customers on the east side will finally reach us," said Maria Chen, who runs a bakery near the river.`;

describe('golden English article', () => {
	const a = run(ARTICLE);
	const at = (needle: string) => a.quotes.find((q) => ARTICLE.slice(q.start, q.end).includes(needle));
	const expected: [string, 'direct' | 'indirect', string | null][] = [
		['This bridge will connect', 'direct', 'Jane Holloway'],
		['It is long overdue', 'direct', 'Jane Holloway'],
		['the plan was', 'indirect', 'Robert Diaz'],
		['We cannot afford this', 'direct', 'Robert Diaz'],
		['property taxes would rise', 'indirect', 'Robert Diaz'],
		['the bridge will cost about', 'indirect', "the city's budget office"],
		['We will find the money', 'direct', 'Jane Holloway'],
		['People have been waiting', 'direct', 'Jane Holloway'],
		['And they deserve it now', 'direct', 'Jane Holloway'],
		['Our customers on the east side', 'direct', 'Maria Chen']
	];
	for (const [needle, kind, speaker] of expected) {
		it(needle, () => {
			const q = at(needle);
			expect(q, 'quote found').toBeTruthy();
			expect(q!.kind).toBe(kind);
			expect(q!.speaker?.name ?? null).toBe(speaker);
		});
	}
	it('detects English and finds no quote in the headline', () => {
		expect(a.lang).toBe('en');
		expect(a.quotes.some((q) => q.end <= ARTICLE.indexOf('\n'))).toBe(false);
	});
	it('every quote carries a rule; every speaker a sieve and a confidence', () => {
		for (const q of a.quotes) {
			expect(q.rule).toMatch(/^(direct|indirect)\./);
			if (q.speaker) expect(q.speaker.sieve && q.speaker.confidence > 0).toBeTruthy();
		}
	});
});

// English question wording and answer vocabulary (see ../de/questions.ts).
import type { QuestionTemplates } from '../pack.ts';
import { countedPlural } from './plural.ts';

const q = (text: string) => `“${text}”`;
/** a quote that ends the question: its full stop goes (no “….”?), its own ? or ! ends the question */
const asked = (text: string) => (/[?!]$/.test(text) ? q(text) : `${q(text.replace(/\.$/, ''))}?`);
const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const subject = (name: string): string | null => {
	const n = name.trim();
	if (/^(the|a|an)\s/i.test(n)) return n.charAt(0).toLowerCase() + n.slice(1);
	return n.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|and|for|de|von|van|al)$/.test(w)) ? n : null;
};
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** an English role reads as an answer unless an article or a possessive leads it ("one of …") */
const roleAsAnswer = (role: string): boolean => !/^(the|a|an|one|his|her|their|its)\s/i.test(role.trim()) && !/['’]s$/.test(role.trim());

export const questions: QuestionTemplates = {
	blank: '___',
	quote: q,
	formatNumber: (v) => fmt.format(v),
	subject,
	whoSaid: (quote, indirect) => (indirect ? `According to the article, who made this statement: ${asked(quote)}` : `Who said: ${asked(quote)}`),
	whatDidSay: (name) => {
		const s = subject(name);
		return s ? `What did ${s} say, according to the article?` : `Which statement does the article attribute to this source: ${name}?`;
	},
	match: () => 'Match each statement to the person or body it comes from, according to the article.',
	numberEntry: (blanked, counted) => {
		const c = countedPlural(counted);
		return c ? `How many ${c} does the article give here? ${q(blanked)}` : `Which number fills the gap? ${q(blanked)}`;
	},
	numberChoice: (blanked, counted) => {
		const c = countedPlural(counted);
		return c ? `How many ${c} does the article give here? Pick the right number: ${q(blanked)}` : `Which number belongs in the gap? ${q(blanked)}`;
	},
	clozeNumber: (blanked) => `Fill in the missing number: ${q(blanked)}`,
	clozeSpeaker: (blanked) => `Who belongs in the gap? ${q(blanked)}`,
	trueFalseSpeaker: (name, quote, indirect) => {
		const s = subject(name);
		if (s) return `True or false? ${cap(s)} ${indirect ? 'stated in effect' : 'said'}: ${q(quote)}`;
		return `True or false? According to the article, the statement ${q(quote)} comes from this source: ${name}.`;
	},
	trueFalseNumber: (sentence) => `True or false? According to the article: ${q(sentence)}`,
	roleAsAnswer,
	whoIs: (name) => {
		const s = subject(name);
		return s ? `What position or role does ${s} have, according to the article?` : `What position or role does the article give for: ${name}?`;
	},
	numberSource: (phrase) => `According to the article, who is the source of the figure ${q(phrase)}?`,
	markSpeaker: (quote) => `Mark in the text who said this: ${q(quote)}`,
	explainSpeaker: (name, sentence) => `Source: ${name}. The article says: ${q(sentence)}`,
	explainNumber: (raw, sentence) => `The article says ${q(raw)}: ${q(sentence)}`,
	explainSource: (source, sentence) => `Source of the figure: ${source}. The article says: ${q(sentence)}`,
	explainRole: (name, role, sentence) => `${name}: ${role}. The article says: ${q(sentence)}`,
	explainTrueFalse: (right, sentence) => `The statement is ${right ? 'true' : 'false'}. The article says: ${q(sentence)}`,
	feedback: {
		correct: 'Correct!',
		partial: 'Partly correct.',
		'other-speaker': 'Someone else in the article said that.',
		'scale-error': 'The digits are close, but the order of magnitude is wrong (thousand, million …?).',
		'other-number': 'That number is in the article, but it belongs to another figure.',
		'no-match': 'Not quite.',
		ambiguous: 'This way of writing the number is ambiguous (comma or point?). Please write it unambiguously.',
		empty: 'No answer.'
	},
	pronouns: ['he', 'she', 'it', 'they', 'him', 'her', 'them', 'we', 'i', 'you', 'this', 'that'],
	sourceAdverbs: ['accordingly', 'according', 'thus', 'so', 'as', 'reportedly', 'further', 'also', 'then'],
	notNominative: ['of', 'to', 'by', 'from'],
	articles: ['the', 'a', 'an'],
	titles: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame'],
	trueWords: ['true', 'yes', 'right', 'correct', 't', 'y'],
	falseWords: ['false', 'no', 'wrong', 'incorrect', 'f', 'n'],
	hedges: ['about', 'around', 'roughly', 'approximately', 'approx', 'nearly', 'almost', 'over', 'more than', 'at least', 'up to', 'some', 'ca', 'circa', 'under', 'less than', 'just over', 'just under'],
	numberWords: {
		additive: {
			zero: 0, one: 1, a: 1, an: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
			twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
			thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
		},
		multipliers: { hundred: 100, thousand: 1000, k: 1000, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12, dozen: 12 },
		fractions: { half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2, tenth: 0.1, tenths: 0.1 },
		joiners: ['and']
	},
	units: { percent: '%', 'per cent': '%', '%': '%', euros: '€', euro: '€', '€': '€', dollars: '$', dollar: '$', '$': '$', km: 'km', kilometres: 'km', kilometers: 'km' }
};

/** Words for judging a speaker attribution of middling confidence (questions/trust.ts). */
export const trustWords = {
	speakerNouns: ['defence', 'defense', 'prosecution', 'opposition', 'management', 'administration'],
	quantityNouns: ['majority', 'minority', 'half', 'part', 'most'],
	/** starts of possessive and demonstrative determiners ("Ihre Mandantin" is no name) */
	possessives: ['his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those'],
	conjunctions: ['and']
};

/** Numbers not worth a question (questions/worth.ts); see ../de/questions.ts. */
export const worthWords = {
	noFigures: ['both', 'one', 'a', 'an', 'single', 'pair', 'couple', 'either', 'neither'],
	ageAfter: ['-year-old', ' years old', ' year old', '-years-old', ' years of age'],
	ageBefore: ['aged ', 'age of ', 'at age ', 'ages of '],
	/** "3rd", "21st": an ordinal suffix right after the digits */
	ordinalAfter: /^(st|nd|rd|th)\b/u
};

/** What makes a quote no whole statement (see ../de/questions.ts). */
export const statementWords = {
	fragmentStarts: ['itself', 'himself', 'herself', 'themselves', 'to', 'and', 'or', 'but', 'whether', 'if', 'because', 'which', 'who', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'be', 'been', 'would', 'could', 'should', 'will'],
	pointBack: ['this', 'that', 'these', 'those', 'it', 'thus', 'therefore', 'so'],
	infinitive: /^to\s/u
};

// German question wording and answer vocabulary. Templates only get text copied from the article
// (a quote, a sentence with a blank) or a name in the nominative; where German would need to
// inflect a name (dative after "von"), a colon form keeps the sentence grammatical.
import type { QuestionTemplates } from '../pack.ts';
import { speech } from './speech.ts';
import { howMany } from './plural.ts';

const q = (text: string) => `„${text}“`;
/** a quote that ends the question: its full stop goes (no „….“?), its own ? or ! ends the question */
const asked = (text: string) => (/[?!]$/.test(text) ? q(text) : `${q(text.replace(/\.$/, ''))}?`);
const fmt = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6 });

/** A name that can be the subject of a German sentence unchanged, in the singular (the verbs
 * are singular): it starts with "der", "das", "ein", "eine" ("die" may be plural: "die
 * Verteidiger"), or every word is capitalised (a proper name such as "Maria Lind" or "NATO"). */
function subject(name: string): string | null {
	const n = name.trim();
	if (/^(der|das|ein|eine)\s/i.test(n)) return n.charAt(0).toLowerCase() + n.slice(1);
	if (/^die\s/i.test(n)) return null;
	if (n.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return n;
	return null;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const roleWords = new Set(speech.roleNouns.map((w) => w.toLowerCase()));
const determiners = new Set(speech.determiners.map((w) => w.toLowerCase()));
/** A German role in the nominative singular, as a lexicon knows it ("NATO-Sprecherin",
 * "Bundeskanzlerin", "türkische Verkehrsminister"): no article, no adjective in -en, and a head
 * that is a role noun as is, not an inflected form ("Präsidenten", "Senators"). */
function roleAsAnswer(role: string): boolean {
	const words = role.trim().split(/\s+/);
	if (determiners.has(words[0].toLowerCase())) return false;
	if (words.slice(0, -1).some((w) => /en$/.test(w) && /^\p{Ll}/u.test(w.split('-').pop()!))) return false;
	if (words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w) && /(en|s)$/.test(w) && !/-/.test(w))) return false;
	const head = words[words.length - 1].toLowerCase().split('-').pop()!;
	return roleWords.has(head) || speech.roleSuffixes.some((x) => head.endsWith(x.toLowerCase()));
}

export const questions: QuestionTemplates = {
	blank: '___',
	quote: q,
	formatNumber: (v) => fmt.format(v),
	subject,
	whoSaid: (quote, indirect) => (indirect ? `Wem schreibt der Artikel diese Aussage zu: ${asked(quote)}` : `Wer sagte: ${asked(quote)}`),
	whatDidSay: (name) => {
		const s = subject(name);
		return s ? `Was sagte ${s} laut dem Artikel?` : `Welche Aussage schreibt der Artikel dieser Quelle zu: ${name}?`;
	},
	match: () => 'Ordne jeder Aussage zu, von wem sie laut dem Artikel stammt.',
	numberEntry: (blanked, counted) => {
		const c = howMany(counted);
		return c ? `${c} nennt der Artikel an dieser Stelle? ${q(blanked)}` : `Welche Zahl steht im Artikel an der Stelle der Lücke? ${q(blanked)}`;
	},
	numberChoice: (blanked, counted) => {
		const c = howMany(counted);
		return c ? `${c} nennt der Artikel hier? Wähle die richtige Zahl: ${q(blanked)}` : `Welche Zahl gehört in die Lücke? ${q(blanked)}`;
	},
	clozeNumber: (blanked) => `Ergänze die fehlende Zahl: ${q(blanked)}`,
	clozeSpeaker: (blanked) => `Wer gehört in die Lücke? ${q(blanked)}`,
	trueFalseSpeaker: (name, quote, indirect) => {
		const s = subject(name);
		if (s) return `Richtig oder falsch? ${cap(s)} ${indirect ? 'äußerte sinngemäß' : 'sagte'}: ${q(quote)}`;
		return `Richtig oder falsch? Die Aussage ${q(quote)} stammt laut dem Artikel von dieser Quelle: ${name}.`;
	},
	trueFalseNumber: (sentence) => `Richtig oder falsch? Laut dem Artikel gilt: ${q(sentence)}`,
	whoIs: (name) => {
		const s = subject(name);
		return s ? `Welche Funktion oder Rolle hat ${s} laut dem Artikel?` : `Welche Funktion oder Rolle nennt der Artikel für: ${name}?`;
	},
	roleAsAnswer,
	numberSource: (phrase) => `Wer ist laut dem Artikel die Quelle der Angabe ${q(phrase)}?`,
	markSpeaker: (quote) => `Markiere im Text, wer das gesagt hat: ${q(quote)}`,
	explainSpeaker: (name, sentence) => `Quelle: ${name}. Im Artikel steht: ${q(sentence)}`,
	explainNumber: (raw, sentence) => `Im Artikel steht ${q(raw)}: ${q(sentence)}`,
	explainSource: (source, sentence) => `Quelle der Angabe: ${source}. Im Artikel steht: ${q(sentence)}`,
	explainRole: (name, role, sentence) => `${name}: ${role}. Im Artikel steht: ${q(sentence)}`,
	explainTrueFalse: (right, sentence) => `Die Aussage ist ${right ? 'richtig' : 'falsch'}. Im Artikel steht: ${q(sentence)}`,
	feedback: {
		correct: 'Richtig!',
		partial: 'Teilweise richtig.',
		'other-speaker': 'Das hat im Artikel jemand anderes gesagt.',
		'scale-error': 'Die Ziffern stimmen fast, aber die Größenordnung nicht (Tausend, Million …?).',
		'other-number': 'Diese Zahl steht im Artikel, gehört aber zu einer anderen Angabe.',
		'no-match': 'Leider falsch.',
		ambiguous: 'Die Schreibweise ist mehrdeutig (Komma oder Punkt?). Schreib die Zahl eindeutig.',
		empty: 'Keine Antwort.'
	},
	pronouns: ['er', 'sie', 'es', 'ihm', 'ihn', 'ihr', 'ihnen', 'man', 'wir', 'ich', 'du', 'dieser', 'diese', 'dieses', 'jener', 'jene', 'sein', 'seine', 'derselbe', 'dieselbe'],
	sourceAdverbs: ['demnach', 'demzufolge', 'dementsprechend', 'danach', 'daraufhin', 'zufolge', 'laut', 'so', 'wie', 'nach', 'dazu', 'hierzu', 'weiter', 'ferner', 'außerdem'],
	notNominative: ['dem', 'den', 'des', 'einem', 'einen', 'eines', 'im', 'vom', 'beim', 'zum', 'zur'],
	articles: ['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen'],
	titles: ['dr', 'prof', 'herr', 'frau', 'hr', 'fr', 'dipl', 'ing', 'med', 'mag'],
	trueWords: ['richtig', 'wahr', 'ja', 'stimmt', 'korrekt', 'r', 'w', 'j'],
	falseWords: ['falsch', 'unwahr', 'nein', 'stimmt nicht', 'inkorrekt', 'f', 'n'],
	hedges: ['rund', 'etwa', 'ca', 'circa', 'zirka', 'ungefähr', 'knapp', 'fast', 'beinahe', 'mehr als', 'über', 'mindestens', 'höchstens', 'bis zu', 'gut', 'annähernd', 'etwas mehr als', 'weniger als', 'unter'],
	numberWords: {
		additive: {
			null: 0, ein: 1, eins: 1, eine: 1, einen: 1, zwei: 2, zwo: 2, beide: 2, beiden: 2, beider: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
			zehn: 10, elf: 11, zwölf: 12, sechzehn: 16, siebzehn: 17, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50,
			sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90
		},
		multipliers: {
			hundert: 100, tausend: 1000, tsd: 1000, k: 1000, million: 1e6, millionen: 1e6, mio: 1e6, milliarde: 1e9, milliarden: 1e9,
			mrd: 1e9, billion: 1e12, billionen: 1e12, dutzend: 12
		},
		fractions: { halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5, halber: 0.5, hälfte: 0.5, drittel: 1 / 3, viertel: 0.25, fünftel: 0.2, zehntel: 0.1 },
		joiners: ['und']
	},
	units: { prozent: '%', '%': '%', euro: '€', '€': '€', dollar: '$', '$': '$', kilometer: 'km', km: 'km' }
};

/** Words for judging a speaker attribution of middling confidence (questions/trust.ts): nouns that
 * name a party that speaks although the speech lexicon does not list them as roles or
 * organisations (the defence, the prosecution), and quantity nouns before a genitive group ("der
 * Großteil der Befragten"). */
export const trustWords = {
	speakerNouns: ['Verteidigung', 'Anklage', 'Anklagebehörde', 'Nebenklage', 'Klägerseite', 'Opposition', 'Regierungskoalition', 'Geschäftsleitung', 'Konzernleitung', 'Schulleitung', 'Staatsführung'],
	quantityNouns: ['Großteil', 'Mehrheit', 'Minderheit', 'Teil', 'Hälfte', 'Drittel', 'Viertel', 'Gros'],
	/** starts of possessive and demonstrative determiners ("Ihre Mandantin" is no name) */
	possessives: ['ihr', 'sein', 'unser', 'euer', 'mein', 'dein', 'dies', 'jen'],
	conjunctions: ['und', 'sowie']
};

/** Numbers not worth a question (questions/worth.ts): words that count without being a figure
 * ("beide", the article "ein"), and the words around an age given in passing ("45-jährige",
 * "(45)", "45 Jahre alt", "im Alter von 45 Jahren"). */
export const worthWords = {
	noFigures: ['beide', 'beiden', 'beider', 'beides', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'einzige', 'einzigen', 'paar'],
	ageAfter: ['-jährige', '-jähriger', '-jährigen', '-jähriges', 'jährige', 'jähriger', 'jährigen', ' jahre alt', ' jahren alt', ' jahre jung', '. lebensjahr'],
	ageBefore: ['im alter von ', 'alter von ', 'im alter zwischen '],
	/** "der 3. Mai", "am 12." – digits with a full stop right after them are an ordinal */
	ordinalAfter: /^\.(?!\d)/u
};

/** What makes a quote no whole statement for "Was sagte X?" and true/false (questions/statement.ts):
 * it starts with a word that needs the sentence before it (a finite verb of an inverted clause,
 * a conjunction, "ob"), with a demonstrative that points back ("Dies sei …"), or it is an
 * infinitive group ("… zu untergraben"). */
export const statementWords = {
	fragmentStarts: ['sich', 'ob', 'um', 'zu', 'und', 'oder', 'sowie', 'aber', 'sondern', 'denn', 'weil', 'wobei', 'womit', 'wodurch', 'was', 'hat', 'habe', 'haben', 'hätten', 'hätte', 'sei', 'seien', 'wäre', 'wären', 'ist', 'sind', 'war', 'waren', 'wird', 'werde', 'werden', 'würde', 'würden', 'wurde', 'wurden', 'könne', 'könnte', 'müsse', 'solle', 'dürfe', 'gebe', 'gibt'],
	pointBack: ['dies', 'dieses', 'diese', 'dieser', 'das', 'dadurch', 'damit', 'deshalb', 'daher', 'dafür', 'dagegen', 'davon', 'darum'],
	infinitive: /(?:^|\s)zu\s+\p{Ll}+en(?:,|$)|\p{Ll}zu\p{Ll}{2,}en(?:,|$)/u
};

// Shape of a language's number data (number words, scale words, hedges, units, source phrases).
// The numbers stage (src/lib/engine/numbers) reads only this: adding a language = filling one.

/** What a hedge says about the number it qualifies. */
export type Bound = 'lower' | 'upper' | 'about';

export interface HedgeEntry {
	/** lower-case words, space separated ("mehr als", "bis zu", "ca.") */
	phrase: string;
	bound: Bound;
}

export type UnitKind = 'percent' | 'currency' | 'measure';

export interface UnitEntry {
	/** written forms as they appear after (or, with `prefix`, before) the number; a form of several
	 * tokens is written as it appears ("km/h", "Grad Celsius", "US-Dollar") */
	forms: string[];
	/** the unit reported: "%", an ISO currency code, a unit name */
	unit: string;
	kind: UnitKind;
	/** match case-sensitively (short symbols: "m", "t", "g") */
	exact?: boolean;
	/** may stand before the number ("$ 15", "EUR 20") */
	prefix?: boolean;
	/** a minor unit ("Cent") of this currency: the value is divided by this */
	minorOf?: number;
	/** the form carries a scale ("MUSD" = million US dollars) */
	scale?: number;
	/** a smaller unit that may follow with its own number ("5 ft 2 in"): `per` of it make one */
	then?: { unit: string; per: number; forms?: string[] };
}

export interface NumberLexicon {
	/** "2,5" = 2.5 and "1.500" = 1500 (German) rather than "2.5" / "1,500" (English) */
	decimalComma: boolean;
	/** numbers compose by concatenation inside one word ("dreihundertfünfzig"); otherwise one word
	 * per atom ("three hundred fifty", "twenty-one") */
	compounds: boolean;
	/** atoms that add their value: units, teens, tens ("zwei", "zwanzig", "eleven") */
	cardinals: Record<string, number>;
	/** atoms that multiply what precedes them below a thousand ("hundert", "Dutzend") */
	multipliers: Record<string, number>;
	/** atoms that close a group ("tausend", "Million", "Mio.", "Milliarden") */
	scales: Record<string, number>;
	/** fraction words: multiply the last number ("Drittel", "halbe", "Viertel") */
	fractions: Record<string, number>;
	/** fraction words that also stand alone with an article ("die Hälfte") */
	fractionNouns: Record<string, number>;
	/** additive atoms inside compounds ("einhalb": zweieinhalb = 2.5; "anderthalb" = 1.5) */
	halves: Record<string, number>;
	/** words read as 1 only when a unit, scale or fraction follows ("ein", "eine", "a") */
	articles: string[];
	/** joins atoms ("und", "and") */
	joiner: string[];
	/** decimal word ("Komma", "point") */
	decimalWord: string[];
	/** "beide"-like words: 2 when a noun follows */
	pairWords: Record<string, number>;
	/** atoms that make a count vague ("ein halbes Dutzend") */
	vagueAtoms: string[];
	/** vague counts standing alone ("Dutzende", "Tausende", "dozens") */
	vagueCounts: Record<string, number>;
	/** quantifiers making a following scale word vague ("mehrere tausend", "einige Millionen") */
	vagueQuantifiers: string[];
	/** hedges before a number */
	hedges: HedgeEntry[];
	/** words that cancel a hedge ("genau"), skipped between hedge and number */
	exactWords: string[];
	units: UnitEntry[];
	/** adjective suffixes after "26-": counted noun ("jährig" → "Jahre") */
	glueSuffixes: Record<string, string>;
	/** words after which a number is a label, not a quantity ("Artikel", "Nr.", "§") */
	labelWords: string[];
	/** words after a number that make it a clock time ("Uhr") */
	timeWords: string[];
	/** connectors between two numbers of a range ("bis", "-") or of an alternative ("oder") */
	rangeWords: string[];
	alternativeWords: string[];
	/** connectors after which a bare first number takes the second number's unit ("auf", "gegenüber") */
	unitShareWords: string[];
	/** words between a number and its counted noun that are skipped ("der", "von", "einst") */
	partitiveWords: string[];
	/** reporting phrases before a source: "laut X", "nach Angaben (des|der|von) X" */
	sourceBefore: string[];
	/** phrases after a source: "X zufolge" */
	sourceAfter: string[];
	/** reporting verbs (finite forms and participles) whose subject is a source */
	reportingVerbs: string[];
	/** articles and determiners that open a source noun phrase */
	determiners: string[];
	/** closed-class words that open a clause without being its subject ("Am", "Heute", "Das") */
	clauseOpeners: string[];
	/** nouns of time that are never a source ("Donnerstag", "Januar") */
	timeNouns: string[];
	/** noun endings of neuter nouns, for the nominative article of a source ("des Ministeriums" → "das Ministerium") */
	neuterEndings: string[];
	/** pronouns: a source that is one of these is dropped */
	pronouns: string[];
	/** nouns naming a study or survey whose author is the source of the figures that follow */
	studyNouns: string[];
	/** a plain four-digit integer in this range with no unit after it is a year, not a number */
	yearRange: [number, number];
	/** ordinal words used as denominators of fractions ("fifth" → 5; plural with -s: "two fifths").
	 * Only read after a numerator ("a fifth", "three twenty-firsts"); an ordinal alone is no number. */
	ordinals?: Record<string, number>;
	/** words that count the number before them in groups ("dozen(s)": "three dozens" = 36) */
	groupWords?: Record<string, number>;
	/** words right before a number that make it negative ("minus", "negative") */
	signWords?: string[];
	/** phrases between two numbers that make a ratio ("one over three", "two out of five") */
	ratioWords?: string[];
	/** number words that are also pronouns ("one"): alone they count only before a counted noun or a
	 * another word, after a hedge or sign, or beside another number; never after `pronounAfter`
	 * words ("the one who", "which one"), before "of" ("one of them") or before `pronounBefore` */
	pronounNumbers?: string[];
	pronounAfter?: string[];
	/** words after such a number word that make it a pronoun ("one is", "one can", "one who") */
	pronounBefore?: string[];
	/** scale letters right after digits ("10k", "1.2b", "2.33 k"), case-sensitive */
	scaleSuffixes?: Record<string, number>;
}

/** The lexicon used when the language is unsure: the primary one, with the other language's units,
 * scale letters, labels and time words (a bare "115.5USD" or "10k" has no language). */
export function mergeLexicons(primary: NumberLexicon, other: NumberLexicon): NumberLexicon {
	const known = new Set(primary.units.flatMap((u) => u.forms.map((f) => f.toLowerCase())));
	return {
		...primary,
		units: [...primary.units, ...other.units.map((u) => ({ ...u, forms: u.forms.filter((f) => !known.has(f.toLowerCase())) })).filter((u) => u.forms.length)],
		scaleSuffixes: { ...other.scaleSuffixes, ...primary.scaleSuffixes },
		labelWords: [...new Set([...primary.labelWords, ...other.labelWords])],
		timeWords: [...new Set([...primary.timeWords, ...other.timeWords])]
	};
}

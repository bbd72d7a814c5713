// English function words the engine's rules read (src/lib/engine/en): which words are
// auxiliaries, which open an adverbial, which end a speaker phrase. Kept here, not in the
// engine, so that a language is its resources folder. General grammar only: no names or
// phrases of particular articles. Each list is split on whitespace; the engine turns it into a Set.

const list = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export interface EnglishGrammar {
	/** forms of "be": a participle after one is passive ("was told") */
	beForms: string[];
	/** modals and do-support (and infinitival "to") before a base form: "will say", "did say" */
	modals: string[];
	/** perfect auxiliaries, skipped back over to the subject of a cue ("has also said") */
	perfectAuxiliaries: string[];
	/** subjects that take a base form of a verb ("they say", "many say") */
	pluralSubjects: string[];
	/** personal pronouns that are plural or speaker/addressee ("they say", "I say") */
	baseFormPronouns: string[];
	/** words ending in -s before a base form that are no plural subject ("his say", "this answer") */
	singularInS: string[];
	/** a word before a verb form that makes it a noun ("of note", "in answer") */
	nounMarkers: string[];
	/** small numbers in "one in three said": a proportion, not a preposition */
	proportionCounts: string[];
	/** numerals of "four in 10 voters" (and "a" of "a third") */
	countWords: string[];
	/** words right after a subject that show its verb has begun ("X has", "X didn’t", "X reportedly") */
	verbStarters: string[];
	/** irregular past forms: the finite verb after a subject ("X rose to speak, telling …") */
	irregularPasts: string[];
	/** words that open a sentence before its subject ("But X said …") */
	sentenceOpeners: string[];
	/** words that open an adverbial phrase up to a comma before the subject ("On Sunday, X said") */
	subjectAdverbials: string[];
	/** words that open a sentence with an adverbial, not a reported clause ("Speaking to …, X said") */
	openingAdverbials: string[];
	/** coordinating conjunctions that may open a sentence ("But he said …") */
	openingConjunctions: string[];
	/** words that may come between a sentence start and an "according to" frame ("But according to X, …") */
	frameLeadIns: string[];
	/** pronouns and nouns that are the addressee object after a cue ("told them", "told reporters") */
	addressees: string[];
	/** words that open a reported clause ("said that …", "asked whether …") */
	complementizers: string[];
	/** wh-words that open a reported clause as the object of a cue ("described how …") */
	whWords: string[];
	/** prepositions: a reported clause does not open with one ("joked with reporters after …") */
	prepositions: string[];
	/** particles after a verb whose object is the content ("called off", "showed up"): no content */
	verbParticles: string[];
	/** words after a comma that end a reported clause (", which …", ", but …") */
	clauseBreaks: string[];
	/** adverbs and conjunctions before a speaker phrase, not part of it ("But Sen. X said", "As X put it") */
	leadingAdverbs: string[];
	/** lowercase particles inside a name ("de", "van", "bin") */
	nameParticles: string[];
	/** generational suffixes after a name ("Jr.", "III"), no part of the surname */
	nameSuffixes: string[];
	/** words that end a speaker phrase read forwards ("said X in …", "said X, adding") */
	forwardStops: string[];
	/** modifiers before "and" inside a speaker phrase ("current and former aides") */
	coordinatedModifiers: string[];
	/** lowercase modifiers that may open a speaker phrase read backwards ("former officials said") */
	subjectModifiers: string[];
	/** lowercase modifiers that may open a speaker phrase after the cue ("said former aide X") */
	forwardModifiers: string[];
	/** words that open a subordinate clause: a speaker phrase may start right after one */
	subordinators: string[];
	/** words after a name and comma that do not open an appositive (", and …", ", while …") */
	nonAppositives: string[];
	/** relative pronouns of persons: ", who …" describes the speaker and belongs to the mention */
	relativePersons: string[];
	/** relative pronouns: a relative clause with a cue of its own is a new attribution */
	relatives: string[];
	/** words after the core of a speaker phrase that start its postmodifier ("of", "for", "who") */
	postmodifiers: string[];
	/** definite determiners: "the senator" refers to someone named before */
	definites: string[];
	/** function words allowed inside a quoted title ("Make the Deal", "State of the Union") */
	titleFunctionWords: string[];
	/** a share of a group as a whole phrase, lowercased, " %" joined ("nearly half of voters",
	 * "75 percent of democrats", "four in 10", "most") */
	quantityPattern: RegExp;
	/** "four in 10 voters": a proportion with a noun after it */
	proportionPattern: RegExp;
}

export const englishGrammar: EnglishGrammar = {
	beForms: list(`is was were are be been being am 's ’s`),
	modals: list(`will would could might may should can did do does to must shall won't won’t`),
	perfectAuxiliaries: list(`has have had`),
	pluralSubjects: list(`they we i you who people many some others both`),
	baseFormPronouns: list(`they we i you`),
	singularInS: list(`has its his this was`),
	nounMarkers: list(`of for with by from in on at about into as`),
	proportionCounts: list(`two three four five`),
	countWords: list(`one two three four five six seven eight nine ten a`),
	verbStarters: list(`has had have was were is are did does do will would could can may might should must
		didn't didn’t doesn't doesn’t hasn't hasn’t wasn't wasn’t reportedly quickly then also later subsequently
		repeatedly again first once recently previously immediately finally publicly initially`),
	irregularPasts: list(`took made went gave got came held kept left met ran sat stood won lost began brought sent spent
		struck fought led paid bought caught drew drove fell flew grew heard hit hung knew laid lay meant rode rose saw
		sought sold shook shot sang sank slept spoke stole swore threw understood wore withdrew became broke chose did`),
	sentenceOpeners: list(`but and so still now however meanwhile then also later earlier yet instead finally`),
	subjectAdverbials: list(`in on at after before during when while as since speaking last this earlier later for with
		by from asked`),
	openingAdverbials: list(`in on at after before during when while as for since until with without by from speaking
		asked separately meanwhile however also earlier later last this today yesterday then instead still again
		finally first second third afterward afterwards moreover overall privately publicly`),
	openingConjunctions: list(`but and so yet`),
	frameLeadIns: list(`but and so yet still`),
	addressees: list(`him her them me us you reporters journalists supporters voters viewers listeners readers members
		congress lawmakers colleagues donors delegates audiences attendees students`),
	complementizers: list(`that if whether`),
	whWords: list(`how what why where when who whom which whether`),
	prepositions: list(`with to about for of at after before during from into over via through on in by against toward
		towards under as like upon`),
	verbParticles: list(`up out off back`),
	clauseBreaks: list(`which but while though although whereas despite even`),
	leadingAdverbs: list(`but and so yet still now however meanwhile instead then also later earlier again indeed or plus
		today yesterday separately similarly likewise as`),
	nameParticles: list(`de da di del della van von der den la le du bin al el dos das ter o'`),
	nameSuffixes: list(`jr jr. sr sr. ii iii iv`),
	forwardStops: list(`in on at during after before while when as to because but and or adding referring that last this
		earlier later today yesterday tonight about than then also if since via through told speaking noting saying
		explaining monday tuesday wednesday thursday friday saturday sunday
		is was are were has have had will would can could should may might must does did`),
	coordinatedModifiers: list(`current former other senior local state federal foreign top`),
	subjectModifiers: list(`former top senior chief local state federal campaign white many most some other both two three`),
	forwardModifiers: list(`former top senior chief`),
	subordinators: list(`that which who because although though if when while as since but so than whether where until
		unless after before`),
	nonAppositives: list(`and but or as while when after before because then so`),
	relativePersons: list(`who whose`),
	relatives: list(`who which that`),
	postmodifiers: list(`of for at with from in on who whose which to and or`),
	definites: list(`the this`),
	titleFunctionWords: list(`of the a an and in on for to at with`),
	quantityPattern: /^(?:(?:nearly|about|almost|roughly|around|more than|fewer than|less than|over|just|only|some|at least|barely|well over|just over|just under) )?(?:(?:a|one|two|three|four|five|six|seven|eight|nine|\d+) in (?:\d+|two|three|four|five|six|ten)|\d+(?:\.\d+)? ?(?:percent|%|per cent)|(?:a |one |two |the )?(?:half|third|thirds|quarter|quarters|fifth|fifths|majority|plurality|minority)|three-quarters|two-thirds|three-fourths|most|all but (?:one|two|three|\d+))(?: of (?:the |those |all )?[\p{L}\p{N}' -]+)?$/u,
	proportionPattern: /^(?:(?:\p{L}+|\d+) in (?:\d+|ten|three|four|five)) [\p{L}-]+$/u
};

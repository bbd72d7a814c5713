// Shape of a language's speech data: the verbs and phrases that introduce reported speech, the
// words that make up a speaker's noun phrase, and what stops one.

/** A speech verb as data. Regular (weak) verbs are given by infinitive only; irregular ones
 * list their 3rd-person present, preterite and participle. Particle verbs ("mitteilen") give the
 * particle separately so "teilte … mit" is found. */
export interface SpeechVerb {
	lemma: string;
	particle?: string;
	/** present 3sg, preterite 3sg, past participle (irregular verbs only) */
	forms?: [string, string, string];
	/** only counts with a reflexive "sich" ("äußerte sich") */
	reflexive?: boolean;
	/** weaker evidence of speech (glauben, hoffen): fine as a frame, not alone */
	weak?: boolean;
}

export interface SpeechLexicon {
	verbs: SpeechVerb[];
	/** lemmas (particle included: "mitteilen") whose bare complement clause is reported speech */
	clauseVerbs: string[];
	/** verbs whose zu-infinitive follows an object and is still the speaker's ("forderte X auf, … zu") */
	objectInfinitiveVerbs: string[];
	/** nouns heading a source phrase: "nach Angaben von X", "laut Mitteilung des X" */
	sourceNouns: string[];
	/** nouns of speech that take a complement clause: "die Forderung von X, … zu …" */
	reportNouns: string[];
	/** prepositions / postpositions that introduce a source: "laut X", "X zufolge", "gemäß X" */
	sourcePrepositions: string[];
	sourcePostpositions: string[];
	/** modal forms that mark hearsay ("soll … gesagt haben"): a continuation of a report (optional) */
	reportiveForms?: string[];
	/** adjectives that report news without a speaker: "wurde bekannt, dass …" (optional) */
	disclosureWords?: string[];
	/** adverbs that point back to a source just named: "Demnach sei …" (optional) */
	sourceAdverbs?: string[];
	/** "laut Gesetz", "gemäß Artikel 5": rule books after a source preposition are no speakers */
	normativeNouns: string[];
	/** personal pronouns in the nominative with gender/number, for resolution */
	pronouns: Record<string, 'm' | 'f' | 'n' | 'pl' | 'f|pl'>;
	/** pronouns that never head a speaker phrase in a frame ("ich", "wir": speech itself) */
	nonSpeakers: string[];
	/** adjectives and quantifiers that open a sentence capitalised but never a name ("Weitere …") */
	adjectiveStarts: string[];
	/** determiners and article forms that may begin a noun phrase */
	determiners: string[];
	/** role nouns (heads) and suffixes that mark a person's role: "-sprecher", "-minister" */
	roleNouns: string[];
	roleSuffixes: string[];
	/** organisation heads and suffixes: "Polizei", "-ministerium", "-gericht" */
	organisationNouns: string[];
	organisationSuffixes: string[];
	/** nouns of media an utterance is addressed to ("sagte der Zeitung"): never a speaker */
	addresseeNouns: string[];
	/** prepositions (a clause opening with one and lacking a verb is a fronted phrase) */
	prepositions: string[];
	/** words that end a speaker phrase: prepositions, conjunctions, adverbs */
	phraseStops: string[];
	/** lower-case particles inside personal names, longest first ("von der", "de la"): a name
	 * goes on across them when a proper name, not an organisation, follows */
	nameParticles?: string[];
	/** a productive Konjunktiv form that needs no list ("-iere" of "-ieren" verbs) */
	subjunctivePattern?: RegExp;
	/** words of someone talking: first-person pronouns ("ich", "wir"), first-person possessives,
	 * and the rest of the spoken register (second person, the generic "man") */
	firstPersonPronouns?: string[];
	firstPersonPossessives?: string[];
	spokenWords?: string[];
	/** focus particles that may stand before a sentence's subject ("Auch der Minister sagte") */
	focusParticles?: string[];
	/** claims by others that a speaker confirms or rejects ("wies Berichte zurück, er sei …"):
	 * the clause after them is what the claims said */
	claimNouns?: string[];
	/** pronominal adverbs ("davon", "darauf", "hierzu"): never a speaker, even capitalised */
	pronominalAdverb?: RegExp;
	/** states, regions and capitals that speak for their governments (entity kind "country") */
	places: string[];
	/** numbers and quantifiers: "Sechs Jahre", "Vier Hubschrauber" name no speaker unless a role follows */
	quantityWords: string[];
	/** adverbs and temporal words that may stand between a cue verb and its subject */
	frameFillers: string[];
	/** verb forms that mark Konjunktiv I (and II) in reported speech */
	subjunctiveForms: string[];
	/** Konjunktiv II forms: reported speech after a cue, but also plain conditionals */
	conditionalForms: string[];
	/** conjunctions that open a subordinate clause, verb last: "zumal X betont hatte" */
	subordinators: string[];
	/** subordinators that start a reported clause: "dass", "ob" */
	complementizers: string[];
	/** nouns before a quoted fragment that make it a title, name or term, not a quote */
	titleNouns: string[];
	/** "so X", "heißt es": words that frame without a verb */
	soWord: string;
}

import type { SpeechLexicon, SpeechVerb } from '../speech-lexicon.ts';
import { englishGrammar, type EnglishGrammar } from './grammar.ts';

// English speech data: verbs of saying with their forms, the words that make up a speaker's
// noun phrase (titles, role nouns, organisation heads, pronouns) and the words that stop one.
// General vocabulary only: no names or phrases of particular articles.

/** An English speech verb: lemma plus its 3rd-person present, past, participle and -ing form. */
export interface EnglishSpeechVerb {
	lemma: string;
	/** says, said, said, saying */
	forms: [string, string, string, string];
	/** "said X" is possible (inversion after a quote); false for "told" (its object is the addressee) */
	inverts: boolean;
	/** takes an addressee object before its clause: "told reporters (that) …" */
	addressee?: boolean;
	/** a reported clause may follow: "argued that …" */
	clause: boolean;
	/** weaker evidence of speech (believe, hope): fine as a frame for a clause, not for a fragment */
	weak?: boolean;
	/** a particle after the verb: "pointed out", "called for" */
	particle?: string;
	/** what is attributed is the verb's object, not only a clause: "a poll showed Lopez ahead",
	 * "called him “a loser”", "accused her of lying" (a "that" counts only right after the verb) */
	object?: boolean;
}

export interface EnglishSpeech {
	verbs: EnglishSpeechVerb[];
	/** personal pronouns that may head a speaker mention, with gender/number */
	pronouns: Record<string, 'm' | 'f' | 'pl' | 'n' | 'self'>;
	/** titles before a name, with the role they stand for and a gender where the title gives one */
	titles: Record<string, { role?: string; gender?: 'm' | 'f' }>;
	/** role nouns: the head of a describing phrase ("the senator", "a spokesman for …") */
	roleNouns: string[];
	/** role nouns that give a gender */
	genderedRoles: Record<string, 'm' | 'f'>;
	/** plural nouns that head a group speaker ("officials", "analysts") */
	groupNouns: string[];
	/** last words that make a capitalised phrase an organisation ("Committee", "Post") */
	organisationHeads: string[];
	/** determiners that may open a speaker phrase */
	determiners: string[];
	/** adverbs and auxiliaries between a speaker and the cue ("has also said") */
	cueFillers: string[];
	/** capitalised words that never start or belong to a name (sentence openers, days, months) */
	notNames: string[];
	/** words a backwards speaker phrase never contains (clause words) */
	phraseStops: string[];
	/** words before a quoted stretch that make it a title, name or term */
	titleNouns: string[];
	/** common given names with their usual gender, for pronoun resolution only */
	givenNames: { m: string[]; f: string[] };
	/** words after a reporting verb that start a phrase of time, place or manner ("said on Tuesday") */
	frameAdjuncts: string[];
	/** abbreviations that keep their period (besides titles and initials) */
	abbreviations: string[];
	/** words that open a side clause of a frame: a reporting verb after one ("said …, where X also
	 * spoke") does not start a new report, so the quote may go on after the frame */
	sideClauseOpeners: string[];
	/** words that open a new report inside a frame ("…, who also said", "and added") */
	newClauseOpeners: string[];
	/** prepositions after a participle that name the occasion, not new content ("speaking of …") */
	occasionPrepositions: string[];
	/** auxiliaries of the passive: a reporting verb after one ("he was called to") reports nothing */
	passiveAuxiliaries: string[];
	/** words of place after "told reporters" ("… outside city hall"): a place, no reported clause */
	locatives: string[];
	/** function words the engine's rules read (grammar.ts) */
	grammar: EnglishGrammar;
}

const regular = (lemma: string): [string, string, string, string] => {
	const third = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
	const past = /e$/.test(lemma) ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : lemma + 'ed';
	const ing = /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : lemma + 'ing';
	return [third, past, past, ing];
};

const verb = (spec: string, flags: Partial<EnglishSpeechVerb> = {}): EnglishSpeechVerb => {
	// "say says said said saying" (irregular) or "argue" (regular); "point|out" has a particle
	const [head, ...rest] = spec.trim().split(/\s+/);
	const [lemma, particle] = head.split('|');
	const forms = rest.length === 4 ? (rest as [string, string, string, string]) : regular(lemma);
	return { lemma, forms, inverts: true, clause: true, ...(particle ? { particle } : {}), ...flags };
};
const verbs = (list: string, flags: Partial<EnglishSpeechVerb> = {}): EnglishSpeechVerb[] =>
	list.split(/\s*\n\s*|\s*,\s*/).filter(Boolean).map((s) => verb(s, flags));

const ADDRESSEE = new Set(['tell', 'assure', 'inform', 'remind', 'notify', 'advise']);

export const englishSpeech: EnglishSpeech = {
	verbs: [
		...verbs(`say says said said saying, write writes wrote written writing, tell tells told told telling,
			add, note, explain, argue, warn, insist, claim, state, announce, acknowledge, admit admits admitted admitted admitting,
			concede, suggest, predict, declare, assert, contend, maintain, complain, promise, vow, pledge, deny denies denied denied denying,
			confirm, reveal, emphasize, emphasise, stress, recall, reply replies replied replied replying, respond, answer, caution,
			charge, counter, allege, testify testifies testified testified testifying, tweet, post, joke, quip quips quipped quipped quipping,
			remark, observe, continue, conclude, report, exclaim, shout, yell, scream, whisper, boast, brag brags bragged bragged bragging,
			lament, concur, retort, reiterate, repeat, point|out, mention, urge, plead, demand, proclaim,
			ask, wonder, agree, disagree, estimate, recount, muse,
			opine, intone, gush, scoff, assure, inform, advise, remind, notify, affirm, chant`),
		// "spoke" takes no reported clause ("who spoke on condition of anonymity" reports nothing)
		verb('speak speaks spoke spoken speaking', { clause: false }),
		// "comments" is mostly the noun ("the mayor’s comments about …"): no -s form
		verb('comment commented commented commented commenting'),
		// "as X put it, “…”": the idiom names a speaker; never inverted
		verb('put|it puts put put putting', { inverts: false }),
		...verbs(`believe, think thinks thought thought thinking, hope, expect, fear, worry worries worried worried worrying,
			feel feels felt felt feeling, call|for`, { weak: true, inverts: false }),
		// attributions whose content is the object: findings of polls and studies, descriptions,
		// accusations, praise and criticism
		...verbs(`show shows showed shown showing, find finds found found finding, indicate, describe,
			call calls called called calling, dub dubs dubbed dubbed dubbing, label labels labeled labeled labeling,
			liken, accuse, praise, criticize, criticise, denounce, condemn, blast, slam slams slammed slammed slamming,
			attack, question, dismiss, reject, cite, endorse, propose, refuse, decline`, { weak: true, inverts: false, object: true })
	]
		.filter((v, i, all) => all.findIndex((w) => w.lemma === v.lemma && w.particle === v.particle) === i)
		// "told X" names the addressee after the verb: never inverted
		.map((v) => (ADDRESSEE.has(v.lemma) ? { ...v, inverts: false, addressee: true } : v)),
	pronouns: { he: 'm', she: 'f', they: 'pl', it: 'n', i: 'self', we: 'self' },
	titles: {
		'mr.': { gender: 'm' }, mr: { gender: 'm' }, 'mrs.': { gender: 'f' }, mrs: { gender: 'f' }, 'ms.': { gender: 'f' }, ms: { gender: 'f' },
		miss: { gender: 'f' }, sir: { gender: 'm' }, lady: { gender: 'f' }, lord: { gender: 'm' },
		'dr.': { role: 'doctor' }, dr: { role: 'doctor' }, 'prof.': { role: 'professor' }, professor: { role: 'professor' },
		'sen.': { role: 'senator' }, senator: { role: 'senator' }, 'sens.': { role: 'senator' },
		'rep.': { role: 'representative' }, representative: { role: 'representative' }, 'reps.': { role: 'representative' },
		congressman: { role: 'congressman', gender: 'm' }, congresswoman: { role: 'congresswoman', gender: 'f' },
		'gov.': { role: 'governor' }, governor: { role: 'governor' }, 'lt.': { role: 'lieutenant' },
		president: { role: 'president' }, 'vice': { role: 'vice president' }, mayor: { role: 'mayor' },
		secretary: { role: 'secretary' }, minister: { role: 'minister' }, 'prime': { role: 'prime minister' },
		chancellor: { role: 'chancellor' }, judge: { role: 'judge' }, justice: { role: 'justice' },
		'gen.': { role: 'general' }, general: { role: 'general' }, 'col.': { role: 'colonel' }, colonel: { role: 'colonel' },
		'capt.': { role: 'captain' }, captain: { role: 'captain' }, 'sgt.': { role: 'sergeant' }, sergeant: { role: 'sergeant' },
		'adm.': { role: 'admiral' }, admiral: { role: 'admiral' }, 'atty.': { role: 'attorney' }, attorney: { role: 'attorney' },
		'rev.': { role: 'reverend' }, reverend: { role: 'reverend' }, pope: { role: 'pope', gender: 'm' }, king: { role: 'king', gender: 'm' },
		queen: { role: 'queen', gender: 'f' }, prince: { role: 'prince', gender: 'm' }, princess: { role: 'princess', gender: 'f' },
		speaker: { role: 'speaker' }, chairman: { role: 'chairman', gender: 'm' }, chairwoman: { role: 'chairwoman', gender: 'f' },
		ambassador: { role: 'ambassador' }, coach: { role: 'coach' }, officer: { role: 'officer' }, detective: { role: 'detective' },
		sheriff: { role: 'sheriff' }, chief: { role: 'chief' }, commissioner: { role: 'commissioner' }, spokesman: { role: 'spokesman', gender: 'm' },
		spokeswoman: { role: 'spokeswoman', gender: 'f' }, spokesperson: { role: 'spokesperson' },
		councilman: { role: 'councilman', gender: 'm' }, councilwoman: { role: 'councilwoman', gender: 'f' }, councilor: { role: 'councilor' }, councillor: { role: 'councillor' },
		superintendent: { role: 'superintendent' }, director: { role: 'director' }, 'supt.': { role: 'superintendent' }
	},
	roleNouns: `senator representative congressman congresswoman lawmaker legislator governor president mayor secretary minister
		chancellor judge justice general colonel captain sergeant admiral attorney prosecutor lawyer spokesman spokeswoman spokesperson
		official officer aide adviser advisor strategist consultant analyst expert economist scientist researcher professor doctor
		candidate nominee chairman chairwoman chair director manager founder executive ceo chief head leader commissioner ambassador
		diplomat envoy negotiator coach player witness victim resident voter supporter critic activist organizer organiser pollster
		historian author writer journalist reporter columnist editor host anchor commentator owner businessman businesswoman
		billionaire investor donor contributor operative staffer employee worker teacher student spokesmen official democrat republican
		senior member partner speaker sheriff detective investigator agent source representative delegate surrogate campaigner
		pastor priest bishop rabbi imam cleric king queen prince princess premier chancellor counsel clerk treasurer comptroller
		mother father son daughter wife husband brother sister friend neighbor neighbour woman man person owner
		councilman councilwoman councilor councillor superintendent`.split(/\s+/).filter(Boolean),
	genderedRoles: {
		spokesman: 'm', spokeswoman: 'f', chairman: 'm', chairwoman: 'f', congressman: 'm', congresswoman: 'f', businessman: 'm',
		businesswoman: 'f', king: 'm', queen: 'f', prince: 'm', princess: 'f', mother: 'f', father: 'm', son: 'm', daughter: 'f',
		wife: 'f', husband: 'm', brother: 'm', sister: 'f', woman: 'f', man: 'm'
	},
	groupNouns: `officials analysts experts critics people supporters aides advisers advisors democrats republicans voters
		residents lawmakers legislators senators observers economists scientists researchers sources leaders members activists
		authorities investigators prosecutors police officers witnesses organizers organisers pollsters historians strategists
		diplomats spokesmen executives representatives delegates candidates conservatives liberals progressives opponents
		proponents advocates protesters protestors demonstrators parents students teachers doctors workers employees staffers
		insiders allies friends neighbors neighbours campaigners operatives donors americans republican democratic`.split(/\s+/).filter(Boolean),
	organisationHeads: `committee campaign party department ministry agency office bureau administration government council
		commission court house senate congress parliament association institute university college center centre foundation
		fund group network news times post journal magazine press tribune herald daily reuters inc corp corporation company co
		bank union alliance coalition league federation organization organisation service services police army navy force forces
		authority board team club school hospital project society trust watch caucus pac initiative program programme
		fox cnn msnbc nbc abc cbs npr pbs bbc ap afp`.split(/\s+/).filter(Boolean),
	determiners: `the a an his her their its our my your this that these those one some many several two three four five
		another other each every both most few`.split(/\s+/).filter(Boolean),
	cueFillers: `also later then once further again previously recently repeatedly reportedly simply flatly quickly
		immediately initially originally first last finally often frequently publicly privately separately earlier
		has have had would will could might may did does do has had just even still only never always famously
		once openly bluntly angrily proudly jokingly sarcastically told`.split(/\s+/).filter((w) => w && w !== 'told'),
	notNames: `the a an and but or so yet for nor in on at to of by with from as if when while after before because though
		although since until unless this that these those there here then now today yesterday tomorrow tonight however
		meanwhile still also indeed instead moreover furthermore thus hence besides otherwise nevertheless
		he she they it we i you his her their its our my your him them us me who what which where why how
		monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
		september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
		not no yes all any some many more most much both each every other another such only even just well
		asked according said says told added noted is was are were be been being has have had do does did will would
		can could should shall must might mr mrs ms dr sen rep gov president`.split(/\s+/).filter(Boolean),
	phraseStops: `that which who whom whose what when where while because although though if unless since until as than
		and but or nor so yet then is was are were be been being has have had do does did will would can could should
		shall must might may not never to it there here this these those said says say told tells tell added adds
		asked asks according in on at during after before from into onto upon over under about against between through
		within without by via also however`.split(/\s+/).filter(Boolean),
	titleNouns: `book film movie show series song album novel play title headline slogan motto hashtag term word phrase
		program programme campaign operation nickname nicknamed so-called dubbed called named titled entitled labeled labelled branded
		known article column essay report documentary episode podcast newspaper magazine website blog`.split(/\s+/).filter(Boolean),
	givenNames: {
		m: `john james robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
			donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
			nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
			jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith
			christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert
			willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill
			mike jim tom tim bob steve dave dan chris ted rick ron newt mitch barack bernie marco ben jeb rand chuck harry
			mitt al tony pat jimmy hugh martin boris vladimir emmanuel xi francois nigel angus ian neil colin graham`.split(/\s+/).filter(Boolean),
		f: `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
			kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
			amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
			janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
			cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
			julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
			rose alexis kayla hillary hilary melania ivanka chelsea elizabeth kellyanne sarah carly nikki theresa angela marine
			huma hope jane kate katie meghan megyn rachel debbie tammy kirsten dianne elise valerie susana jill`.split(/\s+/).filter(Boolean)
	},
	frameAdjuncts: `in on at during after before while when last this on earlier later today yesterday tonight monday tuesday
		wednesday thursday friday saturday sunday recently previously afterward afterwards shortly told via through`.split(/\s+/).filter(Boolean),
	abbreviations: `jr sr st inc corp co ltd vs etc jan feb mar apr jun jul aug sept sep oct nov dec mt ft bros gens govs
		ala ariz ark calif colo conn fla ill ind kan ky md mass mich minn mont neb nev okla ore tenn tex wash wis wyo ga pa va vt del mo`.split(/\s+/).filter(Boolean),
	sideClauseOpeners: `where after when before while since because as if although though until once whom whose which`.split(/\s+/),
	newClauseOpeners: `who and but then that`.split(/\s+/),
	occasionPrepositions: `of about to with at`.split(/\s+/),
	passiveAuxiliaries: `was were is are be been being`.split(/\s+/),
	locatives: `outside inside near behind beside across around along beyond throughout amid among`.split(/\s+/),
	grammar: englishGrammar
};

// The German-shaped lexicon fields, filled with the English data so that code reading
// `pack.speech` as a SpeechLexicon (questions/trust.ts) finds English words; the English stages
// read `englishSpeech`.
const asSpeechVerb = (v: EnglishSpeechVerb): SpeechVerb => ({
	lemma: v.particle ? `${v.lemma} ${v.particle}` : v.lemma,
	forms: [v.forms[0], v.forms[1], v.forms[2]],
	...(v.weak ? { weak: true } : {})
});

export const speech: SpeechLexicon = {
	verbs: englishSpeech.verbs.map(asSpeechVerb),
	clauseVerbs: englishSpeech.verbs.filter((v) => v.clause).map((v) => v.lemma),
	objectInfinitiveVerbs: ['urge', 'ask', 'call on', 'tell', 'warn'],
	sourceNouns: ['statement', 'spokesman', 'spokeswoman', 'report', 'interview'],
	reportNouns: ['claim', 'statement', 'demand', 'promise', 'warning', 'assertion', 'allegation'],
	sourcePrepositions: ['according to'],
	sourcePostpositions: [],
	normativeNouns: ['law', 'rule', 'rules', 'constitution', 'statute', 'regulation', 'regulations', 'article', 'section', 'policy'],
	pronouns: { he: 'm', she: 'f', they: 'pl', it: 'n' },
	nonSpeakers: ['i', 'we', 'you'],
	adjectiveStarts: ['other', 'another', 'more', 'many', 'some', 'several'],
	determiners: englishSpeech.determiners,
	roleNouns: englishSpeech.roleNouns,
	roleSuffixes: [],
	organisationNouns: englishSpeech.organisationHeads,
	organisationSuffixes: [],
	addresseeNouns: ['reporters', 'journalists', 'the press', 'audience', 'crowd', 'supporters'],
	prepositions: ['in', 'on', 'at', 'during', 'after', 'before', 'for', 'with', 'from', 'by', 'about', 'over', 'under', 'since', 'until', 'despite'],
	phraseStops: englishSpeech.phraseStops,
	frameFillers: englishSpeech.cueFillers,
	subjunctiveForms: [],
	conditionalForms: ['would', 'could', 'might'],
	complementizers: ['that', 'whether', 'if'],
	titleNouns: englishSpeech.titleNouns,
	soWord: 'according',
	// German rules only (places after a preposition, quantity words, subordinators)
	places: [],
	quantityWords: [],
	subordinators: []
};

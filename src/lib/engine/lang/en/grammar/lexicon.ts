import type { EnglishSpeech, EnglishSpeechVerb } from '../../../../resources/en/speech.ts';
import type { EnglishGrammar } from '../../../../resources/en/grammar.ts';

/** The grammar lists as Sets; patterns as they are. */
export type GrammarSets = { [K in keyof EnglishGrammar]: EnglishGrammar[K] extends string[] ? Set<string> : EnglishGrammar[K] };

const grammarSets = (g: EnglishGrammar): GrammarSets =>
	Object.fromEntries(Object.entries(g).map(([k, v]) => [k, Array.isArray(v) ? new Set(v) : v])) as GrammarSets;

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'ing';

/** Look-up tables built once per lexicon from the English speech data. */
export interface EnTools {
	lex: EnglishSpeech;
	/** word form → the verbs it may be a form of */
	forms: Map<string, { verb: EnglishSpeechVerb; form: VerbForm }[]>;
	determiners: Set<string>;
	fillers: Set<string>;
	stops: Set<string>;
	notNames: Set<string>;
	roles: Set<string>;
	groups: Set<string>;
	orgHeads: Set<string>;
	titleNouns: Set<string>;
	adjuncts: Set<string>;
	abbreviations: Set<string>;
	given: Map<string, 'm' | 'f'>;
	/** function words of the rules (resources/en/grammar.ts) */
	g: GrammarSets;
}

const cache = new WeakMap<EnglishSpeech, EnTools>();

export function enTools(lex: EnglishSpeech): EnTools {
	const hit = cache.get(lex);
	if (hit) return hit;
	const forms = new Map<string, { verb: EnglishSpeechVerb; form: VerbForm }[]>();
	const add = (w: string, verb: EnglishSpeechVerb, form: VerbForm) => {
		const list = forms.get(w) ?? [];
		// "put" is base and past form of one verb: both readings are kept
		if (!list.some((x) => x.verb === verb && x.form === form)) list.push({ verb, form });
		forms.set(w, list);
	};
	for (const v of lex.verbs) {
		add(v.lemma, v, 'base');
		add(v.forms[0], v, 'third');
		add(v.forms[1], v, 'past');
		if (v.forms[2] !== v.forms[1]) add(v.forms[2], v, 'participle');
		add(v.forms[3], v, 'ing');
	}
	const given = new Map<string, 'm' | 'f'>();
	for (const n of lex.givenNames.m) given.set(n, 'm');
	for (const n of lex.givenNames.f) if (!given.has(n)) given.set(n, 'f');
	const tools: EnTools = {
		lex,
		forms,
		determiners: new Set(lex.determiners),
		fillers: new Set(lex.cueFillers),
		stops: new Set(lex.phraseStops),
		notNames: new Set(lex.notNames),
		roles: new Set(lex.roleNouns),
		groups: new Set(lex.groupNouns),
		orgHeads: new Set(lex.organisationHeads),
		titleNouns: new Set(lex.titleNouns),
		adjuncts: new Set(lex.frameAdjuncts),
		abbreviations: new Set(lex.abbreviations),
		given,
		g: grammarSets(lex.grammar)
	};
	cache.set(lex, tools);
	return tools;
}

import type { Sentence, Span, Token } from '../../../types.ts';
import type { SpeechLexicon } from '../../../../resources/speech-lexicon.ts';
import { buildVerbIndex, type VerbForm } from './verbs.ts';
import { isCapitalised, makePhraseLexicon, readPhrase, type PhraseLexicon, type PhraseMention } from './phrase.ts';

/** A speech cue found in a sentence: the verb (with its particle) and the speaker phrase its
 * clause names, if any. */
export interface Cue {
	/** token indices into the sentence's (masked) token list */
	verb: number;
	particle?: number;
	reading: VerbForm;
	text: string;
	span: Span;
	clauseStart: number;
	clauseEnd: number;
	subject: PhraseMention | null;
	/** where the subject stood relative to the verb */
	subjectSide: 'before' | 'after' | 'none';
}

export interface SpeechTools {
	verbs: Map<string, VerbForm[]>;
	phrases: PhraseLexicon;
	subjunctive: Set<string>;
	conditional: Set<string>;
	complementizers: Set<string>;
	sourceNouns: Set<string>;
	titleNouns: Set<string>;
	clauseVerbs: Set<string>;
	objectInfinitiveVerbs: Set<string>;
	reportNouns: Set<string>;
	/** lower-case words of someone talking: first-person pronouns; with possessives; all */
	firstPerson: Set<string>;
	ownWords: Set<string>;
	spokenWords: Set<string>;
	focusParticles: Set<string>;
}

const cache = new WeakMap<SpeechLexicon, SpeechTools>();

/** Konjunktiv I (3rd person singular) of the regular speech verbs: "begründe", "erkläre", "sage".
 * German only: these are the forms reported speech uses when it quotes what someone argued. */
function konjunktivOfSpeechVerbs(lex: SpeechLexicon): string[] {
	return lex.verbs.filter((v) => !v.forms && /en$/.test(v.lemma) && !/[lr]n$/.test(v.lemma)).map((v) => v.lemma.slice(0, -1));
}

/** The word lists of a speech lexicon (every field that holds an array). */
type ListKey = { [K in keyof SpeechLexicon]-?: NonNullable<SpeechLexicon[K]> extends unknown[] ? K : never }[keyof SpeechLexicon];

/** Lists a language pack leaves out are empty, so a lean pack never breaks the stages. */
function complete(lex: SpeechLexicon): SpeechLexicon {
	const full: SpeechLexicon = { ...lex };
	const lists: Partial<Record<ListKey, unknown[]>> = full;
	for (const key of ['verbs', 'clauseVerbs', 'objectInfinitiveVerbs', 'sourceNouns', 'reportNouns', 'sourcePrepositions', 'sourcePostpositions', 'normativeNouns', 'nonSpeakers', 'adjectiveStarts', 'determiners', 'roleNouns', 'roleSuffixes', 'organisationNouns', 'organisationSuffixes', 'addresseeNouns', 'prepositions', 'phraseStops', 'places', 'quantityWords', 'frameFillers', 'subjunctiveForms', 'conditionalForms', 'complementizers', 'titleNouns', 'subordinators'] satisfies ListKey[]) {
		if (!Array.isArray(lists[key])) lists[key] = [];
	}
	full.pronouns ??= {};
	return full;
}

/** The listed Konjunktiv forms, and a language's productive pattern for the rest ("-iere" of
 * every "-ieren" verb in German: "resultiere", "kritisiere"), so the list need not hold them all. */
class SubjunctiveForms extends Set<string> {
	constructor(forms: string[], private readonly pattern?: RegExp) {
		super(forms);
	}
	override has(word: string): boolean {
		return super.has(word) || (!!this.pattern && this.pattern.test(word));
	}
}

/** Nouns given in lower case, and compounds of their plurals: "Polizeiangaben", "NASA-Angaben"
 * are "Angaben" of someone, as the lexicon's own "Behördenangaben" are. */
class CompoundNouns extends Set<string> {
	private readonly memo = new Map<string, boolean>();
	// plural heads only: "Polizeiangaben", but not "Unabhängigkeitserklärung"
	private readonly pluralHeads: string[];
	constructor(nouns: string[]) {
		super(nouns);
		this.pluralHeads = nouns.filter((n) => n.length >= 6 && n.endsWith('en'));
	}
	override has(word: string): boolean {
		if (super.has(word)) return true;
		let hit = this.memo.get(word);
		if (hit === undefined) {
			const tail = word.split('-').pop() ?? word;
			hit = (tail !== word && super.has(tail)) || this.pluralHeads.some((n) => word.length >= n.length + 3 && word.endsWith(n));
			if (this.memo.size > 10_000) this.memo.clear();
			this.memo.set(word, hit);
		}
		return hit;
	}
}

export function speechTools(original: SpeechLexicon): SpeechTools {
	let t = cache.get(original);
	const lex = t ? original : complete(original);
	if (!t) {
		t = {
			verbs: buildVerbIndex(lex),
			phrases: makePhraseLexicon(lex),
			subjunctive: new SubjunctiveForms([...lex.subjunctiveForms, ...konjunktivOfSpeechVerbs(lex)], lex.subjunctivePattern),
			conditional: new Set(lex.conditionalForms),
			complementizers: new Set(lex.complementizers),
			sourceNouns: new CompoundNouns(lex.sourceNouns.map((w) => w.toLowerCase())),
			titleNouns: new Set(lex.titleNouns.map((w) => w.toLowerCase())),
			clauseVerbs: new Set(lex.clauseVerbs),
			objectInfinitiveVerbs: new Set(lex.objectInfinitiveVerbs),
			reportNouns: new Set(lex.reportNouns),
			firstPerson: new Set(lex.firstPersonPronouns ?? []),
			ownWords: new Set([...(lex.firstPersonPronouns ?? []), ...(lex.firstPersonPossessives ?? [])]),
			spokenWords: new Set([...(lex.firstPersonPronouns ?? []), ...(lex.firstPersonPossessives ?? []), ...(lex.spokenWords ?? [])]),
			focusParticles: new Set(lex.focusParticles ?? [])
		};
		cache.set(original, t);
	}
	return t;
}

const AUX = new Set(
	'hat hatte habe haben hatten hätte hätten ist war sei waren wird wurde würde werden wurden will wollte wollten soll sollte sollten kann konnte könne konnten muss musste müsse mussten möchte möchten wolle darf durfte ließ lässt'.split(' ')
);
const PASSIVE = new Set(['wird', 'wurde', 'werden', 'wurden', 'worden', 'würde', 'würden', 'werde']);
// brackets are no boundary: "X (SPD) sagte" keeps its subject
const BOUNDARY = /^[,;:–—]$/;

/** Clause boundaries: commas, colons, brackets, dashes (a hyphen only when spaced: "X - Y",
 * not "Fraktions- und Parteichef"), sentence punctuation. */
export function isBoundary(t: Token, next?: Token, prev?: Token): boolean {
	if (t.kind !== 'punct') return false;
	if (t.text === '-') return !!next && next.start > t.end && !!prev && prev.end < t.start;
	// the period of an ordinal or date inside a sentence: "am 22. August"
	if (t.text === '.' && prev?.kind === 'number' && prev.end === t.start && next?.kind === 'word') return false;
	return BOUNDARY.test(t.text) || /[.!?…]/.test(t.text);
}

/** Tokens of a sentence with the insides of direct quotes removed: the marks stay, so a
 * frame "„…“, sagte er" reads as [“ , sagte er .]. */
export function maskedTokens(s: Sentence, quoted: Span[]): Token[] {
	if (!quoted.length) return s.tokens;
	return s.tokens.filter((t) => !quoted.some((q) => t.start > q.start && t.end < q.end && t.kind !== 'quote'));
}

// a comma inside brackets does not end a clause: "Anna Roth (Partei, Land) sagte"
const MAX_BRACKET = 12;

function clauseBounds(tokens: Token[], i: number): [number, number] {
	// a bracket longer than MAX_BRACKET tokens is no parenthesis: its commas count again
	let a = i;
	let depth = 0;
	let opened = -1;
	while (a > 0 && (depth > 0 || !isBoundary(tokens[a - 1], tokens[a], tokens[a - 2]))) {
		const t = tokens[a - 1].text;
		if (t === ')' && depth++ === 0) opened = a - 1;
		else if (t === '(' && depth > 0) depth--;
		if (depth > 0 && opened - a > MAX_BRACKET) break;
		a--;
	}
	let b = i;
	depth = 0;
	while (b < tokens.length - 1 && (depth > 0 || !isBoundary(tokens[b + 1], tokens[b + 2], tokens[b]))) {
		const t = tokens[b + 1].text;
		if (t === '(' && depth++ === 0) opened = b + 1;
		else if (t === ')' && depth > 0) depth--;
		if (depth > 0 && b - opened > MAX_BRACKET) break;
		b++;
	}
	return [a, b];
}

/** Skips adverbs, short prepositional phrases ("am Mittwoch", "vor Journalisten", "in Brüssel")
 * and addressees ("der Zeitung") between a cue verb and its postponed subject. */
function skipToSubject(tokens: Token[], k: number, end: number, tools: SpeechTools): number {
	const pl = tools.phrases;
	for (let guard = 0; guard < 6 && k <= end; guard++) {
		const t = tokens[k];
		if (!t || t.kind !== 'word') return k;
		const w = t.text.toLowerCase();
		// the reflexive of "äußerte sich" stands alone: the subject comes right after it
		if (w === 'sich') {
			k++;
			continue;
		}
		if (pl.fillers.has(w) && !pl.pronouns.has(w)) {
			k++;
			// "heute Abend", "gestern Morgen"
			if (/^(heute|gestern|morgen|vorgestern)$/.test(w) && /^(Abend|Morgen|Mittag|Nachmittag|Vormittag|Nacht|früh)$/.test(tokens[k]?.text ?? '')) k++;
			continue;
		}
		if (pl.stops.has(w) && !pl.determiners.has(w) && !pl.pronouns.has(w)) {
			// a preposition: skip its phrase (article, adjectives, nouns, numbers)
			let j = k + 1;
			if (tokens[j] && pl.determiners.has(tokens[j].text.toLowerCase())) j++;
			while (tokens[j] && (tokens[j].kind === 'number' || (tokens[j].kind === 'punct' && tokens[j].text === '.') || (tokens[j].kind === 'word' && !isCapitalised(tokens[j]) && /(e|en|er|es|em)$/.test(tokens[j].text) && !pl.stops.has(tokens[j].text)))) j++;
			let caps = 0;
			while (tokens[j] && isCapitalised(tokens[j]) && caps < 2) {
				j++;
				caps++;
			}
			if (caps === 0) return k;
			k = j;
			continue;
		}
		// dative addressee: "sagte der Zeitung", "sagte dem Sender"
		if (/^(der|dem|den)$/.test(w)) {
			const p = readPhrase(tokens, k, '', pl, { allowGenitive: false });
			if (p && pl.addressees.has(p.head.toLowerCase())) {
				k = p.last + 1;
				continue;
			}
		}
		return k;
	}
	return k;
}

function subjectAfter(tokens: Token[], k: number, end: number, text: string, tools: SpeechTools): PhraseMention | null {
	k = skipToSubject(tokens, k, end, tools);
	if (k > end) return null;
	const p = readPhrase(tokens, k, text, tools.phrases);
	if (!p || p.last > end + 3) return null;
	// dative and accusative phrases are objects, not the speaker
	if (p.det && /^(den|dem|des|einen|einem|eines)$/.test(p.det)) return null;
	if (tools.phrases.addressees.has(p.head.toLowerCase()) && p.det !== 'die') return null;
	return p;
}

function subjectBefore(tokens: Token[], cs: number, v: number, text: string, tools: SpeechTools): PhraseMention | null | 'fronted' {
	const first = tokens[cs];
	if (!first || first.kind !== 'word') return 'fronted';
	const w = first.text.toLowerCase();
	const pl = tools.phrases;
	// subordinate clause, verb last: "wie der Minister mitteilte", "zumal X betont hatte"
	if (tools.complementizers.has(w) || pl.lex.subordinators.includes(w)) {
		const p = readPhrase(tokens, cs + 1, text, pl);
		const verbLast = v >= clauseBounds(tokens, v)[1] - 1;
		if (verbLast) return p && p.last < v ? p : null;
		return 'fronted';
	}
	// a focus particle before the subject: "Auch die Ministerin äußerte …"
	let start = cs;
	if (tools.focusParticles.has(w) && tokens[cs + 1] && (pl.determiners.has(tokens[cs + 1].text.toLowerCase()) || isCapitalised(tokens[cs + 1]))) start = cs + 1;
	// a preposition opens a fronted phrase, unless it is a surname's particle ("Von der Heide sagte")
	else if (pl.stops.has(w) && !pl.determiners.has(w) && readPhrase(tokens, cs, text, pl)?.kind !== 'name') return 'fronted';
	else if (pl.fillers.has(w)) return 'fronted';
	let p = readPhrase(tokens, start, text, pl);
	if (!p) return 'fronted';
	// coordinated subjects: "Polen und Ungarn weisen … zurück"
	if (tokens[p.last + 1]?.text === 'und' && p.kind !== 'pronoun') {
		const q = readPhrase(tokens, p.last + 2, text, pl);
		if (q && q.last + 1 === v) {
			p = { ...p, end: q.end, text: text.slice(p.start, q.end), last: q.last, kind: 'np', name: undefined, role: undefined, head: q.head, organisation: false };
		}
	}
	// the phrase must reach the verb, apart from a parenthesis ("(SPD)") or one short
	// prepositional attribute ("Ein Sprecher in Berlin sagte", "Der Bürgermeister von X forderte")
	let j = p.last + 1;
	if (tokens[j]?.text === '(') {
		while (j < v && tokens[j].text !== ')') j++;
		j++;
	}
	if (j !== v && j < v && (p.det || p.kind === 'name') && /^(in|aus|von|vom|bei|beim|im)$/.test(tokens[j].text)) {
		// the mention includes the attribute: "Tom Kern vom Bankhaus X", "Anna Roth von der
		// Behörde des Landes (Abkürzung, AB)"
		let e = -1;
		if (v - j <= 4 && tokens.slice(j + 1, v).every((x) => x.kind === 'word' && !AUX.has(x.text.toLowerCase()))) e = v - 1;
		else {
			const attr = readPhrase(tokens, tokens[j].text === 'vom' || tokens[j].text === 'im' || tokens[j].text === 'beim' ? j + 1 : j + 1, text, pl);
			let k = attr && attr.kind !== 'pronoun' ? attr.last + 1 : -1;
			if (k > 0 && tokens[k]?.text === '(') {
				const close = tokens.findIndex((x, n) => n > k && n <= k + 12 && x.text === ')');
				k = close > 0 ? close + 1 : -1;
			}
			if (k === v) e = v - 1;
		}
		if (e > 0) {
			p = { ...p, end: tokens[e].end, text: text.slice(p.start, tokens[e].end), last: e };
			j = v;
		}
	}
	// a focus word between subject and verb: "Hartmann selbst schrieb", "Die Partei jedoch erklärte"
	while (j < v && p.kind !== 'pronoun' && /^(selbst|jedoch|aber|allerdings|indes|hingegen|dagegen|wiederum|ihrerseits|seinerseits|persönlich)$/.test(tokens[j].text)) j++;
	if (j !== v) return 'fronted';
	// a fronted dative ("Der Zeitung sagte er"), never a nominative "die Zeitung"
	if (p.det === 'dem' || p.det === 'den' || p.det === 'des' || (pl.addressees.has(p.head.toLowerCase()) && p.det !== 'die' && p.det !== 'das')) return 'fronted';
	// a plural phrase before a singular verb is a fronted object: "Die Äußerungen … bezeichnete X als …"
	const verb = tokens[v].text;
	if (p.det === 'die' && /(ungen|ionen|heiten|keiten|schaften|innen|nisse|äten)$/.test(p.head) && /[^e]t$|te$/.test(verb) && !/(en|ten)$/.test(verb)) return 'fronted';
	return p;
}

/** "Der NDR, der … verantwortlich ist, begründete" / "Ein Sprecher der Polizei, Lars Winter,
 * sagte": the subject stands before an apposition or a relative clause that ends at the verb. */
function subjectBeforeCommas(tokens: Token[], v: number, text: string, tools: SpeechTools): PhraseMention | null {
	const pl = tools.phrases;
	// chunks between commas, walking back from the verb: appositions and relative clauses
	const chunks: [number, number][] = [];
	let end = v - 2;
	while (end >= 0 && chunks.length < 4) {
		const [a, b] = clauseBounds(tokens, end);
		chunks.unshift([a, b]);
		if (a === 0) break;
		if (tokens[a - 1].text !== ',') return null;
		end = a - 2;
	}
	if (chunks.length < 2) return null;
	const head = chunks[0][0] === 0 ? readPhrase(tokens, 0, text, pl) : null;
	if (!head || head.last !== chunks[0][1] || head.kind === 'pronoun') {
		// the opening phrase is too complex to read ("Die Politikerin von Bündnis 90/Die Grünen"),
		// but a full name right before the verb is the subject: "…, Anja Kessler, kritisierte"
		const [a, b] = chunks[chunks.length - 1];
		const name = readPhrase(tokens, a, text, pl);
		return name && name.kind === 'name' && name.last === b && (name.name ?? '').includes(' ') ? name : null;
	}
	let subject = head;
	for (const [a, b] of chunks.slice(1)) {
		const first = tokens[a].text;
		if (/^(der|die|das|welche[rs]?|dessen|deren|dem|den)$/.test(first) && chunkIsRelative(tokens, a, b, pl)) {
			subject = { ...subject, spanEnd: tokens[b].end };
			continue;
		}
		const app = readPhrase(tokens, a, text, pl);
		// the apposition may end in a short place phrase: "ein Sprecher des Zentrums in Ulm";
		// after a full name any verbless description will do ("…, ein Abgeordneter aus X und
		// Oberst außer Dienst, sagte")
		const tail = app ? b - app.last : 0;
		const verbless = isVerbless(tokens, a, b, pl);
		const described = !!app && app.kind !== 'pronoun' && !!subject.name?.includes(' ') && (!!app.role || !!app.det) && verbless && b - a < 12;
		if (!described && (!app || app.kind === 'pronoun' || tail < 0 || (tail > 0 && (tail > 4 || !pl.lex.prepositions.includes(tokens[app.last + 1].text))))) return null;
		if (app.kind === 'name' && !subject.name) subject = { ...app, start: subject.start, text: text.slice(subject.start, app.end), role: subject.text, first: subject.first };
		else if (subject.kind === 'name' && !app.name && !subject.role) subject = { ...subject, role: app.text, end: app.end, text: text.slice(subject.start, app.end), last: app.last };
	}
	return subject;
}

/** A "wie"-clause whose subject has an apposition: "…, wie Anna Roth, Leiterin der Stelle,
 * erklärte" or "…, wie Anna Roth, Leiterin der Stelle betont". The clause before the cue's
 * opens with "wie" and a name; the chunk between (if any) describes it. */
function wieBeforeApposition(tokens: Token[], cs: number, text: string, tools: SpeechTools): { at: number; name: PhraseMention } | null {
	const pl = tools.phrases;
	let k = cs - 2;
	for (let hop = 0; hop < 2 && k > 0 && tokens[k + 1]?.text === ','; hop++) {
		const [a] = clauseBounds(tokens, k);
		if (tokens[a]?.text.toLowerCase() === 'wie') {
			const name = readPhrase(tokens, a + 1, text, pl);
			return name && name.kind === 'name' && name.last === k && !!name.name?.includes(' ') ? { at: a, name } : null;
		}
		// the middle chunk must be a verbless description
		if (!isVerbless(tokens, a, k, pl)) return null;
		k = a - 2;
	}
	return null;
}

/** Tokens a to b hold no verb: names, nouns, articles, prepositions and adjectives only. */
function isVerbless(tokens: Token[], a: number, b: number, pl: PhraseLexicon): boolean {
	return tokens.slice(a, b + 1).every((t) => t.kind === 'number' || /^[()]$/.test(t.text) || (t.kind === 'word' && (isCapitalised(t) || pl.stops.has(t.text) || pl.determiners.has(t.text) || /(e|en|er|es|em)$/.test(t.text))));
}

/** A relative clause ends with its verb: "der … verantwortlich ist", "die den Brief unterschrieben". */
function chunkIsRelative(tokens: Token[], a: number, b: number, pl: PhraseLexicon): boolean {
	const last = tokens[b];
	return b > a + 1 && last.kind === 'word' && !isCapitalised(last) && !pl.determiners.has(last.text.toLowerCase());
}

function cueText(tokens: Token[], v: number, particle: number | undefined): string {
	return particle !== undefined ? `${tokens[v].text} … ${tokens[particle].text}` : tokens[v].text;
}

/** Finds the speech cues of a sentence (tokens already masked) and the subject of each. */
/** The subject of a plain sentence, for pronoun resolution: the phrase before the finite verb
 * ("Anna X hat …"), or after it when something else is fronted ("Nun hat auch X …"). Only
 * phrases that can name a speaker (names, roles, organisations) are returned. */
export function sentenceSubject(tokens: Token[], text: string, tools: SpeechTools, loose = false): PhraseMention | null {
	const pl = tools.phrases;
	const first = tokens[0];
	if (!first || first.kind !== 'word') return null;
	// a focus particle before the subject: "Auch der Sprecher, X, will …"
	if (tools.focusParticles.has(first.text.toLowerCase()) && tokens[1] && (pl.determiners.has(tokens[1].text.toLowerCase()) || isCapitalised(tokens[1]))) {
		const inner = sentenceSubject(tokens.slice(1), text, tools, loose);
		return inner && { ...inner, first: inner.first + 1, last: inner.last + 1 };
	}
	// loose: any definite noun phrase will do ("der US-Partner"), for frames that already show speech
	const ok = (p: PhraseMention | null): PhraseMention | null =>
		p && p.kind !== 'pronoun' && (p.kind === 'name' || !!p.role || p.organisation || (loose && /^(der|die|das)$/.test(p.det ?? ''))) ? p : null;
	const head = readPhrase(tokens, 0, text, pl);
	if (head && head.kind !== 'pronoun') {
		let next = tokens[head.last + 1];
		let subject: PhraseMention = head;
		// "Der Leiter der Studie, Paulo Serra, sieht …"
		if (next?.text === ',') {
			const app = readPhrase(tokens, head.last + 2, text, pl);
			if (app && tokens[app.last + 1]?.text === ',') {
				next = tokens[app.last + 2];
				subject = app.kind === 'name' && !head.name ? { ...app, start: head.start, text: text.slice(head.start, app.end), role: head.text, first: head.first } : { ...head, end: app.end, text: text.slice(head.start, app.end), last: app.last };
			} else if (head.kind === 'name' && head.name?.includes(' ')) {
				// a longer description after a full name: "Anna Roth, Präsidentin der X und Vorsitzende der Y, …"
				const close = tokens.findIndex((t, x) => x > head.last + 1 && x <= head.last + 14 && t.text === ',');
				if (close > head.last + 2 && isVerbless(tokens, head.last + 2, close - 1, pl)) {
					next = tokens[close + 1];
					subject = { ...head, spanEnd: tokens[close - 1].end };
				}
			}
		}
		// a party or abbreviation in brackets and an affiliation stand between subject and verb:
		// "Die Vereinigung (DSW) ist …", "Anna Weber vom Netzwerk X ist der Meinung, …"
		let n = tokens.indexOf(next);
		if (next?.text === '(') {
			const close = tokens.findIndex((t, x) => x > n && x <= n + 6 && t.text === ')');
			if (close > 0) next = tokens[(n = close + 1)];
		}
		if (next && /^(vom|von|aus|beim|ohne|mit|für|in|im|bei)$/.test(next.text) && subject.kind !== 'pronoun') {
			const p = readPhrase(tokens, n + 1, text, pl);
			// "von"/"aus": where a person belongs; other attributes only before the verb itself
			const attribute = p && p.kind !== 'pronoun' && ((p.organisation || p.kind === 'name') || /^(ohne|mit|für|in|im|bei)$/.test(next.text));
			if (attribute) {
				next = tokens[p.last + 1];
				// the attribute belongs to the mention ("Ärzte ohne Grenzen"); a person keeps their name
				const whole = text.slice(subject.start, p.end);
				const person = subject.kind === 'name' && !!subject.name?.includes(' ');
				subject = { ...subject, end: p.end, text: whole, last: p.last, ...(person ? {} : subject.kind === 'name' ? { name: whole } : {}) };
			}
		}
		// coordinated subjects: "Partei A und Partei B setzten dem entgegen"
		if (next?.text === 'und' && subject.kind !== 'pronoun') {
			const q = readPhrase(tokens, tokens.indexOf(next) + 1, text, pl);
			const after = q ? tokens[q.last + 1] : undefined;
			if (q && q.kind !== 'pronoun' && after?.kind === 'word' && !isCapitalised(after) && !pl.stops.has(after.text.toLowerCase())) {
				subject = { ...subject, end: q.end, text: text.slice(subject.start, q.end), last: q.last, kind: 'np', name: undefined, role: undefined, head: q.head, organisation: subject.organisation && q.organisation };
				next = after;
			}
		}
		if (next && next.kind === 'word' && !isCapitalised(next) && !pl.stops.has(next.text.toLowerCase())) {
			// a fronted object ("Die Anwendung … stellte der Vorsitzende in Frage"): the subject follows
			return ok(subject) ?? ok(subjectAfter(tokens, tokens.indexOf(next) + 1, tokens.length - 1, text, tools));
		}
	}
	// fronted adverb or phrase, then the finite verb (the first lower-case word that is no
	// preposition, article or attributive adjective), then the subject
	for (let v = 1; v <= 6 && v < tokens.length - 1; v++) {
		const t = tokens[v];
		if (t.kind !== 'word' || isCapitalised(t)) continue;
		const w = t.text.toLowerCase();
		if (AUX.has(w) || tools.verbs.has(w)) return ok(subjectAfter(tokens, v + 1, tokens.length - 1, text, tools));
		if (pl.stops.has(w) || pl.determiners.has(w)) continue;
		if (/(e|en|er|es|em)$/.test(w) && isCapitalised(tokens[v + 1])) continue;
		return ok(subjectAfter(tokens, v + 1, tokens.length - 1, text, tools));
	}
	return null;
}

export function findCues(tokens: Token[], text: string, tools: SpeechTools): Cue[] {
	const cues: Cue[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (t.kind !== 'word') continue;
		const readings = tools.verbs.get(t.text.toLowerCase());
		if (!readings) continue;
		// "Sagen" at sentence start as a noun ("Das Sagen") is rare; capitalised mid-sentence words are nouns
		if (isCapitalised(t) && i > 0 && tokens[i - 1].kind === 'word') continue;
		// an attributive participle inside a noun phrase: "die bereits erwähnte Botschaft", "der
		// angekündigten Reform"
		const participleStem = t.text.replace(/(e|en|er|es|em)$/, '');
		if (i > 0 && participleStem !== t.text && tools.verbs.get(participleStem.toLowerCase())?.some((r) => r.kind === 'participle') && isCapitalised(tokens[i + 1]) && (tools.phrases.determiners.has(tokens[i - 1].text.toLowerCase()) || (tools.phrases.fillers.has(tokens[i - 1].text.toLowerCase()) && tools.phrases.determiners.has(tokens[i - 2]?.text.toLowerCase() ?? '')))) continue;
		const [cs, ce] = clauseBounds(tokens, i);
		let reading: VerbForm | undefined;
		let particle: number | undefined;
		// the particle may stand after an apposition: "gab der Leiter, Jens Koch, bekannt"
		let particleEnd = ce;
		if (tokens[ce + 1]?.text === ',') {
			const app = readPhrase(tokens, ce + 2, text, tools.phrases);
			if (app && app.kind === 'name' && tokens[app.last + 1]?.text === ',') particleEnd = clauseBounds(tokens, Math.min(tokens.length - 1, app.last + 2))[1];
		}
		// "wird … zitiert", "hat … erklärt": after an auxiliary an ambiguous form is the participle
		const auxBefore = tokens.slice(cs, i).some((x) => AUX.has(x.text.toLowerCase()));
		const ordered = auxBefore ? [...readings].sort((a, b) => (b.kind === 'participle' ? 1 : 0) - (a.kind === 'participle' ? 1 : 0)) : readings;
		for (const r of ordered) {
			// a subordinate clause may spell the particle apart, before the verb: "wie X bekannt gab"
			if (r.needsParticle && i > cs && tokens[i - 1].text === r.verb.particle && i === ce) {
				reading = { ...r, needsParticle: false };
				break;
			}
			if (r.needsParticle) {
				// the particle closes the clause: "teilte … mit," / "wies … zurück."
				for (let j = i + 1; j <= particleEnd; j++) {
					if (j > ce && j <= ce + 1) continue;
					if (tokens[j].text === r.verb.particle && (j === particleEnd || j === ce || !/^\p{L}/u.test(tokens[j + 1]?.text ?? ''))) {
						reading = r;
						particle = j;
						break;
					}
				}
			} else if (!reading) {
				reading = r;
			}
			if (reading && particle !== undefined) break;
		}
		if (!reading) continue;
		let ce2 = ce;
		if (particle !== undefined && particle > ce) ce2 = particle;
		if (reading.verb.reflexive && !tokens.slice(cs, ce + 1).some((x) => x.text === 'sich')) continue;
		// infinitives only count after a modal/future auxiliary in the clause ("will … sagen")
		if (reading.kind === 'infinitive' && !tokens.slice(cs, i).some((x) => AUX.has(x.text.toLowerCase()))) continue;
		let subject: PhraseMention | null = null;
		let side: Cue['subjectSide'] = 'none';
		// the finite position: the verb itself, or the auxiliary of a participle/infinitive
		let finite = i;
		let passive = false;
		if (reading.kind !== 'finite') {
			const aux = tokens.slice(cs, i).findIndex((x) => AUX.has(x.text.toLowerCase()));
			finite = aux >= 0 ? cs + aux : i;
			// "X wird vorgeworfen" names the accused, not a speaker; "X wird zitiert" the speaker
			passive = reading.kind === 'participle' && tokens.slice(cs, ce + 1).some((x) => PASSIVE.has(x.text.toLowerCase())) && reading.verb.lemma !== 'zitieren';
		}
		if (passive) {
			// only an agent ("von X") speaks in a passive clause; handled below
		} else if (finite === cs) {
			const back = cs >= 2 && tokens[cs - 1].text === ',' ? subjectBeforeCommas(tokens, cs, text, tools) : null;
			if (back) {
				subject = back;
				side = 'before';
			} else {
				subject = subjectAfter(tokens, finite + 1, ce, text, tools);
				side = subject ? 'after' : 'none';
			}
		} else {
			const before = subjectBefore(tokens, cs, finite, text, tools);
			if (before === 'fronted') {
				subject = subjectAfter(tokens, finite + 1, ce, text, tools);
				side = subject ? 'after' : 'none';
			} else if (before) {
				subject = before;
				side = 'before';
			}
		}
		// apposition: "Der Direktor der X, Mohammed el-Baradei, erklärte" / "erklärte der Direktor, Y, …"
		if (subject && subject.kind !== 'pronoun') {
			if (side === 'before' && cs >= 2 && tokens[cs - 1].text === ',' && !subject.name) {
				const prevStart = clauseBounds(tokens, cs - 2)[0];
				const name = readPhrase(tokens, prevStart, text, tools.phrases);
				if (name && name.last === cs - 2 && name.kind === 'name') subject = { ...name, role: subject.text, end: subject.end, text: text.slice(name.start, subject.end), last: subject.last };
			} else if (side === 'after' && tokens[subject.last + 1]?.text === ',') {
				const app = readPhrase(tokens, subject.last + 2, text, tools.phrases);
				const afterApp = app ? tokens[app.last + 1] : undefined;
				// the apposition ends the clause or is followed by a comma or a short phrase ("zum STANDARD")
				const closes = !afterApp || /^[,.:;]$/.test(afterApp.text) || tools.phrases.lex.prepositions.includes(afterApp.text);
				if (app && app.kind === 'name' && !subject.name && closes && (subject.role || subject.organisation || subject.det)) {
					subject = { ...app, start: subject.start, text: text.slice(subject.start, app.end), role: subject.text, first: subject.first };
				} else if (app && app.kind !== 'pronoun' && subject.kind === 'name' && !app.name && (app.role || app.organisation) && closes) {
					// "sagte Margot Rest, Christandls Rechtsanwältin, …"
					subject = { ...subject, role: subject.role ?? app.text, end: app.end, text: text.slice(subject.start, app.end), last: app.last };
				}
			}
		}
		// "In dem Antrag heißt es:", "heißt es in der Mitteilung des Verbands": the document speaks
		if (!subject && reading.verb.lemma === 'heißen' && tokens.slice(cs, ce + 1).some((x) => x.text.toLowerCase() === 'es')) {
			for (let j = cs; j < ce; j++) {
				if (!/^(in|im|auf|bei|beim)$/i.test(tokens[j].text)) continue;
				const doc = readPhrase(tokens, j + 1, text, tools.phrases);
				if (doc && doc.kind !== 'pronoun' && doc.last <= ce) {
					subject = { ...doc, start: tokens[j].start, text: text.slice(tokens[j].start, doc.end) };
					side = doc.start < t.start ? 'before' : 'after';
					break;
				}
			}
		}
		// "wie aus Regierungskreisen verlautete", "Aus dem Ministerium hieß es, …": the circle or
		// place the news came from is the source
		if (!subject && (reading.verb.lemma === 'verlauten' || reading.verb.lemma === 'heißen')) {
			const aus = tokens.findIndex((x, j) => j >= cs && j < i && /^aus$/i.test(x.text));
			const src = aus >= 0 ? readPhrase(tokens, aus + 1, text, tools.phrases) : null;
			// a circle is described, never a person's name ("aus Parteikreisen")
			if (src && src.kind !== 'pronoun' && src.last < i) (subject = { ...src, kind: 'np', name: undefined }), (side = 'before');
		}
		// passive: "wurde von X als … bezeichnet" — the agent speaks
		if (!subject && reading.kind === 'participle') {
			const von = tokens.slice(cs, i).findIndex((x) => x.text === 'von');
			if (von >= 0 && tokens.slice(cs, cs + von).some((x) => /^(wurde|wurden|wird|werden|worden)$/.test(x.text))) {
				const agent = readPhrase(tokens, cs + von + 1, text, tools.phrases);
				if (agent && agent.kind !== 'pronoun') (subject = agent), (side = 'before');
			}
		}
		// a second verb joined by "und" shares the subject of the cue before it in the clause
		if (i > cs && tokens[i - 1].text === 'und') {
			const prev = cues[cues.length - 1];
			if (prev?.subject && prev.clauseStart === cs) (subject = prev.subject), (side = prev.subjectSide);
			else if (!subject) {
				// "… biss der Randalierer den Fluggast und rief:" — the subject of the first verb
				const v0 = tokens.findIndex((x, n) => n >= cs && n < i - 1 && x.kind === 'word' && !isCapitalised(x) && !tools.phrases.stops.has(x.text) && !tools.phrases.determiners.has(x.text));
				if (v0 === cs) subject = subjectAfter(tokens, cs + 1, i - 2, text, tools);
				else if (v0 > cs) {
					const b = subjectBefore(tokens, cs, v0, text, tools);
					subject = b === 'fronted' ? subjectAfter(tokens, v0 + 1, i - 2, text, tools) : b;
				}
				if (subject) side = subject.start < t.start ? 'before' : 'after';
			}
		}
		const clauseEnd = subject && side === 'after' && subject.last > ce2 ? subject.last : ce2;
		// "…, wie X, Direktor des Y, betonte": the wie-clause takes in the apposition; X speaks
		let clauseStart = cs;
		const wie = !passive && (side !== 'before' || !subject?.name) ? wieBeforeApposition(tokens, cs, text, tools) : null;
		if (wie) {
			clauseStart = wie.at;
			subject = wie.name;
			side = 'before';
		}
		cues.push({
			verb: i,
			particle,
			reading,
			text: cueText(tokens, i, particle),
			span: { start: t.start, end: particle !== undefined ? tokens[particle].end : t.end },
			clauseStart,
			clauseEnd,
			subject,
			subjectSide: side
		});
		if (particle !== undefined) i = Math.max(i, particle);
	}
	return cues;
}

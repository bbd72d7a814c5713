import type { PhraseMention, Token } from '../../../types.ts';
import type { SpeechLexicon } from '../../../../resources/speech-lexicon.ts';

export type { PhraseMention } from '../../../types.ts';

export interface PhraseLexicon {
	lex: SpeechLexicon;
	stops: Set<string>;
	determiners: Set<string>;
	roleNouns: Set<string>;
	orgNouns: Set<string>;
	addressees: Set<string>;
	fillers: Set<string>;
	pronouns: Map<string, string>;
	nonSpeakers: Set<string>;
	adjectiveStarts: Set<string>;
	/** memo of role/organisation tests per word: the suffix scans are the hot path */
	memo: Map<string, number>;
}

export function makePhraseLexicon(lex: SpeechLexicon): PhraseLexicon {
	return {
		lex,
		stops: new Set(lex.phraseStops),
		determiners: new Set(lex.determiners),
		roleNouns: new Set(lex.roleNouns.map((w) => w.toLowerCase())),
		orgNouns: new Set(lex.organisationNouns.map((w) => w.toLowerCase())),
		addressees: new Set(lex.addresseeNouns.map((w) => w.toLowerCase())),
		fillers: new Set(lex.frameFillers),
		pronouns: new Map(Object.entries(lex.pronouns)),
		nonSpeakers: new Set(lex.nonSpeakers),
		adjectiveStarts: new Set(lex.adjectiveStarts),
		memo: new Map()
	};
}

const CAP = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d][\p{Lu}\d&.-]{1,}$/u;

// media and brands written in lower case with a digit or a one-letter prefix: "xy24", "n-tv"
const LOWER_BRAND = /^(\p{Ll}{1,12}\d{1,3}|\p{Ll}-\p{Ll}{1,3})$/u;

/** Nouns and names: capitalised, or compounds like "ai-Bericht", "eBay", "dpa-Meldung". */
export function isCapitalised(t: Token | undefined): boolean {
	return !!t && t.kind === 'word' && (CAP.test(t.text) || /^\p{Ll}{1,4}-?\p{Lu}\p{Ll}/u.test(t.text) || /^\p{Ll}['’]\p{Lu}/u.test(t.text) || LOWER_BRAND.test(t.text));
}

const head = (words: string[]): string => words[words.length - 1];

function lastPart(word: string): string {
	const parts = word.toLowerCase().split('-');
	return parts[parts.length - 1];
}

const ROLE = 1, ORG = 2, KNOWN = 4;

function classify(word: string, pl: PhraseLexicon): number {
	let bits = pl.memo.get(word);
	if (bits === undefined) {
		bits = KNOWN | (roleNoun(word, pl) ? ROLE : 0) | (organisationNoun(word, pl) ? ORG : 0);
		if (pl.memo.size > 50_000) pl.memo.clear();
		pl.memo.set(word, bits);
	}
	return bits;
}

export function isRoleNoun(word: string, pl: PhraseLexicon): boolean {
	return (classify(word, pl) & ROLE) !== 0;
}

export function isOrganisationNoun(word: string, pl: PhraseLexicon): boolean {
	return (classify(word, pl) & ORG) !== 0;
}

function roleNoun(word: string, pl: PhraseLexicon): boolean {
	const w = lastPart(word);
	// inflected forms: "Politikern", "Präsidenten", "Sprechers"
	const stems = [w, w.replace(/n$/, ''), w.replace(/en$/, ''), w.replace(/s$/, '')];
	return stems.some((x) => x.length > 3 && roleStem(x, pl));
}

function roleStem(w: string, pl: PhraseLexicon): boolean {
	if (pl.roleNouns.has(w)) return true;
	for (const s of pl.lex.roleSuffixes) {
		// a short suffix after the same letter is a name's ending, not a compound ("Kerrat", not
		// "Stadt|rat"); the same holds for organisation suffixes below
		if (s.length <= 4 && w.endsWith(s) && w[w.length - s.length - 1] === s[0]) continue;
		if (w.endsWith(s) && w.length > s.length + 2) return true;
		if (w.endsWith(s + 'in') && w.length > s.length + 4) return true;
		if (w.endsWith(s + 'innen') && w.length > s.length + 6) return true;
	}
	return false;
}

function organisationNoun(word: string, pl: PhraseLexicon): boolean {
	if (ACRONYM.test(word) && word.length <= 8) return true;
	const w = lastPart(word);
	if (pl.orgNouns.has(w)) return true;
	return pl.lex.organisationSuffixes.some((s) => w.endsWith(s) && w.length >= s.length + 3 && !(s.length <= 4 && w[w.length - s.length - 1] === s[0]));
}

/** Lower-case words that may stand inside a noun phrase: attributive adjectives and participles
 * ("südkoreanische", "ehemaliger", "zuständige"). */
function isAdjective(t: Token, pl: PhraseLexicon): boolean {
	return t.kind === 'word' && !CAP.test(t.text) && !pl.stops.has(t.text) && /(e|en|er|es|em)$/.test(t.text) && t.text.length > 2;
}

/** After a name part, a slash glued to the words on both sides goes on with the name: "CDU/CSU",
 * "Bündnis 90/Die Grünen" (a number before the slash included). Returns the index of the word
 * after the slash, or -1. */
function slashAt(tokens: Token[], k: number): number {
	let s = k;
	if (tokens[s]?.kind === 'number' && tokens[s + 1]?.text === '/' && tokens[s + 1].start === tokens[s].end) s++;
	const t = tokens[s];
	const next = tokens[s + 1];
	if (t?.text !== '/' || !next || t.start !== tokens[s - 1]?.end || next.start !== t.end || !isCapitalised(next)) return -1;
	return s + 1;
}

/** The last token of an attribute's noun phrase starting at g: adjectives, capitalised words,
 * and one more run after "und" ("für Migration und Flüchtlinge", "von Deutschland und
 * Frankreich"); -1 when there is no noun. */
function attributeEnd(tokens: Token[], g: number, pl: PhraseLexicon): number {
	while (tokens[g] && isAdjective(tokens[g], pl)) g++;
	const gs = g;
	const run = () => {
		for (;;) {
			if (g > gs && slashAt(tokens, g) > g) g = slashAt(tokens, g);
			else if (tokens[g] && isCapitalised(tokens[g]) && (!pl.stops.has(tokens[g].text.toLowerCase()) || tokens[g - 1]?.text === '/')) g++;
			else break;
		}
	};
	run();
	if (g > gs && tokens[g]?.text === 'und' && isCapitalised(tokens[g + 1])) {
		g++;
		run();
	}
	return g > gs ? g - 1 : -1;
}

/** Reads a noun phrase that begins at token i, or returns null. Stops at punctuation (except
 * a parenthesised party "(SPD)", which is skipped), prepositions and other stop words. */
export function readPhrase(tokens: Token[], i: number, text: string, pl: PhraseLexicon, opts: { allowGenitive?: boolean } = {}): PhraseMention | null {
	const t = tokens[i];
	// a name in quotation marks: "zitiert „BBC News“"
	if (t?.kind === 'quote' && /^[„“"»«]$/.test(t.text)) {
		let e = i + 1;
		while (tokens[e] && tokens[e].kind !== 'quote' && e - i < 6 && (isCapitalised(tokens[e]) || tokens[e].kind === 'number')) e++;
		if (tokens[e]?.kind === 'quote' && e > i + 1) {
			const name = text.slice(tokens[i + 1].start, tokens[e - 1].end);
			return { start: t.start, end: tokens[e].end, text: text.slice(t.start, tokens[e].end), kind: 'name', name, head: name, organisation: true, first: i, last: e };
		}
		return null;
	}
	if (!t || t.kind !== 'word') return null;
	const lower = t.text.toLowerCase();
	if (pl.nonSpeakers.has(lower) || pl.lex.pronominalAdverb?.test(lower)) return null;
	if (pl.pronouns.has(lower)) {
		const next = tokens[i + 1];
		// "diese Truppen" is a determiner, "sagte dieser" a pronoun
		const demonstrative = /^(dies|letzt)/.test(lower);
		// an adjective only when a noun follows it: "diese neue Regel", not "Diese bestätigte, …"
		if (!demonstrative || !next || !(isCapitalised(next) || (isAdjective(next, pl) && isCapitalised(tokens[i + 2])))) {
			const head = demonstrative ? (pl.pronouns.get(lower) === 'm' ? 'er' : 'sie') : lower;
			return { start: t.start, end: t.end, text: t.text, kind: 'pronoun', head, organisation: false, first: i, last: i };
		}
	}
	let k = i;
	let det: string | undefined;
	// "Einer der Feuerwehrmänner", "Einige der Abgeordneten": the group is named in the genitive
	if (/^(einer|eine|eines|einige|viele|mehrere|keiner|zwei|drei|beide)$/.test(lower) && tokens[i + 1]?.text === 'der') {
		let g = i + 2;
		while (tokens[g] && (isAdjective(tokens[g], pl) || tokens[g].kind === 'number')) g++;
		const gs = g;
		while (tokens[g] && isCapitalised(tokens[g]) && !pl.stops.has(tokens[g].text.toLowerCase())) g++;
		if (g > gs) {
			const headWord = tokens[g - 1].text;
			return { start: t.start, end: tokens[g - 1].end, text: text.slice(t.start, tokens[g - 1].end), kind: 'np', role: isRoleNoun(headWord, pl) ? headWord : undefined, det: lower, head: headWord, organisation: false, first: i, last: g - 1 };
		}
	}
	if (pl.determiners.has(lower)) {
		det = lower;
		k++;
	} else if (isCapitalised(t) && /[^s]s$/.test(t.text) && !pl.stops.has(lower) && !pl.lex.prepositions.includes(lower) && isAdjective(tokens[i + 1] ?? t, pl) && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 2])) {
		// a genitive in front works like an article: "Berlins früherer Bürgermeister Paul X"
		k++;
	}
	let nominalised = -1;
	for (;;) {
		if (tokens[k] && isAdjective(tokens[k], pl)) k++;
		// an adverb before an adjective: "die staatlich kontrollierten Medien"
		else if (det && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]) && !pl.stops.has(tokens[k].text) && tokens[k + 1] && isAdjective(tokens[k + 1], pl)) k++;
		// "der 81-jährige Besitzer", "die 32-jährige"
		else if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 2] && isAdjective(tokens[k + 2], pl) && tokens[k + 1].start === tokens[k].end) {
			nominalised = k + 2;
			k += 3;
		} else break;
	}
	// a quoted name inside the phrase: "die Zeitung „Alpen Kurier“", "das „Northern Weather Centre“"
	const quotedName = (at: number): number => {
		if (tokens[at]?.kind !== 'quote') return -1;
		// a longer quoted name is masked to its two marks: "das „…“ der USA"
		if (tokens[at + 1]?.kind === 'quote') return at + 1;
		let e = at + 1;
		// capitalised words, numbers, or a web address ("„zeitung.de“")
		while (tokens[e] && tokens[e].kind !== 'quote' && e - at < 6 && (isCapitalised(tokens[e]) || tokens[e].kind === 'number' || /^[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}$/u.test(tokens[e].text))) e++;
		return tokens[e]?.kind === 'quote' && e > at + 1 ? e : -1;
	};
	// a capitalised adjective opening a sentence: "Weitere Schlussfolgerungen", "Erste Ergebnisse"
	if (k === i && i === 0 && !det && /(e|en|er|es)$/.test(lower) && isCapitalised(tokens[k + 1]) && pl.adjectiveStarts.has(lower)) k++;
	// a fronted adverb or predicative adjective is no name: "Besorgt äußerte sich …", "Schließlich …"
	if (k === i && i === 0 && !det && !isCapitalised(tokens[k + 1]) && (/^(besorgt|erfreut|enttäuscht|überrascht|zufrieden|verärgert|empört|skeptisch)$/.test(lower) || (lower.length >= 7 && /(lich|isch|haft|sam|weise|mals|lang|end)$/.test(lower)) || (lower.length >= 9 && /(los|ig|bar)$/.test(lower)))) return null;
	const capStart = k;
	// lower-case particles that belong to the name ("Anna von der Heide"), kept in the name
	const particles = new Set<number>();
	const particleAt = (at: number, sentenceStart: boolean): number => {
		for (const chain of pl.lex.nameParticles ?? []) {
			const parts = chain.split(' ');
			if (!parts.every((w, n) => (n === 0 && sentenceStart ? tokens[at + n]?.text.toLowerCase() === w : tokens[at + n]?.text === w))) continue;
			const after = tokens[at + parts.length];
			if (!isCapitalised(after) || ACRONYM.test(after.text) || pl.stops.has(after.text.toLowerCase()) || isRoleNoun(after.text, pl) || isOrganisationNoun(after.text, pl)) return 0;
			// the surname is one word that ends the name: "von der Heide sagte", not "von der
			// Nationalen Behörde"
			if (isCapitalised(tokens[at + parts.length + 1])) return 0;
			return parts.length;
		}
		return 0;
	};
	// a surname with its particle opening a sentence, right before a verb and its comma:
	// "Von der Heide betonte, …" (not "Von der Bühne rief er …")
	if (k === 0 && !det) {
		const n = particleAt(0, true);
		if (n && tokens[n + 1]?.kind === 'word' && !isCapitalised(tokens[n + 1]) && /^[,:]$/.test(tokens[n + 2]?.text ?? '') && !pl.lex.places.includes(tokens[n].text)) {
			for (let x = 0; x < n; x++) particles.add(x);
			k = n;
		}
	}
	for (;;) {
		// a quoted name stands where the noun would ("das „…“ der USA", "die Zeitung „…“"), never
		// after a full phrase: "die Richter „gravierende Bedenken“" quotes the judges
		const q = k === capStart || (k === capStart + 1 && pl.lex.titleNouns.includes(tokens[capStart].text)) ? quotedName(k) : -1;
		if (q > 0) {
			k = q + 1;
			continue;
		}
		// academic titles and initials inside a name: "Prof. Dr. Anna Weber", "Melissa C. Jackson"
		if (/^(Prof|Dr|Ing|Dipl|Mag|St)$/.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && isCapitalised(tokens[k + 2])) {
			k += 2;
			continue;
		}
		// an initial inside a name: "Melissa C. Jackson"
		if (k > capStart && /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && isCapitalised(tokens[k + 2])) {
			k += 2;
			continue;
		}
		// "der frühere Austria- und Tirol-Trainer"
		if (isCapitalised(tokens[k]) && tokens[k + 1]?.text === '-' && tokens[k + 1].start === tokens[k].end && /^(und|oder|bzw)$/.test(tokens[k + 2]?.text ?? '') && isCapitalised(tokens[k + 3])) {
			k += 3;
			continue;
		}
		// "Anna von der Heide": the particles continue a name after a first name, not after a role
		if (k > capStart && !particles.has(k - 1) && tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]) && !isRoleNoun(tokens[k - 1].text, pl) && !isOrganisationNoun(tokens[k - 1].text, pl)) {
			const n = particleAt(k, false);
			if (n) {
				for (let x = k; x < k + n; x++) particles.add(x);
				k += n;
				continue;
			}
		}
		// an English name inside German text: "University of Leeds", "Bank of Wales"
		if (k > capStart && tokens[k]?.text === 'of' && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1])) {
			k++;
			continue;
		}
		// names joined by a slash: "CDU/CSU", "Bündnis 90/Die Grünen"

		const slash = slashAt(tokens, k);
		if (k > capStart && slash > k) {
			k = slash;
			continue;
		}
		if (!(tokens[k] && (isCapitalised(tokens[k]) || particles.has(k - 1)) && !(k === i && pl.stops.has(lower) && !det && !particles.size))) break;
		// a capitalised article inside a phrase begins a title: "das Magazin Der Spiegel"
		const titleArticle = /^(Der|Die|Das)$/.test(tokens[k].text) && isCapitalised(tokens[k + 1]) && !pl.determiners.has(tokens[k + 1].text.toLowerCase());
		if (pl.determiners.has(tokens[k].text.toLowerCase()) && k > capStart && tokens[k - 1].text !== '/' && !titleArticle) break;
		if (pl.stops.has(tokens[k].text.toLowerCase()) && k !== capStart && !titleArticle) break;
		k++;
	}
	if (k === capStart) {
		if (nominalised < 0 || !det) return null; // no noun
		k = nominalised + 1;
	}
	let last = k - 1;
	// an abbreviation in brackets: "das Organisationskomitee (OK) der Weltmeisterschaft"
	if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && /^[\p{Lu}\d]/u.test(tokens[last + 2]?.text ?? '') && /^(des|der|von)$/.test(tokens[last + 4]?.text ?? '')) last += 3;
	// an office's remit belongs to its name: "das Bundesamt für Migration und Flüchtlinge", "die
	// Beauftragte für Datenschutz"
	let remit = '';
	const remitHead = tokens[last]?.text ?? '';
	if (tokens[last + 1]?.text === 'für' && last === k - 1 && (isOrganisationNoun(remitHead, pl) || isRoleNoun(remitHead, pl))) {
		const g = attributeEnd(tokens, last + 2, pl);
		if (g > 0) {
			remit = text.slice(tokens[last + 1].start, tokens[g].end);
			last = g;
		}
	}
	// genitive attributes: "der Sprecher des Ministeriums", "der Leiter des Programms der WHO"
	for (let n = 0; n < 2 && opts.allowGenitive !== false && tokens[last + 1] && /^(des|der)$/.test(tokens[last + 1].text); n++) {
		let g = last + 2;
		while (tokens[g] && (isAdjective(tokens[g], pl) || tokens[g].kind === 'number')) g++;
		const gs = g;
		while (tokens[g] && ((isCapitalised(tokens[g]) && !pl.stops.has(tokens[g].text.toLowerCase())) || (g > gs && tokens[g].text === 'of' && isCapitalised(tokens[g + 1])))) g++;
		if (g > gs) last = g - 1;
		else break;
	}
	// "ein Sprecher von Greenpeace": keep "von X" when the phrase has no proper name yet
	const words = tokens.slice(capStart, last + 1).map((x) => x.text);
	if (tokens[last + 1]?.text === 'von' && words.length === 1 && (isRoleNoun(head(words), pl) || det)) {
		const g = attributeEnd(tokens, tokens[last + 2] && /^(der|dem|den)$/.test(tokens[last + 2].text) ? last + 3 : last + 2, pl);
		if (g > 0) last = g;
	}
	// an organisation's abbreviation in brackets is part of its name: "die Gewerkschaft der Polizei (GdP)"
	if (tokens[last + 1]?.text === '(' && tokens[last + 3]?.text === ')' && /^\p{Lu}[\p{L}\d&-]{1,9}$/u.test(tokens[last + 2]?.text ?? '') && /\p{Lu}.*\p{Lu}/u.test(tokens[last + 2].text) && tokens.slice(capStart, last + 1).some((x) => x.kind === 'word' && isCapitalised(x) && isOrganisationNoun(x.text, pl))) last += 3;
	const start = tokens[i].start;
	const end = tokens[last].end;
	const capWords = tokens.slice(capStart, k).filter((x, n) => particles.has(capStart + n) || (x.kind !== 'quote' && x.text !== '.' && x.text !== '-' && !/^(und|oder|bzw)$/.test(x.text))).map((x, n, all) => ((/^\p{Lu}$/u.test(x.text) || /^(Prof|Dr|Ing|Dipl|Mag|St)$/.test(x.text)) && n < all.length - 1 ? x.text + '.' : x.text));
	if (!capWords.length) capWords.push(tokens[k - 1].text);
	// split role and proper name: the name follows the last role/organisation noun
	let roleAt = -1;
	capWords.forEach((w, n) => {
		if (isRoleNoun(w, pl) || (n < capWords.length - 1 && isOrganisationNoun(w, pl) && !ACRONYM.test(w))) roleAt = n;
	});
	let name: string | undefined;
	let role: string | undefined;
	if (roleAt >= 0) {
		role = capWords.slice(0, roleAt + 1).join(' ');
		if (roleAt < capWords.length - 1) name = capWords.slice(roleAt + 1).join(' ');
	} else if (!det) {
		name = capWords.join(' ');
	}
	// "der Vertreter Frankreichs", "Polens Geheimdienst": a genitive, not a name
	if (name && role && det && !name.includes(' ') && /[^s]s$/.test(name)) name = undefined;
	if (!det && !role && capWords.length > 1 && /[^s]s$/.test(capWords[0]) && (isOrganisationNoun(head(capWords), pl) || isRoleNoun(head(capWords), pl))) {
		name = undefined;
		role = capWords.join(' ');
	}
	// "die Polizei Köln", "der Konzern Siemens": an organisation noun before a name makes the
	// whole an organisation, not a person with a role (no "role: Polizei" for "Köln")
	let orgNamed = false;
	if (name && role && roleAt >= 0 && !isRoleNoun(capWords[roleAt], pl)) {
		name = capWords.join(' ');
		role = undefined;
		orgNamed = true;
	}
	if (remit && name && !role) name = `${name} ${remit}`;
	if (remit && role && !name) role = `${role} ${remit}`;
	const headWord = capWords[capWords.length - 1];
	// a date or weekday is no speaker: "letzten September", "Anfang Oktober"
	if ((!det || capWords.length === 1) && capWords.length <= 2 && pl.nonSpeakers.has(headWord.toLowerCase())) return null;
	const organisation = orgNamed || (!name ? isOrganisationNoun(headWord, pl) : isOrganisationNoun(name, pl) && !role);
	return {
		start,
		end,
		text: text.slice(start, end),
		kind: name ? 'name' : 'np',
		name,
		role,
		det,
		head: headWord,
		organisation,
		first: i,
		last
	};
}

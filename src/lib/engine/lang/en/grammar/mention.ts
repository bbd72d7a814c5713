import type { EnToken } from './tokens.ts';
import type { EnTools } from './lexicon.ts';
import { isCap, isPossessive, stripPossessive } from './tokens.ts';
import { isQ } from './outside.ts';

/** A speaker mention as a frame found it: the whole phrase (appositive included), and what it is. */
export interface EnMention {
	start: number;
	end: number;
	text: string;
	kind: 'pronoun' | 'name' | 'org' | 'role' | 'group' | 'np';
	/** the person's or organisation's name inside the phrase ("Ann Porter" in "Sen. Ann Porter of Maryland") */
	name: string | null;
	/** offsets of the name inside the phrase */
	nameStart?: number;
	nameEnd?: number;
	/** role noun of the phrase ("senator", "spokesman") */
	role?: string;
	gender?: 'm' | 'f' | 'pl';
	/** the phrase without appositive, as a description ("the Florida senator") */
	description: string;
}

/** The capitalised run ending at token `e` (not before `from`) when it is a person's name:
 * "footage of X asking", "an endorsement from X, who declared". */
export function nameBefore(tokens: EnToken[], from: number, e: number, tools: EnTools): EnMention | null {
	let s = e + 1;
	while (s - 1 > from && isCap(tokens[s - 1]) && !tools.notNames.has(tokens[s - 1].lower) && !isQ(tokens[s - 1])) s--;
	if (s > e) return null;
	const m = analyse(tokens, s, e, tools);
	return m && m.kind === 'name' ? m : null;
}

/** A personal pronoun that may head a speaker mention ("he", "they", "we"). */
const isPronoun = (t: EnToken, tools: EnTools): boolean => Object.hasOwn(tools.lex.pronouns, t.lower);

/** Reads the speaker phrase that ends right before token `end` (exclusive), within [from, end).
 * Stops at a clause boundary; returns null when the phrase is no plausible subject. */
export function readBackward(tokens: EnToken[], from: number, end: number, tools: EnTools): EnMention | null {
	let e = end - 1;
	while (e >= from && tools.fillers.has(tokens[e].lower) && !isCap(tokens[e])) e--;
	if (e < from) return null;
	// "Sen. X, who declared, …": the relative pronoun is the mention, the name comes before it
	if (tokens[e].lower === 'who' && e - 1 > from && tokens[e - 1].text === ',') {
		// the name may end a longer phrase ("an endorsement from X, who declared")
		const m = readBackward(tokens, from, e - 1, tools) ?? nameBefore(tokens, from, e - 2, tools);
		if (!m || (m.kind !== 'name' && m.kind !== 'org')) return null;
		return { ...m, start: tokens[e].start, end: tokens[e].end, text: tokens[e].text };
	}
	// a comma right before the cue closes an appositive: "Brian Fallon, a spokesman for X, said"
	if (tokens[e].text === ',') return appositiveSubject(tokens, from, e, tools);
	if (tokens[e].text === ')') {
		// "Ann Porter (D-N.Y.) said"
		let o = e - 1;
		while (o > from && tokens[o].text !== '(' && e - o < 6) o--;
		if (tokens[o]?.text !== '(') return null;
		const m = readBackward(tokens, from, o, tools);
		return m && m.kind === 'name' ? { ...m, end: tokens[e].end, text: m.text + ' ' + tokens.slice(o, e + 1).map((t) => t.text).join('') } : null;
	}
	let k = e;
	let boundary: EnToken | undefined;
	for (; k >= from; k--) {
		const t = tokens[k];
		if (t.kind === 'punct' && t.text !== '-' && t.text !== '%') { boundary = t; break; }
		// "four in 10 said": a proportion, not a preposition
		if (t.lower === 'in' && k > from && isCount(tokens[k - 1], tools) && isCount(tokens[k + 1], tools)) continue;
		// "Current and former officials", "Lopez and Hale"
		if (t.lower === 'and' && k > from && k < e && (isCap(tokens[k - 1]) || tools.g.coordinatedModifiers.has(tokens[k - 1].lower)) && !isQ(tokens[k - 1])) continue;
		if (t.kind === 'quote' || isQ(t)) { boundary = t; break; }
		if (t.kind === 'word' && !isCap(t) && tools.stops.has(t.lower) && t.lower !== 'of') { boundary = t; break; }
		if (e - k >= 12) return null;
	}
	let s = k + 1;
	// a boundary word inside a noun phrase ("on", "in", "and") means we are not at the subject
	if (boundary && boundary.kind === 'word' && !tools.g.subordinators.has(boundary.lower)) return null;
	// "But …", and a capitalised subordinator opening the sentence ("After X criticized …")
	while (s <= e && (tools.g.leadingAdverbs.has(tokens[s].lower) || (isCap(tokens[s]) && tools.g.subordinators.has(tokens[s].lower)))) s++;
	if (s > e) return null;
	return validSubject(tokens, s, e, tools) ? analyse(tokens, s, e, tools) : null;
}

/** "Name, appositive, said": the clause opens with a name, a comma, and the appositive runs to
 * the comma at `comma`. The mention spans all of it; the name is the part before the first comma. */
function appositiveSubject(tokens: EnToken[], from: number, comma: number, tools: EnTools): EnMention | null {
	let cs = comma - 1;
	while (cs >= from && comma - cs < 60 && !isQ(tokens[cs]) && tokens[cs].kind !== 'quote' && !(tokens[cs].kind === 'punct' && /^[.!?;:]$/.test(tokens[cs].text))) cs--;
	if (comma - cs >= 60) return null;
	cs++;
	while (cs < comma && (tools.g.leadingAdverbs.has(tokens[cs].lower) || tokens[cs].text === ',')) cs++;
	// "In a statement, Brian Fallon, a spokesman …, said": the name opens one of the comma pieces
	let core: EnMention | null = null;
	for (let a = cs; a < comma && !core; ) {
		let c1 = a;
		while (c1 < comma && tokens[c1].text !== ',' && tokens[c1].text !== '(') c1++;
		if (c1 >= comma - 1) break;
		if (c1 > a && validSubject(tokens, a, c1 - 1, tools)) {
			const m = analyse(tokens, a, c1 - 1, tools);
			if (m && (m.kind === 'name' || m.kind === 'org')) {
				core = m;
				cs = a;
				break;
			}
		}
		a = c1 + 1;
	}
	// "Lopez's campaign chairman, John Marsh, said": a role first, the name in the last piece
	if (!core) {
		let a = comma - 1;
		while (a > cs && tokens[a - 1].text !== ',') a--;
		if (a > cs + 1 && a < comma && validSubject(tokens, a, comma - 1, tools)) {
			const first = analyse(tokens, cs, a - 2, tools);
			const m = analyse(tokens, a, comma - 1, tools);
			if (first && (first.kind === 'role' || first.kind === 'np') && first.role && m && m.kind === 'name' && !tokens.slice(cs, a - 1).some((t) => t.text === ',')) core = m;
		}
	}
	if (!core) return null;
	const whole = analyse(tokens, cs, comma, tools);
	if (!whole) return null;
	return { ...whole, kind: core.kind, name: core.name, nameStart: core.nameStart, nameEnd: core.nameEnd, role: core.role ?? whole.role, gender: core.gender ?? whole.gender, description: core.description };
}

const isCount = (t: EnToken | undefined, tools: EnTools): boolean => !!t && (t.kind === 'number' || tools.g.countWords.has(t.lower));

/** "75 percent of Democrats", "nearly half", "four in 10 voters", "most": a share of a group. */
export function isQuantity(tokens: EnToken[], s: number, e: number, tools: EnTools): boolean {
	if (e - s > 9) return false;
	const text = tokens.slice(s, e + 1).map((t) => t.lower).join(' ').replace(/ %/g, '%');
	return tools.g.quantityPattern.test(text) || tools.g.proportionPattern.test(text);
}

function validSubject(tokens: EnToken[], s: number, e: number, tools: EnTools): boolean {
	const first = tokens[s], last = tokens[e];
	if (!first || !last) return false;
	if (isQuantity(tokens, s, e, tools)) return true;
	if (last.kind !== 'word' && last.kind !== 'number') return false;
	if (e - s > 11) return false;
	if (isPronoun(last, tools) && s === e) return true;
	if (isPronoun(first, tools) && s !== e) return false;
	if (tools.determiners.has(last.lower) || tools.stops.has(last.lower)) return false;
	if (last.kind === 'number') return false;
	// "panel Chairman Rep. Tom Reyes", "state Sen. Lee Ward": a lowercase modifier before a titled name
	const titledName = isCap(last) && e - s <= 7 && tokens.slice(s, e + 1).filter((t) => isCap(t)).length >= 2;
	const ok = titledName || tools.groups.has(last.lower) || tools.roles.has(last.lower) || isCap(first) || tools.determiners.has(first.lower) || isPossessive(first) || tools.groups.has(first.lower) || tools.roles.has(first.lower) || tools.g.subjectModifiers.has(first.lower);
	if (!ok) return false;
	// a lowercase verb-like word inside ("the man arrested") — reject past forms ending in -ed that are not the head
	for (let i = s; i < e; i++) {
		const t = tokens[i];
		if (t.kind === 'word' && !isCap(t) && tools.forms.has(t.lower)) return false;
	}
	return true;
}

/** Reads the speaker phrase that starts at token `from` ("said Sen. Ann Porter of Maryland,
 * who …"): up to a stop word or punctuation, plus an appositive after a comma. */
export function readForward(tokens: EnToken[], from: number, tools: EnTools, appositive = true): { mention: EnMention; last: number } | null {
	let i = from;
	const n = tokens.length;
	let e = -1;
	for (; i < n && i - from < 14; i++) {
		const t = tokens[i];
		if (isQ(t) || t.kind === 'quote') break;
		if (t.kind === 'punct' && t.text !== '-') break;
		if (t.kind === 'word' && !isCap(t) && tools.g.forwardStops.has(t.lower) && i > from) break;
		if (t.kind === 'word' && isCap(t) && tools.g.forwardStops.has(t.lower) && i > from && /day$/.test(t.lower)) break;
		e = i;
	}
	if (e < from) return null;
	// "said the campaign's manager," "said one person with knowledge of …"
	const first = tokens[from];
	// "said 17-year-old X": a number opens a describing phrase only before a full name ("said 45 Democrats" is a group)
	const numbered = /^\p{N}/u.test(first.text) && e > from;
	if (!(isCap(first) || numbered || tools.determiners.has(first.lower) || isPronoun(first, tools) || tools.groups.has(first.lower) || tools.roles.has(first.lower) || isPossessive(first) || tools.g.forwardModifiers.has(first.lower))) return null;
	if (isPronoun(first, tools)) e = from;
	const core = analyse(tokens, from, e, tools);
	if (!core || (numbered && !(core.kind === 'name' && /\s/.test(core.name ?? '')))) return null;
	// appositive: ", the chairman of the bank," / ", who …" up to the next comma or sentence end
	let last = e;
	const comma = tokens[e + 1];
	if (comma?.text === '(' && core.kind === 'name') {
		let j = e + 2;
		while (j < n && tokens[j].text !== ')' && j - e < 6) j++;
		if (tokens[j]?.text === ')') {
			last = j;
			e = j;
		}
	}
	const c2 = tokens[e + 1];
	const n2 = tokens[e + 2];
	// "-ing" after the comma starts a participle clause (", adding …"), unless it modifies a role ("managing director")
	const participle = !!n2 && /ing$/.test(n2.lower) && !tools.roles.has(tokens[e + 3]?.lower ?? '');
	if (appositive && core.kind !== 'pronoun' && c2?.text === ',' && n2 && !participle && !tools.g.nonAppositives.has(n2.lower) && n2.kind === 'word') {
		let j = e + 2;
		// inside a non-restrictive relative clause (", who …"): it runs over its own commas
		let relative = tools.g.relativePersons.has(n2.lower);
		while (j < n && !(tokens[j].kind === 'punct' && /^[.;:!?]$/.test(tokens[j].text)) && !isQ(tokens[j]) && tokens[j].kind !== 'quote' && j - e < 50) {
			const t = tokens[j];
			if (t.text === ',' && relativeGoesOn(tokens, j, relative, tools)) {
				relative = true;
				j++;
				continue;
			}
			if (t.text === ',') {
				// the appositive is one comma piece; a place name after it ("from Englewood, New Jersey,") belongs to it
				let k = j + 1;
				while (k < n && !isQ(tokens[k]) && (isCap(tokens[k]) || (tokens[k].kind === 'word' && /^\p{Lu}\.?$/u.test(tokens[k].text))) && k - j < 5) k++;
				if (k > j + 1 && (tokens[k]?.text === ',' || k >= n || (tokens[k].kind === 'punct' && /^[.;:!?]$/.test(tokens[k].text)))) {
					j = k;
					continue;
				}
				break;
			}
			// a relative clause with a speech verb of its own ("who also said that …") is a new attribution
			if (tools.g.relatives.has(t.lower) && j > e + 2 && relativeWithCue(tokens, j, tools)) break;
			j++;
		}
		last = j - 1;
		const m = analyse(tokens, from, last, tools);
		if (m) return { mention: { ...m, name: core.name, nameStart: core.nameStart, nameEnd: core.nameEnd, kind: core.kind, role: core.role ?? m.role, gender: core.gender ?? m.gender, description: core.description }, last };
	}
	return { mention: core, last };
}

/** "who also said …": the relative pronoun at `j` opens a clause with a speech verb of its own. */
function relativeWithCue(tokens: EnToken[], j: number, tools: EnTools): boolean {
	let k = j + 1;
	while (k < tokens.length && k - j <= 3 && tools.fillers.has(tokens[k].lower)) k++;
	return tools.forms.has(tokens[k]?.lower ?? '');
}

/** Does the speaker phrase go on after the comma at `j`? A relative clause about the person
 * belongs to the mention ("X, a lawyer, who has sued the firm, said"); a participle (", adding"),
 * a cue (", and said") or a quote after the comma ends it. */
function relativeGoesOn(tokens: EnToken[], j: number, inRelative: boolean, tools: EnTools): boolean {
	const next = tokens[j + 1];
	if (!next || next.kind !== 'word') return false;
	if (tools.g.relativePersons.has(next.lower)) return !relativeWithCue(tokens, j + 1, tools);
	const cue = (t: EnToken | undefined) => !!t && t.kind === 'word' && tools.forms.has(t.lower);
	const participle = /ing$/.test(next.lower) && !tools.g.prepositions.has(next.lower); // not "during"
	return inRelative && !participle && !cue(next) && !cue(tokens[j + 2]);
}

/** What the phrase tokens[s..e] is: a pronoun, a name (with title and role), an organisation,
 * a role or group description. The name is the last capitalised run of the phrase's core (before
 * its first comma or "of"/"for"/"at"), after the last possessive. */
export function analyse(tokens: EnToken[], s: number, e: number, tools: EnTools): EnMention | null {
	if (s > e || !tokens[s] || !tokens[e]) return null;
	const text = (a: number, b: number) => tokens.slice(a, b + 1).map((t, k, all) => (k > 0 && all[k - 1].end < t.start ? ' ' : '') + t.text).join('');
	const base = { start: tokens[s].start, end: tokens[e].end, text: text(s, e) };
	if (s === e && isPronoun(tokens[s], tools)) {
		const g = tools.lex.pronouns[tokens[s].lower];
		return { ...base, kind: 'pronoun', name: null, description: tokens[s].lower, gender: g === 'm' || g === 'f' || g === 'pl' ? g : undefined };
	}
	if (isQuantity(tokens, s, e, tools)) return { ...base, kind: 'group', name: null, gender: 'pl', description: tokens[s].lower + base.text.slice(tokens[s].text.length) };
	// "Current and former officials", "Democrats and independent voters": a group
	if (tools.groups.has(tokens[e].lower) && tokens.slice(s, e).some((t) => t.lower === 'and') && !tokens.slice(s, e).some((t) => t.text === ',' || t.lower === 'of')) {
		return { ...base, kind: 'group', name: null, gender: 'pl', description: (tools.determiners.has(tokens[s].lower) || !isCap(tokens[s + 1]) ? tokens[s].lower : tokens[s].text) + base.text.slice(tokens[s].text.length) };
	}
	// the core: up to a comma or a postmodifier
	let ce = s;
	while (ce < e && tokens[ce + 1].text !== ',' && !tools.g.postmodifiers.has(tokens[ce + 1].lower)) ce++;
	// after the last possessive ("the Daily Courier's Lena Hart")
	let hs = s;
	for (let i = s; i < ce; i++) if (isPossessive(tokens[i])) hs = i + 1;
	// trailing capitalised run: the name
	let ns = ce + 1;
	for (let i = ce; i >= hs; i--) {
		const t = tokens[i];
		const cap = isCap(t) && !tools.notNames.has(t.lower.replace(/\.$/, ''));
		const initial = /^\p{Lu}\.$/u.test(t.text);
		const particle = tools.g.nameParticles.has(t.lower) && i > hs && i < ce;
		if (cap || initial || particle || (tools.g.nameSuffixes.has(t.lower) && i === ce)) ns = i;
		else break;
	}
	// a capitalised word before a title is no part of the name ("Democratic Sen. Claire McCaskill")
	for (let i = ce - 1; i > ns; i--) {
		const w = tokens[i].lower;
		if (tools.lex.titles[w] || (w.endsWith('.') && tools.lex.titles[w.replace(/\.$/, '')])) {
			ns = i;
			break;
		}
	}
	// titles and role words inside the run belong to the role ("Sen.", "President")
	let role: string | undefined;
	let gender: EnMention['gender'];
	const titleOf = (t: EnToken | undefined) => (t ? tools.lex.titles[t.lower] ?? tools.lex.titles[t.lower.replace(/\.$/, '')] : undefined);
	for (let titled = ns > hs && !!titleOf(tokens[ns - 1]); ns <= ce; titled = true) {
		const t = tokens[ns];
		// after a title the last word is the surname, even one that is a title too ("Mr. Bishop")
		if (titled && ns === ce) break;
		const title = titleOf(t);
		if (!title && !tools.roles.has(t.lower)) break;
		if (title?.role) role = title.role;
		else if (!title) role = t.lower;
		if (title?.gender) gender = title.gender;
		ns++;
	}
	// role words before the name ("spokesman Tom Baker", "the Florida senator")
	for (let i = hs; i < Math.min(ns, ce + 1); i++) {
		const w = tokens[i].lower.replace(/\.$/, '');
		if (tools.roles.has(w)) role = w;
		else if (tools.lex.titles[w]?.role) role = tools.lex.titles[w].role;
		if (tools.lex.genderedRoles[w]) gender = tools.lex.genderedRoles[w];
	}
	for (let i = ce + 1; i <= e; i++) {
		const w = tokens[i].lower;
		if (!role && tools.roles.has(w)) role = w;
	}
	const det = tools.determiners.has(tokens[s].lower) ? tokens[s].lower : undefined;
	const description = (det ? tokens[s].text.toLowerCase() + text(s, ce).slice(tokens[s].text.length) : text(s, ce));
	if (ns <= ce) {
		const nameTokens = tokens.slice(ns, ce + 1);
		const name = stripPossessive(text(ns, ce));
		const lastW = nameTokens[nameTokens.length - 1].lower.replace(/\.$/, '');
		const acronym = nameTokens.length === 1 && /^\p{Lu}{2,}$/u.test(nameTokens[0].text);
		const org = acronym || tools.orgHeads.has(lastW) || (!!det && ns === s + 1 && nameTokens.length >= 1 && !role && !gender);
		const first = nameTokens[0].lower;
		if (!gender && !org) gender = tools.given.get(first);
		return { ...base, kind: org ? 'org' : 'name', name, nameStart: tokens[ns].start, nameEnd: tokens[ce].end, role, gender, description };
	}
	// a description is the whole phrase up to its first comma ("a spokesman for the fire department")
	let de = s;
	while (de < e && tokens[de + 1].text !== ',' && tokens[de + 1].text !== '(') de++;
	const described = det ? tokens[s].text.toLowerCase() + text(s, de).slice(tokens[s].text.length) : text(s, de);
	const head = tokens[ce].lower;
	if (tools.groups.has(head) || (/s$/.test(head) && tools.roles.has(head.slice(0, -1)))) return { ...base, kind: 'group', name: null, role, gender: 'pl', description: described };
	if (tools.orgHeads.has(head)) return { ...base, kind: 'org', name: null, role, description: described };
	if (role) return { ...base, kind: 'role', name: null, role, gender, description: described };
	return { ...base, kind: 'np', name: null, description: described };
}

import type { EnToken } from './tokens.ts';
import type { EnTools } from './lexicon.ts';
import type { EnMention } from './mention.ts';
import { cueAt, type EnCue } from './cues.ts';
import { analyse, nameBefore, readBackward, readForward } from './mention.ts';
import { isQ } from './outside.ts';
import { isCap } from './tokens.ts';

/** What a frame says about a quote's speaker before resolution. */
export interface EnFrame {
	mention: EnMention | null;
	sieve: string;
	confidence: number;
	/** index (in the quote list) of an earlier quote whose speaker this one continues */
	follows?: number;
}

export interface FrameHit {
	frame: EnFrame;
	cue: EnCue | null;
	/** last token of the frame (trailing frames) */
	end: number;
}

const isBoundary = (t: EnToken | undefined): boolean => !t || isQ(t) || t.kind === 'quote' || (t.kind === 'punct' && /^[.!?;:()]$/.test(t.text));

/** The frame runs on to its sentence end or the next quote ("said Ms. X, referring to …"). */
function frameEnd(tokens: EnToken[], from: number): number {
	let end = from;
	// a short quoted phrase right after a word belongs to the frame ("she said of the “plan”")
	const inFrame = (i: number) => isQ(tokens[i]) && tokens[i].end - tokens[i].start <= 40 && tokens[i - 1]?.kind === 'word';
	while (end + 1 < tokens.length && (!isBoundary(tokens[end + 1]) || inFrame(end + 1)) && end - from < 40) end++;
	// a comma or dash before the next quote belongs to the gap
	while (end > from && /^(,|—|–|--)$/.test(tokens[end].text)) end--;
	return end;
}

/** "“…,” X said" / "“…,” said X" / "“…,” X told CNN": the frame right after the quote. */
export function trailingFrame(tokens: EnToken[], k: number, tools: EnTools, closed = false): FrameHit | null {
	let j = k + 1;
	// a frame never starts on the next line: "“…”\nX added, “…”" frames the quote after it
	if (tokens[j]?.lineStart) return null;
	// "“…” ― Name" / "“…” -Name, Place": a signature line after the quote
	if (tokens[j] && /^(―|—|–|--|-)$/.test(tokens[j].text) && isCap(tokens[j + 1])) {
		const r = readForward(tokens, j + 1, tools, false);
		const after = r ? tokens[r.last + 1] : undefined;
		if (r && (r.mention.kind === 'name' || r.mention.kind === 'org') && (!after || after.text === ',' || after.text === '.' || isQ(after) || after.kind === 'quote')) {
			return { frame: { mention: r.mention, sieve: 'dash-name', confidence: 0.85 }, cue: null, end: r.last };
		}
	}
	if (tokens[j] && /^(,|—|–|--)$/.test(tokens[j].text)) j++;
	const t = tokens[j];
	if (!t || t.kind !== 'word') return null;
	// inverted: "said Sen. X of Y"
	const c0 = cueAt(tokens, j, tools);
	if (c0 && c0.entry && (c0.form === 'past' || c0.form === 'third') && c0.entry.inverts) {
		const r = readForward(tokens, c0.last + 1, tools);
		if (r) return { frame: { mention: r.mention, sieve: 'said-x', confidence: 0.95 }, cue: c0, end: frameEnd(tokens, r.last) };
		// "“…,” said 45 members of …": a speaker we cannot read; the quote is still framed, so it
		// continues no quote before it
		const after = tokens[c0.last + 1];
		if (after && (after.kind === 'word' || after.kind === 'number')) return { frame: { mention: null, sieve: 'said-unread', confidence: 0 }, cue: c0, end: frameEnd(tokens, c0.last) };
	}
	// "X said": the subject starts right after the quote
	for (let i = j + 1; i < tokens.length && i - j < 40; i++) {
		// "Rep. X (R-Utah) said": a party and state label inside the subject
		if (tokens[i].text === '(') {
			let c = i + 1;
			while (c < tokens.length && c - i < 6 && tokens[c].text !== ')' && !isQ(tokens[c])) c++;
			if (tokens[c]?.text === ')') {
				i = c;
				continue;
			}
		}
		if (isBoundary(tokens[i])) break;
		const c = cueAt(tokens, i, tools);
		if (!c || c.form === 'ing' || c.form === 'according') continue;
		// "“…” Skelly called Braynard “…”": a verb with an object after it frames what follows
		if (c.entry?.object) return null;
		const m = readBackward(tokens, j, c.first, tools) ?? anchoredSubject(tokens, j, c.first, tools);
		if (!m || m.start !== t.start) return null;
		if (closed && reportsOwnClause(tokens, c, tools)) return null;
		const end = frameEnd(tokens, c.last);
		// "“….” X repeated: “…”": a colon after the frame makes it the next quote's
		if (closed && tokens[end + 1]?.text === ':') return null;
		return { frame: { mention: m, sieve: 'x-said', confidence: 0.95 }, cue: c, end };
	}
	return null;
}

/** After a quote that ends its sentence ("“We are ready.” X said the town …"), a cue with a
 * reported clause of its own starts a new report: it frames nothing before it. Adjuncts ("said
 * on Monday", "said of the plan"), fillers and an addressee ("told reporters") are a frame's tail. */
function reportsOwnClause(tokens: EnToken[], c: EnCue, tools: EnTools): boolean {
	if (c.entry?.addressee || c.form === 'ing') return false;
	const next = tokens[c.last + 1];
	if (!next || next.kind !== 'word') return false;
	const w = next.lower;
	return !(tools.adjuncts.has(w) || tools.g.prepositions.has(w) || tools.g.addressees.has(w) || tools.fillers.has(w) || /day$/.test(w));
}

/** "“…?” a voice in the video asks": right after a quote, a describing phrase with a
 * preposition inside is the whole subject (read backwards, the preposition looks like a clause
 * boundary). Only a short phrase opening with a determiner, with no verb in it. */
function anchoredSubject(tokens: EnToken[], s: number, cue: number, tools: EnTools): EnMention | null {
	let e = cue - 1;
	while (e > s && tools.fillers.has(tokens[e].lower) && !isCap(tokens[e])) e--;
	if (e - s > 8 || !tools.determiners.has(tokens[s].lower)) return null;
	for (let i = s; i <= e; i++) {
		const x = tokens[i];
		if (x.kind === 'punct' || isQ(x) || x.kind === 'quote') return null;
		if (!isCap(x) && (tools.forms.has(x.lower) || tools.g.verbStarters.has(x.lower) || tools.g.relatives.has(x.lower))) return null;
	}
	const m = analyse(tokens, s, e, tools);
	return m && m.kind !== 'pronoun' ? m : null;
}

/** Nearest cue before token k in [from, k): "X said in a statement: “…”", "X told reporters, “…”",
 * "X said “…”", "X said that “…”", "According to X, “…”". */
export function leadingFrame(tokens: EnToken[], from: number, k: number, tools: EnTools): FrameHit | null {
	const prev = tokens[k - 1];
	if (!prev) return null;
	const lead = prev.text === ':' || prev.text === ',' || prev.lower === 'that' || prev.text === '—' || prev.kind === 'word';
	if (!lead) return null;
	for (let i = k - 1; i >= from && k - i <= 12; i--) {
		const t = tokens[i];
		if (isQ(t) || t.kind === 'quote') break;
		if (t.kind === 'punct' && /^[.!?;]$/.test(t.text)) break;
		const c = cueAt(tokens, i, tools);
		if (!c) continue;
		if (c.form === 'according') {
			const r = readForward(tokens, c.last + 1, tools, false);
			if (r && tokens[r.last + 1]?.text === ',' && r.last + 2 === k) return { frame: { mention: r.mention, sieve: 'according-to', confidence: 0.9 }, cue: c, end: k - 1 };
			return null;
		}
		if (c.entry?.weak) return null;
		// between the cue and the quote: only an addressee or adjuncts, no clause of its own
		const between = tokens.slice(c.last + 1, k - 1);
		if (prev.kind === 'word' && prev.lower !== 'that' && c.last !== k - 1) return null;
		if (between.some((x) => x.kind === 'word' && tools.forms.has(x.lower) && !isCap(x))) return null;
		if (between.length > 8) return null;
		// "Said X: “…”": the verb opens its sentence, the speaker follows it up to the colon or comma
		if (c.first === from && c.entry?.inverts && (c.form === 'past' || c.form === 'third')) {
			const r = readForward(tokens, c.last + 1, tools, false);
			if (r && r.last === k - 2) return { frame: { mention: r.mention, sieve: 'said-x-lead', confidence: 0.9 }, cue: c, end: k - 1 };
		}
		const m = c.form === 'ing' ? participleSubject(tokens, from, c, tools) : tokens[c.first - 1]?.lower === 'and' ? sentenceSubject(tokens, from, c.first, tools) : readBackward(tokens, from, c.first, tools);
		if (!m) return { frame: { mention: null, sieve: 'lead-cue', confidence: 0 }, cue: c, end: k - 1 };
		return { frame: { mention: m, sieve: prev.text === ':' ? 'colon-intro' : 'lead-cue', confidence: 0.9 }, cue: c, end: k - 1 };
	}
	// "Baker: “…”" — a bare name before a colon at the start of its sentence
	if (prev.text === ':' && k - 1 > from) {
		const r = readForward(tokens, from, tools, false);
		if (r && r.last === k - 2 && (r.mention.kind === 'name' || r.mention.kind === 'org')) return { frame: { mention: r.mention, sieve: 'colon-name', confidence: 0.8 }, cue: null, end: k - 1 };
		// "Sen. X scolded him: “…”": the subject of the sentence the colon ends
		const m = sentenceSubject(tokens, from, k - 1, tools);
		if (m && (m.kind === 'name' || m.kind === 'org')) return { frame: { mention: m, sieve: 'colon-subject', confidence: 0.75 }, cue: null, end: k - 1 };
	}
	return null;
}

/** Looks like the finite verb after a subject ("Price didn’t", "Baker called", "Lopez claimed"). */
export const verbLike = (t: EnToken | undefined, tools: EnTools): boolean =>
	!!t && t.kind === 'word' && !isCap(t) && !tools.determiners.has(t.lower) && (tools.g.verbStarters.has(t.lower) || tools.g.irregularPasts.has(t.lower) || tools.forms.has(t.lower) || /[^e]ed$|ied$/.test(t.lower) || (/[^s]s$/.test(t.lower) && t.lower.length > 3 && !tools.groups.has(t.lower) && !tools.roles.has(t.lower)));

/** The subject at the start of a sentence ("Lopez claimed victory, saying: …", "Baker called
 * on her to resign and said …"): a name, pronoun or noun phrase (with its appositive) right
 * before the sentence's first verb. An opening adverbial phrase up to its comma is skipped. */
export function sentenceSubject(tokens: EnToken[], from: number, before: number, tools: EnTools): EnMention | null {
	let s = from;
	while (s < before && tools.g.sentenceOpeners.has(tokens[s].lower)) s++;
	if (tokens[s]?.text === ',') s++;
	if (tokens[s] && tools.g.subjectAdverbials.has(tokens[s].lower)) {
		let c = s;
		while (c < before && c - s < 14 && tokens[c].text !== ',') c++;
		if (tokens[c]?.text !== ',') return null;
		s = c + 1;
	}
	if (s >= before) return null;
	// the subject runs to the first verb-like word (over one appositive between commas)
	let i = s;
	let commas = 0;
	for (; i < before && i - s < 24; i++) {
		const t = tokens[i];
		if (isQ(t) || t.kind === 'quote') return null;
		if (t.text === ',') {
			commas++;
			if (commas > 2) return null;
			continue;
		}
		if (t.kind === 'punct' && !/^[()'’.-]$/.test(t.text)) return null;
		// "Dozens of workers …": an -s word before "of" is a noun
		if ((commas === 0 || commas === 2) && i > s && verbLike(t, tools) && tokens[i + 1]?.lower !== 'of') break;
	}
	if (i >= before || i === s) return null;
	if (commas === 1) return null;
	const m = readBackward(tokens, s, i, tools);
	if (!m || m.start !== tokens[s].start) return null;
	if (m.kind === 'np') return null;
	return m;
}

/** The subject of a participle cue ("saying", "adding"): a name right before it ("footage of X
 * asking", "with X yelling"), else the subject of its sentence ("X rose to speak, telling …"), else
 * the subject of the cue its comma follows ("“…,” X said, adding later, “…”"). */
export function participleSubject(tokens: EnToken[], from: number, c: EnCue, tools: EnTools): EnMention | null {
	let e = c.first - 1;
	while (e >= from && tools.fillers.has(tokens[e].lower) && !isCap(tokens[e])) e--;
	const named = nameBefore(tokens, from, e, tools);
	if (named) return named;
	const subject = sentenceSubject(tokens, from, c.first, tools);
	if (subject) return subject;
	if (tokens[c.first - 1]?.text !== ',') return null;
	const before = cueAt(tokens, c.first - 2, tools);
	return before && before.form !== 'ing' && before.form !== 'according' ? readBackward(tokens, from, before.first, tools) : null;
}

/** The first comma in (a, b) after which a new clause starts: a subject opening with a capital or
 * determiner and a verb within a few words ("…, the mayor replied, “…”"); -1 if none. */
export function newClauseComma(tokens: EnToken[], a: number, b: number, tools: EnTools): number {
	for (let i = a + 1; i < b; i++) {
		if (tokens[i].text !== ',' || !(isCap(tokens[i + 1]) || tools.determiners.has(tokens[i + 1]?.lower ?? ''))) continue;
		for (let j = i + 2; j < b && j - i <= 6; j++) {
			const x = tokens[j];
			if (x.kind === 'punct' || isQ(x)) break;
			if (verbLike(x, tools)) return i;
		}
	}
	return -1;
}

/** A cue before token k in the same sentence (the quote stands in the cue's reported clause). */
export function sentenceCue(tokens: EnToken[], from: number, k: number, tools: EnTools): FrameHit | null {
	for (let i = k - 1; i >= from; i--) {
		const c = cueAt(tokens, i, tools);
		if (!c) continue;
		if (c.form === 'according') {
			const r = readForward(tokens, c.last + 1, tools, false);
			if (r) return { frame: { mention: r.mention, sieve: 'according-to', confidence: 0.8 }, cue: c, end: k - 1 };
			continue;
		}
		// the object of "criticized X, Y replied, “…”" ends before the new clause the quote is in
		if (c.entry?.object && newClauseComma(tokens, c.last, k, tools) >= 0) continue;
		const m = c.form === 'ing' ? participleSubject(tokens, from, c, tools) : readBackward(tokens, from, c.first, tools);
		if (m) return { frame: { mention: m, sieve: 'sentence-cue', confidence: c.entry?.weak ? 0.7 : 0.8 }, cue: c, end: k - 1 };
	}
	return null;
}

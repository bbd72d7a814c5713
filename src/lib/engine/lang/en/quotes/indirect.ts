import type { Doc } from '../../../types.ts';
import type { EnTools } from '../grammar/lexicon.ts';
import type { EnToken } from '../grammar/tokens.ts';
import type { EnSpan } from '../grammar/marks.ts';
import type { EnQuote } from './direct.ts';
import { cueAt, cuesIn, type EnCue } from '../grammar/cues.ts';
import { readBackward, readForward } from '../grammar/mention.ts';
import { newClauseComma, sentenceSubject } from '../grammar/frames.ts';
import { isQ, type Outside } from '../grammar/outside.ts';
import { isCap } from '../grammar/tokens.ts';

/** Words of tokens[a..b], counting the words inside quoted placeholders. */
function words(doc: Doc, tokens: EnToken[], a: number, b: number): number {
	if (b < a) return 0;
	return (doc.work.slice(tokens[a].start, tokens[b].end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** Where the reported clause after a cue starts: after an addressee ("told reporters"), time and
 * place adjuncts up to a comma or "that" ("said in a statement Tuesday that …"), and "that". */
function clauseStart(tokens: EnToken[], c: EnCue, end: number, tools: EnTools): number {
	let j = c.last + 1;
	// the object is the content: "showed that …" / "showed Lopez ahead"
	if (c.entry?.object) {
		const first = tokens[j];
		if (!first || isQ(first) && j === end) return -1;
		if (first.kind === 'punct' && first.text !== ',') return -1;
		if (first.lower === 'that') return j + 1;
		// a reported clause does not open with a preposition; "called off" has no content
		if (first.kind === 'word' && (tools.g.prepositions.has(first.lower) || tools.g.verbParticles.has(first.lower))) return -1;
		return first.text === ',' ? -1 : j;
	}
	// "that" within a few tokens, with no clause punctuation before it
	for (let i = j; i <= end && i - j < 10; i++) {
		const t = tokens[i];
		if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') break;
		if (isQ(t)) break;
		if (tools.g.complementizers.has(t.lower)) {
			if (i === j || tokens.slice(j, i).every((x) => x.kind !== 'punct' || x.text === ',')) return i + 1;
			break;
		}
	}
	const first = tokens[j];
	if (!first) return j;
	if (c.entry?.addressee || tools.g.addressees.has(first.lower)) {
		// skip the addressee: a pronoun, "reporters", a name, or a short noun phrase
		if (tools.g.addressees.has(first.lower)) j++;
		else {
			let i = j;
			while (i <= end && i - j < 5 && (isCap(tokens[i]) || tools.determiners.has(tokens[i].lower) || /['’]s$/.test(tokens[i].text))) i++;
			if (i === j) return -1;
			j = i;
		}
	}
	if (tokens[j] && (tools.adjuncts.has(tokens[j].lower) || /day$/.test(tokens[j].lower) || tools.lex.locatives.includes(tokens[j].lower))) {
		// "said on Tuesday, …" / "said in a statement, …"; "told reporters outside city hall." reports nothing
		for (let i = j; i <= end && i - j < 10; i++) {
			if (tokens[i].text === ',') return i + 1;
			if (tokens[i].kind === 'punct') return -1;
		}
		return -1;
	}
	if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j++;
	else if (tokens[j]?.lower === 'with') return -1;
	return j;
}

const tokenAt = (tokens: EnToken[], from: number, start: number): number => {
	for (let i = from; i < tokens.length; i++) if (tokens[i].start >= start) return i;
	return -1;
};

/** A sentence that opens with an adverbial phrase ("On Sunday, X said …") has no reported
 * clause before its frame; one that opens with a clause does. */
function reportedOpening(tokens: EnToken[], ss: number, tools: EnTools): boolean {
	let s = ss;
	while (s < tokens.length && tools.g.openingConjunctions.has(tokens[s].lower)) s++;
	if (tokens[s]?.text === ',') return true; // "But, he said, …"
	const first = tokens[s];
	if (!first) return false;
	if (tools.g.openingAdverbials.has(first.lower)) return false;
	if (/day$/.test(first.lower) && isCap(first)) return false;
	return true;
}

/** The last token of a frame's tail after the cue (or the mention): time, place and manner
 * adjuncts ("said on Tuesday", "said in a statement"), up to a comma or the sentence end. */
function frameTail(tokens: EnToken[], last: number, se: number, tools: EnTools): number {
	let e = last;
	if (e >= se) return se;
	const next = tokens[e + 1];
	if (next.text === ',') return e;
	if (!(tools.adjuncts.has(next.lower) || /day$/.test(next.lower) || tools.g.addressees.has(next.lower))) return e;
	for (let i = e + 1; i <= se && i - e <= 10; i++) {
		const t = tokens[i];
		if (isQ(t) || (t.kind === 'punct' && t.text !== ',' && t.text !== '-' && t.text !== '.')) return e;
		if (t.text === ',') return i - 1;
		if (t.kind === 'word' && !isCap(t) && (t.lower === 'that' || tools.forms.has(t.lower))) return e;
		if (i === se) return se;
	}
	return e;
}

/** Where the object of a cue like "criticized", "called" ends: a noun phrase ends at a comma
 * that a new subject and its verb follow ("criticized X at a hearing, Y replied …"). A
 * clause after "that" or a wh-word ("described how …") ends as any reported clause. */
function objectEnd(tokens: EnToken[], from: number, se: number, tools: EnTools): number {
	const end = clauseEnd(tokens, from, se, tools);
	if (tokens[from - 1]?.lower === 'that' || tools.g.whWords.has(tokens[from]?.lower ?? '')) return end;
	const comma = newClauseComma(tokens, from, end + 1, tools);
	return comma >= 0 ? comma - 1 : end;
}

/** Where a reported clause starting at `from` ends: the sentence end, or before ", which …",
 * ", but …", ", adding …" and a coordinated clause with a cue of its own ("… and one in four said"). */
function clauseEnd(tokens: EnToken[], from: number, se: number, tools: EnTools): number {
	for (let i = from + 2; i < se; i++) {
		const t = tokens[i];
		if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') {
			const n = tokens[i + 1];
			if (!n) break;
			if (t.text === ';' || tools.g.clauseBreaks.has(n.lower)) return i - 1;
			if (n.kind === 'word' && /ing$/.test(n.lower) && tools.forms.get(n.lower)?.some((f) => f.form === 'ing')) return i - 1;
		}
		if ((t.lower === 'and' || t.lower === 'but') && i > from + 2) {
			// "… and one in four said …": a subject of up to six words and a cue
			for (let j = i + 1; j <= se && j - i <= 7; j++) {
				const x = tokens[j];
				if (x.kind === 'punct' || isQ(x)) break;
				if (!isCap(x) && tools.forms.get(x.lower)?.some((f) => (f.form === 'past' || f.form === 'third' || (f.form === 'base' && j > i + 1)) && (!f.verb.particle || tokens[j + 1]?.lower === f.verb.particle))) {
					if (j === i + 1) break; // "… and said": the same subject goes on
					// a finite cue of its own: not a noun ("and his last comment was …")
					const c = cueAt(tokens, j, tools);
					if (c && c.form !== 'ing' && c.form !== 'participle') return tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
				}
			}
		}
	}
	return se;
}

/** Reported speech in the sentences of every paragraph: "X said (that) …", "…, X said.",
 * "according to X, …" / "…, according to X." Quoted words inside the clause stay in it. */
export function findIndirect(doc: Doc, outs: Outside[], spans: EnSpan[], direct: EnQuote[], tools: EnTools): EnQuote[] {
	const out: EnQuote[] = [];
	let d = 0;
	const overlapsDirect = (start: number, end: number): boolean => {
		while (d > 0 && direct[d - 1].end > start) d--;
		while (d < direct.length && direct[d].end <= start) d++;
		for (let k = d; k < direct.length && direct[k].start < end; k++) {
			const o = Math.min(end, direct[k].end) - Math.max(start, direct[k].start);
			if (o > 0.3 * (end - start) || o > 0.5 * (direct[k].end - direct[k].start)) return true;
		}
		return false;
	};
	for (const o of outs) {
		const { tokens } = o;
		for (const [ss, se0] of o.sentences) {
			let se = se0;
			while (se > ss && tokens[se].kind === 'punct' && /^[.!?…;:]$/.test(tokens[se].text)) se--;
			if (se - ss < 3) continue;
			const cues = cuesIn(tokens, ss, se, tools);
			const push = (a: number, b: number, frame: EnQuote['frame'], cue: EnCue, rule: string) => {
				while (b > a && tokens[b].kind === 'punct') b--;
				while (a < b && tokens[a].kind === 'punct') a++;
				if (words(doc, tokens, a, b) < 3) return;
				// a clause that is one quoted span is a direct quote, already found
				if (a === b && isQ(tokens[a])) return;
				const start = tokens[a].start, end = tokens[b].end;
				if (overlapsDirect(start, end)) return;
				if (out.length && out[out.length - 1].end > start) return;
				const inner: number[] = [];
				for (let i = a; i <= b; i++) if (isQ(tokens[i])) inner.push(tokens[i].span!);
				out.push({ start, end, kind: 'indirect', frame, cue, rule, paragraph: o.paragraph, spans: inner });
			};
			for (let ci = 0; ci < cues.length; ci++) {
				const c = cues[ci];
				if (c.form === 'according') {
					const r = readForward(tokens, c.last + 1, tools, false);
					if (!r) continue;
					const frame = { mention: r.mention, sieve: 'according-to', confidence: 0.85 };
					if (tokens[r.last + 1]?.text === ',' && (c.first === ss || tokens.slice(ss, c.first).every((t) => tools.g.frameLeadIns.has(t.lower)))) push(r.last + 2, se, frame, c, 'indirect.according-to');
					else if (tokens[c.first - 1]?.text === ',' && r.last >= se) push(ss, c.first - 2, frame, c, 'indirect.according-to');
					else if (tokens[c.first - 1]?.text === ',' && tokens[r.last + 1]?.text === ',') push(ss, se, frame, c, 'indirect.according-to');
					continue;
				}
				if (!c.entry) continue;
				// "…, X said." / "…, said X." at the end of the sentence: the clause before
				const comma = c.first - 1;
				let tail = -1;
				let mention = null as ReturnType<typeof readBackward>;
				if (tokens[comma]?.text === ',' && c.entry.inverts && (c.form === 'past' || c.form === 'third')) {
					const r = readForward(tokens, c.last + 1, tools);
					if (r) (mention = r.mention), (tail = r.last);
				}
				if (mention && comma > ss && reportedOpening(tokens, ss, tools)) {
					const e = frameTail(tokens, tail, se, tools);
					if (e >= se) {
						push(ss, comma - 1, { mention, sieve: 'clause-said-x', confidence: 0.85 }, c, 'indirect.clause-said-x');
						continue;
					}
					if (tokens[e + 1]?.text === ',' && e + 2 <= se && tokens[e + 2].kind === 'word' && !/ing$/.test(tokens[e + 2].lower)) {
						push(ss, clauseEnd(tokens, e + 2, se, tools), { mention, sieve: 'parenthetical', confidence: 0.85 }, c, 'indirect.parenthetical');
						continue;
					}
				}
				// "X denounced … and said …" / "…, saying …": the subject of the sentence
				const coordinated = tokens[c.first - 1]?.lower === 'and' || (c.form === 'ing' && tokens[c.first - 1]?.text === ',');
				const subject = coordinated ? sentenceSubject(tokens, ss, c.first, tools) : c.form === 'ing' ? null : readBackward(tokens, ss, c.first, tools);
				if (!subject) continue;
				// "…, X said (on Tuesday)." — the clause before the subject; "…, X said, …" — a
				// parenthetical frame inside the reported sentence
				const before = tokenAt(tokens, ss, subject.start) - 1;
				if (before > ss && tokens[before]?.text === ',' && !cues.slice(0, ci).some((x) => x.first < before) && reportedOpening(tokens, ss, tools)) {
					const tail = frameTail(tokens, c.last, se, tools);
					if (tail >= se) {
						push(ss, before - 1, { mention: subject, sieve: 'clause-x-said', confidence: 0.85 }, c, 'indirect.clause-x-said');
						continue;
					}
					if (tokens[tail + 1]?.text === ',' && tail + 2 <= se && tokens[tail + 2].kind === 'word' && !/ing$/.test(tokens[tail + 2].lower)) {
						push(ss, clauseEnd(tokens, tail + 2, se, tools), { mention: subject, sieve: 'parenthetical', confidence: 0.85 }, c, 'indirect.parenthetical');
						continue;
					}
				}
				if (c.form === 'base' && !tools.g.baseFormPronouns.has(subject.text.toLowerCase()) && subject.kind !== 'group' && subject.kind !== 'name' && subject.kind !== 'org') continue;
				const from = clauseStart(tokens, c, se, tools);
				if (from < 0 || from > se) continue;
				// the clause runs to the sentence end, or to the next cue's frame
				push(from, c.entry.object ? objectEnd(tokens, from, se, tools) : clauseEnd(tokens, from, se, tools), { mention: subject, sieve: c.entry.weak ? 'x-believes' : 'x-said-that', confidence: c.entry.weak ? 0.7 : 0.85 }, c, `indirect.${c.entry.weak ? 'x-believes' : 'x-said-that'}`);
			}
		}
	}
	void spans;
	return out;
}

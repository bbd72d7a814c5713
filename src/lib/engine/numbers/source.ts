// Who reported a number: (1) the speaker of a quote around it, (2) a source phrase in its sentence
// ("laut X", "nach Angaben des X", "X zufolge", "wie X mitteilte", the subject of a reporting verb,
// a heading "X: …"), (3) the author of a study named earlier in the paragraph; else null.
// Pronouns are never a source.
import type { Context } from '../context.ts';
import type { NumberFact, Quote, Sentence, Span } from '../types.ts';
import type { NumberLexicon } from '../../resources/number-lexicon.ts';
import { phraseTokens, type NTok } from './tokens.ts';

interface NP extends Span {
	name: string;
	/** token index after the phrase */
	next: number;
}

const isCap = (t: NTok | undefined) => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
const ADJ = /(e|en|er|es|em)$/;

/** A noun phrase from token k: [det] adj* Noun+ [genitive det adj* Noun+ | von Noun+]. */
function npForward(toks: NTok[], k: number, lex: NumberLexicon, work: string, converting: boolean): NP | null {
	const start = k;
	let det: string | null = null;
	if (toks[k] && lex.determiners.includes(toks[k].lower)) det = toks[k++].lower;
	const adjs: number[] = [];
	while (toks[k] && toks[k].kind === 'word' && !isCap(toks[k]) && ADJ.test(toks[k].lower) && adjs.length < 2 && !lex.determiners.includes(toks[k].lower)) adjs.push(k++);
	const nounStart = k;
	k = nouns(toks, k, lex);
	if (k === nounStart) return null;
	let end = k;
	// genitive or "von" attribute: "Gewerkschaft der Polizei", "Staatsanwaltschaft von Manhattan"
	const g = toks[end];
	if (g && (g.lower === 'des' || g.lower === 'der' || g.lower === 'von')) {
		let m = end + 1;
		while (toks[m] && toks[m].kind === 'word' && !isCap(toks[m]) && ADJ.test(toks[m].lower) && m < end + 3) m++;
		const e = nouns(toks, m, lex);
		if (e > m) end = e;
	}
	// "(GdP)"
	if (toks[end]?.text === '(' && isCap(toks[end + 1]) && toks[end + 2]?.text === ')') end += 3;
	const from = toks[start].start;
	const to = toks[end - 1].end;
	let name = work.slice(from, to);
	if (converting && det) name = nominative(toks, det, adjs, nounStart, start, end, lex, work);
	const words = name.toLowerCase().split(/\s+/);
	if (words.length === 1 && lex.pronouns.includes(words[0])) return null;
	return { start: from, end: to, name, next: end };
}

function nouns(toks: NTok[], k: number, lex: NumberLexicon): number {
	let n = 0;
	while (isCap(toks[k]) && n < 4 && !lex.pronouns.includes(toks[k].lower) && !lex.clauseOpeners.includes(toks[k].lower) && !lex.timeNouns.includes(toks[k].lower)) {
		k++;
		n++;
		while (toks[k] && toks[k].text === '-' && toks[k].glued && toks[k + 1]?.glued && toks[k + 1].kind === 'word') k += 2;
	}
	return k;
}

/** "des südkoreanischen Geheimdienstes" → "der südkoreanische Geheimdienst"; "der Polizei" → "die Polizei". */
function nominative(toks: NTok[], det: string, adjs: number[], nounStart: number, start: number, end: number, lex: NumberLexicon, work: string): string {
	const head = toks[nounStart];
	let nounEnd = nounStart + 1;
	while (toks[nounEnd] && toks[nounEnd].text === '-' && toks[nounEnd].glued && toks[nounEnd + 1]) nounEnd += 2;
	const headText = work.slice(head.start, toks[nounEnd - 1].end);
	const plural = (det === 'der' || det === 'den') && /en$/.test(headText) && !/ion$/.test(headText);
	let noun = headText;
	let article = det;
	if (det === 'des') {
		noun = /[^aeiou]es$/.test(noun) && noun.length > 5 && !/(ss|nis)es$/.test(noun) ? noun.slice(0, -2) : /s$/.test(noun) && !/ss$/.test(noun) ? noun.slice(0, -1) : noun;
		article = lex.neuterEndings.some((e) => noun.toLowerCase().endsWith(e)) ? 'das' : 'der';
	} else if (det === 'dem') article = lex.neuterEndings.some((e) => noun.toLowerCase().endsWith(e)) ? 'das' : 'der';
	else if (det === 'der' || det === 'den') article = 'die';
	const adjText = adjs.map((k) => (plural ? toks[k].text : toks[k].text.replace(/en$/, 'e'))).join(' ');
	const rest = nounEnd < end ? work.slice(toks[nounEnd - 1].end, toks[end - 1].end) : '';
	void start;
	return [article, adjText, noun].filter(Boolean).join(' ') + rest;
}

/** A noun phrase ending right before token k ("Polens Geheimdienst zufolge"). */
function npBackward(toks: NTok[], k: number, lex: NumberLexicon, work: string): NP | null {
	let s = k;
	while (s > 0 && s > k - 6) {
		const t = toks[s - 1];
		if (isCap(t) || (t.text === '-' && t.glued) || (t.kind === 'word' && ADJ.test(t.lower) && !lex.determiners.includes(t.lower))) s--;
		else break;
	}
	if (s > 0 && lex.determiners.includes(toks[s - 1].lower)) s--;
	for (; s < k; s++) {
		const np = npForward(toks, s, lex, work, true);
		if (np && np.next === k) return np;
	}
	return null;
}

interface Found {
	np: NP;
	/** token index of the cue */
	at: number;
	rank: number;
}

const phraseCache = new WeakMap<NumberLexicon, { before: string[][]; after: string[][]; verbs: Set<string> }>();
function phrases(lex: NumberLexicon) {
	let p = phraseCache.get(lex);
	if (!p) {
		p = {
			before: lex.sourceBefore.map(phraseTokens).sort((a, b) => b.length - a.length),
			after: lex.sourceAfter.map(phraseTokens),
			verbs: new Set(lex.reportingVerbs)
		};
		phraseCache.set(lex, p);
	}
	return p;
}

const matchAt = (toks: NTok[], k: number, ph: string[]) => ph.every((w, n) => toks[k + n] && toks[k + n].lower === w);

/** Source candidates of one sentence, best first. */
function sentenceSources(toks: NTok[], s: Sentence, lex: NumberLexicon, work: string): Found[] {
	const out: Found[] = [];
	const p = phrases(lex);
	for (let k = 0; k < toks.length; k++) {
		const t = toks[k];
		if (t.kind !== 'word') continue;
		// "laut X", "nach Angaben des X"
		for (const ph of p.before) {
			if (!matchAt(toks, k, ph)) continue;
			let m = k + ph.length;
			if (ph[ph.length - 1] !== 'von' && toks[m] && toks[m].lower === 'von') m++;
			if (ph[0] === 'so' && !(toks[m] && lex.determiners.includes(toks[m].lower))) break;
			const np = npForward(toks, m, lex, work, true);
			if (np) out.push({ np, at: k, rank: 0 });
			break;
		}
		// "X zufolge"
		if (p.after.some((ph) => ph.length === 1 && ph[0] === t.lower) && t.lower === 'zufolge') {
			const np = npBackward(toks, k, lex, work);
			if (np) out.push({ np, at: k, rank: 0 });
		}
		// "wie X mitteilte"
		if (t.lower === 'wie') {
			const np = npForward(toks, k + 1, lex, work, false);
			if (np && toks[np.next] && p.verbs.has(toks[np.next].lower)) out.push({ np, at: k, rank: 2 });
		}
		// subject of a reporting verb
		if (p.verbs.has(t.lower) && !isCap(t)) {
			const after = npForward(toks, k + 1, lex, work, false);
			const first = toks[0];
			const startsWithSubject = first && (lex.determiners.includes(first.lower) || isCap(first)) && !lex.clauseOpeners.includes(first.lower);
			const head = startsWithSubject ? npForward(toks, 0, lex, work, false) : null;
			if (head && toks[head.next] && toks[head.next].kind === 'word' && !isCap(toks[head.next]) && head.next <= k) out.push({ np: head, at: k, rank: 1 });
			else if (after && !isCap(toks[k - 1] ?? t)) out.push({ np: after, at: k, rank: 1 });
			else if (after) out.push({ np: after, at: k, rank: 1 });
		}
	}
	// heading "Polen: 200 von 500 Beamten …"
	const colon = toks.findIndex((t, k) => t.text === ':' && k > 0 && k <= 5);
	if (colon > 0 && toks.slice(0, colon).every((t) => isCap(t) || (t.text === '-' && t.glued))) {
		out.push({ np: { start: toks[0].start, end: toks[colon - 1].end, name: work.slice(toks[0].start, toks[colon - 1].end), next: colon }, at: colon, rank: 0 });
	}
	void s;
	return out;
}

function isPronoun(name: string, lex: NumberLexicon): boolean {
	const w = name.trim().toLowerCase().split(/\s+/);
	return w.length === 1 && lex.pronouns.includes(w[0]);
}

/** Index of the first token that starts at or after `pos` (toks.length when none): binary search,
 * a sentence of 100,000 digits must not cost a scan per number. */
function firstTokenFrom(toks: NTok[], pos: number): number {
	let lo = 0;
	let hi = toks.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (toks[mid].start >= pos) hi = mid;
		else lo = mid + 1;
	}
	return lo < toks.length ? lo : -1;
}

interface Ranked {
	/** candidates of one rank, ordered by cue position, then by their place in the sentence's list */
	byRank: { rank: number; list: (Found & { order: number })[] }[];
}

function rankCandidates(cands: Found[]): Ranked {
	const ranks = [...new Set(cands.map((c) => c.rank))].sort((a, b) => a - b);
	return {
		byRank: ranks.map((rank) => ({
			rank,
			list: cands
				.map((c, order) => ({ ...c, order }))
				.filter((c) => c.rank === rank)
				.sort((a, b) => a.at - b.at || a.order - b.order)
		}))
	};
}

/** The best candidate for a number at token `at`: lowest rank, then nearest cue, then first in
 * the sentence's list; candidates overlapping the number do not count. Walks outwards from `at`
 * instead of sorting all candidates per number. */
function nearestCandidate(ranked: Ranked, at: number, f: Span): Found | null {
	const fits = (c: Found) => c.np.end <= f.start || c.np.start >= f.end;
	for (const { list } of ranked.byRank) {
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid].at < at) lo = mid + 1;
			else hi = mid;
		}
		let left = lo - 1;
		let right = lo;
		let best: (Found & { order: number }) | null = null;
		let bestDist = Infinity;
		while (left >= 0 || right < list.length) {
			const dl = left >= 0 ? Math.abs(list[left].at - at) : Infinity;
			const dr = right < list.length ? Math.abs(list[right].at - at) : Infinity;
			const d = Math.min(dl, dr);
			if (d > bestDist) break;
			const c = dl <= dr ? list[left--] : list[right++];
			if (fits(c) && (d < bestDist || c.order < best!.order)) {
				best = c;
				bestDist = d;
			}
		}
		if (best) return best;
	}
	return null;
}

/** For facts in order of their start: the quote with a named speaker around each, the first in
 * the quote list when several are. A sweep keeps only the quotes open at the fact's start, so
 * thousands of quotes and numbers cost no product of the two. */
function quoteSweep(quotes: Quote[]): (f: Span) => Quote | undefined {
	const named = quotes
		.map((q, order) => ({ q, order }))
		.filter(({ q }) => q.speaker && q.speaker.name)
		.sort((a, b) => a.q.start - b.q.start);
	let next = 0;
	let open: { q: Quote; order: number }[] = [];
	return (f) => {
		while (next < named.length && named[next].q.start <= f.start) open.push(named[next++]);
		open = open.filter(({ q }) => q.end >= f.start);
		let best: { q: Quote; order: number } | null = null;
		for (const c of open) if (f.end <= c.q.end && (!best || c.order < best.order)) best = c;
		return best?.q;
	};
}

export function attachSources(ctx: Context, facts: NumberFact[], toksOf: Map<number, NTok[]>): void {
	const { doc, quotes } = ctx.analysis;
	const lex = ctx.pack.numbers as NumberLexicon;
	const work = doc.work;
	let si = 0;
	let study = null as { name: string; span: Span; paragraph: number } | null;
	let studyScan = 0;
	const cache = new Map<number, Ranked>();
	const quoteAround = quoteSweep(quotes);
	for (const f of facts) {
		while (si < doc.sentences.length && doc.sentences[si].end <= f.start) si++;
		const s = doc.sentences[si];
		if (!s) break;
		// studies named so far in this paragraph ("Ergebnisse der Mobilitätsstudie der VAV")
		for (; studyScan <= si && studyScan < doc.sentences.length; studyScan++) {
			const st = doc.sentences[studyScan];
			const toks = toksOf.get(st.index) ?? [];
			for (let k = 0; k < toks.length; k++) {
				const lw = toks[k].lower;
				if (!isCap(toks[k]) || !lex.studyNouns.some((n) => lw.endsWith(n))) continue;
				if (!toks[k + 1] || !['der', 'des', 'von'].includes(toks[k + 1].lower)) continue;
				const np = npForward(toks, toks[k + 1].lower === 'von' ? k + 2 : k + 1, lex, work, toks[k + 1].lower !== 'von');
				if (np) study = { name: np.name, span: np, paragraph: st.paragraph };
			}
		}
		if (study && study.paragraph !== s.paragraph) study = null;
		// (1) the speaker of a quote around the number
		const q = quoteAround(f);
		if (q && q.speaker) {
			if (!isPronoun(q.speaker.name, lex)) {
				f.source = q.speaker.name;
				f.sourceSpan = { start: q.speaker.start, end: q.speaker.end };
			}
			continue;
		}
		// (2) a source phrase in the sentence
		const toks = toksOf.get(s.index) ?? [];
		let cands = cache.get(s.index);
		if (!cands) {
			cands = rankCandidates(sentenceSources(toks, s, lex, work));
			cache.set(s.index, cands);
		}
		const best = nearestCandidate(cands, firstTokenFrom(toks, f.start), f);
		if (best) {
			if (!isPronoun(best.np.name, lex)) {
				f.source = best.np.name;
				f.sourceSpan = { start: best.np.start, end: best.np.end };
			}
			continue;
		}
		// (3) the author of a study named before in the paragraph
		if (study && study.span.end <= f.start) {
			f.source = study.name;
			f.sourceSpan = { start: study.span.start, end: study.span.end };
		}
	}
}

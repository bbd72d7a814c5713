// "Wer ist die Quelle der Angabe „rund 12.000 Soldaten“?" – who reported a figure.
import type { NumberFact, Quote } from '../types.ts';
import { type Draft, type Gen, cite, sentenceSpan, seedOf } from './gen.ts';
import { fold, nameDistance, namesConflict } from '../scoring/text.ts';
import { innerQuotes, squash, arrange } from './util.ts';
import { MIN_SPEAKER_CONFIDENCE, mentionedIn } from './catalog.ts';

/** the figure with what it counts, as the article writes it ("1.500 nordkoreanische Soldaten") */
function phraseOf(g: Gen, n: NumberFact): string {
	const sent = sentenceSpan(g, n.start);
	const after = g.text.slice(n.end, Math.min(sent.end, n.end + 80));
	let phrase = g.text.slice(n.start, n.end);
	if (n.counted) {
		const at = after.indexOf(n.counted);
		if (at >= 0 && after.slice(0, at).trim().split(/\s+/).filter(Boolean).length <= 2) phrase += after.slice(0, at + n.counted.length);
	}
	return innerQuotes(squash(phrase), g.lang);
}

const phrases = new WeakMap<Gen, Map<string, NumberFact[]>>();
/** the numbers of the article by phrase, computed once per quiz */
function samePhrase(g: Gen, phrase: string): NumberFact[] {
	let index = phrases.get(g);
	if (!index) {
		index = new Map();
		for (const m of g.numbers) {
			const p = phraseOf(g, m);
			index.set(p, [...(index.get(p) ?? []), m]);
		}
		phrases.set(g, index);
	}
	return index.get(phrase) ?? [];
}

const confident = new WeakMap<Gen, Quote[]>();
/** the quiz's quotes whose speaker is confident, computed once per quiz */
function confidentQuotes(g: Gen): Quote[] {
	let qs = confident.get(g);
	if (!qs) {
		qs = [...g.cat.of.keys()].filter((q) => (q.speaker?.confidence ?? 0) >= MIN_SPEAKER_CONFIDENCE);
		confident.set(g, qs);
	}
	return qs;
}

const pools = new WeakMap<Gen, string[]>();
const askedPhrases = new WeakMap<Gen, Set<string>>();
/** the article's speakers and number sources, each once: candidates for distractors */
function sourcePool(g: Gen): string[] {
	let pool = pools.get(g);
	if (!pool) {
		const seen = new Set<string>();
		pool = [];
		for (const p of [...g.cat.speakers.map((s) => s.name), ...g.numbers.map((m) => m.source)]) {
			if (typeof p !== 'string' || pool.length >= 40) continue;
			const f = fold(p);
			if (!seen.has(f)) { seen.add(f); pool.push(p); }
		}
		pools.set(g, pool);
	}
	return pool;
}

export function numberSource(g: Gen, n: NumberFact): Draft | null {
	const source = typeof n.source === 'string' ? n.source.trim() : '';
	if (fold(source).length < 3 || g.t.pronouns.some((p) => fold(p) === fold(source))) return null;
	// a reported figure: inside a quote with a resolved speaker, not a small count ("zwei Staaten")
	if (!(n.value >= 10 || n.unit)) return null;
	// (a quote whose attribution is only tentative, trust.ts, does not back a source question)
	if (!confidentQuotes(g).some((q) => q.start <= n.start && q.end >= n.end)) return null;
	const phrase = phraseOf(g, n);
	// the same phrase again would give the same prompt: ask once
	const asked = askedPhrases.get(g) ?? new Set<string>();
	askedPhrases.set(g, asked);
	if (asked.has(phrase)) return null;
	asked.add(phrase);
	// the same figure with another source would make the question ambiguous
	for (const m of samePhrase(g, phrase)) {
		if (m === n) continue;
		const s = typeof m.source === 'string' ? m.source : '';
		if (!s || !namesConflict(s, source)) return null;
	}
	const context = sentenceSpan(g, n.start);
	const prompt = g.t.numberSource(phrase);
	if (mentionedIn(prompt, source)) return null;
	// the article's speakers (and other sources) as options when they cannot be taken for it
	const seed = seedOf(g, 'source', n.start);
	const sentence = g.text.slice(context.start, context.end);
	const pool = sourcePool(g);
	const ds: string[] = [];
	for (const p of pool) {
		if (ds.length >= 3) break;
		if (namesConflict(p, source) || g.t.pronouns.some((x) => fold(x) === fold(p)) || fold(p).length < 3) continue;
		if (mentionedIn(sentence, p) || ds.some((d) => namesConflict(d, p))) continue;
		ds.push(p);
	}
	const speakerOfSource = g.cat.speakers.find((s) => s.aliases.some((al) => nameDistance(source, al) < 1));
	return {
		type: 'number-source',
		target: 'source',
		lang: g.lang,
		prompt,
		answer: source,
		accept: speakerOfSource ? [source, ...speakerOfSource.aliases] : [source],
		others: ds.map((d) => [d]),
		...(ds.length >= 2 ? { options: arrange(source, ds, seed) } : {}),
		evidence: { start: n.start, end: n.end },
		context,
		explanation: g.t.explainSource(source, cite(g, context))
	};
}

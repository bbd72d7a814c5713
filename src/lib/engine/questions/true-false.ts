// "Richtig oder falsch?" – a quote with its speaker, or a number sentence, either as in the
// article or with the speaker / number swapped for a wrong one.
import type { NumberFact, Quote } from '../types.ts';
import { type Draft, type Gen, cite, quoteContext, quoteDisplay, seedOf, sentenceSpan, slice, span } from './gen.ts';
import { numberDistractors, speakerDistractors } from './distractors.ts';
import { OMITTED, blankOut, innerQuotes, rng, window } from './util.ts';
import { parseNumber, sameNumber } from '../scoring/parse-number.ts';
import { isWholeStatement } from './statement.ts';
import { promptNames } from './verify.ts';
import { worthAsking } from './worth.ts';

export function trueFalseSpeaker(g: Gen, q: Quote): Draft | null {
	const info = g.cat.of.get(q);
	if (!info) return null;
	const display = quoteDisplay(g, q);
	// "Nach Angaben des Priesters X griffen …": a statement that names its source asks nothing
	if (!isWholeStatement(g, display, q) || promptNames(display, info.name)) return null;
	const seed = seedOf(g, 'tf-speaker', q.start);
	const context = quoteContext(g, q);
	let right = rng(seed)() < 0.5;
	let name = info.name;
	if (!right) {
		const [d] = speakerDistractors(g.cat, info, slice(g, context), 1, seed);
		if (d) name = d.name;
		else right = true;
	}
	return {
		type: 'true-false',
		target: 'boolean',
		lang: g.lang,
		prompt: g.t.trueFalseSpeaker(name, quoteDisplay(g, q), q.kind === 'indirect'),
		answer: right,
		claim: { target: 'speaker', value: name, evidence: span(q) },
		fact: info.name,
		accept: info.aliases,
		evidence: span(q),
		context,
		explanation: g.t.explainTrueFalse(right, cite(g, context))
	};
}

/** the digits of a number's span and the factor from them to the value ("1,5 Millionen") */
function literalOf(g: Gen, n: NumberFact): { start: number; end: number; factor: number } | null {
	const raw = g.text.slice(n.start, n.end);
	const m = raw.match(/\d+(?:[.,\s\u00A0\u202F]\d+)*/u);
	if (!m || m.index === undefined) return null;
	const p = parseNumber(m[0]);
	if (!p) return null;
	const native = p.readings.find((r) => r.convention === 'both' || r.convention === g.lang) ?? p.readings[0];
	if (!native || !native.value) return null;
	const factor = n.value / native.value;
	if (!sameNumber(factor, Math.round(factor)) && !sameNumber(factor, 1)) return null;
	return { start: n.start + m.index, end: n.start + m.index + m[0].length, factor: Math.round(factor) || 1 };
}

export function trueFalseNumber(g: Gen, n: NumberFact): Draft | null {
	const lit = literalOf(g, n);
	if (!lit) return null;
	const seed = seedOf(g, 'tf-number', n.start);
	let right = rng(seed)() < 0.5;
	let shown = n.value;
	if (!right) {
		const ds = numberDistractors(n, g.groups, 3, seed).filter((d) => Number.isInteger(d / lit.factor) || lit.factor === 1);
		if (ds.length) shown = ds[0];
		else right = true;
	}
	const context = sentenceSpan(g, n.start);
	const win = window(g.text, context, n);
	const literal = right ? g.text.slice(lit.start, lit.end) : g.t.formatNumber(shown / lit.factor);
	// the claim's figure as shown, the sentence's other figures left out (they are other questions)
	const marks = [{ start: lit.start, end: lit.end, mark: literal }];
	for (const m of g.numbers) if (m !== n && m.start >= win.start && m.end <= win.end && (m.end <= n.start || m.start >= n.end) && worthAsking(g, m)) marks.push({ start: m.start, end: m.end, mark: OMITTED });
	let sentence = blankOut(g.text, win, marks, '');
	if (win.start > context.start) sentence = `… ${sentence}`;
	if (win.end < context.end) sentence = `${sentence} …`;
	return {
		type: 'true-false',
		target: 'boolean',
		lang: g.lang,
		prompt: g.t.trueFalseNumber(innerQuotes(sentence, g.lang)),
		answer: right,
		claim: { target: 'number', value: shown, evidence: span(n) },
		fact: n.value,
		evidence: span(n),
		context,
		explanation: g.t.explainTrueFalse(right, cite(g, context))
	};
}

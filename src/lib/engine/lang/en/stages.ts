import type { Context, LanguagePack } from '../../context.ts';
import type { Quote } from '../../types.ts';
import type { EnglishSpeech } from '../../../resources/en/speech.ts';
import { enTools, type EnTools } from './grammar/lexicon.ts';
import { tokenizeDoc } from './grammar/tokens.ts';
import { pairEnglishMarks, type EnSpan } from './grammar/marks.ts';
import { outsideOf, type Outside } from './grammar/outside.ts';
import { findDirect, type EnPending, type EnQuote } from './quotes/direct.ts';
import { findIndirect } from './quotes/indirect.ts';
import { indexPersons } from './speakers/entities.ts';
import { resolveSpeakers } from './speakers/resolve.ts';

// English quote finding and speaker attribution. German word order (verb second, separable
// particles, case endings) needs rules of its own; English frames ("X said", "said X",
// "according to X", "X told reporters") are read here. The four functions are the English
// pack's implementation of the pipeline's four language stages and leave the same items
// (quotes with `frame`, entities, speakers).
//
//   grammar/tokens.ts     words, punctuation and quotation marks ('' of NYT style included)
//   grammar/marks.ts      pairing of double quotation marks per paragraph, quotes running on
//   grammar/outside.ts    each paragraph read around its quotes, cut into sentences
//   grammar/cues.ts       speech verbs in finite use; "according to"
//   grammar/mention.ts    the speaker phrase before / after a cue, its name, role and gender
//   grammar/frames.ts     frames of a quote: trailing, leading (colon, comma), in its sentence
//   quotes/direct.ts      direct quotes, split quotes, continuity
//   quotes/indirect.ts    reported speech
//   speakers/entities.ts  the persons the article names; speakers/resolve.ts resolves mentions to them

/** What the English stages hand on to each other. */
interface EnglishState {
	tools: EnTools;
	spans: EnSpan[];
	outs: Outside[];
	direct: EnQuote[];
	pending: EnPending[];
	indirect: EnQuote[];
	/** every quote in document order, beside the `Quote` it became */
	items: EnQuote[];
	quotes: Quote[];
}

declare module '../../context.ts' {
	interface StageData {
		english?: EnglishState;
	}
}

function state(ctx: Context): EnglishState {
	if (!ctx.english) throw new Error('the English quote stages did not run');
	return ctx.english;
}

/** quotes.direct: quotation marks paired, direct quotes with their frames; quoted stretches
 * without a frame wait for reported speech (quotes.fragments). */
function findEnglishDirect(ctx: Context, lex: EnglishSpeech): void {
	const { analysis } = ctx;
	const { doc } = analysis;
	const tools = enTools(lex);
	const paragraphs = tokenizeDoc(doc, lex, tools.abbreviations);
	const { spans, diagnostics } = pairEnglishMarks(paragraphs, doc.work);
	analysis.diagnostics.push(...diagnostics);
	const outs = outsideOf(paragraphs, spans);
	const { quotes: direct, pending } = findDirect(doc, outs, spans, tools);
	ctx.english = { tools, spans, outs, direct, pending, indirect: [], items: [], quotes: [] };
}

/** quotes.indirect: reported speech around the direct quotes. */
function findEnglishIndirect(ctx: Context): void {
	const st = state(ctx);
	st.indirect = findIndirect(ctx.analysis.doc, st.outs, st.spans, st.direct, st.tools);
}

/** quotes.fragments: the quoted stretches left waiting, then continuity, then the quotes. */
function attachEnglishFragments(ctx: Context): void {
	const st = state(ctx);
	const { doc } = ctx.analysis;
	const { spans, pending, direct, indirect } = st;
	// quoted words inside reported speech belong to the report; others with a cue in their
	// sentence before them are quotes of that cue's speaker
	const covered = new Set<number>();
	for (const q of indirect) for (const s of q.spans) covered.add(s);
	const fragments: EnQuote[] = [];
	for (const p of pending) {
		if (covered.has(p.span) || !p.hit) continue;
		const sp = spans[p.span];
		// "which X called “…”", "what he called “…”": a verb with an object frames a short quote right after it
		const gap = p.hit.cue ? doc.work.slice(p.hit.cue.end, sp.open) : '';
		const object = !!p.hit.cue?.entry?.object && p.hit.cue.form !== 'ing' && !/[,.;:!?()]/.test(gap) && (gap.match(/\S+/g) ?? []).length <= 4;
		if (!p.long && ((p.hit.cue?.entry?.weak && !object) || !p.hit.frame.mention)) continue;
		fragments.push({ start: sp.open, end: sp.close, kind: 'direct', frame: p.hit.frame, cue: p.hit.cue, rule: `direct.${p.hit.frame.sieve}`, paragraph: p.paragraph, spans: [p.span] });
	}
	const items = [...direct, ...indirect, ...fragments].sort((a, b) => a.start - b.start || a.end - b.end);
	// a quote opening its sentence without a frame continues the quote before it (same or previous paragraph)
	const indexOf = new Map(items.map((q, i) => [q, i]));
	for (let i = 0; i < items.length; i++) {
		const f = items[i].frame;
		const after = items[i].after;
		if (after && indexOf.has(after)) f.follows = indexOf.get(after);
		if (f.follows !== -1) continue;
		f.follows = undefined;
		let j = i - 1;
		while (j >= 0 && items[j].end > items[i].start) j--;
		if (j < 0) continue;
		const gap = items[i].paragraph - items[j].paragraph;
		if (gap > 1) continue;
		f.follows = j;
		f.confidence = gap === 0 ? 0.8 : 0.7;
	}
	st.items = items;
	st.quotes = items.map(
		(q): Quote => ({
			start: q.start,
			end: q.end,
			text: doc.text.slice(q.start, q.end),
			kind: q.kind,
			speaker: null,
			cue: q.cue?.text ?? null,
			...(q.cue ? { cueSpan: { start: q.cue.start, end: q.cue.end } } : {}),
			...(q.segments ? { segments: q.segments } : {}),
			rule: q.rule,
			// the English speaker stage resolves continuations itself (speakers/resolve.ts)
			frame: { mention: null, sieve: q.frame.sieve, confidence: q.frame.confidence }
		})
	);
	ctx.analysis.quotes.push(...st.quotes);
}

/** speakers: the persons the article names, and each quote's speaker among them. */
function attributeEnglishSpeakers(ctx: Context): void {
	const st = state(ctx);
	const index = indexPersons(st.outs, st.tools);
	const { speakers, entities } = resolveSpeakers(st.items, index, st.tools);
	ctx.analysis.entities = entities;
	st.quotes.forEach((q, i) => (q.speaker = speakers[i]));
}

/** The English pack's language stages, reading the given speech data. */
export function englishStages(lex: EnglishSpeech): LanguagePack['stages'] {
	return {
		'quotes.direct': (ctx) => findEnglishDirect(ctx, lex),
		'quotes.indirect': findEnglishIndirect,
		'quotes.fragments': attachEnglishFragments,
		speakers: attributeEnglishSpeakers
	};
}

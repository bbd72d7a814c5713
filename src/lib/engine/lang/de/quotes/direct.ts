import type { Context } from '../../../context.ts';
import type { Quote, QuoteFrame, Token } from '../../../types.ts';
import { pairQuoteMarks, type MarkedSpan } from '../../../shared/marks.ts';
import { sentenceAt, sentenceSpeech, toolsOf, type SentenceSpeech } from './sentence-speech.ts';
import { readPhrase } from '../grammar/phrase.ts';
import { sentenceSubject, type Cue, type SpeechTools } from '../grammar/frames.ts';

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Short fragments are quotes only when a frame attributes them; long ones almost always are. */
const LONG = 8;
const SHORT = 3;

function tokenIndexAt(tokens: Token[], offset: number): number {
	return tokens.findIndex((t) => t.start === offset);
}

/** "„…“, sagte er" / "„…“, so der Minister": the frame right after the closing mark. */
function trailingFrame(ss: SentenceSpeech, span: MarkedSpan, tools: SpeechTools, text: string): { frame: QuoteFrame; cue: Cue | null; endToken: number } | null {
	const { tokens } = ss;
	const close = tokenIndexAt(tokens, span.close - 1);
	if (close < 0) return null;
	let k = close + 1;
	if (tokens[k]?.text === ',') k++;
	else if (!/[?!]$/.test(text.slice(span.innerStart, span.innerEnd).trim())) return null;
	const cue = ss.cues.find((c) => c.clauseStart === k && (c.verb === k || c.subjectSide === 'after'));
	if (cue && cue.subject) {
		return { frame: { mention: cue.subject, sieve: 'trailing-frame', confidence: 0.95 }, cue, endToken: cue.clauseEnd };
	}
	if (tokens[k]?.text.toLowerCase() === 'so') {
		const p = readPhrase(tokens, k + 1, text, tools.phrases);
		if (p && (p.kind !== 'np' || p.role || p.organisation || p.det)) {
			return { frame: { mention: p, sieve: 'so-frame', confidence: p.kind === 'pronoun' ? 0.8 : 0.9 }, cue: null, endToken: p.last };
		}
	}
	if (cue) return { frame: { mention: null, sieve: 'trailing-frame', confidence: 0 }, cue, endToken: cue.clauseEnd };
	return null;
}

/** "X sagte: „…“" and the headline pattern "X: „…“". */
function colonFrame(ctx: Context, speech: SentenceSpeech[], span: MarkedSpan, tools: SpeechTools): { frame: QuoteFrame; cue: Cue | null } | null {
	const { work, text } = ctx.analysis.doc;
	let i = span.open - 1;
	while (i >= 0 && /[ \t\u00A0]/.test(work[i])) i--;
	if (work[i] !== ':') return null;
	const si = sentenceAt(ctx, i);
	if (si < 0) return null;
	const ss = speech[si];
	const colon = tokenIndexAt(ss.tokens, i);
	if (colon < 0) return null;
	const cue = ss.cues.find((c) => c.clauseEnd === colon - 1);
	if (cue) return { frame: { mention: cue.subject, sieve: 'colon-intro', confidence: cue.subject ? 0.95 : 0 }, cue };
	// "Merkel: „…“" — a bare name (or short phrase) before the colon at a clause start
	let cs = colon - 1;
	while (cs > 0 && !/^[,;:.!?()–—]$/.test(ss.tokens[cs - 1].text) && ss.tokens[cs - 1].kind !== 'quote') cs--;
	const p = readPhrase(ss.tokens, cs, text, tools.phrases);
	// "X: „…“" or "X zur neuen Heimat: „…“" (a short phrase may follow the name)
	const rest = p ? colon - 1 - p.last : -1;
	const pp = rest > 0 && rest <= 4 && tools.phrases.lex.prepositions.includes(ss.tokens[p!.last + 1].text);
	if (p && (rest === 0 || pp) && p.kind !== 'pronoun' && (p.kind === 'name' || p.role || p.organisation)) {
		return { frame: { mention: p, sieve: 'colon-name', confidence: 0.85 }, cue: null };
	}
	// "Seine Meinung zu X: „…“", "Ihre Antwort lautete: „…“" — the possessive points to the last speaker
	const possessive = ss.tokens[cs];
	if (possessive && /^(seine|seiner|seinen|sein|ihre|ihrer|ihren|ihr)$/i.test(possessive.text) && /^\p{Lu}/u.test(ss.tokens[cs + 1]?.text ?? '')) {
		const head = /^s/i.test(possessive.text) ? 'er' : 'sie';
		return { frame: { mention: { start: possessive.start, end: ss.tokens[cs + 1].end, text: possessive.text, kind: 'pronoun', head, organisation: false, first: cs, last: cs + 1 }, sieve: 'colon-possessive', confidence: 0.7 }, cue: null };
	}
	// "…, so X weiter: „…“"
	if (ss.tokens[cs]?.text.toLowerCase() === 'so') {
		const q = readPhrase(ss.tokens, cs + 1, text, tools.phrases);
		if (q && q.kind !== 'pronoun' && (q.kind === 'name' || q.role || q.organisation) && q.last >= colon - 3) return { frame: { mention: q, sieve: 'so-frame', confidence: 0.85 }, cue: null };
	}
	// "X schloss sich dem mit den Worten an: „…“" — the subject of the clause before the colon
	// (the clause may start after an apposition: "Der Sprecher, Tom X, versuchte …:")
	const noEarlierColon = !ss.tokens.slice(0, colon).some((t) => t.text === ':' || t.kind === 'quote');
	if (noEarlierColon && wordCount(ctx.analysis.doc.work.slice(span.innerStart, span.innerEnd)) >= 4) {
		const subject = sentenceSubject(ss.tokens.slice(0, colon), text, tools);
		if (subject) return { frame: { mention: subject, sieve: 'colon-subject', confidence: 0.8 }, cue: null };
	}
	return null;
}

/** A headline "Name: … „…“": the name before the colon speaks the quoted words. */
function headlineFrame(ss: SentenceSpeech, tools: SpeechTools, text: string): QuoteFrame | null {
	if (!ss.sentence.heading) return null;
	const colon = ss.tokens.findIndex((t) => t.text === ':');
	if (colon < 1 || colon > 5) return null;
	const p = readPhrase(ss.tokens, 0, text, tools.phrases);
	if (!p || p.last !== colon - 1 || p.kind === 'pronoun') return null;
	return { mention: p, sieve: 'headline-colon', confidence: 0.8 };
}

/** The cue of the clause the quote stands in: "nannte die Lage „ernst“", "sagte, es sei „…“". */
function sentenceCue(ss: SentenceSpeech, span: MarkedSpan, used: Cue | null): { cue: Cue; sameClause: boolean } | null {
	const open = tokenIndexAt(ss.tokens, span.open);
	if (open < 0) return null;
	let best: { cue: Cue; sameClause: boolean; d: number } | null = null;
	for (const c of ss.cues) {
		if (c === used || !c.subject) continue;
		const sameClause = c.clauseStart <= open && open <= c.clauseEnd + 1;
		// a cue after the quote only counts in its own clause
		if (c.verb > open && !sameClause) continue;
		const d = Math.abs(c.verb - open) + (sameClause ? 0 : 100);
		if (!best || d < best.d) best = { cue: c, sameClause, d };
	}
	return best;
}

/** "Das sagte X." / "Dies erklärte X." right after the quote's sentence. */
export function nextSentenceFrame(speech: SentenceSpeech[], si: number): { frame: QuoteFrame; cue: Cue } | null {
	const next = speech[si + 1];
	if (!next || next.sentence.paragraph !== speech[si].sentence.paragraph) return null;
	const first = next.tokens[0]?.text.toLowerCase();
	if (first !== 'das' && first !== 'dies' && first !== 'dieses') return null;
	const cue = next.cues.find((c) => c.clauseStart === 0 && c.verb === 1 && c.subject && c.subjectSide === 'after');
	if (!cue) return null;
	return { frame: { mention: cue.subject, sieve: 'das-sagte', confidence: 0.9 }, cue };
}

/** 'title' for a title or term, 'name' for a name-like stretch after an article (a quote only
 * inside reported speech: "würde eine „Achse Berlin-Paris“ nicht ersetzen"), false otherwise. */
function isTitleLike(ss: SentenceSpeech, span: MarkedSpan, tools: SpeechTools, inner: string, framed: boolean): 'title' | 'name' | false {
	const open = tokenIndexAt(ss.tokens, span.open);
	const before = ss.tokens.slice(Math.max(0, open - 3), open).map((t) => t.text.toLowerCase());
	// the noun right before names what the marks hold: "der Film „…“", "unter dem Motto „…“"
	const last = before[before.length - 1] ?? '';
	if (tools.titleNouns.has(last) || tools.titleNouns.has(last.replace(/e?n$|s$/, ''))) return 'title';
	if (before.some((w) => /^(so ?genannte[nmrs]?|namens|genannte[nmrs]?|titel|motto)$/.test(w))) return 'title';
	if (before.some((w) => /^so$/.test(w)) && before.some((w) => /genannt/.test(w))) return 'title';
	// a name in marks after an article or a noun: "der „Berliner Zeitung“", "die Nachrichtenagentur „Xinhua“"
	const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
	const prev = ss.tokens[open - 1];
	// after a noun, or a dative/genitive article ("mit dem „Deutschlandfunk“"), it is a name; after
	// an accusative article only without a speech verb ("nannte den Bericht eine „Ente“" is a quote)
	if (words.length <= 5 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && prev) {
		const p = prev.text.toLowerCase();
		if (/^\p{Lu}/u.test(prev.text)) return 'title';
		if (/^(dem|der|des|einem|einer|eines|im|beim|vom|zum|zur)$/.test(p)) return 'title';
		if (!framed && tools.phrases.determiners.has(p)) return 'name';
	}
	return false;
}

export function findDirectQuotes(ctx: Context): void {
	const { analysis } = ctx;
	const { doc } = analysis;
	const tools = toolsOf(ctx);
	const { spans, diagnostics } = pairQuoteMarks(doc, ctx.pack.quoteMarks);
	analysis.diagnostics.push(...diagnostics);
	// an unclosed mark quotes nothing we can delimit: it stays a diagnostic only
	const closed = spans.filter((s) => !s.unclosed);
	ctx.marked = closed;
	const masks = closed.filter((s) => wordCount(doc.work.slice(s.innerStart, s.innerEnd)) >= SHORT || /[.!?,]/.test(doc.work.slice(s.innerStart, s.innerEnd))).map((s) => ({ start: s.open, end: s.close }));
	const speech = sentenceSpeech(ctx, masks);
	const quotes: Quote[] = [];
	let previousEndFrame: { quote: number; mergeable: boolean } | null = null;
	for (const span of closed) {
		const inner = doc.work.slice(span.innerStart, span.innerEnd);
		const words = wordCount(inner);
		if (words === 0) continue;
		const si = sentenceAt(ctx, span.open);
		const sc = sentenceAt(ctx, Math.max(span.open, span.close - 1));
		if (si < 0 || sc < 0) continue;
		const ssOpen = speech[si], ssClose = speech[sc];
		// a split quote: „…“, sagte er, „…“ continues the previous one
		if (previousEndFrame?.mergeable) {
			const prev = quotes[previousEndFrame.quote];
			const between = doc.work.slice(prev.end, span.open);
			if (/^\s*,[^„»"“.!?]{0,80},\s*$/.test(between) && sentenceAt(ctx, prev.start) === si) {
				prev.segments = [...(prev.segments ?? [[prev.start, prev.end]]), [span.open, span.close]];
				prev.end = span.close;
				prev.text = doc.text.slice(prev.start, prev.end);
				previousEndFrame = null;
				continue;
			}
		}
		// quoted words that name the speaker of a frame ("zitiert „BBC News“") are a name, not a quote
		if (ssOpen.cues.some((c) => c.subject && c.subject.start <= span.open && span.close <= c.subject.end)) continue;
		let frame: QuoteFrame | null = null;
		let cue: Cue | null = null;
		let strength: 'frame' | 'clause' | 'sentence' | 'none' = 'none';
		const trailing = trailingFrame(ssClose, span, tools, doc.text);
		const colon = colonFrame(ctx, speech, span, tools);
		if (trailing && trailing.frame.mention) ({ frame, cue } = trailing), (strength = 'frame');
		else if (colon && colon.frame.mention) ({ frame, cue } = colon), (strength = 'frame');
		else {
			const headline = headlineFrame(ssOpen, tools, doc.text);
			const inSentence = sentenceCue(ssOpen, span, null);
			if (headline) (frame = headline), (strength = 'frame');
			else if (inSentence) {
				cue = inSentence.cue;
				frame = { mention: cue.subject, sieve: inSentence.sameClause ? 'clause-cue' : 'sentence-cue', confidence: inSentence.sameClause ? 0.9 : 0.8 };
				strength = inSentence.sameClause ? 'clause' : 'sentence';
			} else {
				const next = nextSentenceFrame(speech, sc);
				if (next) ({ frame, cue } = next), (strength = 'frame');
				else if (trailing || colon) (frame = (trailing ?? colon)!.frame), (cue = (trailing ?? colon)!.cue), (strength = 'frame');
			}
		}
		const standalone = doc.work.slice(ssOpen.sentence.start, span.open).trim() === '' && /^[\s.!?…]*$/.test(doc.work.slice(span.close, ssClose.sentence.end));
		const opensSentence = doc.work.slice(ssOpen.sentence.start, span.open).trim() === '';
		if (!frame && (standalone || (opensSentence && words >= 4))) {
			// a quote standing at the start of its sentence continues the speaker before it; which
			// quote that is can only be told once reported speech is found (quotes/fragments.ts)
			frame = { mention: null, link: true, sieve: 'paragraph-continuity', confidence: 0 };
		}
		// which fragments count as quotes
		const titleLike = strength !== 'frame' ? isTitleLike(ssOpen, span, tools, inner, strength === 'clause') : false;
		if (titleLike === 'title') continue;
		if (titleLike === 'name') {
			(ctx.fragments ??= []).push({ span, sentence: si, cue: null, frame: null, nameLike: true });
			continue;
		}
		if (words < LONG) {
			let keep = true;
			if (words <= SHORT) {
				if (strength === 'none' || strength === 'sentence') keep = false;
				if (strength === 'clause' && cue?.reading.verb.weak) keep = false;
			} else if (strength === 'none' && !frame) keep = false;
			if (!keep) {
				// decided after reported speech is known: a fragment inside a report is a quote
				(ctx.fragments ??= []).push({ span, sentence: si, cue: strength === 'sentence' ? cue : null, frame });
				continue;
			}
		}
		const quote: Quote = {
			start: span.open,
			end: span.close,
			text: doc.text.slice(span.open, span.close),
			kind: 'direct',
			speaker: null,
			cue: cue?.text ?? (frame?.sieve === 'so-frame' ? 'so' : null),
			...(cue ? { cueSpan: cue.span } : {}),
			rule: `direct.${frame?.sieve ?? 'marks'}`,
			frame: frame ?? { mention: null, sieve: 'none', confidence: 0 }
		};
		quotes.push(quote);
		previousEndFrame = { quote: quotes.length - 1, mergeable: !!trailing && strength === 'frame' && (frame?.sieve === 'trailing-frame' || frame?.sieve === 'so-frame') };
	}
	analysis.quotes.push(...quotes);
}

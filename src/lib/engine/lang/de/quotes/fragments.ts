import type { Context } from '../../../context.ts';
import type { Quote, QuoteFrame } from '../../../types.ts';
import type { MarkedSpan } from '../../../shared/marks.ts';
import { sentenceSubject, type Cue } from '../grammar/frames.ts';
import { readPhrase, type PhraseMention } from '../grammar/phrase.ts';
import { sentenceAt, toolsOf } from './sentence-speech.ts';

declare module '../../../context.ts' {
	interface StageData {
		/** short quoted fragments without a frame of their own, decided by attachFragments */
		fragments?: Fragment[];
	}
}

/** A short quoted stretch the direct stage could not attribute by a frame of its own. */
export interface Fragment {
	span: MarkedSpan;
	sentence: number;
	/** a speech cue elsewhere in the same sentence */
	cue: Cue | null;
	frame: QuoteFrame | null;
	/** looks like a name after an article: a quote only inside reported speech */
	nameLike?: boolean;
}

/** Short quoted fragments are quotes when they stand inside reported speech ("der Pilot trage
 * die „volle Verantwortung“") — the report's speaker chose those words — or in a sentence whose
 * speech verb precedes them; titles were already filtered out by the direct stage. */
export function attachFragments(ctx: Context): void {
	const { analysis } = ctx;
	const fragments = ctx.fragments ?? [];
	const reports = analysis.quotes.filter((q) => q.kind === 'indirect');
	let r = 0;
	const added: Quote[] = [];
	for (const f of fragments) {
		while (r < reports.length && reports[r].end < f.span.open) r++;
		const host = reports.slice(Math.max(0, r - 1), r + 2).find((q) => q.start <= f.span.open && f.span.close <= q.end + 1);
		let frame: QuoteFrame | null = null;
		let cue: string | null = null;
		let own: PhraseMention | null = null;
		if (f.nameLike && !host?.frame) continue;
		if (host && nameLikeInReport(ctx, f, host)) continue;
		if (host && namesSource(host, f.span.open, ctx.analysis.doc.work.slice(f.span.innerStart, f.span.innerEnd))) continue;
		const closer = host?.frame ? closerSource(ctx, f.sentence, host, f.span.open) : null;
		if (closer) {
			frame = { mention: closer, sieve: 'inside-report.source', oblique: true, confidence: 0.7 };
			cue = host?.cue ?? null;
		} else if (host?.frame) {
			frame = { ...host.frame, sieve: 'inside-report', confidence: Math.min(host.frame.confidence, 0.85) };
			cue = host.cue;
		} else if (f.cue && f.cue.subject && f.cue.span.start < f.span.open && !f.cue.reading.verb.weak) {
			frame = { mention: f.cue.subject, sieve: 'sentence-cue', confidence: 0.75 };
			cue = f.cue.text;
		} else if ((own = namedSubject(ctx, f.sentence, f.span.open))) {
			// words quoted in a sentence whose subject is a named person: "X will „…“ prüfen"
			frame = { mention: own, sieve: 'sentence-subject', confidence: 0.6 };
		} else if (inReportedMood(ctx, f)) {
			// words quoted inside a Konjunktiv sentence are the reported source's words; its speaker
			// is the one the sentence continues, found below like any continuation
			frame = { mention: null, link: true, sieve: 'paragraph-continuity', confidence: 0 };
		}
		if (!frame) continue;
		added.push({
			start: f.span.open,
			end: f.span.close,
			text: analysis.doc.text.slice(f.span.open, f.span.close),
			kind: 'direct',
			speaker: null,
			cue,
			rule: `direct.${frame.sieve}`,
			frame
		});
	}
	if (added.length) {
		analysis.quotes.push(...added);
		analysis.quotes.sort((a, b) => a.start - b.start || a.end - b.end);
	}
	frameFromReport(ctx, analysis.quotes, reports);
	linkContinuations(ctx);
}

/** A source named inside the report, between its frame and the quoted words ("Sie solle, so X,
 * „…“", "…, laut der Studie „…“"): those words are that source's, not the frame's. */
function closerSource(ctx: Context, sentence: number, host: Quote, open: number): PhraseMention | null {
	const ss = ctx.speech?.[sentence];
	if (!ss) return null;
	const pl = toolsOf(ctx).phrases;
	const from = Math.max(host.start, (host.frame?.span ?? host.frame?.mention)?.end ?? host.start);
	const { text } = ctx.analysis.doc;
	for (let i = ss.tokens.length - 1; i >= 0; i--) {
		const t = ss.tokens[i];
		if (t.end > open) continue;
		if (t.start < from) break;
		const w = t.text.toLowerCase();
		// "laut X", "gemäß X", and "…, so X, …" (a so-frame after a comma)
		const source = pl.lex.sourcePrepositions.includes(w) || (w === 'so' && ss.tokens[i - 1]?.text === ',');
		if (!source) continue;
		const p = readPhrase(ss.tokens, i + 1, text, pl);
		if (p && p.kind !== 'pronoun' && p.end <= open && (p.kind === 'name' || p.role || p.organisation || p.det)) return p;
	}
	return null;
}

/** Marks inside or right after the report's source phrase hold the source's name ("laut der
 * Website „…“", "so die Zeitung „…“"), not words of the report. */
function namesSource(host: Quote, open: number, inner: string): boolean {
	const named = host.frame?.span ?? host.frame?.mention;
	// a name: an address ("zeitung.de") or capitalised words, not words of the report ("„sehr gut“")
	const t = inner.trim();
	const nameLike = /^\S*[.\d]\S*$/u.test(t) || !/(^|\s)\p{Ll}/u.test(t);
	return !!named && nameLike && open >= named.start && open <= named.end + 2;
}

/** A direct quote without a frame of its own that stands inside reported speech ("Nach Ansicht
 * der Ministerin sei es „…“", "sagte, es müsse „…“") is the report's speaker's: it takes the
 * report's frame. */
function frameFromReport(ctx: Context, quotes: Quote[], reports: Quote[]): void {
	let r = 0;
	for (const q of quotes) {
		if (q.kind !== 'direct' || (q.frame && (q.frame.mention || q.frame.follows || q.frame.link))) continue;
		while (r < reports.length && reports[r].end < q.start) r++;
		const host = reports.slice(Math.max(0, r - 1), r + 2).find((h) => h.start <= q.start && q.end <= h.end + 1 && h.frame && (h.frame.mention || h.frame.follows));
		if (!host?.frame) {
			// no report around it: the sentence's named subject, if any, chose the words
			const own = namedSubject(ctx, sentenceAt(ctx, q.start), q.start);
			if (own) (q.frame = { mention: own, sieve: 'sentence-subject', confidence: 0.6 }), (q.rule = 'direct.sentence-subject');
			continue;
		}
		if (namesSource(host, q.start, q.text.slice(1, -1))) continue;
		q.frame = { ...host.frame, sieve: 'inside-report', confidence: Math.min(host.frame.confidence, 0.85) };
		q.cue = host.cue;
		q.rule = 'direct.inside-report';
	}
}

/** Inside a report, marks around capitalised words only hold a name, title or term
 * ("trat der „Nordbund“ bei", "kurz „NB“") far more often than words the speaker chose: those
 * are no quotes. Several words are a quote when the fragment stage was told they are name-like
 * only by their article ("würde eine „Achse Nord-Süd“ …"): the direct stage lets those through
 * for reports, and one word standing alone is the commonest coined term. */
function nameLikeInReport(ctx: Context, f: Fragment, host: Quote): boolean {
	const inner = ctx.analysis.doc.work.slice(f.span.innerStart, f.span.innerEnd);
	if (/(^|\s)\p{Ll}/u.test(inner)) return false;
	return !f.nameLike || f.span.open <= host.start + 1;
}

/** The sentence's subject when it is a person's full name before the quoted words. */
function namedSubject(ctx: Context, sentence: number, open: number): PhraseMention | null {
	const ss = ctx.speech?.[sentence];
	if (!ss) return null;
	const subject = sentenceSubject(ss.tokens, ctx.analysis.doc.text, toolsOf(ctx));
	return subject && subject.kind === 'name' && !subject.organisation && !!subject.name?.includes(' ') && subject.end <= open ? subject : null;
}

function inReportedMood(ctx: Context, f: Fragment): boolean {
	const ss = ctx.speech?.[f.sentence];
	if (!ss) return false;
	const tools = toolsOf(ctx);
	const inner = ctx.analysis.doc.work.slice(f.span.innerStart, f.span.innerEnd);
	// capitalised words only are a name ("„Landser“ habe …", "zitiert „BBC News“"), not quoted words
	if (!/(^|\s)\p{Ll}/u.test(inner)) return false;
	return ss.tokens.some((t) => t.kind === 'word' && (t.end <= f.span.open || t.start >= f.span.close) && tools.subjunctive.has(t.text));
}

/** A quote at the start of its sentence without a frame continues the quote before it, in the
 * same paragraph (or the one before it). */
function linkContinuations(ctx: Context): void {
	const { quotes, doc } = ctx.analysis;
	const paragraphOf = (at: number) => doc.sentences[sentenceAt(ctx, at)]?.paragraph ?? -1;
	for (let i = 0; i < quotes.length; i++) {
		const f = quotes[i].frame;
		if (!f || !f.link) continue;
		f.link = false;
		let j = i - 1;
		while (j >= 0 && quotes[j].end > quotes[i].start) j--;
		const gap = j < 0 ? Infinity : paragraphOf(quotes[i].start) - paragraphOf(quotes[j].start);
		if (gap <= 1) {
			f.follows = quotes[j];
			f.confidence = gap === 0 ? 0.75 : 0.65;
			continue;
		}
		// no quote before it: the speaker of a speech verb in the sentence just before
		// ("X nahm zu der Frage Stellung. „…“")
		const si = sentenceAt(ctx, quotes[i].start);
		const prev = ctx.speech?.[si - 1];
		const cue = prev && prev.sentence.paragraph >= paragraphOf(quotes[i].start) - 1 ? prev.cues.find((c) => c.subject && c.subject.kind !== 'pronoun' && !c.reading.verb.weak) : undefined;
		if (cue) {
			f.mention = cue.subject;
			f.sieve = 'previous-sentence-cue';
			f.confidence = 0.7;
		}
	}
}

import type { Quote, QuoteFrame } from '../../../types.ts';
import { sentenceSubject, type SpeechTools } from '../grammar/frames.ts';
import { readPhrase } from '../grammar/phrase.ts';
import type { SentenceSpeech } from './sentence-speech.ts';
import { hasReportative, hasSubjunctive, trimSpan, type Found } from './report-tools.ts';

/** What the continuation rule needs to know about the sentences before the current one. */
export interface ReportState {
	speech: SentenceSpeech[];
	tools: SpeechTools;
	work: string;
	text: string;
	/** reported-speech items found so far, in sentence order */
	found: Found[];
	/** sentences holding reported speech */
	reported: Set<number>;
	/** direct quotes by the sentence they end in / by every sentence they cover */
	directEndingIn: Map<number, Quote[]>;
	directCovering: Map<number, Quote[]>;
}

/** "ich glaube", "wir haben": first-person forms look like the Konjunktiv I but are the writer's
 * (or an unmarked quote's) own voice, never reported speech. */
const firstPerson = (ss: SentenceSpeech, tools: SpeechTools) => ss.tokens.some((t) => tools.firstPerson.has(t.text.toLowerCase()));

/** Free indirect speech: a Konjunktiv sentence without a frame of its own goes on with the
 * words of the speaker just reported ("X sagte, … . Die Lage sei ernst."), just quoted, or just
 * named as the subject of a speech verb (a pronoun too: "Sie lehnte den Plan ab. Er sei …").
 * Further back, see looseContinuation. Returns the item for sentence `si`, or null. */
export function continuation(st: ReportState, si: number): Found | null {
	const { speech, tools, found, reported } = st;
	const ss = speech[si];
	if (si === 0 || ss.cues.some((c) => c.subject)) return null;
	const prev = found[found.length - 1];
	const prevSentence = prev ? prev.sentence : -1;
	const directBefore = st.directEndingIn.get(si - 1) ?? [];
	const prevCue = speech[si - 1].cues.find((c) => c.subject && c.subjectSide !== 'none' && !c.reading.verb.weak);
	const afterReport = prevSentence === si - 1 && reported.has(si - 1);
	if (!afterReport && !directBefore.length && !prevCue) return looseContinuation(st, si);
	const samePara = ss.sentence.paragraph === speech[si - 1].sentence.paragraph;
	if (ss.sentence.paragraph - speech[si - 1].sentence.paragraph > 1) return null;
	const inDirect = (st.directCovering.get(si) ?? []).some((q) => q.start <= ss.sentence.start && q.end >= ss.sentence.end);
	if (inDirect || firstPerson(ss, tools)) return null;
	// the Konjunktiv I anywhere; a conditional ("wäre", "würde") only inside the same paragraph
	const last = ss.tokens.length - 1;
	const reportive = tools.phrases.lex.reportiveForms ?? [];
	const mood =
		hasSubjunctive(ss.tokens, 0, last, tools, false) ||
		(samePara && hasSubjunctive(ss.tokens, 0, last, tools, true)) ||
		// hearsay "soll": right after a report, or with a perfect infinitive ("soll … gesagt haben")
		// after a quote or speech cue, in the same paragraph
		(samePara && (afterReport ? ss.tokens.some((t) => reportive.includes(t.text)) : hasReportative(ss.tokens, tools)));
	if (!mood) return null;
	// "laut Verfassung müsste …": a rule book, not the speaker before, says what the sentence says
	const lex = tools.phrases.lex;
	if (ss.tokens.some((t, i) => lex.sourcePrepositions.includes(t.text.toLowerCase()) && lex.normativeNouns.includes(ss.tokens[i + 1]?.text ?? ''))) return null;
	// an indicative main clause with a subject of its own before the Konjunktiv one ("Die Partei
	// setzte dem entgegen, es sei …"): a new speaker, not the one before
	const inner = innerSpeaker(st, si);
	if (inner) return inner;
	const content = trimSpan(st.work, ss.sentence.start, ss.sentence.end);
	const fromDirect = directBefore.length > 0 && !(prevSentence === si - 1);
	const item = (frame: QuoteFrame): Found => ({ sentence: si, span: content, frame, cue: null, cueText: null, rule: 'indirect.free-indirect' });
	if (!afterReport && !fromDirect && prevCue) return item({ mention: prevCue.subject, sieve: 'free-indirect', confidence: 0.75 });
	// after a direct quote, Konjunktiv sentences go on with the quoted speaker's words
	if (fromDirect) return item({ mention: null, follows: directBefore[directBefore.length - 1], sieve: 'free-indirect', confidence: 0.7 });
	// a source phrase stays the mention of its continuation: "Nach Angaben der Behörde … . Es sei …"
	return item({ mention: prev.frame.mention, follows: prev.frame.follows, oblique: prev.frame.oblique, span: prev.frame.span, sieve: 'free-indirect', confidence: Math.min(0.8, prev.frame.confidence) });
}

/** The last report found in sentence k, searched from the end: reports come in sentence order,
 * so the search stops a few items back (a copy of the list per sentence would be quadratic). */
export function reportIn(st: ReportState, k: number): Found | undefined {
	for (let x = st.found.length - 1; x >= 0; x--) {
		const f = st.found[x];
		if (f.sentence === k) return f;
		if (f.sentence < k) return undefined;
	}
	return undefined;
}

/** How far back (in sentences) a Konjunktiv sentence looks for the report it continues. */
const LOOKBACK = 4;

/** A sentence in the Konjunktiv I ("Die Lage sei ernst.") is reported speech even when the
 * sentence before it reports nothing: news writes whole paragraphs in the Konjunktiv after one
 * frame, with indicative asides in between. */
function looseContinuation(st: ReportState, si: number): Found | null {
	const { speech, tools } = st;
	const ss = speech[si];
	const { tokens } = ss;
	const last = tokens.length - 1;
	if (!hasSubjunctive(tokens, 0, last, tools, false)) return null;
	if (firstPerson(ss, tools)) return null;
	if ((st.directCovering.get(si) ?? []).some((q) => q.start <= ss.sentence.start && q.end >= ss.sentence.end)) return null;
	const inner = innerSpeaker(st, si);
	if (inner) return inner;
	const content = trimSpan(st.work, ss.sentence.start, ss.sentence.end);
	const frame = contextSpeaker(st, si);
	// no report, quote or speaker in reach: the source is lost (or the sentence is a hedge)
	if (!frame.mention && !frame.follows) return null;
	return { sentence: si, span: content, frame, cue: null, cueText: null, rule: 'indirect.free-indirect' };
}

/** "X beruft sich darauf, dass … sei", "Zeitungen berichteten, es sei …": the Konjunktiv stands
 * in a clause after a comma and the main clause before it names who speaks (its verb may be
 * missing from the lexicon, its subject too loose for the speech cues). The report is the
 * clause after the comma. */
function innerSpeaker(st: ReportState, si: number): Found | null {
	const { tokens } = st.speech[si];
	const comma = tokens.findIndex((t) => t.text === ',');
	if (comma < 2 || hasSubjunctive(tokens, 0, comma - 1, st.tools, false)) return null;
	if (!hasSubjunctive(tokens, comma + 1, tokens.length - 1, st.tools, false)) return null;
	const first = tokens[comma + 1]?.text.toLowerCase() ?? '';
	// a relative or adverbial clause after the comma belongs to the main clause
	if (/^(der|die|das|dem|den|denen|dessen|deren|welche[rsm]?|wo|wobei|als|wenn|weil|da|so|um|und|oder|aber|sondern|nachdem|bevor|während|obwohl|seit|sowie|bis|wie)$/.test(first)) return null;
	const subject = sentenceSubject(tokens.slice(0, comma), st.text, st.tools, true);
	if (!subject) return null;
	const content = trimSpan(st.work, tokens[comma + 1].start, st.speech[si].sentence.end);
	return { sentence: si, span: content, frame: { mention: subject, sieve: 'subject-clause', confidence: 0.6 }, cue: null, cueText: null, rule: 'indirect.subject-clause' };
}

/** Who a frameless Konjunktiv sentence reports: a pronoun subject of its own ("Er sei …",
 * resolved by the speaker stage); otherwise the nearest report or quote a few sentences back
 * (same or previous paragraph), unless a speech verb of someone else stands between. Unknown
 * when there is none. */
function contextSpeaker(st: ReportState, si: number): QuoteFrame {
	const { speech, tools } = st;
	const ss = speech[si];
	const own = ss.tokens[0];
	if (own && /^(er|sie)$/i.test(own.text) && hasSubjunctive(ss.tokens, 1, 1, tools, true)) {
		const mention = readPhrase(ss.tokens, 0, st.text, tools.phrases);
		if (mention?.kind === 'pronoun') return { mention, sieve: 'free-indirect.pronoun', confidence: 0.7 };
	}
	for (let k = si - 1; k >= 0 && si - k <= LOOKBACK && ss.sentence.paragraph - speech[k].sentence.paragraph <= 1; k--) {
		const report = st.reported.has(k) ? reportIn(st, k) : undefined;
		if (report) return { mention: report.frame.mention, follows: report.frame.follows, oblique: report.frame.oblique, span: report.frame.span, sieve: 'free-indirect.report', confidence: Math.min(0.7, report.frame.confidence) };
		const direct = st.directEndingIn.get(k);
		if (direct?.length) return { mention: null, follows: direct[direct.length - 1], sieve: 'free-indirect.direct', confidence: 0.6 };
		// a sentence with a speech verb but no report found: who speaks is too unsure to carry on
		// (on the training split such carried speakers were right 2 times in 10)
		if (speech[k].cues.some((c) => c.subject && c.subject.kind !== 'pronoun')) break;
	}
	return { mention: null, sieve: 'free-indirect', confidence: 0 };
}

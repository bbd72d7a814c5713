import type { Quote, QuoteFrame, Span } from '../types.ts';
import type { SpeechTools } from '../speech/frames.ts';
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

/** Free indirect speech: a Konjunktiv sentence without a frame of its own goes on with the
 * words of the speaker just reported ("X sagte, … . Die Lage sei ernst."), just quoted, or just
 * named as the subject of a speech verb. Returns the item for sentence `si`, or null. */
export function continuation(st: ReportState, si: number): Found | null {
	const { speech, tools, found, reported } = st;
	const ss = speech[si];
	if (si === 0 || ss.cues.some((c) => c.subject)) return null;
	const prev = found[found.length - 1];
	const prevSentence = prev ? prev.sentence : -1;
	const directBefore = st.directEndingIn.get(si - 1) ?? [];
	const prevCue = speech[si - 1].cues.find((c) => c.subject && c.subject.kind !== 'pronoun' && c.subjectSide !== 'none' && !c.reading.verb.weak);
	const afterReport = prevSentence === si - 1 && reported.has(si - 1);
	if (!afterReport && !directBefore.length && !prevCue) return null;
	const samePara = ss.sentence.paragraph === speech[si - 1].sentence.paragraph;
	if (ss.sentence.paragraph - speech[si - 1].sentence.paragraph > 1) return null;
	const inDirect = (st.directCovering.get(si) ?? []).some((q) => q.start <= ss.sentence.start && q.end >= ss.sentence.end);
	if (inDirect) return null;
	// the Konjunktiv I anywhere; a conditional ("wäre", "würde") only inside the same paragraph
	const last = ss.tokens.length - 1;
	const mood = hasSubjunctive(ss.tokens, 0, last, tools, false) || (samePara && hasSubjunctive(ss.tokens, 0, last, tools, true)) || (samePara && hasReportative(ss.tokens, tools));
	if (!mood) return null;
	const content = trimSpan(st.work, ss.sentence.start, ss.sentence.end);
	const fromDirect = directBefore.length > 0 && !(prevSentence === si - 1);
	const anchor = anchorOf(ss, tools);
	const item = (frame: QuoteFrame): Found => ({ sentence: si, span: content, frame: anchor ? { ...frame, anchor } : frame, cue: null, cueText: null, rule: 'indirect.free-indirect' });
	if (!afterReport && !fromDirect && prevCue) return item({ mention: prevCue.subject, sieve: 'free-indirect', confidence: 0.75 });
	// after a direct quote, Konjunktiv sentences go on with the quoted speaker's words
	if (fromDirect) return item({ mention: null, follows: directBefore[directBefore.length - 1], sieve: 'free-indirect', confidence: 0.7 });
	return item({ mention: prev.frame.mention, follows: prev.frame.follows, oblique: prev.frame.oblique, sieve: 'free-indirect', confidence: Math.min(0.8, prev.frame.confidence) });
}

/** "Demnach …" at the start of a continuing sentence: the word that refers back to the source. */
function anchorOf(ss: SentenceSpeech, tools: SpeechTools): Span | undefined {
	const t = ss.tokens.slice(0, 3).find((x) => tools.phrases.lex.anchorAdverbs?.includes(x.text.toLowerCase()));
	return t ? { start: t.start, end: t.end } : undefined;
}

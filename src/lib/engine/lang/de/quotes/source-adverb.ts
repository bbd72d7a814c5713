import type { QuoteFrame } from '../../../types.ts';
import { sentenceSubject } from '../grammar/frames.ts';
import { isCapitalised } from '../grammar/phrase.ts';
import { reportIn, type ReportState } from './free-indirect.ts';
import { lastTokenIndex, trimSpan, type Found } from './report-tools.ts';

/** "Die Behörde legte den Bericht vor. Demnach ist …" / "… soll demnach …": an adverb that
 * points back to the source named just before. The report is the sentence (without a leading
 * adverb); the frame names the source the adverb takes up, and the adverb is the mention the
 * quote's own frame uses (its span). */
export function sourceAdverb(st: ReportState, si: number): Found | null {
	const { speech, tools } = st;
	const adverbs = tools.phrases.lex.sourceAdverbs ?? [];
	if (!adverbs.length) return null;
	const ss = speech[si];
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	const at = tokens.findIndex((t, i) => i <= last && t.kind === 'word' && adverbs.includes(t.text.toLowerCase()));
	if (at < 0) return null;
	// a sentence-initial adverb is followed by the finite verb ("Demnach ist"); inside the
	// sentence it stands right after a verb ("soll demnach", "erreichten demnach")
	const next = tokens[at + 1];
	const prev = tokens[at - 1];
	if (at === 0 ? !next || next.kind !== 'word' || isCapitalised(next) : !prev || prev.kind !== 'word' || isCapitalised(prev)) return null;
	// "wonach"-like relative use ("die Regel, demnach …") needs a comma before it: not a report of its own
	if (at > 0 && prev.text === ',') return null;
	const from = at === 0 ? next.start : ss.sentence.start;
	const span = trimSpan(st.work, from, ss.sentence.end);
	if (span.end - span.start < 12) return null;
	const adverb = tokens[at];
	return { sentence: si, span, frame: { ...antecedent(st, si), span: { start: adverb.start, end: adverb.end } }, cue: null, cueText: adverb.text, rule: 'indirect.source-adverb' };
}

/** The source the adverb takes up: the report, speech cue or speaker-like subject of the
 * sentence before (same or previous paragraph). */
function antecedent(st: ReportState, si: number): QuoteFrame {
	const { speech } = st;
	const k = si - 1;
	const none: QuoteFrame = { mention: null, sieve: 'source-adverb', confidence: 0 };
	if (k < 0 || speech[si].sentence.paragraph - speech[k].sentence.paragraph > 1) return none;
	const report = st.reported.has(k) ? reportIn(st, k) : undefined;
	if (report?.frame.mention) return { mention: report.frame.mention, oblique: report.frame.oblique, sieve: 'source-adverb', confidence: Math.min(0.7, report.frame.confidence) };
	const cue = speech[k].cues.find((c) => c.subject && c.subject.kind !== 'pronoun');
	if (cue) return { mention: cue.subject, sieve: 'source-adverb', confidence: 0.7 };
	const subject = sentenceSubject(speech[k].tokens, st.text, st.tools);
	if (subject) return { mention: subject, sieve: 'source-adverb', confidence: 0.6 };
	return none;
}

import type { SentenceSpeech } from './sentence-speech.ts';
import type { SpeechTools } from '../grammar/frames.ts';
import { lastTokenIndex, trimSpan, type Found } from './report-tools.ts';

/** Forms of "werden" that make "bekannt" a report of news: "wurde bekannt", "bekannt geworden". */
const BECOME = /^(wird|wurde|wurden|werden|geworden|worden)$/i;

/** "Es wurde bekannt, dass …" / "Wie am Montag bekannt wurde, …": news passed on without a
 * named source. The report is the dass-clause, or the main clause after a "wie" clause; the
 * speaker stays unknown. */
export function disclosure(ss: SentenceSpeech, work: string, tools: SpeechTools): Found | null {
	const words = tools.phrases.lex.disclosureWords ?? [];
	if (!words.length) return null;
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	for (let i = 0; i < last; i++) {
		if (!words.includes(tokens[i].text.toLowerCase())) continue;
		// the clause around the word: up to the next comma, back to the previous one
		let a = i;
		while (a > 0 && tokens[a - 1].text !== ',') a--;
		let b = i;
		while (b < last && tokens[b + 1].text !== ',') b++;
		if (!tokens.slice(a, b + 1).some((t) => BECOME.test(t.text))) continue;
		// "bekannt gegeben" is a speech verb the frame stage reads (with its speaker)
		if (/^gegeben$/i.test(tokens[i + 1]?.text ?? '')) continue;
		const comma = b + 1;
		if (tokens[comma]?.text !== ',' || comma + 2 > last) continue;
		let from: number;
		if (/^(dass|daß)$/i.test(tokens[comma + 1].text)) from = comma + 1;
		else if (tokens[a].text.toLowerCase() === 'wie' && tools.verbs.has(tokens[comma + 1].text.toLowerCase()) === false && /^\p{Ll}/u.test(tokens[comma + 1].text)) from = comma + 1;
		else continue;
		const span = trimSpan(work, tokens[from].start, ss.sentence.end);
		if (span.end - span.start < 12) continue;
		return { sentence: ss.sentence.index, span, frame: { mention: null, sieve: 'disclosure', confidence: 0 }, cue: null, cueText: work.slice(tokens[a].start, tokens[b].end), rule: 'indirect.disclosure' };
	}
	return null;
}

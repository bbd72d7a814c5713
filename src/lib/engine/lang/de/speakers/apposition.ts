import type { Context } from '../../../context.ts';
import type { Token } from '../../../types.ts';
import { isCapitalised, isOrganisationNoun, isRoleNoun, readPhrase, type PhraseLexicon, type PhraseMention } from '../grammar/phrase.ts';
import { sentenceAt, toolsOf } from '../quotes/sentence-speech.ts';

// a prepositional attribute that tells where a person works or an office sits:
// "Anna Weber vom Institut für X", "Paul Berger von der Gewerkschaft", "die Agentur in Y"
const AFFILIATION = /^(vom|von|aus|in|im|beim|bei)$/;
// prepositions that may continue a description: "Leiterin der Stelle für Suchtfragen"
const INSIDE = /^(für|von|vom|aus|in|im|am|an|bei|beim|und|außer|a\.D)$/;
const MAX_APPOSITION = 12;

/** The token before the comma that closes an apposition opening at token a, or -1 when the
 * stretch is no apposition: it must describe (a role or organisation noun, or a noun with a
 * genitive: "Kommandant der Truppe") and hold no verb ("…, der Sprecher ist, …" is a clause). */
function appositionLast(tokens: Token[], a: number, pl: PhraseLexicon, speechVerb: (w: string) => boolean): number {
	let describes = false;
	let n = a;
	for (; n < tokens.length && n - a < MAX_APPOSITION; n++) {
		const t = tokens[n];
		if (/^[,.;:!?]$/.test(t.text)) break;
		if (t.kind === 'quote' || t.kind === 'number' || /^[()/-]$/.test(t.text)) continue;
		if (t.kind !== 'word') return -1;
		const w = t.text;
		if (isCapitalised(t)) {
			if (isRoleNoun(w, pl) || isOrganisationNoun(w, pl)) describes = true;
			continue;
		}
		if (/^(des|der|eines|einer)$/.test(w) && n > a) describes = true;
		if (pl.determiners.has(w) || INSIDE.test(w)) continue;
		// attributive adjectives before a noun or another adjective ("kanadischer", "früheren");
		// anything else is a verb or adverb
		const inflected = (x: string) => /(e|en|er|es|em)$/.test(x);
		if (inflected(w) && w.length > 3 && !pl.stops.has(w) && (isCapitalised(tokens[n + 1]) || inflected(tokens[n + 1]?.text ?? ''))) continue;
		// the speech verb of a "wie" clause right after the description: "wie X, Leiterin der
		// Stelle betont." (not a relative clause: "X, die Sprecherin ist")
		if (describes && n > a && speechVerb(w) && /^[,.;:!?]$/.test(tokens[n + 1]?.text ?? '.')) return n - 1;
		return -1;
	}
	if (n === a || !describes || n - a >= MAX_APPOSITION) return -1;
	return n - 1;
}

/** Where the mention of a named speaker ends once its attributes are included: a party in
 * brackets, an affiliation ("vom Institut …") and an apposition between commas ("Anna Weber,
 * Leiterin der Stelle, sagte"). The name stays as it is; only the marked span grows, so that
 * the highlighted mention is the whole phrase the article uses to introduce the speaker. */
export function mentionEnd(ctx: Context, m: PhraseMention): number {
	const end = m.spanEnd ?? m.end;
	const si = sentenceAt(ctx, m.start);
	const tokens: Token[] | undefined = ctx.speech?.[si]?.tokens;
	if (!tokens || (m.kind !== 'name' && !m.organisation)) return end;
	let j = tokens.findIndex((t) => t.end === m.end);
	if (j < 0) return end;
	const pl = toolsOf(ctx).phrases;
	const { text } = ctx.analysis.doc;
	if (tokens[j + 1]?.text === '(') {
		const close = tokens.findIndex((t, n) => n > j + 1 && n <= j + 6 && t.text === ')');
		if (close > 0) j = close;
	}
	const prep = tokens[j + 1]?.text ?? '';
	if (AFFILIATION.test(prep)) {
		const from = j + 2;
		const p = readPhrase(tokens, from, text, pl);
		// "von"/"aus" name the body a person belongs to; "in"/"bei" only with an organisation or name
		if (p && p.kind !== 'pronoun' && (p.organisation || p.kind === 'name' || /^(vom|von|aus)$/.test(prep))) {
			j = p.last;
		}
	}
	// "vom Institut für Meeresforschung", "Leiterin der Stelle für Suchtfragen"
	if (tokens[j + 1]?.text === 'für' && isCapitalised(tokens[j + 2])) j += 2;
	if (tokens[j + 1]?.text === ',') {
		const verbs = toolsOf(ctx).verbs;
		const last = appositionLast(tokens, j + 2, pl, (w) => verbs.has(w));
		if (last > 0) j = last;
	}
	return Math.max(end, tokens[j].end);
}

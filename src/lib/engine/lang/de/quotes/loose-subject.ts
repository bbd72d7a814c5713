import type { Token } from '../../../types.ts';
import type { Cue, SpeechTools } from '../grammar/frames.ts';
import { isCapitalised, readPhrase, type PhraseMention } from '../grammar/phrase.ts';

/** Prepositions of a short attribute between a name and its verb: "X von der Behörde sagte". */
const ATTRIBUTE = /^(von|vom|aus|bei|beim|der|des)$/;
const MAX_ATTRIBUTE = 6;

/** The subject of a speech cue whose frame reader found none, read more loosely: the phrase
 * that opens the sentence, when what follows it is the cue's verb (after an optional bracket
 * or a short attribute: "Anna Roth von der Stadtverwaltung erklärte") or, when the verb
 * opens a clause after commas, a comma ("Anna Roth, die …, sagte"). The mention's span covers
 * the attribute, as the speaker phrase of the sentence. Null when the opening is no phrase. */
export function looseSubject(tokens: Token[], cue: Cue, text: string, tools: SpeechTools): PhraseMention | null {
	const finiteAtStart = cue.clauseStart === 0;
	const afterCommas = cue.clauseStart > 0 && tokens[cue.clauseStart - 1]?.text === ',' && cue.verb === cue.clauseStart;
	if (!finiteAtStart && !afterCommas) return null;
	const p = readPhrase(tokens, 0, text, tools.phrases) ?? nounPhrase(tokens, 0, text, tools);
	if (!p || (p.det && /^(den|dem|des|einen|einem|eines)$/.test(p.det))) return null;
	let j = p.last + 1;
	if (tokens[j]?.text === '(') {
		while (j < tokens.length && tokens[j].text !== ')') j++;
		j++;
	}
	// adverbs between subject and verb: "Die Kläger hingegen sagen, …"
	if (finiteAtStart) while (j < cue.verb && tokens[j].kind === 'word' && tools.phrases.fillers.has(tokens[j].text.toLowerCase())) j++;
	let attributeEnd = -1;
	if (tokens[j] && ATTRIBUTE.test(tokens[j].text)) {
		let k = j + 1;
		while (k < tokens.length && k - j <= MAX_ATTRIBUTE && tokens[k].kind === 'word' && !(finiteAtStart && k === cue.verb)) k++;
		attributeEnd = k - 1;
		j = k;
	}
	const target = finiteAtStart ? cue.verb : undefined;
	if (target !== undefined ? j !== target : tokens[j]?.text !== ',') return null;
	if (attributeEnd >= 0 && p.kind !== 'pronoun') return { ...p, spanEnd: tokens[attributeEnd].end };
	return p;
}

/** A determiner, adjectives and a capitalised head the phrase reader does not take, such as a
 * head with digits ("Die 25-Jährige"). */
function nounPhrase(tokens: Token[], i: number, text: string, tools: SpeechTools): PhraseMention | null {
	const det = tokens[i];
	if (!det || !/^(der|die|das|ein|eine)$/i.test(det.text)) return null;
	let k = i + 1;
	while (tokens[k] && tokens[k].kind === 'word' && !isCapitalised(tokens[k]) && /(e|en|er)$/.test(tokens[k].text) && !tools.phrases.stops.has(tokens[k].text)) k++;
	// a number glued to its noun is one word to the reader: "25-Jährige" is [25][-][Jährige]
	if (tokens[k]?.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 2] && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end) k += 2;
	const head = tokens[k];
	if (!head || !/^[\p{Lu}\d][\p{L}\d-]*$/u.test(head.text) || !/\p{L}{3}/u.test(head.text)) return null;
	return { start: det.start, end: head.end, text: text.slice(det.start, head.end), kind: 'np', det: det.text.toLowerCase(), head: head.text, organisation: false, first: i, last: k };
}

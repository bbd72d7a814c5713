import type { EnToken } from './tokens.ts';
import type { EnTools, VerbForm } from './lexicon.ts';
import type { EnglishSpeechVerb } from '../../../../resources/en/speech.ts';
import { isCap } from './tokens.ts';

export interface EnCue {
	/** token index of the verb (last token of the cue: the particle for "pointed out") */
	verb: number;
	/** first token of the cue (the verb, or "according" of "according to") */
	first: number;
	last: number;
	form: VerbForm | 'according';
	lemma: string;
	entry: EnglishSpeechVerb | null;
	text: string;
	start: number;
	end: number;
}

/** Is token i a speech verb in a finite (or progressive) use? Base forms need a plural subject,
 * a modal or "to"; a verb right after an article or preposition is a noun ("the state"); after
 * a form of "be" a participle is passive ("was told"). */
export function cueAt(tokens: EnToken[], i: number, tools: EnTools): EnCue | null {
	const t = tokens[i];
	if (!t || t.kind !== 'word') return null;
	if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
		return { verb: i, first: i, last: i + 1, form: 'according', lemma: 'according to', entry: null, text: 'according to', start: t.start, end: tokens[i + 1].end };
	}
	if (isCap(t) && i > 0 && !/^[.!?]$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.kind !== 'quote') return null;
	const options = tools.forms.get(t.lower);
	const { beForms, modals, perfectAuxiliaries, pluralSubjects, singularInS, nounMarkers, proportionCounts } = tools.g;
	if (!options) return null;
	let p = i - 1;
	while (p >= 0 && tools.fillers.has(tokens[p].lower) && !modals.has(tokens[p].lower) && !perfectAuxiliaries.has(tokens[p].lower)) p--;
	const prev = tokens[p];
	const prevLower = prev?.lower ?? '';
	// "one in three said": a proportion before the verb
	const proportion = tokens[p - 1]?.lower === 'in' && proportionCounts.has(prevLower);
	if (prev && (tools.determiners.has(prevLower) || nounMarkers.has(prevLower)) && prevLower !== 'that' && !proportion) return null;
	for (const { verb, form } of options) {
		if (verb.particle && tokens[i + 1]?.lower !== verb.particle) continue;
		if (form === 'participle' || form === 'past') {
			if (prev && beForms.has(prevLower)) continue; // passive: "was told"
		}
		if (form === 'base') {
			if (!prev) continue;
			const plural = pluralSubjects.has(prevLower) || modals.has(prevLower) || (/s$/.test(prevLower) && !/ss$/.test(prevLower) && prev.kind === 'word' && !beForms.has(prevLower) && !singularInS.has(prevLower));
			if (!plural) continue;
			if (prevLower === 'to') continue; // "declined to say": no speech
		}
		if (form === 'third' && prev && isCap(prev) === false && prev.kind === 'word' && /s$/.test(t.lower) && tools.determiners.has(prevLower)) continue;
		const last = verb.particle ? i + 1 : i;
		return { verb: last, first: i, last, form, lemma: verb.lemma, entry: verb, text: tokens.slice(i, last + 1).map((x) => x.text).join(' '), start: t.start, end: tokens[last].end };
	}
	return null;
}

/** All cues of tokens[from..to]. */
export function cuesIn(tokens: EnToken[], from: number, to: number, tools: EnTools): EnCue[] {
	const out: EnCue[] = [];
	for (let i = from; i <= to; i++) {
		const c = cueAt(tokens, i, tools);
		if (c) {
			out.push(c);
			i = c.last;
		}
	}
	return out;
}

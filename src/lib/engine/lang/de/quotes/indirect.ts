import type { Context } from '../../../context.ts';
import type { Quote, QuoteFrame, Span, Token } from '../../../types.ts';
import { sentenceAt, sentenceSpeech, toolsOf, type SentenceSpeech } from './sentence-speech.ts';
import { readPhrase, isCapitalised, isRoleNoun, isOrganisationNoun, type PhraseMention } from '../grammar/phrase.ts';
import { nextSentenceFrame } from './direct.ts';
import { sentenceSubject, type Cue, type SpeechTools } from '../grammar/frames.ts';
import { END_PUNCT, MAX_SENTENCE_TOKENS, hasSubjunctive, hasZuInfinitive, lastTokenIndex, trimSpan, type Found } from './report-tools.ts';
import { continuation, type ReportState } from './free-indirect.ts';
import { sourceAdverb } from './source-adverb.ts';
import { looseSubject } from './loose-subject.ts';
import { disclosure } from './disclosure.ts';

/** Whether the stretch between a cue verb and its comma holds an object ("wies die Möglichkeit
 * zurück,"): prepositional phrases, adverbs and addressees ("der Zeitung", "ihm") do not count. */
function hasObject(tokens: Token[], from: number, to: number, tools: SpeechTools): boolean {
	const pl = tools.phrases;
	let inPP = false;
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		if (t.kind !== 'word') continue;
		const w = t.text.toLowerCase();
		if (pl.fillers.has(w) || /^(ihm|ihr|ihnen|uns|mir|dir|euch|sich|es|dazu|darauf|davon|damit|daran|darüber|nicht)$/.test(w)) continue;
		if (pl.stops.has(w) && !pl.determiners.has(w)) {
			inPP = true;
			continue;
		}
		if (inPP) continue;
		if (pl.determiners.has(w)) {
			const p = readPhrase(tokens, i, '', pl, { allowGenitive: false });
			if (p && pl.addressees.has(p.head.toLowerCase())) {
				i = p.last;
				continue;
			}
			return true;
		}
		if (isCapitalised(t) || tools.verbs.has(w) === false) {
			if (isCapitalised(t)) return true;
		}
	}
	return false;
}

/** "…, erklärte X." / "…, wie X mitteilte." / "…, das teilte X mit." / "…, heißt es." — the
 * report comes first and its frame closes the sentence (an apposition may follow the speaker). */
function trailingReport(ss: SentenceSpeech, cue: Cue, work: string, tools: SpeechTools, last: number): Found | null {
	const { tokens } = ss;
	let k = cue.clauseStart;
	if (k === 0 || !/^[,–—-]$/.test(tokens[k - 1].text)) return null;
	const lead = tokens[k].text.toLowerCase();
	// "…, wie X mitteilte" (verb last) / "…, das teilte X mit" / "…, so X" handled elsewhere
	const wie = lead === 'wie' && cue.subjectSide === 'before';
	const demonstrative = (lead === 'das' || lead === 'dies') && cue.verb > k && tokens.slice(k + 1, cue.verb).every((t) => tools.phrases.fillers.has(t.text.toLowerCase()));
	const inverted = cue.verb === k && cue.subjectSide === 'after';
	const impersonal = !cue.subject && cue.verb === k && tokens[k + 1]?.text === 'es' && cue.reading.verb.lemma === 'heißen';
	if (!wie && !demonstrative && !inverted && !impersonal) return null;
	if (!impersonal && !cue.subject) return null;
	// the content has a frame of its own ("X teilte mit, dass …, wie Y mitteilte"): not one report;
	// a cue in the Konjunktiv is part of the report ("Verbündete hätten … bestätigt, erklärte X")
	if (ss.cues.some((c) => c !== cue && c.subject && c.verb < k && !c.reading.verb.weak && !hasSubjunctive(tokens, c.clauseStart, c.clauseEnd, tools))) return null;
	// after the frame only an apposition, a relative clause or adverbials may follow
	const rest = tokens.slice(cue.clauseEnd + 1, last + 1);
	if (rest.length && rest[0].text !== ',' && rest.length > 6) return null;
	if (rest.some((t) => t.kind === 'word' && tools.verbs.has(t.text.toLowerCase()) && tools.verbs.get(t.text.toLowerCase())!.some((r) => r.kind === 'finite' && !r.needsParticle) && !/^(der|die|das)$/.test(rest[1]?.text ?? ''))) return null;
	const content = trimSpan(work, ss.sentence.start, tokens[k - 1].start);
	const inner = tokens.filter((t) => t.start >= content.start && t.end <= content.end);
	if (inner.length < 3 || inner.some((t) => t.kind === 'quote' && inner.indexOf(t) === 0)) return null;
	if (!reportLike(inner, tools, work)) return null;
	const confidence = !cue.subject ? 0 : cue.subject.kind === 'pronoun' ? 0.85 : 0.95;
	return {
		sentence: ss.sentence.index,
		span: content,
		frame: { mention: cue.subject, sieve: 'trailing-frame', confidence },
		cue,
		cueText: cue.text,
		rule: impersonal ? 'indirect.heisst-es' : wie ? 'indirect.wie-frame' : 'indirect.trailing-frame'
	};
}

/** Where quotation marks are missing (some corpora strip them), a trailing frame closes a run
 * of first-person sentences: "Ich glaube, … . Das wird …, sagte X." is one quote. */
function extendOverFirstPerson(f: Found, speech: SentenceSpeech[], si: number, tools: SpeechTools): void {
	const para = speech[si].sentence.paragraph;
	let k = si - 1;
	while (k >= 0 && si - k <= 3) {
		const ss = speech[k];
		if (ss.sentence.paragraph !== para || ss.tokens.some((t) => t.kind === 'quote') || ss.cues.some((c) => c.subject)) break;
		if (!ss.tokens.some((t) => tools.ownWords.has(t.text.toLowerCase()))) break;
		f.span = { start: ss.sentence.start, end: f.span.end };
		k--;
	}
}

// words of a speaker talking: first and second person, and the generic "man"
const spoken = (ss: SentenceSpeech, tools: SpeechTools) => ss.tokens.some((t) => tools.spokenWords.has(t.text.toLowerCase()));

/** Where quotation marks were stripped, a speaker's words go on after "…, sagte X." in the
 * first person ("Wir wissen, dass …"), as they may begin before it: the sentences right after it
 * in the same paragraph that speak in the first person continue the framed words (one quote for
 * the run). Only after a framed report that itself talks that way. */
function spokenRun(found: Found[], speech: SentenceSpeech[], si: number, work: string, tools: SpeechTools): Found | null {
	const ss = speech[si];
	const prev = found[found.length - 1];
	if (!prev || prev.sentence !== si - 1 || speech[si - 1].sentence.paragraph !== ss.sentence.paragraph) return null;
	if (prev.rule !== 'indirect.trailing-frame' && prev.rule !== 'indirect.spoken-run') return null;
	if (prev.rule === 'indirect.trailing-frame' && !spoken(speech[si - 1], tools)) return null;
	if (ss.tokens.some((t) => t.kind === 'quote') || ss.cues.some((c) => c.subject)) return null;
	if (!spoken(ss, tools)) return null;
	const span = trimSpan(work, ss.sentence.start, ss.sentence.end);
	if (prev.rule === 'indirect.spoken-run') {
		// one quote for the run: the previous item grows
		prev.span = { start: prev.span.start, end: span.end };
		prev.sentence = si;
		return null;
	}
	return { sentence: si, span, frame: { mention: prev.frame.mention, oblique: prev.frame.oblique, sieve: 'spoken-run', confidence: Math.min(0.7, prev.frame.confidence) }, cue: null, cueText: null, rule: 'indirect.spoken-run' };
}

/** What stands before "…, sagte X" must be a clause of its own: not a fronted subordinate clause
 * ("Nachdem …, sagte er"), not the subject with an apposition ("Die Ministerin, Anna X, sagte"),
 * not a prepositional phrase with a relative clause ("Im Brief, den …, schrieb er"). */
function reportLike(inner: Token[], tools: SpeechTools, work: string): boolean {
	const first = inner[0].text.toLowerCase();
	if (tools.phrases.lex.subordinators.includes(first) && first !== 'dass' && first !== 'daß' && first !== 'wie') return false;
	const comma = inner.findIndex((t) => t.text === ',');
	const chunk = comma < 0 ? inner : inner.slice(0, comma);
	const np = readPhrase(chunk, 0, work, tools.phrases);
	if (np && np.last >= chunk.length - 1) return false;
	const pl = tools.phrases;
	const verbLike = (t: Token) => t.kind === 'word' && !isCapitalised(t) && (tools.subjunctive.has(t.text) || tools.conditional.has(t.text) || /^(ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|wurden|kann|können|konnte|muss|müssen|soll|sollte|will|wollte|darf|gibt|gab|geht|ging|steht|stand|liegt|lag|kommt|kam)$/.test(t.text) || (/(t|te|ten)$/.test(t.text) && !pl.stops.has(t.text) && !pl.determiners.has(t.text)));
	if (pl.lex.prepositions.includes(first) && !chunk.some(verbLike)) return false;
	return true;
}


/** "…, die Regierung halte sich an …": an article, its noun and then the finite verb make a
 * main clause (verb second), not a relative clause (verb last: "…, die in Berlin lebt"). */
function mainClauseAt(tokens: Token[], from: number, text: string, tools: SpeechTools): boolean {
	if (!/^(der|die|das)$/i.test(tokens[from]?.text ?? '')) return false;
	const p = readPhrase(tokens, from, text, tools.phrases, { allowGenitive: false });
	if (!p || p.kind === 'pronoun' || p.last <= from) return false;
	const verb = tokens[p.last + 1];
	return !!verb && verb.kind === 'word' && !isCapitalised(verb) && !tools.phrases.stops.has(verb.text.toLowerCase()) && !tools.phrases.determiners.has(verb.text.toLowerCase()) && tokens[p.last + 2]?.text !== ',';
}

/** A noun of report as the cue verb's object ("wies Berichte der Zeitung zurück", "dementierte
 * Gerüchte"): the clause after it gives the content of those reports; their source, if named,
 * is its genitive. */
function reportObject(tokens: Token[], from: number, to: number, text: string, tools: SpeechTools): { mention: PhraseMention | null } | null {
	for (let i = from; i < to; i++) {
		if (!tools.phrases.lex.claimNouns?.includes(tokens[i].text)) continue;
		// the object, not a topic: "sagte zu den Anschuldigungen" is about them
		let b = i - 1;
		while (b >= from && (tools.phrases.determiners.has(tokens[b].text.toLowerCase()) || (!isCapitalised(tokens[b]) && /(e|en|er|es|em)$/.test(tokens[b].text) && !tools.phrases.stops.has(tokens[b].text)))) b--;
		if (b >= from && tools.phrases.lex.prepositions.includes(tokens[b].text.toLowerCase())) continue;
		return { mention: genitiveOf(tokens, { last: i } as PhraseMention, text, tools) };
	}
	return null;
}

/** Reported speech framed by a speech verb in the same sentence. */
function verbFrames(ss: SentenceSpeech, work: string, text: string, tools: SpeechTools): Found[] {
	const out: Found[] = [];
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	for (const found of ss.cues) {
		const trailing = trailingReport(ss, found, work, tools, last);
		if (trailing) {
			out.push(trailing);
			continue;
		}
		// a subject the cue reader missed ("Die 25-Jährige erklärte, …"): read it loosely, trust it less
		const loose = found.subject ? null : looseSubject(tokens, found, text, tools);
		const cue: Cue = loose ? { ...found, subject: loose, subjectSide: 'before' } : found;
		// "Wie … berichtete, …" is a report even when its subject cannot be read
		const wieLead = tokens[cue.clauseStart]?.text.toLowerCase() === 'wie' && cue.verb === cue.clauseEnd;
		// "Es wurde berichtet, dass …", "Kritisiert wird, dass …": a report without a speaker
		const impersonal = !cue.subject && cue.reading.kind === 'participle' && /^(dass|daß)$/i.test(tokens[cue.clauseEnd + 2]?.text ?? '') && tokens.slice(cue.clauseStart, cue.clauseEnd + 1).some((t) => /^(wird|wurde|worden|werden|wurden)$/i.test(t.text));
		if (!cue.subject && !wieLead && !impersonal) continue;
		const confidence = !cue.subject ? 0 : cue.subject.kind === 'pronoun' || loose ? 0.85 : 0.95;
		// "X sagte, dass …" / "X sagte, er habe …" / "X forderte, … zu tun" / "X sagte: …"
		const after = cue.clauseEnd + 1;
		const sep = tokens[after];
		if (!sep || (sep.text !== ',' && sep.text !== ':') || after + 1 > last) continue;
		const from = after + 1;
		if (tokens[from].kind === 'quote') continue; // a direct quote follows
		// the complement runs to the sentence end, or to a later frame's comma ("…, wie X mitteilte")
		let to = last;
		// a direct quote introduced by a colon inside the complement is a quote of its own
		for (let j = from; j <= last; j++) if (tokens[j].text === ':' && tokens[j + 1]?.kind === 'quote') (to = j - 1), (j = last + 1);
		for (const other of ss.cues) if (other !== cue && other.clauseStart > from && tokens[other.clauseStart - 1]?.text === ',' && /^(wie|so)$/i.test(tokens[other.clauseStart].text)) to = Math.min(to, other.clauseStart - 2);
		// a frame inside a fronted subordinate clause ("Nachdem X mitgeteilt hatte, dass …, hatte
		// der Richter …"): the report ends where the main clause resumes with its finite verb
		const lead = tokens[cue.clauseStart]?.text.toLowerCase() ?? '';
		if (lead !== 'wie' && tools.phrases.lex.subordinators.includes(lead)) {
			for (let j = from + 2; j < to; j++) {
				const next = tokens[j + 1];
				if (tokens[j].text !== ',' || !next || next.kind !== 'word' || isCapitalised(next)) continue;
				const w = next.text.toLowerCase();
				if (tools.complementizers.has(w) || tools.phrases.lex.subordinators.includes(w) || tools.phrases.determiners.has(w) || tools.phrases.stops.has(w) || /^(und|oder|aber|sondern|welche[rsm]?)$/.test(w)) continue;
				to = j - 1;
				break;
			}
		}
		const firstWord = tokens[from].text.toLowerCase();
		const complementizer = tools.complementizers.has(firstWord) && (firstWord === 'dass' || firstWord === 'daß' || firstWord === 'ob');
		const subjunctive = hasSubjunctive(tokens, from, to, tools);
		// the zu-infinitive may close the first clause of the complement ("… zu erheben, der …")
		let firstEnd = from;
		while (firstEnd < to && tokens[firstEnd + 1]?.text !== ',') firstEnd++;
		const zu = hasZuInfinitive(tokens, from, to) || hasZuInfinitive(tokens, from, firstEnd);
		const colon = sep.text === ':';
		const strong = !cue.reading.verb.weak;
		// "Wie X mitteilte, …": the main clause is the report
		const wieFrame = wieLead;
		// after "sagte X," a clause starting with a relative pronoun or conjunction is no report
		const startsOther = (/^(der|die|das|dem|den|denen|dessen|deren|welche[rsm]?|wo|wobei|womit|als|wenn|weil|da|so|um|und|oder|aber|sondern|nachdem|bevor|während|obwohl|seit|sowie|bis)$/.test(firstWord) && !mainClauseAt(tokens, from, text, tools)) || (tools.phrases.lex.subordinators.includes(firstWord) && !complementizer);
		if (startsOther && !complementizer && tools.phrases.lex.subordinators.includes(firstWord)) continue;
		// the verb takes no object before the comma: "X sagte (am Montag), …"
		const lemma = (cue.reading.verb.particle ?? '') + cue.reading.verb.lemma;
		const objectFree = !hasObject(tokens, (cue.subjectSide === 'after' && cue.subject ? Math.max(cue.verb, cue.subject.last) : cue.verb) + 1, cue.particle ?? after, tools);
		const startsWithVerb = tools.verbs.has(firstWord);
		const plain = tools.clauseVerbs.has(lemma) && !startsOther && !startsWithVerb && objectFree && to - from >= 3;
		// a zu-infinitive after an object belongs to the object ("wies die Möglichkeit zurück, … zuzulassen"),
		// except after verbs of asking and accusing ("forderte die Regierung auf, … zu")
		const zuOk = zu && (objectFree || tools.objectInfinitiveVerbs.has(lemma));
		const subjunctiveOk = subjunctive && (objectFree || tools.objectInfinitiveVerbs.has(lemma));
		// "X meinte, der Ehemann „konnte sich nicht abfinden“": a subject, then the quoted rest of
		// the clause (the quote's inside is masked, so the clause looks short)
		const quoteAt = tokens.findIndex((t, j) => j > from && t.kind === 'quote');
		// "der Ehemann": an article before a noun, not a relative pronoun
		const article = /^(der|die|das)$/.test(firstWord) && (isCapitalised(tokens[from + 1]) || tokens[from + 1]?.kind === 'quote');
		const mixed = strong && !colon && (!startsOther || article) && !startsWithVerb && objectFree && tools.clauseVerbs.has(lemma) && quoteAt > from && quoteAt - from <= 6 && tokens.slice(from, quoteAt).every((t) => t.kind === 'word') && !!readPhrase(tokens, from, work, tools.phrases);
		if (!(complementizer || subjunctiveOk || zuOk || (colon && strong) || wieFrame || plain || mixed)) continue;
		if (!strong && !complementizer && !subjunctiveOk) continue;
		const content = trimSpan(work, tokens[from].start, to === last ? ss.sentence.end : tokens[to].end);
		if (content.end - content.start < 8 || to < from) continue;
		const rule = complementizer ? 'indirect.dass-clause' : zuOk ? 'indirect.zu-infinitive' : colon ? 'indirect.colon' : wieFrame ? 'indirect.wie-frame' : subjunctiveOk ? 'indirect.subjunctive-clause' : mixed && !plain ? 'indirect.mixed-clause' : 'indirect.cue-clause';
		// "X wies Berichte der Zeitung zurück, er sei …": the clause is what the reports said, not X
		const reported = reportObject(tokens, cue.clauseStart, after, text, tools);
		if (reported) {
			out.push({ sentence: ss.sentence.index, span: content, frame: { mention: reported.mention, sieve: 'report-object', oblique: true, confidence: reported.mention ? 0.7 : 0 }, cue, cueText: cue.text, rule });
			continue;
		}
		out.push({ sentence: ss.sentence.index, span: content, frame: { mention: cue.subject, sieve: 'cue-clause', confidence }, cue, cueText: cue.text, rule });
	}
	return out;
}

/** "die Forderung von Politikern der SPD, die Bank zu boykottieren", "die Aussage, es sei …": a
 * noun of speech followed by its complement; the speaker is its genitive or "von" phrase. */
function nounFrames(ss: SentenceSpeech, work: string, text: string, tools: SpeechTools): Found[] {
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	for (let i = 1; i < last - 2; i++) {
		if (!tools.reportNouns.has(tokens[i].text)) continue;
		let k = i + 1;
		let mention: PhraseMention | null = null;
		if (tokens[k] && /^(des|der|von|vom)$/.test(tokens[k].text)) {
			const p = genitiveOf(tokens, { last: i } as PhraseMention, text, tools);
			if (p) {
				mention = p;
				k = p.last + 1;
				// an apposition after the genitive: "ihres Trainers, Tim Ebert,"
				if (tokens[k]?.text === ',') {
					const app = readPhrase(tokens, k + 1, text, tools.phrases);
					if (app?.kind === 'name' && tokens[app.last + 1]?.text === ',') (mention = app), (k = app.last + 1);
				}
			}
		} else if (i > 0 && /^(seine[rnms]?|ihre[rnms]?)$/i.test(tokens[i - 1].text)) {
			const poss = tokens[i - 1];
			mention = { start: poss.start, end: poss.end, text: poss.text, kind: 'pronoun', head: /^s/i.test(poss.text) ? 'er' : 'sie', organisation: false, first: i - 1, last: i - 1 };
		}
		// "zog das Angebot mit der Begründung zurück, …": a verb particle may stand before the comma
		if (tokens[k]?.kind === 'word' && !isCapitalised(tokens[k]) && tokens[k + 1]?.text === ',' && !mention) k++;
		if (tokens[k]?.text !== ',') continue;
		// no genitive: the subject of the sentence made the statement (a nominative already)
		const genitive = !!mention;
		if (!mention) mention = sentenceSubject(tokens.slice(0, i), text, tools, true);
		const from = k + 1;
		const first = tokens[from]?.text.toLowerCase() ?? '';
		let to = last;
		for (let j = from; j <= last; j++) if (tokens[j].text === ',' && j > from + 2 && hasZuInfinitive(tokens, from, j - 1)) (to = j - 1), (j = last + 1);
		const complementizer = first === 'dass' || first === 'daß' || first === 'ob';
		const ok = complementizer || hasZuInfinitive(tokens, from, to) || (hasSubjunctive(tokens, from, to, tools, false) && !/^(der|die|das|welche[rs]?|wie|wo)$/.test(first));
		if (!ok) continue;
		const content = trimSpan(work, tokens[from].start, to === last ? ss.sentence.end : tokens[to].end);
		if (content.end - content.start < 12) continue;
		return [{ sentence: ss.sentence.index, span: content, frame: { mention, sieve: 'report-noun', oblique: genitive && !!mention && mention.kind !== 'pronoun', confidence: mention ? 0.7 : 0 }, cue: null, cueText: tokens[i].text, rule: 'indirect.report-noun' }];
	}
	return [];
}

/** "X ließ durchblicken, die Pläne seien …": a Konjunktiv I clause after a comma reports what
 * the subject of the main clause said, even when its verb is not in the lexicon. */
function subjectClause(ss: SentenceSpeech, work: string, text: string, tools: SpeechTools): Found[] {
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	const comma = tokens.findIndex((t, i) => t.text === ',' && i > 1);
	if (comma < 0 || comma >= last - 2 || tokens[comma + 1].kind === 'quote') return [];
	const first = tokens[comma + 1].text.toLowerCase();
	if (/^(der|die|das|dem|den|denen|dessen|deren|welche[rsm]?|wo|wobei|als|wenn|weil|da|so|um|und|oder|aber|sondern|nachdem|bevor|während|obwohl|seit|sowie|bis|wie)$/.test(first)) return [];
	// the Konjunktiv I, not a conditional: "sei", "habe", "werde"
	if (!hasSubjunctive(tokens, comma + 1, last, tools, false)) return [];
	if (hasSubjunctive(tokens, 0, comma - 1, tools, false)) return [];
	const subject = sentenceSubject(tokens.slice(0, comma), text, tools);
	if (!subject) return [];
	const content = trimSpan(work, tokens[comma + 1].start, ss.sentence.end);
	return [{ sentence: ss.sentence.index, span: content, frame: { mention: subject, sieve: 'subject-clause', confidence: 0.6 }, cue: null, cueText: null, rule: 'indirect.subject-clause' }];
}

/** "…, so der Minister." — a report closed by "so X". */
function soFrame(ss: SentenceSpeech, work: string, text: string, tools: SpeechTools): Found[] {
	const { tokens } = ss;
	const last = lastTokenIndex(tokens);
	for (let i = 2; i <= last; i++) {
		if (tokens[i].text.toLowerCase() !== 'so' || tokens[i - 1].text !== ',') continue;
		const p = readPhrase(tokens, i + 1, text, tools.phrases);
		if (!p || p.kind === 'pronoun' || (p.kind === 'np' && !p.role && !p.organisation && !p.det)) continue;
		// a parenthetical frame inside a Konjunktiv sentence: "Die Lage sei, so X, ernst."
		if (tokens[p.last + 1]?.text === ',' && p.last + 2 <= last && hasSubjunctive(tokens, 0, last, tools, true)) {
			const whole = trimSpan(work, ss.sentence.start, ss.sentence.end);
			return [{ sentence: ss.sentence.index, span: whole, frame: { mention: p, sieve: 'so-frame', confidence: 0.85 }, cue: null, cueText: 'so', rule: 'indirect.so-frame' }];
		}
		// the phrase closes the sentence or its clause: "so X.", "so X am Montag.", "so X gegenüber
		// der Onlineausgabe einer Zeitung" (prepositional phrases, no verb)
		const rest = tokens.slice(p.last + 1, last + 1);
		const verbless = rest.every((t) => t.kind !== 'word' || isCapitalised(t) || tools.phrases.stops.has(t.text) || tools.phrases.determiners.has(t.text) || /(e|en|er|es|em)$/.test(t.text));
		if (rest.length > 8 || (rest.length > 4 && !verbless) || rest.some((t) => t.kind === 'word' && tools.verbs.has(t.text.toLowerCase()))) continue;
		const content = trimSpan(work, ss.sentence.start, tokens[i - 1].start);
		if (content.end - content.start < 12) continue;
		return [{ sentence: ss.sentence.index, span: content, frame: { mention: p, sieve: 'so-frame', confidence: 0.9 }, cue: null, cueText: 'so', rule: 'indirect.so-frame' }];
	}
	return [];
}

/** Nominal sources: "laut X", "X zufolge", "nach Angaben von X", "nach Ansicht des X". */
function sourcePhrases(ss: SentenceSpeech, work: string, text: string, tools: SpeechTools): Found[] {
	const out: Found[] = [];
	const { tokens } = ss;
	const pl = tools.phrases;
	const lex = pl.lex;
	// a phrase that can name a speaker (not a type guard: a phrase failing it is still a phrase)
	const good = (p: PhraseMention | null): boolean => !!p && (p.kind === 'name' || !!p.role || p.organisation || p.kind === 'pronoun');
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i].text.toLowerCase();
		let mention: PhraseMention | null = null;
		// a source noun without a named source ("ersten Angaben zufolge"): a report, speaker unknown
		let anonymous = false;
		let cueEnd = i;
		// where a postponed source phrase begins ("Angaben der Zeitung … zufolge")
		let phraseFrom = i;
		let own: Span | undefined;
		const possessive = (t: Token | undefined) => !!t && /^(seine[rmn]?|ihre[rmn]?)$/.test(t.text.toLowerCase());
		if (w === 'nach' && i >= 2 && tools.sourceNouns.has(tokens[i - 1].text.toLowerCase()) && possessive(tokens[i - 2])) {
			// "Seiner Meinung nach": the possessive points to the last speaker
			const poss = tokens[i - 2];
			mention = { start: poss.start, end: tokens[i - 1].end, text: poss.text, kind: 'pronoun', head: poss.text.toLowerCase().startsWith('s') ? 'er' : 'sie', organisation: false, first: i - 2, last: i };
		} else if (lex.sourcePrepositions.includes(w)) {
			const np = readPhrase(tokens, i + 1, text, pl);
			if (np && lex.normativeNouns.includes(np.head)) continue;
			let p = np;
			if (p && tools.sourceNouns.has(p.head.toLowerCase())) p = genitiveOf(tokens, p, text, tools) ?? null;
			if (!p && np && tools.sourceNouns.has(np.head.toLowerCase())) {
				// "laut einer Umfrage", "laut Behördenangaben": a source without a name
				anonymous = true;
				mention = np;
			} else if (p && good(p)) (mention = p), (cueEnd = p.last);
			else if (p && np) {
				// "laut Augenzeugen", "laut dem Konzert-Büro X": any phrase but a rule book ("laut Gesetz")
				mention = p;
				cueEnd = p.last;
			}
		} else if (lex.sourcePostpositions.includes(w) && i > 0) {
			let s = i - 1;
			// a quoted name may stand inside the phrase: "Berichten der Zeitung „Tageblatt“ zufolge"
			while (s > 0 && (isCapitalised(tokens[s - 1]) || tokens[s - 1].kind === 'quote' || pl.determiners.has(tokens[s - 1].text.toLowerCase()) || /(e|en|er|es|em)$/.test(tokens[s - 1].text)) && !pl.stops.has(tokens[s - 1].text.toLowerCase()) && i - s < 8) s--;
			while (s > 0 && pl.determiners.has(tokens[s - 1].text.toLowerCase())) s--;
			// the longest phrase before "zufolge" with an article, in case no part of it names a speaker
			// by itself ("einer Rednerin zufolge" rather than a bare "Rednerin")
			let described: PhraseMention | null = null;
			for (let k = s; k < i; k++) {
				let p = readPhrase(tokens, k, text, pl);
				if (!p || p.last !== i - 1) continue;
				if (!described && p.det && p.kind === 'np' && !tools.sourceNouns.has(p.head.toLowerCase())) described = p;
				if (described && !p.det && p.kind === 'name' && !p.name?.includes(' ')) {
					mention = described;
					phraseFrom = described.first;
					break;
				}
				if (tools.sourceNouns.has(p.head.toLowerCase()) || tools.sourceNouns.has(tokens[k + (p.det ? 1 : 0)]?.text.toLowerCase() ?? '')) p = genitiveOf(tokens, { ...p, last: k + (p.det ? 1 : 0) }, text, tools);
				if (p && good(p)) {
					mention = p;
					phraseFrom = k;
					break;
				}
			}
			// the genitive read on its own still belongs to the source noun before it
			if (mention && phraseFrom > 0 && tools.sourceNouns.has(tokens[phraseFrom - 1].text.toLowerCase())) phraseFrom--;
			if (!mention && tools.sourceNouns.has(tokens[i - 1].text.toLowerCase())) {
				anonymous = true;
				let from = i - 1;
				while (from > 0 && i - from < 4 && !isCapitalised(tokens[from - 1]) && /(e|en|er|es|em)$/.test(tokens[from - 1].text) && !pl.stops.has(tokens[from - 1].text)) from--;
				mention = sourceNounPhrase(tokens, from, i - 1, text);
			}
		} else if (w === 'nach' && tokens[i + 1]) {
			// "nach Angaben der Polizei", "nach eigenen Angaben", "nach Ansicht von Experten"
			let k = i + 1;
			if (pl.determiners.has(tokens[k].text.toLowerCase())) k++;
			while (tokens[k] && !isCapitalised(tokens[k]) && /(e|en|er|es|em)$/.test(tokens[k].text) && !pl.stops.has(tokens[k].text)) k++;
			if (!tokens[k] || !tools.sourceNouns.has(tokens[k].text.toLowerCase())) continue;
			const p = genitiveOf(tokens, { last: k } as PhraseMention, text, tools);
			// "nach Angaben der Verteidigung": whoever gave the information is the source
			if (p && p.kind !== 'pronoun') (mention = p), (cueEnd = p.last);
			else if (tokens.slice(i + 1, k).some((t) => /^(seine[rm]?|ihre[rm]?)$/.test(t.text.toLowerCase()))) {
				// "nach seinen Angaben": the possessive points to the last speaker
				const poss = tokens.slice(i + 1, k).find((t) => /^(seine[rm]?|ihre[rm]?)$/.test(t.text.toLowerCase()))!;
				mention = { start: poss.start, end: tokens[k].end, text: poss.text, kind: 'pronoun', head: poss.text.toLowerCase().startsWith('s') ? 'er' : 'sie', organisation: false, first: i, last: k };
				cueEnd = k;
			} else if (!tokens.slice(i + 1, k).some((t) => /^(eigene[nmr]?)$/.test(t.text.toLowerCase()))) {
				anonymous = true;
				mention = sourceNounPhrase(tokens, i + 1, k, text);
			} else {
				// "Der Verein hat nach eigenen Angaben …": the subject is its own source; the
				// phrase "eigenen Angaben" is the mention the frame uses
				mention = sentenceSubject(tokens, text, tools, true);
				// "sieht nach eigenen Angaben „Fortschritte“, weil …": the quoted word right after the phrase is
				// what it attributes (a fragment, found by the direct stage), not the whole sentence
				if (!mention || tokens[k + 1]?.kind === 'quote') continue;
				own = { start: tokens[i + 1].start, end: tokens[k].end };
				cueEnd = k;
			}
		} else continue;
		if (!mention && !anonymous) continue;
		const content = trimSpan(work, ss.sentence.start, ss.sentence.end);
		const first = mention ? Math.min(i, mention.first) : i;
		// the mention the frame uses is the whole source phrase ("Angaben der Polizei"); the name
		// is its speaker part ("die Polizei")
		let span: Span | undefined;
		if (mention && mention.kind !== 'pronoun') {
			span = lex.sourcePostpositions.includes(w)
				? { start: Math.min(mention.start, tokens[Math.max(0, Math.min(phraseFrom, i - 1))].start), end: tokens[i - 1].end }
				: { start: tokens[i + 1].start, end: Math.max(mention.end, tokens[Math.min(cueEnd, tokens.length - 1)].end) };
			if (span.start > mention.start) span.start = mention.start;
		}
		if (own) span = own;
		out.push({ sentence: ss.sentence.index, span: content, frame: { mention, span, sieve: anonymous ? 'source-noun' : 'source-phrase', oblique: !own, confidence: anonymous ? 0.4 : !mention ? 0 : mention.kind === 'pronoun' ? 0.75 : 0.9 }, cue: null, cueText: text.slice(tokens[first].start, tokens[Math.max(cueEnd, i)].end), rule: `indirect.source-${w}` });
		break;
	}
	return out;
}

/** The speaker inside a source phrase: "Angaben der Polizei" → "der Polizei", "Angaben von X". */
function genitiveOf(tokens: Token[], p: PhraseMention, text: string, tools: SpeechTools): PhraseMention | null {
	let k = p.last + 1;
	// "Angaben der Polizei" may have been read as one phrase including its genitive
	if (p.kind !== 'pronoun' && p.first !== undefined) {
		const headIdx = tokens.findIndex((t, i) => i >= p.first && i <= p.last && tools.sourceNouns.has(t.text.toLowerCase()));
		if (headIdx >= 0) k = headIdx + 1;
	}
	if (tokens[k]?.text === 'von' || tokens[k]?.text === 'vom' || tokens[k]?.text === 'aus') {
		const q = readPhrase(tokens, tokens[k].text === 'vom' ? k : k + 1, text, tools.phrases);
		return q;
	}
	// "Angaben der Polizei", "Aussage einer Sprecherin der Stadt", "Angaben seines Anwalts":
	// the genitive may carry its own genitive, which belongs to the speaker's description
	if (tokens[k] && /^(des|der|eines|einer|seines|seiner|ihres|ihrer)$/.test(tokens[k].text)) return readPhrase(tokens, k, text, tools.phrases);
	// a plural genitive without article: "Meinung politischer Beobachter", "Angaben informierter Kreise"
	const pl = tools.phrases;
	let a = k;
	while (tokens[a] && tokens[a].kind === 'word' && /er$/.test(tokens[a].text) && !isCapitalised(tokens[a]) && !pl.stops.has(tokens[a].text)) a++;
	if (a > k && isCapitalised(tokens[a]) && !pl.stops.has(tokens[a].text.toLowerCase())) {
		const words = tokens.slice(k, a + 1).map((t) => t.text);
		const headWord = tokens[a].text;
		// nominative plural: the strong adjective ending -er becomes -e ("politische Beobachter")
		const name = [...words.slice(0, -1).map((w) => w.replace(/er$/, 'e')), headWord].join(' ');
		return { start: tokens[k].start, end: tokens[a].end, text: name, kind: 'np', role: isRoleNoun(headWord, pl) ? headWord : undefined, head: headWord, organisation: isOrganisationNoun(headWord, pl), first: k, last: a };
	}
	// a genitive name: "nach Auffassung Österreichs", "nach Aussagen Müllers"
	const g = tokens[k];
	if (g && isCapitalised(g) && /[^s]s$/.test(g.text) && !tools.phrases.stops.has(g.text.toLowerCase())) {
		const name = g.text.slice(0, -1);
		return { start: g.start, end: g.end - 1, text: name, kind: 'name', name, head: name, organisation: false, first: k, last: k };
	}
	return null;
}

/** The source phrase itself when it names no source ("ersten Angaben", "einer Studie"): the
 * benchmark's annotators mark it as the speaker; a quiz never asks about it (low confidence). */
function sourceNounPhrase(tokens: Token[], from: number, k: number, text: string): PhraseMention {
	const det = tokens[from].text.toLowerCase();
	const hasDet = /^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/.test(det);
	return { start: tokens[from].start, end: tokens[k].end, text: text.slice(tokens[from].start, tokens[k].end), kind: 'np', ...(hasDet ? { det } : {}), head: tokens[k].text, organisation: false, first: from, last: k };
}

export function findIndirectQuotes(ctx: Context): void {
	const { analysis } = ctx;
	const { doc } = analysis;
	const tools = toolsOf(ctx);
	const speech = sentenceSpeech(ctx, []);
	const direct = analysis.quotes.filter((q) => q.kind === 'direct');
	// direct quotes by the sentence they end in / start in, for constant-time look-ups below
	const directEndingIn = new Map<number, Quote[]>();
	const directCovering = new Map<number, Quote[]>();
	for (const q of direct) {
		const e = sentenceAt(ctx, Math.max(q.start, q.end - 1));
		directEndingIn.set(e, [...(directEndingIn.get(e) ?? []), q]);
		for (let k = sentenceAt(ctx, q.start); k <= e && k >= 0; k++) directCovering.set(k, [...(directCovering.get(k) ?? []), q]);
	}
	const covered = (si: number, s: Span) => (directCovering.get(si) ?? []).some((q) => q.start <= s.start + 2 && q.end >= s.end - 2);
	const found: Found[] = [];
	const reported = new Set<number>();
	const state: ReportState = { speech, tools, work: doc.work, text: doc.text, found, reported, directEndingIn, directCovering };
	for (let si = 0; si < speech.length; si++) {
		const ss = speech[si];
		if (ss.sentence.heading) continue;
		// a "sentence" of hundreds of tokens is a list or run-on garbage: no frames there, and
		// the per-cue scans below stay linear in the text
		if (ss.tokens.length > MAX_SENTENCE_TOKENS) continue;
		let items = verbFrames(ss, doc.work, doc.text, tools);
		if (!items.length) items = subjectClause(ss, doc.work, doc.text, tools);
		if (!items.length) items = soFrame(ss, doc.work, doc.text, tools);
		if (!items.length) items = nounFrames(ss, doc.work, doc.text, tools);
		if (!items.length) items = sourcePhrases(ss, doc.work, doc.text, tools);
		if (!items.length) items = [sourceAdverb(state, si)].filter((f): f is Found => !!f);
		if (!items.length) items = [disclosure(ss, doc.work, tools)].filter((f): f is Found => !!f);
		if (!items.length) {
			// "Die Lage sei ernst. Das sagte X."
			const next = nextSentenceFrame(speech, si);
			const content = trimSpan(doc.work, ss.sentence.start, ss.sentence.end);
			if (next && !ss.cues.some((c) => c.subject) && !ss.tokens.some((t) => t.kind === 'quote')) {
				// "A. B. Das gab X bekannt.": the demonstrative takes up the paragraph before it
				let from = content.start;
				for (let k = si - 1; k >= 0 && si - k <= 2; k--) {
					const prev = speech[k];
					if (prev.sentence.paragraph !== ss.sentence.paragraph || prev.sentence.heading || reported.has(k) || prev.cues.some((c) => c.subject) || prev.tokens.some((t) => t.kind === 'quote')) break;
					if (k > 0 && speech[k - 1].sentence.paragraph === prev.sentence.paragraph && si - k === 2) break;
					from = prev.sentence.start;
				}
				items = [{ sentence: si, span: { start: from, end: content.end }, frame: next.frame, cue: next.cue, cueText: next.cue.text, rule: 'indirect.das-sagte' }];
			}
		}
		items = items.filter((f) => !covered(si, f.span));
		if (items.length) reported.add(si);
		for (const f of items) if (f.rule === 'indirect.trailing-frame') extendOverFirstPerson(f, speech, si, tools);
		found.push(...items);
		// free indirect speech: Konjunktiv sentences after a report continue its speaker
		if (!items.length) {
			const more = continuation(state, si) ?? spokenRun(found, speech, si, doc.work, tools);
			if (more) {
				found.push(more);
				reported.add(si);
			}
		}
	}
	const seen = new Set<string>();
	for (const f of found) {
		// two cues of one sentence may frame the same clause: one quote, from the first frame
		const key = `${f.span.start}:${f.span.end}`;
		if (seen.has(key)) continue;
		seen.add(key);
		analysis.quotes.push({
			start: f.span.start,
			end: f.span.end,
			text: doc.text.slice(f.span.start, f.span.end),
			kind: 'indirect',
			speaker: null,
			cue: f.cueText,
			...(f.cue ? { cueSpan: f.cue.span } : {}),
			rule: f.rule,
			frame: f.frame
		});
	}
	analysis.quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

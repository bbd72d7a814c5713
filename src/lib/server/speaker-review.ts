// The review's "Zu prüfen" list: quotes whose speaker the engine is unsure of (below the answer-key
// gate), and the speakers the teacher confirmed or chose for them. A confirmed speaker is applied
// to the engine's analysis before the questions are generated, so the quote can be asked about;
// questions built on it carry `teacherConfirmed: true` (exports and results can say so).
import { analyze } from '$lib/engine/pipeline';
import { generateQuestions } from '$lib/engine/questions/generate';
import { MIN_SPEAKER_CONFIDENCE } from '$lib/engine/questions/trust';
import { gateModels, gatedView } from '$lib/engine/gate/index';
import { packs } from '$lib/resources/index';
import type { Analysis, Lang, Question, Quote, Span } from '$lib/engine/types';
import { fold } from '$lib/engine/scoring/text';
import { getDb } from './db.ts';

export interface SpeakerConfirmation extends Span {
	speaker: string;
}

export interface UnsureQuote extends Span {
	/** the sentence(s) around the quote */
	context: string;
	quote: string;
	/** the engine's best guess, null when it found none */
	guess: string | null;
	/** the engine's certainty in [0, 1]: `speaker.probability` when the engine gives one, else its confidence */
	certainty: number;
	/** the article's people and organisations, the guess first */
	choices: string[];
}

/** the lowest certainty at which the engine's own speaker becomes an answer key, per language;
 * an engine that sets `speaker.probability` also names its gate (`pack.questions.speakerGate`) */
function gateOf(lang: Lang): number {
	return gateModels[lang]?.threshold ?? MIN_SPEAKER_CONFIDENCE;
}

function certaintyOf(q: Quote): number {
	const s = q.speaker as (Quote['speaker'] & { probability?: number }) | null;
	if (!s) return 0;
	return typeof s.probability === 'number' ? s.probability : s.confidence;
}

function isPronoun(name: string, lang: Lang): boolean {
	const f = fold(name);
	return !f || packs[lang].questions.pronouns.some((p) => fold(p) === f);
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** Sets the confirmed speakers on the analysis' quotes (certain, attributed to the teacher). The
 * frame's own mention stays the speaker's span (it is what "mark the speaker" asks to mark); a quote
 * without one gets the chosen name's nearest mention before it, else the quote's own start. */
export function applyConfirmations(a: Analysis, confirmed: SpeakerConfirmation[]): void {
	const byQuote = new Map(confirmed.map((c) => [key(c), c.speaker]));
	for (const q of a.quotes) {
		const name = byQuote.get(key(q));
		if (!name) continue;
		const entity = a.entities.find((e) => e.name === name);
		const before = entity?.mentions.filter((m) => m.end <= q.start).at(-1);
		const span = q.speaker ?? before ?? { start: q.start, end: q.start };
		q.speaker = { name, start: span.start, end: span.end, entity: entity?.id, sieve: 'teacher', confidence: 1, probability: 1 } as Quote['speaker'];
	}
}

/** The engine's analysis with the teacher's speakers applied, and the questions built on it. */
export function analyzeWithConfirmations(text: string, lang: Lang | 'auto', confirmed: SpeakerConfirmation[], quiz?: { count?: number; types?: string[] }): Analysis {
	const a = analyze(text, { lang, questions: false });
	if (!a.doc.sentences.length) return a;
	applyConfirmations(a, confirmed);
	// the same gate as analyze(): the teacher's speakers pass it (probability 1), unsure ones do not
	generateQuestions({ analysis: gatedView(a), pack: packs[a.lang], options: { lang: a.lang, quiz } });
	const teacher = new Set(confirmed.map(key));
	for (const q of a.questions) {
		if (q.target === 'number') continue; // a figure inside the quote does not depend on its speaker
		const about = a.quotes.find((x) => teacher.has(key(x)) && x.start < q.evidence.end && q.evidence.start < x.end);
		if (about) q.teacherConfirmed = true;
	}
	return a;
}

/** Quotes below the gate that the teacher has not confirmed yet, with the choices to offer. */
export function findUnsureQuotes(a: Analysis, confirmed: SpeakerConfirmation[]): UnsureQuote[] {
	const done = new Set(confirmed.map(key));
	const gate = gateOf(a.lang);
	const text = a.doc.text;
	const names = [...new Set(a.entities.filter((e) => e.kind === 'person' || e.kind === 'organisation').map((e) => e.name))];
	const out: UnsureQuote[] = [];
	for (const q of a.quotes) {
		if (done.has(key(q)) || q.nestedIn !== undefined) continue;
		const guess = q.speaker?.name?.trim() && !isPronoun(q.speaker.name, a.lang) ? q.speaker.name.trim() : null;
		const certainty = guess ? certaintyOf(q) : 0;
		if (certainty >= gate) continue;
		const sentences = a.doc.sentences.filter((s) => s.end > q.start && s.start < q.end);
		const from = sentences[0]?.start ?? q.start;
		const to = sentences.at(-1)?.end ?? q.end;
		out.push({
			start: q.start,
			end: q.end,
			context: text.slice(from, to).trim(),
			quote: text.slice(q.start, q.end),
			guess,
			certainty,
			choices: guess ? [guess, ...names.filter((n) => n !== guess)] : names
		});
	}
	return out;
}

/** A confirmation is only for a quote the engine found, and names a speaker (1–120 characters). */
export function checkConfirmation(a: Analysis, c: SpeakerConfirmation): boolean {
	const name = c.speaker.trim();
	return !!name && name.length <= 120 && a.quotes.some((q) => q.start === c.start && q.end === c.end);
}

export async function listSpeakerConfirmations(lessonId: string): Promise<SpeakerConfirmation[]> {
	const db = await getDb();
	const rows = await db.selectFrom('speaker_confirmations').select(['quote_start', 'quote_end', 'speaker']).where('lesson_id', '=', lessonId).orderBy('quote_start').execute();
	return rows.map((r) => ({ start: Number(r.quote_start), end: Number(r.quote_end), speaker: r.speaker }));
}

export async function saveSpeakerConfirmation(lessonId: string, userId: string, c: SpeakerConfirmation): Promise<void> {
	const db = await getDb();
	await db
		.insertInto('speaker_confirmations')
		.values({ lesson_id: lessonId, quote_start: c.start, quote_end: c.end, speaker: c.speaker.trim(), confirmed_by: userId, created_at: Date.now() })
		.onConflict((oc) => oc.columns(['lesson_id', 'quote_start', 'quote_end']).doUpdateSet({ speaker: c.speaker.trim(), confirmed_by: userId, created_at: Date.now() }))
		.execute();
}

/** The generated questions about the newly confirmed quote that the lesson does not have yet. */
export function questionsAbout(all: Question[], quote: Span, existing: Question[]): Question[] {
	const have = new Set(existing.map((q) => `${q.type}|${q.evidence?.start}|${q.evidence?.end}`));
	return all.filter((q) => q.teacherConfirmed && q.evidence && q.evidence.start < quote.end && quote.start < q.evidence.end && !have.has(`${q.type}|${q.evidence.start}|${q.evidence.end}`));
}

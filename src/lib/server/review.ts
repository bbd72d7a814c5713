// What the teacher's review shows of each question's answer key beyond one value: which quote goes
// with which name (match), which words of the passage are to be marked (mark the speaker); and the
// edit of a match key (the names reassigned among the quotes).
import type { Question, Span } from '$lib/engine/types';
import { m } from '$lib/i18n';

interface Pair {
	answer: string;
	evidence: Span;
	quote?: string;
}

export interface PairKey {
	quote: string;
	answer: string;
}

function pairs(q: Question): Pair[] {
	return Array.isArray(q.pairs) ? (q.pairs as Pair[]).filter((p) => p && typeof p.answer === 'string' && p.evidence) : [];
}

/** match questions: each quote with its name, and the names to choose from */
export function matchKeyOf(q: Question, text: string): { pairs: PairKey[]; names: string[] } | null {
	const ps = pairs(q);
	if (!ps.length) return null;
	return {
		pairs: ps.map((p) => ({ quote: typeof p.quote === 'string' ? p.quote : text.slice(p.evidence.start, p.evidence.end), answer: p.answer })),
		names: [...new Set(ps.map((p) => p.answer))]
	};
}

/** mark-the-speaker questions: the words a student may mark (each counts as right) */
export function markKeyOf(q: Question, text: string): string[] {
	if (q.target !== 'mark' || !Array.isArray(q.answer)) return [];
	return (q.answer as Span[]).filter((s) => s && s.end > s.start && s.end <= text.length).map((s) => text.slice(s.start, s.end));
}

/** A match key edited in the review: `pair:<n>` names one of the question's own names per quote. */
export function applyMatchEdit(q: Question, form: FormData): { question: Question } | { error: string } {
	const ps = pairs(q);
	const names = new Set(ps.map((p) => p.answer));
	const next = ps.map((p, i) => ({ ...p, answer: String(form.get(`pair:${i}`) ?? p.answer) }));
	if (next.some((p) => !names.has(p.answer))) return { error: m.answerNotInOptions() };
	return { question: { ...q, pairs: next } };
}

/** the evidence's words; for a figure or a short token its sentence (the token alone says nothing) */
export function evidenceSentence(q: Question, text: string): string {
	if (!q.evidence) return '';
	const c = q.context as Span | undefined;
	const short = q.target === 'number' || q.evidence.end - q.evidence.start < 40;
	const span = short && c && c.start <= q.evidence.start && c.end >= q.evidence.end ? c : q.evidence;
	return text.slice(span.start, span.end);
}

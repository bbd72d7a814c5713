// Grading one response to one question. Everything needed travels in the question's JSON
// (answer, accepted names, other speakers, tolerance, pairs), so grading works from the
// `analyze` output alone. Never throws: a response that cannot be read scores 0.
import type { Question, Span } from '../types.ts';
import type { QuestionTemplates } from '../../resources/pack.ts';
import { packs } from '../../resources/index.ts';
import { fold, nameDistance, nameTokens, damerau, typoLimit } from './text.ts';
import { parseNumber, sameNumber } from './parse-number.ts';

export type Diagnosis = 'correct' | 'partial' | 'other-speaker' | 'scale-error' | 'other-number' | 'no-match' | 'empty' | 'unsupported';

export interface Grade {
	score: number;
	correct: boolean;
	feedback: string;
	diagnosis: Diagnosis;
}

const templates = (q: Question): QuestionTemplates => packs[q.lang === 'en' ? 'en' : 'de'].questions;

function grade(q: Question, score: number, diagnosis: Diagnosis, note?: string): Grade {
	const t = templates(q);
	const base = diagnosis === 'unsupported' ? t.feedback['no-match'] : t.feedback[diagnosis === 'correct' ? 'correct' : diagnosis];
	const s = Math.max(0, Math.min(1, score));
	const extra = diagnosis !== 'correct' && typeof q.explanation === 'string' ? ` ${q.explanation}` : '';
	return { score: Math.round(s * 1000) / 1000, correct: s >= 1, feedback: (note ?? base) + extra, diagnosis };
}

/** title words of the question's language, folded ("dr", "präsident", "senator"), built once */
const titleCache = new Map<string, string[]>();
const titlesOf = (q: Question) => {
	const lang = q.lang === 'en' ? 'en' : 'de';
	let t = titleCache.get(lang);
	if (!t) {
		t = [...packs[lang].questions.titles, ...packs[lang].speech.roleNouns].map((w) => fold(w));
		titleCache.set(lang, t);
	}
	return t;
};

const isEmpty = (r: unknown) => r === undefined || r === null || (typeof r === 'string' && !r.trim()) || (Array.isArray(r) && !r.length);
const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** `typed` without leading title words ("Minister Austin" → "Austin", "Senator Lind" → "Lind"): a
 * word that is a title of the language or part of a word of an accepted name ("Minister" of
 * "US-Verteidigungsminister"); the name must remain */
function withoutTitles(typed: string, accept: string[], titles: string[]): string[] {
	const toks = nameTokens(typed);
	const words = new Set(accept.flatMap((a) => nameTokens(a)));
	const titleWord = (w: string) => titles.includes(w) || (w.length >= 4 && [...words].some((x) => x !== w && x.includes(w)));
	const out: string[] = [];
	for (let k = 1; k < toks.length && titleWord(toks[k - 1]); k++) out.push(toks.slice(k).join(' '));
	return out;
}

/** Is `typed` this speaker (answer or an accepted alias, with a title before the name or not),
 * and not another speaker of the article? */
export function judgeName(typed: unknown, accept: string[], others: string[][], titles: string[] = []): 'correct' | 'other-speaker' | 'no-match' {
	if (typeof typed !== 'string' || !typed.trim()) return 'no-match';
	const forms = nameTokens(typed).length > 1 ? [typed, ...withoutTitles(typed, accept, titles)] : [typed];
	const mine = Math.min(...forms.flatMap((f) => accept.map((a) => nameDistance(f, a))), Infinity);
	const theirs = Math.min(...others.map((names) => Math.min(...names.map((a) => nameDistance(typed, a)), Infinity)), Infinity);
	if (mine < Infinity && mine < theirs) return 'correct';
	if (theirs < Infinity) return 'other-speaker';
	return 'no-match';
}

function scoreName(q: Question, response: unknown): Grade {
	const accept = [typeof q.answer === 'string' ? q.answer : '', ...strings(q.accept)].filter(Boolean);
	const others = Array.isArray(q.others) ? (q.others as unknown[]).map((o) => (Array.isArray(o) ? strings(o) : typeof o === 'string' ? [o] : [])) : [];
	const verdict = judgeName(response, accept, others, titlesOf(q));
	return grade(q, verdict === 'correct' ? 1 : 0, verdict);
}

function plausible(value: number, q: Question): boolean {
	if (q.integer === true && !Number.isInteger(Math.round(value * 1e9) / 1e9)) return false;
	return true;
}

function scoreNumber(q: Question, response: unknown): Grade {
	const answer = typeof q.answer === 'number' ? q.answer : NaN;
	if (!Number.isFinite(answer)) return grade(q, 0, 'unsupported');
	const parsed = parseNumber(response);
	if (!parsed) return grade(q, 0, 'no-match');
	const tol = (q.tolerance ?? {}) as { min?: number; max?: number };
	const min = typeof tol.min === 'number' ? tol.min : answer, max = typeof tol.max === 'number' ? tol.max : answer;
	const fits = (v: number) => (v >= min && v <= max) || sameNumber(v, answer);
	const lang = q.lang === 'en' ? 'en' : 'de';
	const hits = parsed.readings.filter((r) => fits(r.value));
	if (hits.length) {
		const native = hits.some((r) => r.convention === 'both' || r.convention === lang);
		const rivals = parsed.readings.filter((r) => !fits(r.value));
		if (native || rivals.every((r) => !plausible(r.value, q))) return grade(q, 1, 'correct');
		return grade(q, 0, 'no-match', templates(q).feedback.ambiguous);
	}
	const values = parsed.readings.map((r) => r.value);
	const others = Array.isArray(q.others) ? (q.others as unknown[]).filter((x): x is number => typeof x === 'number') : [];
	if (values.some((v) => others.some((o) => sameNumber(o, v)))) return grade(q, 0, 'other-number');
	const scale = values.some((v) => {
		if (!v || !answer) return false;
		const k = Math.log10(Math.abs(v / answer));
		return Math.abs(k - Math.round(k)) < 1e-9 && Math.round(k) !== 0;
	});
	return grade(q, 0, scale ? 'scale-error' : 'no-match');
}

function truth(response: unknown): boolean | null {
	if (typeof response === 'boolean') return response;
	if (typeof response !== 'string') return null;
	const f = fold(response);
	for (const p of Object.values(packs)) {
		if (p.questions.falseWords.some((w) => fold(w) === f)) return false;
		if (p.questions.trueWords.some((w) => fold(w) === f)) return true;
	}
	return null;
}

function scoreBoolean(q: Question, response: unknown): Grade {
	const r = truth(response);
	if (r === null) return grade(q, 0, 'no-match');
	return grade(q, r === q.answer ? 1 : 0, r === q.answer ? 'correct' : 'no-match');
}

function scoreQuote(q: Question, response: unknown): Grade {
	if (typeof response !== 'string') return grade(q, 0, 'no-match');
	const f = fold(response);
	const ok = [q.answer, ...strings(q.accept)].some((a) => typeof a === 'string' && fold(a) === f);
	if (ok) return grade(q, 1, 'correct');
	const other = strings(q.options).some((o) => fold(o) === f);
	return grade(q, 0, other ? 'other-speaker' : 'no-match');
}

function scoreRole(q: Question, response: unknown): Grade {
	if (typeof response !== 'string') return grade(q, 0, 'no-match');
	const r = fold(response);
	const accepted = [q.answer, ...strings(q.accept)].filter((a): a is string => typeof a === 'string').map(fold);
	if (accepted.some((a) => a === r || damerau(a.replace(/ /g, ''), r.replace(/ /g, ''), typoLimit(a.length)) <= typoLimit(a.length))) return grade(q, 1, 'correct');
	// the head of a compound role ("Sprecherin" for "NATO-Sprecherin") is half right
	const heads = accepted.map((a) => a.split(' ').pop() ?? '').filter((h) => h.length >= 4);
	if (heads.some((h) => r.split(' ').includes(h))) return grade(q, 0.5, 'partial');
	const other = strings(q.options).some((o) => fold(o) === r);
	return grade(q, 0, other ? 'other-speaker' : 'no-match');
}

const asSpan = (x: unknown): Span | null => {
	if (typeof x === 'number') return { start: x, end: x + 1 };
	if (Array.isArray(x) && x.length === 2 && typeof x[0] === 'number' && typeof x[1] === 'number') return { start: x[0], end: Math.max(x[1], x[0] + 1) };
	if (x && typeof x === 'object' && typeof (x as Span).start === 'number') {
		const s = x as Span;
		return { start: s.start, end: typeof s.end === 'number' ? Math.max(s.end, s.start + 1) : s.start + 1 };
	}
	return null;
};

function scoreMark(q: Question, response: unknown): Grade {
	const answers = (Array.isArray(q.answer) ? q.answer : []).map(asSpan).filter((s): s is Span => !!s);
	const single = asSpan(response);
	const marks = single ? [single] : Array.isArray(response) ? response.map(asSpan).filter((s): s is Span => !!s) : [];
	if (!marks.length) return grade(q, 0, 'no-match');
	const hit = (m: Span) => answers.some((a) => Math.min(a.end, m.end) > Math.max(a.start, m.start));
	const good = marks.filter(hit).length;
	if (good === marks.length) return grade(q, 1, 'correct');
	return good ? grade(q, good / marks.length, 'partial') : grade(q, 0, 'no-match');
}

/** Match: the response assigns speakers to the numbered statements (1-based), as
 * { name: number }, { number: name } or [name, name, …] in statement order. */
function scoreMatch(q: Question, response: unknown): Grade {
	const pairs = (Array.isArray(q.pairs) ? q.pairs : []) as { answer?: unknown }[];
	const names = pairs.map((p) => (typeof p.answer === 'string' ? p.answer : ''));
	if (!names.length) return grade(q, 0, 'unsupported');
	const given: (string | undefined)[] = new Array(names.length).fill(undefined);
	if (Array.isArray(response)) response.forEach((r, i) => { if (i < given.length && typeof r === 'string') given[i] = r; });
	else if (response && typeof response === 'object') {
		const entries = Object.entries(response as Record<string, unknown>);
		const numeric = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'string' && /^\d+$/.test(x.trim()) ? Number(x) : null);
		const zeroBased = entries.some(([k, v]) => numeric(v) === 0 || (numeric(k) === 0 && typeof v === 'string'));
		for (const [k, v] of entries) {
			const kn = numeric(k), vn = numeric(v);
			const slot = (n: number) => (zeroBased ? n : n - 1);
			if (kn !== null && typeof v === 'string') { if (slot(kn) >= 0 && slot(kn) < given.length) given[slot(kn)] = v; }
			else if (vn !== null) { if (slot(vn) >= 0 && slot(vn) < given.length) given[slot(vn)] = k; }
			else if (Array.isArray(v)) for (const x of v) { const n = numeric(x); if (n !== null && slot(n) >= 0 && slot(n) < given.length) given[slot(n)] = k; }
		}
	} else return grade(q, 0, 'no-match');
	const aliasMap = q.accept && typeof q.accept === 'object' && !Array.isArray(q.accept) ? (q.accept as Record<string, unknown>) : {};
	const aliases = (n: string) => [n, ...strings(aliasMap[n])];
	let right = 0, otherSpeaker = 0;
	names.forEach((name, i) => {
		const others = names.filter((n, j) => j !== i && !sameName(n, name)).map(aliases);
		const v = judgeName(given[i], aliases(name), others);
		if (v === 'correct') right++;
		else if (v === 'other-speaker') otherSpeaker++;
	});
	const score = right / names.length;
	if (score >= 1) return grade(q, 1, 'correct');
	if (right) return grade(q, score, 'partial');
	return grade(q, 0, otherSpeaker ? 'other-speaker' : 'no-match');
}
const sameName = (a: string, b: string) => fold(a) === fold(b);

/** Grade a response. Score 0..1, correct when the score is 1. */
export function score(question: Question, response: unknown): Grade {
	try {
		if (!question || typeof question !== 'object') return { score: 0, correct: false, feedback: '', diagnosis: 'unsupported' };
		if (isEmpty(response)) return grade(question, 0, 'empty');
		switch (question.target) {
			case 'speaker':
			case 'source':
				return scoreName(question, response);
			case 'number':
				return scoreNumber(question, response);
			case 'boolean':
				return scoreBoolean(question, response);
			case 'quote':
				return scoreQuote(question, response);
			case 'role':
				return scoreRole(question, response);
			case 'mark':
				return scoreMark(question, response);
			case 'match':
				return scoreMatch(question, response);
			default:
				return grade(question, 0, 'unsupported');
		}
	} catch {
		return { score: 0, correct: false, feedback: '', diagnosis: 'no-match' };
	}
}

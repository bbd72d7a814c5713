// The verification pass: a question survives only when its answer key can be checked against
// its evidence, its answer is unique, no option is also right, and the prompt does not give the
// answer away. Fewer, right questions beat more, doubtful ones.
import type { Question, Span } from '../types.ts';
import type { Gen, Draft } from './gen.ts';
import { fold, nameTokens, namesConflict } from '../scoring/text.ts';
import { parseNumber, sameNumber } from '../scoring/parse-number.ts';

export type Reason = 'bad-evidence' | 'no-answer' | 'evidence-lacks-answer' | 'giveaway' | 'bad-options' | 'not-unique' | 'duplicate';

const validSpan = (s: unknown, len: number): s is Span =>
	!!s && typeof s === 'object' && Number.isInteger((s as Span).start) && Number.isInteger((s as Span).end) && (s as Span).start >= 0 && (s as Span).end > (s as Span).start && (s as Span).end <= len;

/** Does the prompt name the answer: the whole name, its last word (a surname), or its first
 * capitalised word (the head of "der südkoreanische Geheimdienst", "die Verteidiger X-s")? */
export function promptNames(prompt: string, name: string): boolean {
	const p = ` ${fold(prompt)} `;
	const toks = nameTokens(name);
	if (!toks.length) return false;
	if (p.includes(` ${toks.join(' ')} `)) return true;
	const words = name.trim().split(/\s+/);
	const head = words.find((w) => /^\p{Lu}/u.test(w)) ?? '';
	const keys = [toks[toks.length - 1], ...(head ? nameTokens(head).slice(0, 1) : [])];
	return keys.some((w) => w.length >= 3 && p.includes(` ${w} `));
}

/** Numbers written with digits in the prompt (the blank aside), with a scale word after them
 * ("12 million", "1,5 Milliarden") read as the figure they make */
export function promptHasNumber(prompt: string, value: number): boolean {
	for (const m of prompt.matchAll(/\d+(?:[.,\s\u00A0\u202F]\d{3})*(?:[.,]\d+)?(?:\s+(?:thousand|million|billion|trillion|tausend|Tausend|Millionen|Million|Milliarden|Milliarde|Mio\.?|Mrd\.?|bn|m)\b)?/gu)) {
		const p = parseNumber(m[0]);
		if (p && p.readings.some((r) => sameNumber(r.value, value))) return true;
		const digits = parseNumber(m[0].replace(/\s+\p{L}+\.?$/u, ''));
		if (digits && digits.readings.some((r) => sameNumber(r.value, value))) return true;
	}
	return false;
}

/** the value a number's span states, read like a typed answer (hedges and scale words included) */
export function evidenceHolds(text: string, ev: Span, value: number): boolean {
	const p = parseNumber(text.slice(ev.start, ev.end));
	return !!p && p.readings.some((r) => sameNumber(r.value, value));
}

export function check(g: Gen, q: Draft): Reason | null {
	const len = g.text.length;
	if (!validSpan(q.evidence, len)) return 'bad-evidence';
	const options = Array.isArray(q.options) ? q.options : undefined;
	switch (q.target) {
		case 'speaker':
		case 'source': {
			if (typeof q.answer !== 'string' || !fold(q.answer)) return 'no-answer';
			if (promptNames(q.prompt, q.answer)) return 'giveaway';
			if (options) {
				if (options.filter((o) => fold(o) === fold(q.answer)).length !== 1) return 'bad-options';
				const accept = Array.isArray(q.accept) ? (q.accept as string[]) : [q.answer];
				for (const o of options) if (fold(o) !== fold(q.answer) && (typeof o !== 'string' || accept.some((a) => namesConflict(a, o)))) return 'bad-options';
			}
			break;
		}
		case 'number': {
			if (typeof q.answer !== 'number' || !Number.isFinite(q.answer)) return 'no-answer';
			if (!evidenceHolds(g.text, q.evidence, q.answer)) return 'evidence-lacks-answer';
			if (promptHasNumber(q.prompt, q.answer)) return 'giveaway';
			if (options) {
				if (!options.every((o) => typeof o === 'number' && Number.isFinite(o))) return 'bad-options';
				if ((options as number[]).filter((o) => sameNumber(o, q.answer as number)).length !== 1) return 'bad-options';
			}
			break;
		}
		case 'quote': {
			if (typeof q.answer !== 'string' || typeof q.speaker !== 'string') return 'no-answer';
			if (fold(q.prompt).includes(fold(q.answer))) return 'giveaway';
			// a statement that names its own speaker ("Nach Einschätzung von X …") answers itself
			if (options && options.some((o) => typeof o === 'string' && promptNames(o, q.speaker as string))) return 'giveaway';
			if (options && options.filter((o) => fold(o) === fold(q.answer)).length !== 1) return 'bad-options';
			break;
		}
		case 'boolean': {
			const c = q.claim as { target?: string; value?: unknown; evidence?: Span } | undefined;
			if (typeof q.answer !== 'boolean' || !c || !validSpan(c.evidence, len)) return 'no-answer';
			if (c.target === 'number') {
				if (typeof q.fact !== 'number' || typeof c.value !== 'number') return 'no-answer';
				if (!evidenceHolds(g.text, c.evidence, q.fact)) return 'evidence-lacks-answer';
				if (q.answer !== sameNumber(c.value, q.fact)) return 'no-answer';
			} else if (c.target === 'speaker') {
				if (typeof q.fact !== 'string' || typeof c.value !== 'string') return 'no-answer';
				const accept = Array.isArray(q.accept) ? (q.accept as string[]) : [q.fact];
				if (q.answer !== (fold(c.value) === fold(q.fact))) return 'no-answer';
				if (!q.answer && accept.some((a) => namesConflict(a, c.value as string))) return 'bad-options';
				if (promptNames(q.prompt.replace(c.value, ''), q.fact) && !q.answer) return 'giveaway';
			}
			break;
		}
		case 'match': {
			const pairs = Array.isArray(q.pairs) ? (q.pairs as { answer: string; evidence: Span }[]) : [];
			if (pairs.length < 3 || !pairs.every((p) => validSpan(p.evidence, len) && typeof p.answer === 'string')) return 'no-answer';
			break;
		}
		case 'role': {
			if (typeof q.answer !== 'string') return 'no-answer';
			if (!g.text.slice(q.evidence.start, q.evidence.end).includes(q.answer)) return 'evidence-lacks-answer';
			if (fold(q.prompt).includes(fold(q.answer))) return 'giveaway';
			break;
		}
		case 'mark':
			if (!Array.isArray(q.answer) || !q.answer.length) return 'no-answer';
			break;
	}
	if (options) {
		const keys = options.map((o) => (typeof o === 'number' ? `#${o}` : fold(o)));
		if (new Set(keys).size !== keys.length) return 'bad-options';
	}
	return null;
}

/** a draft is checked once (generation tries each draft alone, then verifies the whole quiz) */
const checked = new WeakMap<Draft, { reason: Reason | null; key: string }>();
function checkOnce(g: Gen, q: Draft) {
	let c = checked.get(q);
	if (!c) {
		c = { reason: check(g, q), key: fold(q.prompt) + JSON.stringify(q.options ?? null) };
		checked.set(q, c);
	}
	return c;
}

/** Keeps the questions that pass; counts the others by reason. */
export function verify(g: Gen, drafts: Draft[]): { kept: Draft[]; dropped: Map<Reason, number> } {
	const dropped = new Map<Reason, number>();
	const kept: Draft[] = [];
	const prompts = new Set<string>();
	for (const q of drafts) {
		const c = checkOnce(g, q);
		let r = c.reason;
		if (!r && prompts.has(c.key)) r = 'duplicate';
		if (r) { dropped.set(r, (dropped.get(r) ?? 0) + 1); continue; }
		prompts.add(c.key);
		kept.push(q);
	}
	return { kept, dropped };
}

export type { Question };

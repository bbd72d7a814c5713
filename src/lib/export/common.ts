// What every format shares: a format-neutral reading of the engine's questions (choice, typed
// text, number, true/false, cloze gap, matching, marking in the text), number display, the
// article laid out in numbered lines, the loss list and a few text helpers.
import type { Lang, Question, Span } from '../engine/types.ts';
import type { ExportLesson, Loss } from './types.ts';
import { formatNumber as formatInLang } from '../format/number.ts';
import { parseNumber, sameNumber } from '../engine/scoring/parse-number.ts';

export const encoder = new TextEncoder();

export const strings = (x: unknown): string[] => (Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : []);

/** the same name or text, whatever the case and spacing */
export const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

export function unique(xs: string[]): string[] {
	const seen = new Set<string>();
	return xs.filter((x) => {
		const f = fold(x);
		if (!f || seen.has(f)) return false;
		seen.add(f);
		return true;
	});
}

/** decimals an export keeps: as many as the engine's answer key carries */
export const EXPORT_DECIMALS = 6;

export const formatNumber = (n: number, lang: Lang): string => formatInLang(n, lang, EXPORT_DECIMALS);

/** a number written for machines: no grouping, a decimal point, no exponent for ordinary sizes */
export function plainNumber(n: number): string {
	if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
	return String(Math.round(n * 1e9) / 1e9);
}

export const QUOTES: Record<Lang, [string, string]> = { de: ['„', '“'], en: ['“', '”'] };

export const quoted = (s: string, lang: Lang) => `${QUOTES[lang][0]}${s}${QUOTES[lang][1]}`;

/** the blank the engine writes into cloze and number prompts */
export const GAP = '___';

// ---------------------------------------------------------------------------------------------
// Items: one question, read for export

export interface Choice {
	text: string;
	correct: boolean;
}

export type Gap = { kind: 'text'; accept: string[] } | { kind: 'number'; answer: number; min: number; max: number; integer: boolean };

export type Item =
	| { kind: 'choice'; q: Question; prompt: string; choices: Choice[] }
	| { kind: 'text'; q: Question; prompt: string; accept: string[] }
	| { kind: 'number'; q: Question; prompt: string; answer: number; min: number; max: number; integer: boolean }
	| { kind: 'boolean'; q: Question; prompt: string; answer: boolean }
	| { kind: 'cloze'; q: Question; before: string; after: string; gap: Gap }
	| { kind: 'match'; q: Question; prompt: string; pairs: { statement: string; answer: string; evidence?: Span }[]; answers: string[] }
	| { kind: 'mark'; q: Question; prompt: string; speaker: string; spans: Span[]; accept: string[] }
	| { kind: 'unsupported'; q: Question; prompt: string };

export type ItemKind = Item['kind'];

const isSpan = (x: unknown): x is Span =>
	!!x && typeof x === 'object' && Number.isFinite((x as Span).start) && Number.isFinite((x as Span).end);

function numberRange(q: Question, answer: number) {
	const tol = (q.tolerance ?? {}) as { min?: unknown; max?: unknown };
	const min = typeof tol.min === 'number' && Number.isFinite(tol.min) ? Math.min(tol.min, answer) : answer;
	const max = typeof tol.max === 'number' && Number.isFinite(tol.max) ? Math.max(tol.max, answer) : answer;
	return { answer, min, max, integer: q.integer === true };
}

/** the text an option shows: numbers in the lesson's language, quotes in quotation marks */
export function optionText(q: Question, o: unknown, lang: Lang): string {
	if (typeof o === 'number') return formatNumber(o, lang);
	if (typeof o === 'boolean') return booleanWord(o, lang);
	const s = typeof o === 'string' ? o : JSON.stringify(o);
	return q.target === 'quote' ? quoted(s, lang) : s;
}

const sameAnswer = (o: unknown, a: unknown) =>
	typeof o === 'number' && typeof a === 'number' ? o === a : typeof o === 'string' && typeof a === 'string' ? fold(o) === fold(a) : false;

/** the last word of a name, for telling a naming mention ("Lind") from a pronoun ("sie") */
const lastWord = (name: string) => fold(name).replace(/^(der|die|das|the)\s+/, '').split(' ').pop() ?? '';

/** a mention that names the speaker ("Lind", "Anna Lind"), not a pronoun or a role alone */
export function namesSpeaker(mention: string, speaker: string): boolean {
	const last = lastWord(speaker);
	return last.length >= 3 && fold(mention).includes(last);
}

export function toItem(q: Question, text: string, lang: Lang): Item {
	const prompt = typeof q.prompt === 'string' ? q.prompt : '';
	const answer = q.answer;
	if (q.target === 'match' && Array.isArray(q.pairs)) {
		const pairs = (q.pairs as Record<string, unknown>[])
			.filter((p) => p && typeof p.answer === 'string')
			.map((p) => ({
				statement: typeof p.quote === 'string' ? p.quote : isSpan(p.evidence) ? text.slice(p.evidence.start, p.evidence.end) : '',
				answer: p.answer as string,
				...(isSpan(p.evidence) ? { evidence: { start: p.evidence.start, end: p.evidence.end } } : {})
			}));
		if (pairs.length) return { kind: 'match', q, prompt, pairs, answers: unique([...pairs.map((p) => p.answer), ...strings(q.options)]) };
	}
	if (q.target === 'mark' && Array.isArray(answer)) {
		const spans = answer.filter(isSpan).map((s) => ({ start: s.start, end: s.end })).filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
		const speaker = typeof q.speaker === 'string' ? q.speaker : '';
		const mentions = spans.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()).filter((m) => namesSpeaker(m, speaker));
		if (spans.length && speaker) return { kind: 'mark', q, prompt, speaker, spans, accept: unique([speaker, ...mentions, ...strings(q.accept)]) };
	}
	if (q.target === 'boolean' && typeof answer === 'boolean') return { kind: 'boolean', q, prompt, answer };
	if (Array.isArray(q.options) && q.options.length >= 2 && q.options.some((o) => sameAnswer(o, answer))) {
		const seen = new Set<string>();
		const choices: Choice[] = [];
		for (const o of q.options) {
			const t = optionText(q, o, lang);
			if (seen.has(fold(t))) continue;
			seen.add(fold(t));
			choices.push({ text: t, correct: sameAnswer(o, answer) });
		}
		if (choices.filter((c) => c.correct).length === 1) return { kind: 'choice', q, prompt, choices };
	}
	const gapAt = prompt.indexOf(GAP);
	if (q.type === 'cloze' && gapAt >= 0) {
		const before = prompt.slice(0, gapAt), after = prompt.slice(gapAt + GAP.length);
		if (typeof answer === 'number' && Number.isFinite(answer)) return { kind: 'cloze', q, before, after, gap: { kind: 'number', ...numberRange(q, answer) } };
		if (typeof answer === 'string' && answer.trim()) return { kind: 'cloze', q, before, after, gap: { kind: 'text', accept: unique([answer, ...strings(q.accept)]) } };
	}
	if (typeof answer === 'number' && Number.isFinite(answer)) return { kind: 'number', q, prompt, ...numberRange(q, answer) };
	if (typeof answer === 'string' && answer.trim()) return { kind: 'text', q, prompt, accept: unique([answer, ...strings(q.accept)]) };
	return { kind: 'unsupported', q, prompt };
}

export const lessonItems = (lesson: ExportLesson): Item[] => lesson.questions.map((q) => toItem(q, lesson.text, lesson.lang));

/** the prompt of an item, the gap of a cloze written as a line */
export const itemPrompt = (item: Item, blank = '_____'): string => (item.kind === 'cloze' ? item.before + blank + item.after : item.prompt);

/** the right answer, as a reader should see it */
export function answerText(item: Item, lang: Lang): string {
	switch (item.kind) {
		case 'choice':
			return item.choices.filter((c) => c.correct).map((c) => c.text).join(' / ');
		case 'text':
			return item.accept[0] ?? '';
		case 'number':
			return rangeText(item, lang);
		case 'boolean':
			return booleanWord(item.answer, lang);
		case 'cloze':
			return item.gap.kind === 'text' ? item.gap.accept[0] ?? '' : rangeText(item.gap, lang);
		case 'match':
			return item.pairs.map((p, i) => `${i + 1}: ${p.answer}`).join('; ');
		case 'mark':
			return item.speaker;
		default:
			return typeof item.q.answer === 'string' ? item.q.answer : JSON.stringify(item.q.answer ?? null);
	}
}

export function rangeText(r: { answer: number; min: number; max: number }, lang: Lang): string {
	const a = formatNumber(r.answer, lang);
	if (r.min === r.answer && r.max === r.answer) return a;
	return `${a} (${formatNumber(r.min, lang)}–${formatNumber(r.max, lang)})`;
}

export const booleanWord = (b: boolean, lang: Lang) => (lang === 'de' ? (b ? 'richtig' : 'falsch') : b ? 'true' : 'false');

/** other accepted spellings (not the first, which answerText shows) */
export function alsoAccepted(item: Item): string[] {
	if (item.kind === 'text' || item.kind === 'mark') return item.accept.filter((a) => fold(a) !== fold(answerText(item, 'de')));
	if (item.kind === 'cloze' && item.gap.kind === 'text') return item.gap.accept.slice(1);
	return [];
}

/** The typed forms a number may take, for formats that only compare strings. Ranges of up to
 * `maxValues` integers are listed whole; wider tolerance keeps the exact value only. */
export function numberSpellings(r: { answer: number; min: number; max: number }, lang: Lang, maxValues = 11): { values: number[]; complete: boolean } {
	let values = [r.answer];
	let complete = r.min === r.max;
	if (!complete && Number.isInteger(r.min) && Number.isInteger(r.max) && r.max - r.min + 1 <= maxValues) {
		values = [r.answer];
		for (let v = r.min; v <= r.max; v++) if (v !== r.answer) values.push(v);
		complete = true;
	}
	return { values, complete };
}

/** the number as the article writes it ("zwei", "10.000"), when its evidence is just the number
 * and reads as one of `values` in the lesson's notation */
export function articleWording(q: Question, text: string, values: number[], lang: Lang): string[] {
	const e = q.evidence;
	if (!isSpan(e) || !(e.end > e.start) || e.end - e.start > 24) return [];
	const raw = text.slice(e.start, e.end).replace(/\s+/g, ' ').trim();
	const parsed = raw ? parseNumber(raw) : null;
	if (!parsed || parsed.hedged) return [];
	const ok = parsed.readings.some((r) => (r.convention === lang || r.convention === 'both') && values.some((v) => sameNumber(v, r.value)));
	return ok ? [raw] : [];
}

export function spellNumber(n: number, lang: Lang): string[] {
	const out = [plainNumber(n), formatNumber(n, lang)];
	if (lang === 'de') out.push(formatNumber(n, 'de').replace(/\./g, ' '), plainNumber(n).replace('.', ','));
	else out.push(formatNumber(n, 'en').replace(/,/g, ' '));
	return unique(out);
}

// ---------------------------------------------------------------------------------------------
// Losses

export class Losses {
	private byCode = new Map<string, Loss>();
	constructor(private format: string) {}
	add(code: string, message: string, question?: Question | string): void {
		let l = this.byCode.get(code);
		if (!l) {
			l = { code, message: `${this.format}: ${message}`, questions: [] };
			this.byCode.set(code, l);
		}
		const id = typeof question === 'string' ? question : question?.id;
		if (id && !l.questions.includes(id)) l.questions.push(id);
	}
	list(): Loss[] {
		return [...this.byCode.values()];
	}
}

/** losses every LMS format shares; `typedNames`/`typedNumbers` say how the format grades typed answers */
export function commonLosses(losses: Losses, items: Item[], opts: { evidence?: boolean; typedNames?: string; typedNumbers?: string; markTyped?: boolean }): void {
	if (opts.evidence !== false) losses.add('evidence', 'evidence highlighting not available (the feedback quotes the passage instead)');
	for (const it of items) {
		const typedName = it.kind === 'text' || (it.kind === 'mark' && opts.markTyped !== false) || (it.kind === 'cloze' && it.gap.kind === 'text');
		const typedNumber = it.kind === 'number' || (it.kind === 'cloze' && it.gap.kind === 'number');
		if (typedName && opts.typedNames) losses.add('typed-names', opts.typedNames, it.q);
		if (typedNumber && opts.typedNumbers) losses.add('typed-numbers', opts.typedNumbers, it.q);
		if (it.kind === 'unsupported') losses.add('unsupported', 'question without a readable answer left out', it.q);
	}
}

// ---------------------------------------------------------------------------------------------
// Text helpers

export function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** the article as HTML paragraphs (one per non-blank line), all text escaped */
export function articleHtml(text: string): string {
	return text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)
		.map((l) => `<p>${escapeHtml(l)}</p>`)
		.join('');
}

/** Moodle's name of a question category for the lesson (question_categories.name holds 255
 * characters; the name is shown as HTML, so the title is escaped; `/` would start a
 * subcategory). `strip` lists characters a format cannot carry in the name. */
export function moodleCategoryName(title: string, strip = /\//g, max = 255): string {
	let chars = [...title.replace(/[\r\n]+/g, ' ').replace(strip, ' ').replace(/\s+/g, ' ').trim()];
	const name = () => escapeHtml(chars.join('')).trim();
	if (name().length <= max) return name() || 'Wortlaut';
	while (chars.length && name().length > max - 1) chars = chars.slice(0, -1);
	return `${name()}…`;
}

/** a file name from the lesson title */
export function slug(title: string, fallback = 'lesson'): string {
	const s = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.toLowerCase()
		.slice(0, 60)
		.replace(/-+$/, '');
	return s || fallback;
}

/** the article's first line, as a title when none is given */
export function titleFromText(text: string, fallback = 'Wortlaut'): string {
	const first = text.split(/\r?\n/).map((l) => l.trim()).find(Boolean) ?? '';
	if (!first) return fallback;
	return first.length > 90 ? first.slice(0, 90).replace(/\s+\S*$/, '') + ' …' : first;
}

/** a stable identifier for XML (NCName): letters, digits, - _ . and a letter first */
export function xmlId(s: string, prefix = 'i'): string {
	const id = s.replace(/[^A-Za-z0-9_.-]/g, '_');
	return /^[A-Za-z_]/.test(id) ? id : `${prefix}${id}`;
}

// ---------------------------------------------------------------------------------------------
// The article in numbered lines (worksheet, key, CSV evidence)

export interface Line extends Span {
	n: number;
	/** first line after a blank line in the source (a new paragraph) */
	paragraph: boolean;
}

export interface Layout {
	lines: Line[];
	/** "3" or "3–4": the lines a span touches ('' outside the text) */
	linesOf(span: Span): string;
	lineRange(span: Span): [number, number] | null;
}

/** Wraps each source line at `width` characters (at spaces; longer words are cut). Offsets stay
 * those of the original text. */
/** characters per printed article line: worksheet, key and CSV number lines alike */
export const DEFAULT_LINE_WIDTH = 80;

export function layoutLines(text: string, width = DEFAULT_LINE_WIDTH): Layout {
	const lines: Line[] = [];
	let blankBefore = true;
	for (const src of text.matchAll(/[^\r\n]*(\r?\n|$)/g)) {
		if (src[0] === '' && src.index >= text.length) break;
		const body = src[0].replace(/\r?\n$/, '');
		const base = src.index;
		const words = [...body.matchAll(/\S+/g)].flatMap((m) => {
			const out: Span[] = [];
			for (let s = 0; s < m[0].length; s += width) out.push({ start: base + m.index + s, end: base + m.index + Math.min(m[0].length, s + width) });
			return out;
		});
		if (!words.length) {
			blankBefore = true;
			continue;
		}
		const first = lines.length;
		let cur: Span | null = null;
		for (const w of words) {
			if (cur && w.end - cur.start <= width) cur.end = w.end;
			else {
				if (cur) lines.push({ ...cur, n: lines.length + 1, paragraph: false });
				cur = { ...w };
			}
		}
		if (cur) lines.push({ ...cur, n: lines.length + 1, paragraph: false });
		lines[first].paragraph = blankBefore && first > 0;
		blankBefore = false;
	}
	const lineAt = (offset: number): Line | null => {
		let lo = 0, hi = lines.length - 1, best: Line | null = null;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			if (lines[mid].start <= offset) {
				best = lines[mid];
				lo = mid + 1;
			} else hi = mid - 1;
		}
		return best;
	};
	const lineRange = (span: Span): [number, number] | null => {
		if (!(span.end > span.start) || span.start >= text.length) return null;
		const a = lineAt(span.start), b = lineAt(Math.max(span.start, span.end - 1));
		return a && b ? [a.n, b.n] : null;
	};
	return {
		lines,
		lineRange,
		linesOf(span) {
			const r = lineRange(span);
			return !r ? '' : r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`;
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Words the exports write themselves

export const TEXTS = {
	de: {
		article: 'Artikel',
		questions: 'Fragen',
		worksheet: 'Arbeitsblatt',
		key: 'Lösungen',
		line: 'Z.',
		name: 'Name',
		date: 'Datum',
		answer: 'Antwort',
		evidence: 'Beleg',
		alsoRight: 'auch richtig',
		statement: 'Aussage',
		speaker: 'Wer?',
		names: 'Zur Auswahl',
		markHint: 'Unterstreiche die Stelle(n) im Text und schreibe die Zeile(n) auf.',
		markTyped: 'Wer hat das laut dem Artikel gesagt? Schreibe den Namen:',
		digitsOnly: 'Schreibe die Zahl nur in Ziffern, ohne Tausenderpunkt (z. B. :example).',
		matchStatement: 'Von wem stammt diese Aussage?',
		lines: 'Zeilen',
		start: 'Start',
		finish: 'Fertig',
		resultPage: 'Dein Ergebnis:',
		check: 'Überprüfen',
		retry: 'Wiederholen',
		solution: 'Lösung anzeigen',
		next: 'Weiter',
		prev: 'Zurück',
		yes: 'Richtig',
		no: 'Falsch',
		source: 'Quelle',
		questionOf: 'Frage :num von :total'
	},
	en: {
		article: 'Article',
		questions: 'Questions',
		worksheet: 'Worksheet',
		key: 'Answer key',
		line: 'l.',
		name: 'Name',
		date: 'Date',
		answer: 'Answer',
		evidence: 'Evidence',
		alsoRight: 'also right',
		statement: 'Statement',
		speaker: 'Who?',
		names: 'Choose from',
		markHint: 'Underline the words in the text and write down the line(s).',
		markTyped: 'Who said this, according to the article? Write the name:',
		digitsOnly: 'Write the number in digits only, without thousands separators (e.g. :example).',
		matchStatement: 'Who made this statement?',
		lines: 'Lines',
		start: 'Start',
		finish: 'Finish',
		resultPage: 'Your result:',
		check: 'Check',
		retry: 'Retry',
		solution: 'Show solution',
		next: 'Next',
		prev: 'Previous',
		yes: 'True',
		no: 'False',
		source: 'Source',
		questionOf: 'Question :num of :total'
	}
} satisfies Record<Lang, Record<string, string>>;

/** a mark-the-speaker prompt for formats that can only ask for the name */
export function markAsTyped(item: Extract<Item, { kind: 'mark' }>, lang: Lang): string {
	const i = item.prompt.indexOf(':');
	const quote = i >= 0 ? item.prompt.slice(i + 1).trim() : '';
	return quote ? `${TEXTS[lang].markTyped} ${quote}` : item.prompt;
}

/** speaker names a lesson mentions: answers and options of its name questions */
export function lessonNames(items: Item[]): string[] {
	const out: string[] = [];
	for (const it of items) {
		const t = it.q.target;
		if (t !== 'speaker' && t !== 'source' && t !== 'match' && t !== 'mark') continue;
		if (typeof it.q.answer === 'string') out.push(it.q.answer);
		if (typeof it.q.speaker === 'string') out.push(it.q.speaker);
		out.push(...strings(it.q.options));
		if (it.kind === 'match') out.push(...it.answers);
	}
	return unique(out);
}

/** names for a matching question that answer no statement: the question's own other options
 * (when `keepOptions`), filled up from the lesson's names until there are three names in all */
export function matchDistractors(item: Extract<Item, { kind: 'match' }>, names: string[], keepOptions: boolean): string[] {
	const used = unique(item.pairs.map((p) => p.answer));
	const free = unique([...item.answers, ...names]).filter((n) => !used.some((u) => fold(u) === fold(n)));
	const own = item.answers.length - used.length;
	return free.slice(0, Math.max(keepOptions ? own : 0, 3 - used.length, 0));
}

/** the explanation, or the evidence passage when there is none */
export function feedbackText(q: Question, text: string): string {
	if (typeof q.explanation === 'string' && q.explanation.trim()) return q.explanation;
	const e = q.evidence;
	return isSpan(e) && e.end > e.start ? text.slice(e.start, e.end).replace(/\s+/g, ' ').trim() : '';
}

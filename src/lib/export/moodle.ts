// Moodle XML (question bank import, "Moodle XML format"): a category, the article as a
// description item, then one question per item: multichoice, shortanswer, numerical (with
// tolerance), truefalse, matching and cloze (multianswer).
import type { Lang } from '../engine/types.ts';
import type { ExportLesson, ExportResult } from './types.ts';
import {
	Losses, TEXTS, articleHtml, moodleCategoryName, articleWording, commonLosses, encoder, escapeHtml, feedbackText, lessonItems, lessonNames, markAsTyped, matchDistractors, numberSpellings,
	plainNumber, quoted, slug, spellNumber, unique,
	type Gap, type Item
} from './common.ts';
import type { Question } from '../engine/types.ts';
import { buildXml, el, textEl, type XmlNode } from './xml.ts';

const html = (s: string) => el('text', {}, s);
const para = (s: string) => `<p>${escapeHtml(s)}</p>`;

function head(type: string, name: string, questionHtml: string, feedback: string, idnumber?: string, grade = 1): XmlNode[] {
	return [
		el('name', {}, textEl('text', name.length > 200 ? name.slice(0, 199) + '…' : name)),
		el('questiontext', { format: 'html' }, html(questionHtml)),
		el('generalfeedback', { format: 'html' }, html(feedback ? para(feedback) : '')),
		textEl('defaultgrade', grade),
		textEl('penalty', type === 'truefalse' ? 1 : 0.3333333),
		textEl('hidden', 0),
		...(idnumber ? [textEl('idnumber', idnumber)] : [])
	];
}

const answer = (fraction: number, text: string, extra: XmlNode[] = [], format = 'moodle_auto_format') =>
	el('answer', { fraction, format }, textEl('text', text), el('feedback', { format: 'html' }, textEl('text', '')), ...extra);

/** `*` is the shortanswer wildcard: a literal one is written `\*` (backslash is special only there) */
const shortAnswerText = (s: string) => s.replace(/\*/g, '\\*');

/** numerical answers: the exact value, and when the tolerance is not symmetric a second full-mark
 * answer covering the whole range (Moodle's tolerance is ± around one value) */
function numericAnswers(r: { answer: number; min: number; max: number }): { value: number; tolerance: number }[] {
	const below = r.answer - r.min, above = r.max - r.answer;
	if (below === above) return [{ value: r.answer, tolerance: below }];
	return [
		{ value: r.answer, tolerance: Math.min(below, above) },
		{ value: (r.min + r.max) / 2, tolerance: (r.max - r.min) / 2 }
	];
}

/** An answer inside a cloze {…}, written so that Moodle reads it back as it stands
 * (question/type/multianswer/questiontype.php, qtype_multianswer_extract_question): an answer
 * ends at an unescaped ~ # or }, then goes through html_entity_decode and only `\}` `\#` lose
 * their backslash. So `~` is `&#126;` (its # follows &, which does not end an answer), `\` is
 * `&#92;` (a backslash before the closing } would escape it), `& < >` are numeric or named entities
 * (they would be decoded; `&amp;` before a delimiter would hide it), `} #` keep `\}` `\#`, `*` stays `\*` (the shortanswer wildcard); `/ "` stay. */
export const clozeAnswer = (s: string) =>
	s.replace(/[&<>~\\}#*]/g, (c) => CLOZE_ESCAPES[c]);
const CLOZE_ESCAPES: Record<string, string> = { '&': '&#38;', '<': '&lt;', '>': '&gt;', '~': '&#126;', '\\': '&#92;', '}': '\\}', '#': '\\#', '*': '\\*' };
const clozeText = (s: string) => escapeHtml(s).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');

type NumberRange = { answer: number; min: number; max: number };

/** How a typed number goes to Moodle. Its numerical grader reads a response the same way in
 * every course language (question/type/numerical/questiontype.php,
 * qtype_numerical_answer_processor::apply_units): spaces are dropped; when a point is present
 * or more than one comma, commas are dropped and the point is the decimal point, else a comma
 * is. So "10.000" is 10, "1.234,5" is 1.2345 and "10,000" is 10, while "12,5", "2.5" and
 * "10 000" read right. Figures below 1000 are written without grouping and stay numerical;
 * larger exact figures (or a few integers) become short answers with the spellings a student
 * types; a wider tolerance stays numerical and the prompt asks for digits only. */
export type MoodleNumber = { kind: 'numerical' } | { kind: 'spellings'; accept: string[] } | { kind: 'digits'; hint: string };

export function moodleNumber(r: NumberRange, q: Question, text: string, lang: Lang): MoodleNumber {
	if (Math.max(Math.abs(r.min), Math.abs(r.max), Math.abs(r.answer)) < 1000) return { kind: 'numerical' };
	const { values, complete } = numberSpellings(r, lang);
	if (complete) return { kind: 'spellings', accept: unique([...values.flatMap((v) => spellNumber(v, lang)), ...articleWording(q, text, values, lang)]) };
	// an example number outside the range, so that the hint never gives the answer away
	const example = [4500, 73000, 1250000].find((x) => x < r.min || x > r.max) ?? 1;
	return { kind: 'digits', hint: TEXTS[lang].digitsOnly.replace(':example', String(example)) };
}

export function clozeGap(gap: Gap, q: Question, text: string, lang: Lang): string {
	const short = (accept: string[]) => `{1:SHORTANSWER:${accept.map((a) => `%100%${clozeAnswer(a)}`).join('~')}}`;
	if (gap.kind === 'text') return short(gap.accept);
	const typed = moodleNumber(gap, q, text, lang);
	if (typed.kind === 'spellings') return short(typed.accept);
	const parts = numericAnswers(gap).map((n) => `%100%${plainNumber(n.value)}:${plainNumber(n.tolerance)}`);
	return `{1:NUMERICAL:${parts.join('~')}}`;
}

function question(item: Item, lesson: ExportLesson, names: string[], losses: Losses): XmlNode | null {
	const { q } = item;
	const lang: Lang = lesson.lang;
	const name = `${q.id} ${q.type}`;
	const fb = feedbackText(q, lesson.text);
	switch (item.kind) {
		case 'choice':
			return el(
				'question',
				{ type: 'multichoice' },
				...head('multichoice', name, para(item.prompt), fb, q.id),
				textEl('single', 'true'),
				textEl('shuffleanswers', 'true'),
				textEl('answernumbering', 'abc'),
				textEl('showstandardinstruction', 0),
				...item.choices.map((c) => answer(c.correct ? 100 : 0, escapeHtml(c.text), [], 'html'))
			);
		case 'text':
		case 'mark': {
			const prompt = item.kind === 'mark' ? markAsTyped(item, lang) : item.prompt;
			if (item.kind === 'mark') losses.add('mark', 'mark-the-speaker becomes a short answer naming the speaker (core Moodle has no marking in the text)', q);
			return el(
				'question',
				{ type: 'shortanswer' },
				...head('shortanswer', name, para(prompt), fb, q.id),
				textEl('usecase', 0),
				...item.accept.map((a) => answer(100, shortAnswerText(a)))
			);
		}
		case 'number': {
			const typed = moodleNumber(item, q, lesson.text, lang);
			if (typed.kind === 'spellings')
				return el('question', { type: 'shortanswer' }, ...head('shortanswer', name, para(item.prompt), fb, q.id), textEl('usecase', 0), ...typed.accept.map((a) => answer(100, shortAnswerText(a))));
			return el(
				'question',
				{ type: 'numerical' },
				...head('numerical', name, para(item.prompt) + (typed.kind === 'digits' ? para(typed.hint) : ''), fb, q.id),
				...numericAnswers(item).map((n) => answer(100, plainNumber(n.value), [textEl('tolerance', plainNumber(n.tolerance))])),
				el('units'),
				textEl('unitgradingtype', 0),
				textEl('unitpenalty', '0.1000000'),
				textEl('showunits', 3),
				textEl('unitsleft', 0)
			);
		}
		case 'boolean':
			return el(
				'question',
				{ type: 'truefalse' },
				...head('truefalse', name, para(item.prompt), fb, q.id),
				answer(item.answer ? 100 : 0, 'true'),
				answer(item.answer ? 0 : 100, 'false')
			);
		case 'cloze':
		{
			const hint = item.gap.kind === 'number' ? moodleNumber(item.gap, q, lesson.text, lang) : null;
			const gapHtml = `<p>${clozeText(item.before)}${clozeGap(item.gap, q, lesson.text, lang)}${clozeText(item.after)}</p>`;
			return el('question', { type: 'cloze' }, ...head('cloze', name, gapHtml + (hint?.kind === 'digits' ? para(hint.hint) : ''), fb, q.id));
		}
		case 'match': {
			// Moodle wants at least two statements and three names: names of the lesson fill up
			const distractors = matchDistractors(item, names, true);
			if (item.pairs.length < 2) losses.add('match-small', 'a matching question with one statement cannot be imported by Moodle', q);
			return el(
				'question',
				{ type: 'matching' },
				...head('matching', name, para(item.prompt), fb, q.id, item.pairs.length),
				textEl('shuffleanswers', 'true'),
				...item.pairs.map((p) => el('subquestion', { format: 'html' }, html(escapeHtml(quoted(p.statement, lang))), el('answer', {}, textEl('text', p.answer)))),
				...distractors.map((d) => el('subquestion', { format: 'html' }, html(''), el('answer', {}, textEl('text', d))))
			);
		}
		default:
			return null;
	}
}

/** what Moodle's import loses, whether from Moodle XML or GIFT */
export function moodleLosses(losses: Losses, items: Item[]): void {
	commonLosses(losses, items, {
		typedNames: 'typed names count only in the listed spellings (no typo tolerance, no "other speaker" hint)',
		typedNumbers:
			'typed numbers of 1,000 and more: an exact figure becomes a short answer taking the listed spellings (10.000, 10000, 10 000, the article\'s wording); with a tolerance the prompt asks for digits without separators, since Moodle reads "10.000" as 10 in every language; other number words do not count'
	});
	losses.add('diagnosis', 'the diagnosis of wrong answers (other speaker, scale error) becomes the general feedback');
}

export function exportMoodle(lesson: ExportLesson): ExportResult {
	const losses = new Losses('Moodle XML');
	const items = lessonItems(lesson);
	const names = lessonNames(items);
	moodleLosses(losses, items);
	const questions = items.map((it) => question(it, lesson, names, losses)).filter((x): x is XmlNode => !!x);
	const root = el(
		'quiz',
		{},
		el('question', { type: 'category' }, el('category', {}, textEl('text', `$course$/top/Wortlaut/${moodleCategoryName(lesson.title)}`))),
		el('question', { type: 'description' }, ...head('description', `${lesson.title}`, `<h2>${escapeHtml(lesson.title)}</h2>${articleHtml(lesson.text)}`, '', undefined, 0)),
		...questions
	);
	return { format: 'moodle', bytes: encoder.encode(buildXml(root)), filename: `${slug(lesson.title)}.moodle.xml`, mime: 'application/xml', losses: losses.list() };
}

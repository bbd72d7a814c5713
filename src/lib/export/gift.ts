// GIFT (Moodle's plain-text question format). Question text and choices are HTML ([html]);
// typed answers stay plain. Every ~ = # { } : and backslash in user text is escaped with a
// backslash; line breaks become spaces, since a blank line ends a question.
import type { ExportLesson, ExportResult } from './types.ts';
import {
	Losses, articleHtml, encoder, moodleCategoryName, escapeHtml, feedbackText, lessonItems, lessonNames, markAsTyped, matchDistractors, plainNumber, quoted, slug,
	type Item
} from './common.ts';
import { moodleLosses, moodleNumber } from './moodle.ts';

/** GIFT's escapes: \~ \= \# \{ \} \: and \\ ; line breaks as spaces */
export function giftEscape(s: string): string {
	return s.replace(/\r?\n|\r/g, ' ').replace(/[\\~=#{}:]/g, (c) => `\\${c}`);
}

const htmlText = (s: string) => giftEscape(escapeHtml(s));
/** a typed answer: GIFT-escaped, with `*` (Moodle's shortanswer wildcard) as a literal */
const typedAnswer = (s: string) => giftEscape(s).replace(/\*/g, '\\*');

function numeric(r: { answer: number; min: number; max: number }): string {
	const exact = `=${plainNumber(r.answer)}:${plainNumber(Math.min(r.answer - r.min, r.max - r.answer))}`;
	if (r.answer - r.min === r.max - r.answer) return `#${exact}`;
	return `#${exact} =${plainNumber(r.min)}..${plainNumber(r.max)}`;
}

function block(body: string[], feedback: string): string {
	const fb = feedback ? [`####${htmlText(feedback)}`] : [];
	return `{\n${[...body, ...fb].map((l) => `\t${l}`).join('\n')}\n}`;
}

function question(item: Item, lesson: ExportLesson, names: string[], losses: Losses): string | null {
	const { q } = item;
	const title = `::${giftEscape(`${q.id} ${q.type}`)}::[html]`;
	const fb = feedbackText(q, lesson.text);
	switch (item.kind) {
		case 'choice':
			return `${title}${htmlText(item.prompt)} ${block(item.choices.map((c) => `${c.correct ? '=' : '~'}${htmlText(c.text)}`), fb)}`;
		case 'text':
		case 'mark':
			if (item.kind === 'mark') losses.add('mark', 'mark-the-speaker becomes a short answer naming the speaker (GIFT has no marking in the text)', q);
			return `${title}${htmlText(item.kind === 'mark' ? markAsTyped(item, lesson.lang) : item.prompt)} ${block(item.accept.map((a) => `=${typedAnswer(a)}`), fb)}`;
		case 'number': {
			const typed = moodleNumber(item, q, lesson.text, lesson.lang);
			if (typed.kind === 'spellings') return `${title}${htmlText(item.prompt)} ${block(typed.accept.map((a) => `=${typedAnswer(a)}`), fb)}`;
			return `${title}${htmlText(item.prompt + (typed.kind === 'digits' ? ` ${typed.hint}` : ''))} ${block([numeric(item)], fb)}`;
		}
		case 'boolean':
			return `${title}${htmlText(item.prompt)} ${block([item.answer ? 'TRUE' : 'FALSE'], fb)}`;
		case 'cloze': {
			const number = item.gap.kind === 'number' ? moodleNumber(item.gap, q, lesson.text, lesson.lang) : null;
			const accept = item.gap.kind === 'text' ? item.gap.accept : number?.kind === 'spellings' ? number.accept : null;
			const gap = accept ? block(accept.map((a) => `=${typedAnswer(a)}`), fb) : item.gap.kind === 'number' ? block([numeric(item.gap)], fb) : '';
			const hint = number?.kind === 'digits' ? ` ${number.hint}` : '';
			return `${title}${htmlText(item.before)}${gap}${htmlText(item.after + hint)}`;
		}
		case 'match': {
			const extra = matchDistractors(item, names, false);
			if (matchDistractors(item, [], true).some((n) => !extra.includes(n)))
				losses.add('match-distractors', 'matching keeps only the names that answer a statement (and enough others for three)', q);
			const statement = (s: string) => htmlText(quoted(s, lesson.lang).replace(/->/g, '→'));
			return `${title}${htmlText(item.prompt)} ${block([...item.pairs.map((p) => `=${statement(p.statement)} -> ${giftEscape(p.answer).replace(/->/g, '→')}`), ...extra.map((d) => `= -> ${giftEscape(d)}`)], fb)}`;
		}
		default:
			return null;
	}
}

export function exportGift(lesson: ExportLesson): ExportResult {
	const losses = new Losses('GIFT');
	const items = lessonItems(lesson);
	const names = lessonNames(items);
	moodleLosses(losses, items);
	const category = moodleCategoryName(lesson.title, /[\\~=#{}:/]/g);
	const parts = [
		`// Wortlaut: ${escapeHtml(lesson.title.replace(/[\r\n]+/g, ' '))}`,
		`$CATEGORY: $course$/top/Wortlaut/${category}`,
		`::${giftEscape(lesson.title)}::[html]<h2>${htmlText(lesson.title)}</h2>${giftEscape(articleHtml(lesson.text))}`,
		...items.map((it) => question(it, lesson, names, losses)).filter((x): x is string => !!x)
	];
	return { format: 'gift', bytes: encoder.encode(parts.join('\n\n') + '\n'), filename: `${slug(lesson.title)}.gift.txt`, mime: 'text/plain; charset=utf-8', losses: losses.list() };
}

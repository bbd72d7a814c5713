// H5P Question Set (.h5p): a zip with h5p.json and content/content.json. The article is the
// set's intro page; questions become MultiChoice, TrueFalse or Blanks sub-contents.
//
// The package carries content only, no library folders: H5P platforms (Moodle's core H5P,
// WordPress/Drupal plugins, Lumi, h5p.com) install content types from the H5P hub and accept a
// content-only upload when the listed libraries (major.minor) are installed there. Bundling the
// libraries would mean shipping third-party JavaScript we cannot fetch from npm. The versions
// below are the current hub releases; an importer that has older ones can be served by passing
// `libraries`.
import { zipSync } from 'fflate';
import type { Lang } from '../engine/types.ts';
import type { ExportLesson, ExportOptions, ExportResult } from './types.ts';
import {
	Losses, TEXTS, articleWording, commonLosses, encoder, escapeHtml, feedbackText, lessonItems, markAsTyped, numberSpellings, quoted, slug, spellNumber, unique,
	type Choice, type Item
} from './common.ts';

export interface H5pLibrary {
	machineName: string;
	majorVersion: number;
	minorVersion: number;
}

export const H5P_LIBRARIES = {
	questionSet: { machineName: 'H5P.QuestionSet', majorVersion: 1, minorVersion: 20 },
	multiChoice: { machineName: 'H5P.MultiChoice', majorVersion: 1, minorVersion: 16 },
	trueFalse: { machineName: 'H5P.TrueFalse', majorVersion: 1, minorVersion: 8 },
	blanks: { machineName: 'H5P.Blanks', majorVersion: 1, minorVersion: 14 }
} satisfies Record<string, H5pLibrary>;

export type H5pLibraries = typeof H5P_LIBRARIES;

const libName = (l: H5pLibrary) => `${l.machineName} ${l.majorVersion}.${l.minorVersion}`;

/** a stable UUID-shaped id from a string (FNV-1a), so the same lesson exports the same bytes */
function subContentId(seed: string): string {
	const words: string[] = [];
	for (let k = 0; k < 4; k++) {
		let h = 0x811c9dc5 ^ k;
		for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
		words.push((h >>> 0).toString(16).padStart(8, '0'));
	}
	const hex = words.join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const p = (s: string) => `<p>${escapeHtml(s)}</p>\n`;
/** a title field: H5P stores text fields without tags HTML-escaped (its content validator runs
 * htmlspecialchars on them, and players insert them as HTML); metadata titles hold 255 characters */
const plainTitle = (s: string) => {
	const t = escapeHtml(s.replace(/\s+/g, ' ').trim());
	return t.length <= 255 ? t : t.slice(0, 254).replace(/&[^;\s]*$/, '') + '…';
};
/** text around blanks: a literal asterisk would open a blank */
const blankText = (s: string) => escapeHtml(s).replace(/\*/g, '∗');

function multiChoice(prompt: string, choices: Choice[], feedback: string, lang: Lang) {
	const t = TEXTS[lang];
	return {
		question: p(prompt),
		answers: choices.map((c) => ({
			correct: c.correct,
			text: `<div>${escapeHtml(c.text)}</div>\n`,
			tipsAndFeedback: { tip: '', chosenFeedback: c.correct ? '' : feedback ? `<div>${escapeHtml(feedback)}</div>\n` : '', notChosenFeedback: '' }
		})),
		overallFeedback: [{ from: 0, to: 100 }],
		behaviour: {
			enableRetry: true,
			enableSolutionsButton: true,
			enableCheckButton: true,
			type: 'single',
			singlePoint: true,
			randomAnswers: true,
			showSolutionsRequiresInput: true,
			confirmCheckDialog: false,
			confirmRetryDialog: false,
			autoCheck: false,
			passPercentage: 100,
			showScorePoints: true
		},
		UI: { checkAnswerButton: t.check, showSolutionButton: t.solution, tryAgainButton: t.retry },
		media: { disableImageZooming: false }
	};
}

function trueFalse(prompt: string, correct: boolean, feedback: string, lang: Lang) {
	const t = TEXTS[lang];
	return {
		question: p(prompt),
		correct: correct ? 'true' : 'false',
		behaviour: {
			enableRetry: true,
			enableSolutionsButton: true,
			enableCheckButton: true,
			confirmCheckDialog: false,
			confirmRetryDialog: false,
			autoCheck: false,
			feedbackOnCorrect: escapeHtml(feedback),
			feedbackOnWrong: escapeHtml(feedback)
		},
		l10n: { trueText: t.yes, falseText: t.no, checkAnswer: t.check, showSolutionButton: t.solution, tryAgain: t.retry },
		media: { disableImageZooming: false }
	};
}

/** *answer/alternative* ; alternatives with / : or * cannot be written and are left out */
function blank(accept: string[], losses: Losses, item: Item): string {
	const ok = accept.filter((a) => !/[/:*]/.test(a));
	if (ok.length < accept.length) losses.add('blank-chars', 'answers containing / : or * cannot be written in a blank and are left out', item.q);
	const list = ok.length ? ok : [accept[0].replace(/[/:*]/g, ' ').replace(/\s+/g, ' ').trim()];
	return `*${list.map(escapeHtml).join('/')}*`;
}

function blanks(intro: string, question: string, lang: Lang) {
	const t = TEXTS[lang];
	return {
		text: intro ? p(intro) : '',
		questions: [question],
		overallFeedback: [{ from: 0, to: 100 }],
		behaviour: {
			enableRetry: true,
			enableSolutionsButton: true,
			enableCheckButton: true,
			autoCheck: false,
			caseSensitive: false,
			showSolutionsRequiresInput: true,
			separateLines: false,
			confirmCheckDialog: false,
			confirmRetryDialog: false,
			acceptSpellingErrors: true
		},
		showSolutions: t.solution,
		tryAgain: t.retry,
		checkAnswer: t.check,
		media: { disableImageZooming: false }
	};
}

function numberBlank(r: { answer: number; min: number; max: number }, lang: Lang, losses: Losses, item: Item, text: string): string {
	const { values, complete } = numberSpellings(r, lang);
	// the number as the article writes it ("zwei", "10.000") counts too
	const written = articleWording(item.q, text, values, lang).filter((w) => !/[/:*]/.test(w)).map(escapeHtml);
	if (r.min !== r.max && complete) losses.add('tolerance', 'numeric tolerance becomes exact alternatives', item.q);
	if (r.min !== r.max && !complete) losses.add('tolerance-exact', 'numeric tolerance becomes exact alternatives: only the exact number counts', item.q);
	return `*${unique([...values.flatMap((v) => spellNumber(v, lang)), ...written]).join('/')}*`;
}

interface Sub {
	library: H5pLibrary;
	params: unknown;
	title: string;
	contentType: string;
}

function subContents(item: Item, lesson: ExportLesson, losses: Losses, libs: H5pLibraries): Sub[] {
	const { q } = item;
	const lang = lesson.lang;
	const fb = feedbackText(q, lesson.text);
	const title = `${q.id} ${q.type}`;
	const mc = (prompt: string, choices: Choice[], suffix = ''): Sub => ({ library: libs.multiChoice, params: multiChoice(prompt, choices, fb, lang), title: title + suffix, contentType: 'Multiple Choice' });
	const bl = (intro: string, question: string): Sub => ({ library: libs.blanks, params: blanks(intro, question, lang), title, contentType: 'Fill in the Blanks' });
	switch (item.kind) {
		case 'choice':
			return [mc(item.prompt, item.choices)];
		case 'boolean':
			return [{ library: libs.trueFalse, params: trueFalse(item.prompt, item.answer, fb, lang), title, contentType: 'True/False Question' }];
		case 'text':
			return [bl(item.prompt, `<p>${escapeHtml(TEXTS[lang].answer)}: ${blank(item.accept, losses, item)}</p>\n`)];
		case 'mark':
			losses.add('mark', 'mark-the-speaker becomes a blank for the speaker\'s name (the set has no marking in the text)', q);
			return [bl(markAsTyped(item, lang), `<p>${escapeHtml(TEXTS[lang].answer)}: ${blank(item.accept, losses, item)}</p>\n`)];
		case 'number':
			return [bl(item.prompt, `<p>${escapeHtml(TEXTS[lang].answer)}: ${numberBlank(item, lang, losses, item, lesson.text)}</p>\n`)];
		case 'cloze': {
			const gap = item.gap.kind === 'text' ? blank(item.gap.accept, losses, item) : numberBlank(item.gap, lang, losses, item, lesson.text);
			return [bl('', `<p>${blankText(item.before)}${gap}${blankText(item.after)}</p>\n`)];
		}
		case 'match': {
			losses.add('match', 'matching becomes one multiple-choice question per statement', q);
			const names = unique([...item.pairs.map((x) => x.answer), ...item.answers]);
			return item.pairs.map((pair, i) =>
				mc(`${TEXTS[lang].matchStatement} ${quoted(pair.statement, lang)}`, names.map((n) => ({ text: n, correct: n === pair.answer })), ` (${i + 1})`)
			);
		}
		default:
			return [];
	}
}

export interface H5pOptions extends ExportOptions {
	libraries?: Partial<H5pLibraries>;
}

export function exportH5p(lesson: ExportLesson, options: H5pOptions = {}): ExportResult {
	const libs: H5pLibraries = { ...H5P_LIBRARIES, ...options.libraries };
	const losses = new Losses('H5P');
	const items = lessonItems(lesson);
	commonLosses(losses, items, {
		typedNames: 'typed names count in the listed spellings with small typos forgiven (no "other speaker" hint)',
		typedNumbers: 'typed numbers count only in the listed spellings ("1500", "1.500", the article\'s own wording)'
	});
	losses.add('diagnosis', 'the diagnosis of wrong answers (other speaker, scale error) becomes feedback text');
	const t = TEXTS[lesson.lang];
	const questions = items.flatMap((it) =>
		subContents(it, lesson, losses, libs).map((s, k) => ({
			library: libName(s.library),
			params: s.params,
			subContentId: subContentId(`${lesson.title}\u0000${it.q.id}\u0000${k}`),
			metadata: { contentType: s.contentType, license: 'U', title: plainTitle(s.title) }
		}))
	);
	const content = {
		introPage: {
			showIntroPage: true,
			title: plainTitle(lesson.title),
			introduction: `${lesson.text
				.split(/\r?\n/)
				.map((l) => l.trim())
				.filter(Boolean)
				.map((l) => p(l))
				.join('')}`,
			startButtonText: t.start
		},
		progressType: 'dots',
		passPercentage: 50,
		questions,
		disableBackwardsNavigation: false,
		randomQuestions: false,
		endGame: {
			showResultPage: true,
			showSolutionButton: true,
			showRetryButton: true,
			noResultMessage: t.finish,
			message: t.resultPage,
			overallFeedback: [{ from: 0, to: 100 }],
			solutionButtonText: t.solution,
			retryButtonText: t.retry,
			finishButtonText: t.finish,
			showAnimations: false,
			skippable: false,
			skipButtonText: t.next
		},
		override: { checkButton: true },
		texts: { prevButton: t.prev, nextButton: t.next, finishButton: t.finish, textualProgress: t.questionOf.replace(':num', '@current').replace(':total', '@total') }
	};
	losses.add('article', 'the article is shown on the intro page only, not beside each question');
	const used = [libs.questionSet, ...[libs.multiChoice, libs.trueFalse, libs.blanks].filter((l) => questions.some((q) => q.library === libName(l)))];
	const h5p = {
		title: plainTitle(lesson.title),
		language: lesson.lang,
		defaultLanguage: lesson.lang,
		mainLibrary: libs.questionSet.machineName,
		embedTypes: ['iframe'],
		license: 'U',
		preloadedDependencies: used
	};
	const mtime = new Date(options.now ?? Date.now());
	const bytes = zipSync(
		{
			'h5p.json': [encoder.encode(JSON.stringify(h5p, null, 2)), { mtime }],
			// a flat path: no directory entry, as H5P's own packages
			'content/content.json': [encoder.encode(JSON.stringify(content)), { mtime }]
		},
		{ level: 6 }
	);
	return { format: 'h5p', bytes, filename: `${slug(lesson.title)}.h5p`, mime: 'application/zip', losses: losses.list() };
}

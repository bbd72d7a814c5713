// The interface strings: Paraglide's own per-message functions (messages/{de,en}.json, compiled to
// src/lib/paraglide by `npm run messages`), imported as `m` and called `m.key()` or `m.key({ … })`.
// Each page's bundle carries only the messages it calls (one shared object of getters would carry
// all of them to every page). The language is the request's on the server (hooks.server.ts) and
// the page's `<html lang>` in the browser, as the server rendered it (e.g. the lesson's language).
import { defineCustomClientStrategy, getLocale, isLocale, locales, type Locale } from './paraglide/runtime.js';
import * as messages from './paraglide/messages.js';

export { m } from './paraglide/messages.js';
export type { Locale };
export { locales };

defineCustomClientStrategy('custom-lesson', {
	getLocale: () => {
		const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
		return isLocale(lang) ? lang : undefined;
	},
	// the language switch posts to /locale and reloads; nothing to keep in the browser
	setLocale: () => {}
});

/** The language being rendered (see above). */
export function currentLocale(): Locale {
	return getLocale();
}

export function formatScore(s: number): string {
	return (Math.round(s * 10) / 10).toLocaleString(currentLocale() === 'en' ? 'en-GB' : 'de-DE');
}

export function submitConfirm(n: number): string {
	return n === 1 ? messages.submitConfirmOne() : messages.submitConfirmMany({ count: n });
}

export function answersSoFar(n: number): string {
	return n === 1 ? messages.answersOne() : messages.answersMany({ count: n });
}

const TYPE_NAMES: Record<string, () => string> = {
	'who-said': messages.type_who_said,
	'what-did-x-say': messages.type_what_did_x_say,
	match: messages.type_match,
	'number-entry': messages.type_number_entry,
	'number-choice': messages.type_number_choice,
	'number-source': messages.type_number_source,
	'true-false': messages.type_true_false,
	cloze: messages.type_cloze,
	'who-is': messages.type_who_is,
	'mark-the-speaker': messages.type_mark_the_speaker
};

/** A question type's name in the interface language (the code itself when unknown). */
export function typeName(type: string): string {
	return TYPE_NAMES[type]?.() ?? type;
}

const DIAGNOSIS_NAMES: Record<string, () => string> = {
	'wrong-speaker': messages.diagnosis_wrong_speaker,
	'other-speaker': messages.diagnosis_other_speaker,
	'scale-error': messages.diagnosis_scale_error,
	scale: messages.diagnosis_scale,
	'other-number': messages.diagnosis_other_number,
	'no-match': messages.diagnosis_no_match,
	partial: messages.diagnosis_partial,
	empty: messages.diagnosis_empty,
	unsupported: messages.diagnosis_unsupported
};

/** A wrong answer's diagnosis in the interface language (the code itself when unknown). */
export function diagnosisName(code: string): string {
	return DIAGNOSIS_NAMES[code]?.() ?? code;
}

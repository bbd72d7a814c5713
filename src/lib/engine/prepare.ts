import type { Diagnostic } from './types.ts';

/** Texts above this size are analysed only up to it (with a diagnostic), so that one pasted
 * book cannot stall the server; the CLI and the app both rely on it. */
export const MAX_ANALYSED_CHARS = 6_000_000;

const TAG = /<\/?[a-zA-Z][^<>]{0,500}>/g;
const MAX_COMMENT = 5000;
const ENTITY = /&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g;
// C0 controls except tab/newline/carriage return, DEL, C1 controls, unpaired surrogates, U+FFFD
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Returns a same-length working copy of the text with markup, entities and control characters
 * blanked, plus diagnostics that say what was blanked and where. Offsets stay valid. */
export function prepareText(text: string): { work: string; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	if (text.trim() === '') {
		diagnostics.push({ code: 'empty', message: 'The text is empty.', severity: 'error', start: 0, end: text.length });
		return { work: text, diagnostics };
	}
	let work = text;
	if (work.length > MAX_ANALYSED_CHARS) {
		diagnostics.push({
			code: 'too-long',
			message: `The text has ${text.length} characters; only the first ${MAX_ANALYSED_CHARS} are analysed.`,
			severity: 'warning',
			start: MAX_ANALYSED_CHARS,
			end: text.length
		});
		work = work.slice(0, MAX_ANALYSED_CHARS);
	}
	let controls = 0, firstControl = -1;
	work = work.replace(CONTROL, (m, at: number) => {
		if (controls++ === 0) firstControl = at;
		return ' '.repeat(m.length);
	});
	if (controls > 0) {
		const binary = controls > 0.05 * work.length;
		diagnostics.push({
			code: binary ? 'binary' : 'control-characters',
			message: binary
				? 'The input looks like binary data, not text.'
				: `${controls} control or invalid characters were ignored.`,
			severity: binary ? 'error' : 'warning',
			start: firstControl,
			end: firstControl + 1
		});
	}
	let tags = 0, firstTag = -1;
	// comments (up to MAX_COMMENT characters) first, found with indexOf so that many unclosed
	// "<!--" stay linear; then tags
	const comments: [number, number][] = [];
	let close = -1;
	for (let at = work.indexOf('<!--'); at >= 0; ) {
		if (close < at + 4) close = work.indexOf('-->', at + 4);
		if (close < 0) break;
		if (close + 3 - at <= MAX_COMMENT + 7) {
			comments.push([at, close + 3]);
			at = work.indexOf('<!--', close + 3);
		} else at = work.indexOf('<!--', at + 4);
	}
	if (comments.length) {
		const parts: string[] = [];
		let from = 0;
		for (const [s, e] of comments) parts.push(work.slice(from, s), ' '.repeat(e - s)), (from = e);
		parts.push(work.slice(from));
		work = parts.join('');
		tags += comments.length;
		firstTag = comments[0][0];
	}
	work = work.replace(TAG, (m, at: number) => {
		if (firstTag < 0 || at < firstTag) firstTag = at;
		tags++;
		// keep line structure: block tags become line breaks
		return /^<\/?(p|div|br|h\d|li|tr|section|article)\b/i.test(m) ? '\n' + ' '.repeat(m.length - 1) : ' '.repeat(m.length);
	});
	if (tags > 0) {
		diagnostics.push({
			code: 'markup',
			message: `The text contains ${tags} HTML/XML tags; they were ignored.`,
			severity: 'warning',
			start: firstTag,
			end: firstTag + 1
		});
		work = work.replace(ENTITY, (m) => ' '.repeat(m.length));
	}
	return { work, diagnostics };
}

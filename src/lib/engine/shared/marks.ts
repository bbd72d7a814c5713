import type { Diagnostic, Doc, Paragraph } from '../types.ts';
import type { QuoteMarkPair } from '../../resources/quote-marks.ts';

declare module '../context.ts' {
	interface StageData {
		/** paired quotation marks */
		marked?: MarkedSpan[];
	}
}

/** A stretch of text between paired quotation marks. */
export interface MarkedSpan {
	/** offset of the opening mark */
	open: number;
	/** offset just after the closing mark (or the paragraph end when the quote runs on) */
	close: number;
	innerStart: number;
	innerEnd: number;
	paragraph: number;
	/** the quote runs on into the next paragraph (opened again there, closed later) */
	runsOn: boolean;
	/** closing mark missing */
	unclosed: boolean;
}

const SPACE_BEFORE = /[\s([{/–—-]/;

function canOpen(work: string, i: number, p: Paragraph): boolean {
	const before = i > p.start ? work[i - 1] : ' ';
	const after = work[i + 1] ?? ' ';
	if (/\s/.test(after) || i + 1 >= p.end) return false;
	const c = work[i];
	// „ and » are unambiguous openers in German text wherever they stand ("Wort„" is a typo)
	if (c === '„') return true;
	return SPACE_BEFORE.test(before) || i === p.start || /[„‚"“»«:]/.test(before);
}

function canClose(work: string, i: number, p: Paragraph): boolean {
	const c = work[i];
	if (c === '“' || c === '”' || c === '«' || c === '»') return true;
	// an ASCII " closes when it is not followed directly by a letter
	const after = i + 1 < p.end ? work[i + 1] : ' ';
	return !/[\p{L}\p{N}]/u.test(after) || /[\p{L}\p{N}.!?,;:…)]/u.test(work[i - 1] ?? ' ');
}

/** Pairs the double quotation marks of each paragraph. Single marks (‚…‘) only nest inside a
 * double quote and are not quotes of their own. Unbalanced marks produce diagnostics; a quote
 * left open at a paragraph end that is opened again at the next paragraph's start runs on. */
export function pairQuoteMarks(doc: Doc, marks: QuoteMarkPair[]): { spans: MarkedSpan[]; diagnostics: Diagnostic[] } {
	const spans: MarkedSpan[] = [];
	const diagnostics: Diagnostic[] = [];
	const doubles = marks.filter((m) => !m.single);
	const { work } = doc;
	const MARK = /[„“”"»«‚‘’›‹]/g;
	for (const p of doc.paragraphs) {
		let open = -1;
		let closers: string[] = [];
		MARK.lastIndex = p.start;
		for (let m = MARK.exec(work); m && m.index < p.end; m = MARK.exec(work)) {
			const i = m.index;
			const c = work[i];
			if (open >= 0 && closers.includes(c) && canClose(work, i, p)) {
				spans.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, paragraph: p.index, runsOn: false, unclosed: false });
				open = -1;
				continue;
			}
			if (open >= 0) continue;
			const pair = doubles.find((m) => m.open === c);
			if (pair && canOpen(work, i, p)) {
				open = i;
				closers = pair.close;
			} else if (/[“”«»"]/.test(c) && !(c === '"' && /[\p{L}\d]/u.test(work[i + 1] ?? ''))) {
				if (c === '“' || c === '”') diagnostics.push({ code: 'unmatched-quote-mark', message: `Closing quotation mark ${c} without an opening one.`, severity: 'info', start: i, end: i + 1 });
			}
		}
		if (open >= 0) {
			const next = doc.paragraphs[p.index + 1];
			const runsOn = !!next && doubles.some((m) => m.open === work[next.start] && m.open === work[open]);
			if (!runsOn) {
				diagnostics.push({ code: 'unbalanced-quote', message: 'A quotation mark is not closed in its paragraph.', severity: 'warning', start: open, end: open + 1 });
			}
			spans.push({ open, close: p.end, innerStart: open + 1, innerEnd: p.end, paragraph: p.index, runsOn, unclosed: !runsOn });
		}
	}
	return { spans, diagnostics };
}

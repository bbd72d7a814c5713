import type { Diagnostic } from '../../../types.ts';
import type { EnToken } from './tokens.ts';

/** A quoted stretch of one paragraph, between paired double quotation marks. */
export interface EnSpan {
	/** offset of the opening mark and just after the closing mark (or the paragraph end) */
	open: number;
	close: number;
	innerStart: number;
	innerEnd: number;
	paragraph: number;
	/** token indexes of the opening and closing marks in the paragraph's tokens */
	openToken: number;
	closeToken: number;
	/** the quote is not closed in its paragraph and opens again at the next paragraph's start */
	runsOn: boolean;
	/** this span opens a paragraph that continues a quote run on from the paragraph before */
	continues: boolean;
}

const OPENERS = new Set(['“', '"', "''", '``']);
const CLOSERS = new Set(['”', '"', "''"]);

function canOpen(tokens: EnToken[], i: number, work: string): boolean {
	const t = tokens[i];
	if (t.text === '”') return false;
	const after = work[t.end] ?? ' ';
	if (/\s/.test(after) || i === tokens.length - 1) return false;
	if (t.text === '“' || t.text === '``') return true;
	const before = work[t.start - 1] ?? ' ';
	return /[\s([{/—–:-]/.test(before) || i === 0;
}

function canClose(tokens: EnToken[], i: number, work: string): boolean {
	const t = tokens[i];
	if (t.text === '”') return true;
	const before = work[t.start - 1] ?? ' ';
	if (/\s/.test(before)) return i === tokens.length - 1 || /[\s,.;:!?)—–-]/.test(work[t.end] ?? ' ');
	return true;
}

/** A curly opening mark at `i` inside an open curly quote is a nested quote (the same marks, no
 * single ones) when its closing mark is followed by another closing mark before any opening one:
 * returns the index of that outer closing mark, else -1 (the first quote was left unclosed). */
function nestedClose(tokens: EnToken[], i: number, work: string): number {
	const marks = tokens.map((t, k) => k).filter((k) => k > i && tokens[k].kind === 'quote');
	const inner = marks.find((k) => tokens[k].text === '”' || (CLOSERS.has(tokens[k].text) && canClose(tokens, k, work)));
	if (inner === undefined || tokens[inner].text !== '”') return -1;
	const next = marks.find((k) => k > inner);
	return next !== undefined && tokens[next].text === '”' ? next : -1;
}

/** Pairs the double quotation marks (“…”, "…", ''…'') of each paragraph. Single marks are
 * nested quotes or apostrophes and are left inside. A quote still open at a paragraph's end
 * whose next paragraph opens with a mark runs on; one that does not is dropped (a diagnostic). */
export function pairEnglishMarks(paragraphs: EnToken[][], work: string): { spans: EnSpan[]; diagnostics: Diagnostic[] } {
	const spans: EnSpan[] = [];
	const diagnostics: Diagnostic[] = [];
	let continuing = false;
	for (let p = 0; p < paragraphs.length; p++) {
		const tokens = paragraphs[p];
		let open = -1;
		const startsWithOpener = (k: number) => {
			const t = paragraphs[k]?.[0];
			return !!t && t.kind === 'quote' && OPENERS.has(t.text);
		};
		const continuesHere = continuing;
		continuing = false;
		for (let i = 0; i < tokens.length; i++) {
			const t = tokens[i];
			if (t.kind !== 'quote') continue;
			if (open >= 0 && CLOSERS.has(t.text) && canClose(tokens, i, work)) {
				if (i > open + 1) {
					spans.push({ open: tokens[open].start, close: t.end, innerStart: tokens[open].end, innerEnd: t.start, paragraph: p, openToken: open, closeToken: i, runsOn: false, continues: continuesHere && open === 0 });
				}
				open = -1;
				continue;
			}
			if (OPENERS.has(t.text) && canOpen(tokens, i, work)) {
				if (open >= 0 && t.text !== '“') continue;
				const outerClose = open >= 0 ? nestedClose(tokens, i, work) : -1;
				if (outerClose >= 0) {
					// “… what she calls “chaos” in the …”: the inner pair stays inside the outer quote
					spans.push({ open: tokens[open].start, close: tokens[outerClose].end, innerStart: tokens[open].end, innerEnd: tokens[outerClose].start, paragraph: p, openToken: open, closeToken: outerClose, runsOn: false, continues: continuesHere && open === 0 });
					open = -1;
					i = outerClose;
					continue;
				}
				if (open >= 0) diagnostics.push({ code: 'unbalanced-quote', message: 'A quotation mark is opened again before it is closed.', severity: 'info', start: tokens[open].start, end: tokens[open].end });
				open = i;
			}
		}
		if (open >= 0) {
			const last = tokens[tokens.length - 1];
			if (startsWithOpener(p + 1) && open < tokens.length - 1) {
				spans.push({ open: tokens[open].start, close: last.end, innerStart: tokens[open].end, innerEnd: last.end, paragraph: p, openToken: open, closeToken: tokens.length, runsOn: true, continues: continuesHere && open === 0 });
				continuing = true;
			} else {
				diagnostics.push({ code: 'unbalanced-quote', message: 'A quotation mark is not closed in its paragraph.', severity: 'warning', start: tokens[open].start, end: tokens[open].end });
				// a quote whose closing mark is missing or turned the wrong way ("…now.“") at the
				// paragraph's end: it ends with the paragraph
				const words = tokens.slice(open + 1).filter((t) => t.kind === 'word').length;
				const lastReal = last.kind === 'quote' ? tokens[tokens.length - 2] : last;
				if (words >= 3 && lastReal && lastReal.kind === 'punct' && /^[.!?…]+$/.test(lastReal.text) && !tokens.slice(open + 1, -1).some((t) => t.kind === 'quote' && (t.text === '“' || t.text === '”' || t.text === '"' || t.text === "''"))) {
					spans.push({ open: tokens[open].start, close: last.end, innerStart: tokens[open].end, innerEnd: last.kind === 'quote' ? last.start : last.end, paragraph: p, openToken: open, closeToken: last.kind === 'quote' ? tokens.length - 1 : tokens.length, runsOn: false, continues: continuesHere && open === 0 });
				}
			}
		}
	}
	return { spans, diagnostics };
}

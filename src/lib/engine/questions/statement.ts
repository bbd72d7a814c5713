// Whole statements: an option of "What did X say?" or the claim of a true/false question must
// read on its own (a complete reported clause or a direct quote), not a fragment that needs its
// context ("diese … beobachten zu lassen", "hat der Sohn … begangen"), nor a quote cut with "…".
import type { Quote } from '../types.ts';
import type { Gen } from './gen.ts';
import { statementWords as de } from '../../resources/de/questions.ts';
import { statementWords as en } from '../../resources/en/questions.ts';

const words = { de, en };
const MIN_WORDS = 4;

/** Is the displayed quote a whole statement? */
export function wholeStatement(display: string, lang: 'de' | 'en', kind: Quote['kind']): boolean {
	const w = words[lang];
	if (display.includes('…')) return false;
	const toks = display.replace(/[„“”"»«‚‘’›‹]/gu, '').trim().split(/\s+/).filter(Boolean);
	if (toks.length < MIN_WORDS) return false;
	const first = toks[0].toLowerCase().replace(/[^\p{L}]/gu, '');
	if (w.fragmentStarts.includes(first)) return false;
	if (w.infinitive.test(display.replace(/[.!?,;:\s„“”"»«‚‘’›‹]+$/u, ''))) return false;
	// a reported clause that begins by pointing back ("Dies sei eindeutig") needs the sentence before
	if (kind !== 'direct' && w.pointBack.includes(first)) return false;
	return true;
}

export const isWholeStatement = (g: Gen, display: string, q: Quote) => wholeStatement(display, g.lang, q.kind);

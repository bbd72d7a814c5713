import type { Doc, Paragraph } from '../../../types.ts';
import type { EnglishSpeech } from '../../../../resources/en/speech.ts';

/** A token of English text. Quotation marks are tokens of their own; NYT-style '' is one mark. */
export interface EnToken {
	text: string;
	lower: string;
	start: number;
	end: number;
	kind: 'word' | 'number' | 'punct' | 'quote';
	/** paragraph index */
	paragraph: number;
	/** for a placeholder token: index of the quoted span it stands for (see outside.ts) */
	span?: number;
	/** first token on its line: a line break ends a frame even inside a paragraph */
	lineStart?: boolean;
}

// ''  “ ” " ‘ ’ ` or a word with inner apostrophes, hyphens and periods, or one punctuation mark
const TOKEN = /''|``|[“”"‘’'`]|[\p{L}\p{N}]+(?:[’'.\-&][\p{L}\p{N}]+)*\.?|[.!?…]+|—|–|--|[,;:()[\]{}-]|\S/gu;

/** Tokens of one paragraph. A trailing period stays on a word only when the word is an
 * abbreviation (a title, an initial, "U.S."). */
export function tokenizeParagraph(work: string, p: Paragraph, lex: EnglishSpeech, abbreviations: Set<string>): EnToken[] {
	const out: EnToken[] = [];
	const slice = work.slice(p.start, p.end);
	TOKEN.lastIndex = 0;
	for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
		let text = m[0];
		const start = p.start + m.index;
		let kind: EnToken['kind'];
		if (/^(''|``|[“”"‘’'`])$/.test(text)) {
			// an apostrophe inside or at the end of a word ("Jones'") is no quotation mark
			if ((text === '’' || text === "'") && /[\p{L}\p{N}]/u.test(work[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(work[start + 1] ?? '')) {
				if (/s$/i.test(out[out.length - 1]?.text ?? '') && out[out.length - 1]?.end === start) {
					// plural possessive: glue it to the word
					const w = out[out.length - 1];
					w.text += text;
					w.lower = w.text.toLowerCase();
					w.end = start + 1;
					continue;
				}
			}
			kind = 'quote';
		} else if (/^[\p{L}\p{N}]/u.test(text)) {
			if (text.length > 1 && text.endsWith('.')) {
				const bare = text.slice(0, -1).toLowerCase();
				// "R-Ky.", "D-Calif.": a party and state label keeps its period
				const keep = /^\p{L}$/u.test(bare) || bare.includes('.') || lex.titles[bare + '.'] !== undefined || abbreviations.has(bare) || (/^[rdi]-/.test(bare) && abbreviations.has(bare.slice(2)));
				if (!keep) {
					text = text.slice(0, -1);
					TOKEN.lastIndex = m.index + text.length;
				}
			}
			kind = /^\p{N}/u.test(text) ? 'number' : 'word';
		} else kind = 'punct';
		const tok: EnToken = { text, lower: text.toLowerCase(), start, end: start + text.length, kind, paragraph: p.index };
		const prevEnd = out.length ? out[out.length - 1].end : p.start;
		if (out.length && work.slice(prevEnd, start).includes('\n')) tok.lineStart = true;
		out.push(tok);
	}
	return out;
}

export const isCap = (t: EnToken | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text);
export const isWord = (t: EnToken | undefined): boolean => !!t && (t.kind === 'word' || t.kind === 'number');
/** "Baker’s" / "Baker's" */
export const isPossessive = (t: EnToken | undefined): boolean => !!t && t.kind === 'word' && /(['’]s|s['’])$/i.test(t.text);
export const stripPossessive = (s: string): string => s.replace(/(['’]s|(?<=s)['’])$/i, '');

export function tokenizeDoc(doc: Doc, lex: EnglishSpeech, abbreviations: Set<string>): EnToken[][] {
	return doc.paragraphs.map((p) => tokenizeParagraph(doc.work, p, lex, abbreviations));
}

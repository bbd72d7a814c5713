// Quotation marks, shared by the language packs: each opener with the closers that may end it.
// Order matters for the ambiguous ones: “ closes „ in German but opens in English.
export interface QuoteMarkPair {
	open: string;
	close: string[];
	/** single marks (‚…‘, '…') are nested quotes or apostrophes; they need stricter checks */
	single?: boolean;
}

export const germanQuoteMarks: QuoteMarkPair[] = [
	{ open: '„', close: ['“', '”', '"'] },
	{ open: '»', close: ['«'] },
	{ open: '«', close: ['»'] },
	{ open: '“', close: ['”', '“'] },
	{ open: '"', close: ['"', '“', '”'] },
	{ open: '‚', close: ['‘', '’'], single: true },
	{ open: '›', close: ['‹'], single: true },
	{ open: '‹', close: ['›'], single: true }
];

export const englishQuoteMarks: QuoteMarkPair[] = [
	{ open: '“', close: ['”', '"'] },
	{ open: '"', close: ['"', '”'] },
	{ open: '„', close: ['“', '”'] },
	{ open: '«', close: ['»'] },
	{ open: '»', close: ['«'] },
	{ open: '‘', close: ['’'], single: true }
];

export const ALL_QUOTE_CHARS = '„“”"»«‚‘’›‹';

// Units after (or currency signs before) a number: "20 Prozent", "3 €", "120 km/h", "$ 15".
import type { NumberLexicon, UnitEntry } from '../../resources/number-lexicon.ts';
import { numberTokens, type NTok } from './tokens.ts';

export interface UnitForm {
	toks: string[];
	exact: boolean;
	entry: UnitEntry;
}

export interface UnitMatch {
	entry: UnitEntry;
	/** token index after the unit */
	next: number;
	start: number;
	end: number;
	text: string;
}

const cache = new WeakMap<NumberLexicon, Map<string, UnitForm[]>>();

/** Unit forms by their first token (lower-cased), longest first. */
function forms(lex: NumberLexicon): Map<string, UnitForm[]> {
	const c = cache.get(lex);
	if (c) return c;
	const f: UnitForm[] = [];
	for (const entry of lex.units)
		for (const form of entry.forms) {
			const toks = numberTokens(form, 0, form.length, false).map((t) => (entry.exact && form.length <= 3 ? t.text : t.lower));
			f.push({ toks, exact: !!entry.exact && form.length <= 3, entry });
		}
	f.sort((a, b) => b.toks.length - a.toks.length || b.toks.join('').length - a.toks.join('').length);
	const byFirst = new Map<string, UnitForm[]>();
	for (const form of f) {
		const key = form.toks[0].toLowerCase();
		const list = byFirst.get(key) ?? [];
		list.push(form);
		byFirst.set(key, list);
	}
	cache.set(lex, byFirst);
	return byFirst;
}

/** The unit starting at token i, longest form first. */
export function unitAt(toks: NTok[], i: number, lex: NumberLexicon, prefixOnly = false): UnitMatch | null {
	if (i >= toks.length) return null;
	for (const form of forms(lex).get(toks[i].lower) ?? []) {
		if (prefixOnly && !form.entry.prefix) continue;
		const n = form.toks.length;
		if (i + n > toks.length) continue;
		let ok = true;
		for (let k = 0; k < n && ok; k++) {
			const t = toks[i + k];
			if ((form.exact ? t.text : t.lower) !== form.toks[k]) ok = false;
			// the pieces of one form are written together or with single spaces
			if (k > 0 && t.kind === 'word' && toks[i + k - 1].kind === 'word' && t.glued) ok = false;
		}
		if (!ok) continue;
		// a unit word must end there: "m" is no unit in "m-Bahn"; "Grad" is fine before "."
		const after = toks[i + n];
		if (after && after.glued && after.kind === 'word') continue;
		const start = toks[i].start;
		const end = toks[i + n - 1].end;
		return { entry: form.entry, next: i + n, start, end, text: '' };
	}
	return null;
}

// Training and checking data for the answer-key gate: the engine's attributions on a benchmark
// split, each labelled right or wrong against the gold the way ../shared/eval/score-keys.mjs
// checks a speaker key (logic re-read from the scorers, not imported: the app never loads
// ../shared). Quotes are matched as score-bench.mjs matches them (overlap ≥ 50 % of the gold
// span and ≥ 30 % of the predicted one, one-to-one, best overlap first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import { packs } from '../../src/lib/resources/index.ts';
import { mentionType, speakerFeatures, type Features } from '../../src/lib/engine/gate/features.ts';
import type { Quote } from '../../src/lib/engine/types.ts';

export interface GoldQuote { start: number; end: number; text: string; kind: string; speaker: string | null; speaker_start?: number | null; speaker_end?: number | null }
export interface BenchDoc { id: string; text: string; quotes: GoldQuote[] }
export interface Row { doc: number; quote: number; features: Features; label: 0 | 1 }

export function loadBench(dir: string): BenchDoc[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'stats.json')
		.sort()
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as BenchDoc);
}

const PRONOUNS = new Set('er sie es ich wir ihr man he she they it i we you his her their der die das dieser diese jener sein seine ihre'.split(' '));
const STOP = new Set('der die das des dem den ein eine einer eines the a an of von und and'.split(' '));
const ANAPHORIC = /^(?:demnach|dabei|daraufhin|dazu|hierzu|darin|dort|this|that|these|those|(?:nach )?(?:eigenen|seinen|ihren) angaben|eigener aussage|his own account|own words)$/u;
const words = (s: string | null | undefined) => String(s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter((w) => w.length >= 3 && !STOP.has(w));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** a possessive or relative word that refers back ("seiner Meinung", "denen", "his view"):
 * score-keys checks such a mention by name and calls every resolved speaker wrong */
const REFERS_BACK = /^(?:seine[rnms]?|ihre[rnms]?|deren|dessen|denen|dem|welche[rnms]?|his|her|their|its|who|whom|which)\b/u;

/** a gold mention that names nobody by itself (score-keys: unverifiable; for training also
 * mentions that refer back) */
export function goldUncheckable(g: GoldQuote, training = false): boolean {
	if (!g.speaker) return true;
	const t = g.speaker.toLowerCase().trim();
	const w = t.split(/\s+/);
	return (w.length === 1 && PRONOUNS.has(w[0])) || ANAPHORIC.test(t) || (training && REFERS_BACK.test(t));
}

/** score-keys.mjs's test: the gold mention's head is in the key, or every key word is in the mention */
export function keyRight(g: GoldQuote, name: string): boolean {
	const gw = words(g.speaker), pw = words(name);
	if (!gw.length || !pw.length) return false;
	if (pw.includes(gw[gw.length - 1]) && pw.length <= gw.length + 3) return true;
	const stem = (w: string) => w.replace(/(?:e|s|n|r|m)+$/u, '');
	const same = (a: string, b: string) => { const x = stem(a), y = stem(b); return x === y || (y.length >= 5 && x.endsWith(y)) || (x.length >= 5 && y.endsWith(x)); };
	return pw.every((w) => gw.some((v) => same(w, v)));
}

/** score-bench.mjs's test: the predicted mention span and the gold mention overlap for at least
 * half of each, or the name holds the mention's head and is at most 3 words longer */
export function mentionRight(g: GoldQuote, p: { name: string; start: number; end: number }): boolean {
	if (p.end > p.start && g.speaker_start != null && g.speaker_end != null) {
		const o = overlap(p, { start: g.speaker_start, end: g.speaker_end });
		if (o >= 0.5 * (p.end - p.start) && o >= 0.5 * (g.speaker_end - g.speaker_start)) return true;
	}
	const gw = words(g.speaker), pw = words(p.name);
	return gw.length > 0 && pw.includes(gw[gw.length - 1]) && pw.length <= gw.length + 3;
}

/** The label: right when score-keys accepts the key, or when score-bench accepts the mention and
 * the mention shares a word with the name. score-keys alone calls the full name of an apposition
 * wrong ("Mr. Kaplan, a screenwriter," → "Martin Kaplan": the mention's last word is
 * "screenwriter"): checker noise. A role noun resolved to a name ("die Ministerin" → a name)
 * stays wrong unless the key check accepts it: the role may be someone else's. */
export function attributionRight(g: GoldQuote, p: { name: string; start: number; end: number }, text: string): boolean {
	if (keyRight(g, p.name)) return true;
	const mention = p.end > p.start ? text.slice(p.start, p.end) : '';
	return mentionRight(g, p) && ['same', 'part', 'overlap'].includes(mentionType(mention, p.name, new Set()));
}

/** predicted quote index → gold quote index, as score-bench.mjs pairs them */
export function matchQuotes(pred: Quote[], gold: GoldQuote[]): Map<number, number> {
	const pairs: { i: number; j: number; s: number }[] = [];
	pred.forEach((p, i) => gold.forEach((g, j) => {
		const o = overlap(p, g), lg = g.end - g.start, lp = p.end - p.start;
		if (o >= 0.5 * lg && o >= 0.3 * lp) pairs.push({ i, j, s: o / (lg + lp - o) });
	}));
	pairs.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
	const goldOf = new Map<number, number>(), taken = new Set<number>();
	for (const { i, j } of pairs) if (!goldOf.has(i) && !taken.has(j)) { goldOf.set(i, j); taken.add(j); }
	return goldOf;
}

/** The labelled attributions of `docs`: quotes with a speaker that match a gold quote whose
 * mention can be checked by name. */
export function collectRows(docs: BenchDoc[], lang: 'de' | 'en'): Row[] {
	const rows: Row[] = [];
	docs.forEach((doc, d) => {
		const a = analyze(doc.text, { lang, questions: false });
		const feats = speakerFeatures(a, packs[lang]);
		const goldOf = matchQuotes(a.quotes, doc.quotes);
		a.quotes.forEach((q, i) => {
			const f = feats[i], j = goldOf.get(i);
			if (!f || !q.speaker || j === undefined) return;
			const g = doc.quotes[j];
			if (goldUncheckable(g, true)) return;
			rows.push({ doc: d, quote: i, features: f, label: attributionRight(g, q.speaker, doc.text) ? 1 : 0 });
		});
	});
	return rows;
}

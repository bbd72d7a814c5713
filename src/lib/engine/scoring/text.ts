// Text folding and name comparison shared by question generation (distractors must never be
// right too) and scoring (typed names).
import { packs } from '../../resources/index.ts';

const ARTICLES = new Set(Object.values(packs).flatMap((p) => p.questions.articles));
const TITLES = new Set(Object.values(packs).flatMap((p) => p.questions.titles));

/** A small memo for pure string functions: a bounded Map that starts over when full (cheap,
 * and the same few hundred names are folded again and again while a quiz is built). */
export function memo<T>(fn: (s: string) => T, max = 4096, maxKey = 256): (s: string) => T {
	let cache = new Map<string, T>();
	return (s: string) => {
		if (s.length > maxKey) return fn(s);
		const hit = cache.get(s);
		if (hit !== undefined) return hit;
		const v = fn(s);
		if (cache.size >= max) cache = new Map();
		cache.set(s, v);
		return v;
	};
}

function foldRaw(s: string): string {
	// plain ASCII needs neither normalisation nor the diacritics pass
	if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase().replace(/[-_/]/g, ' ').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
	return s
		.normalize('NFC')
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[-‐‑–—_/]/g, ' ')
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}
const foldMemo = memo(foldRaw);

/** lower case, ä → ae, ß → ss, other diacritics dropped, hyphens and punctuation → space
 * (memoised: a bounded cache of short strings) */
export function fold(s: unknown): string {
	return foldMemo(typeof s === 'string' ? s : String(s ?? ''));
}

const tokensMemo = memo((s: string): readonly string[] => {
	const words = fold(s).split(' ').filter(Boolean);
	const kept = words.filter((w) => !ARTICLES.has(w) && !TITLES.has(w));
	return Object.freeze(kept.length ? kept : words);
});

/** the words of a name without articles and titles (a shared, frozen array: copy to change it) */
export function nameTokens(s: unknown): readonly string[] {
	return tokensMemo(typeof s === 'string' ? s : String(s ?? ''));
}

/** Damerau-Levenshtein distance (optimal string alignment), early exit above `max`. */
export function damerau(a: string, b: string, max = Infinity): number {
	if (a === b) return 0;
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const n = a.length, m = b.length;
	let prev2 = new Array<number>(m + 1).fill(0);
	let prev = Array.from({ length: m + 1 }, (_, j) => j);
	let cur = new Array<number>(m + 1).fill(0);
	for (let i = 1; i <= n; i++) {
		cur[0] = i;
		let rowMin = cur[0];
		for (let j = 1; j <= m; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
			cur[j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		[prev2, prev, cur] = [prev, cur, prev2];
	}
	return prev[m];
}

/** typos allowed for a word of this length */
export function typoLimit(len: number): number {
	return len <= 4 ? 0 : len <= 8 ? 1 : len <= 14 ? 2 : 3;
}

const stem = (w: string) => (w.length > 6 ? w.replace(/(en|er|es|em|e|n|s)$/, '') : w);

/** How far a typed word is from a word of a name: 0 same, 0.5 same stem (Frankreichs/Frankreich,
 * italienische/Italien), 1..n typos, Infinity when they differ. */
export function wordDistance(a: string, b: string): number {
	if (a === b) return 0;
	const sa = stem(a), sb = stem(b);
	if (Math.min(sa.length, sb.length) >= 5 && (sa.startsWith(sb) || sb.startsWith(sa))) return 0.5;
	if (/\d/.test(a) || /\d/.test(b)) return Infinity;
	const limit = typoLimit(Math.max(a.length, b.length));
	if (!limit) return Infinity;
	const d = damerau(a, b, limit);
	return d <= limit ? d : Infinity;
}

/** How well `typed` names `name`: 0 exact; small for a surname alone, a stem or a typo;
 * Infinity when it does not name it. A part of a name counts only with the name's last word. */
export function nameDistance(typed: unknown, name: unknown): number {
	const r = nameTokens(typed), c = nameTokens(name);
	if (!r.length || !c.length) return Infinity;
	const rj = r.join(' '), cj = c.join(' ');
	if (rj === cj) return 0;
	const rc = r.join(''), cc = c.join('');
	if (rc === cc) return 0.1;
	let best = Infinity;
	// word by word: every typed word is a word of the name, the name's last word among them
	if (r.length <= c.length) {
		let sum = 0, ok = true, last = false;
		const used = new Set<number>();
		for (const w of r) {
			let bd = Infinity, bj = -1;
			c.forEach((x, j) => {
				if (used.has(j)) return;
				const d = wordDistance(w, x);
				if (d < bd) { bd = d; bj = j; }
			});
			if (bj < 0 || bd === Infinity) { ok = false; break; }
			used.add(bj);
			if (bj === c.length - 1) last = true;
			sum += bd;
		}
		if (ok && (last || c.length === 1)) best = Math.min(best, sum + 0.1 * (c.length - r.length));
	}
	// whole string with typos
	const limit = typoLimit(cc.length);
	if (limit) {
		const d = damerau(rc, cc, limit);
		if (d <= limit) best = Math.min(best, d);
	}
	return best;
}

/** Could these two names refer to the same speaker (so one must not be a distractor for the
 * other)? Same words, one inside the other, a shared last word, or a one-word name that is a
 * word (or stem) of the other ("Frankreich" / "der Vertreter Frankreichs"). */
export function namesConflict(a: unknown, b: unknown): boolean {
	const key = `${fold(a)}\u0001${fold(b)}`;
	const hit = conflictMemo.get(key);
	if (hit !== undefined) return hit;
	const v = conflictRaw(a, b);
	if (conflictMemo.size >= 8192) conflictMemo.clear();
	conflictMemo.set(key, v);
	return v;
}
const conflictMemo = new Map<string, boolean>();

/** letter counts of a folded word (a–z, digits, the rest in four bins): the L1 distance of two
 * bags is at most twice the edit distance, so a large one rules typos out cheaply */
const bagOf = memo((w: string): Uint8Array => {
	const bag = new Uint8Array(32);
	for (let i = 0; i < w.length; i++) {
		const c = w.charCodeAt(i);
		const k = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 : 28 + (c & 3);
		if (bag[k] < 255) bag[k]++;
	}
	return bag;
});

/** Could `damerau(a, b) <= limit` hold? (a necessary condition, no false negatives) */
function typoPossible(a: string, b: string, limit: number): boolean {
	if (!limit || Math.abs(a.length - b.length) > limit) return false;
	const x = bagOf(a), y = bagOf(b);
	let l1 = 0;
	for (let i = 0; i < 32; i++) l1 += Math.abs(x[i] - y[i]);
	return l1 <= 2 * limit;
}

/** Could `wordDistance(a, b) < Infinity` hold? (necessary: same word, a shared five-letter
 * start for a stem match, or few enough differences for a typo) */
function wordsMayMeet(a: string, b: string): boolean {
	if (a === b) return true;
	if (a.length >= 5 && b.length >= 5 && a.charCodeAt(0) === b.charCodeAt(0) && a.slice(0, 5) === b.slice(0, 5)) return true;
	return typoPossible(a, b, typoLimit(Math.max(a.length, b.length)));
}

/** A cheap necessary condition for namesConflict: every way two names conflict pairs a last word
 * of one with some word of the other, or compares the names written together with typos. */
function mayConflict(x: readonly string[], y: readonly string[]): boolean {
	const xl = x[x.length - 1], yl = y[y.length - 1];
	for (const p of x) if (wordsMayMeet(p, yl)) return true;
	for (const q of y) if (wordsMayMeet(xl, q)) return true;
	const xj = x.join(''), yj = y.join('');
	return xj === yj || typoPossible(xj, yj, Math.max(typoLimit(xj.length), typoLimit(yj.length)));
}

function conflictRaw(a: unknown, b: unknown): boolean {
	const x = nameTokens(a), y = nameTokens(b);
	if (!x.length || !y.length) return false;
	if (!mayConflict(x, y)) return false;
	if (nameDistance(a, b) < Infinity || nameDistance(b, a) < Infinity) return true;
	const near = (p: string, q: string) => wordDistance(p, q) <= 1;
	if (near(x[x.length - 1], y[y.length - 1])) return true;
	if (x.length === 1 && y.some((w) => near(x[0], w))) return true;
	if (y.length === 1 && x.some((w) => near(y[0], w))) return true;
	return false;
}

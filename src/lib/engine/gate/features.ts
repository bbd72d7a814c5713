// What the engine knows about one speaker attribution, as named numeric features for the
// answer-key gate (gate/model.ts). Features are 0/1 indicators ("sieve=said-x") or numbers
// squashed into about [0, 1] by fixed transforms, so that the shipped weights need no scaling
// data. Both the engine (gate/index.ts) and the training script (scripts/train.ts) use this one
// function, so the model sees at run time exactly what it was fitted on.
import type { Analysis, Quote, Sentence } from '../types.ts';
import type { LanguagePack } from '../../resources/pack.ts';
import { usableSpeaker } from '../questions/catalog.ts';
import { makeOrganisationTest, makeTrust } from '../questions/trust.ts';
import { isRoleNoun, makePhraseLexicon, type PhraseLexicon } from '../lang/de/grammar/phrase.ts';
import { fold } from '../scoring/text.ts';

export type Features = Map<string, number>;

const CAP = /^[\p{Lu}]/u;
const ACRONYM = /^[\p{Lu}\p{N}.&-]{2,}$/u;
const squash = (x: number, scale: number) => Math.min(1, Math.log1p(Math.max(0, x)) / scale);
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

interface PackTools {
	lex: PhraseLexicon;
	organisation: (word: string) => boolean;
	trust: ReturnType<typeof makeTrust>;
	pronouns: Set<string>;
	articles: Set<string>;
	/** report and source nouns ("Angaben", "Studie", "report"): a speaker named so is no one */
	report: (word: string) => boolean;
	/** media a speaker talks to ("sagte der Zeitung"): such a source nearby competes with the speaker */
	medium: (word: string) => boolean;
	places: Set<string>;
}

/** the word, or its compound head ("Polizeiangaben" → "angaben"), is in `set` */
function compoundIn(set: Set<string>): (word: string) => boolean {
	return (word) => {
		const w = word.toLowerCase();
		for (let i = 0; i + 4 <= w.length; i++) if (set.has(w.slice(i))) return true;
		return false;
	};
}
const tools = new WeakMap<LanguagePack, PackTools>();
/** built once per language pack: the analysis of a short text must stay cheap */
function toolsOf(pack: LanguagePack): PackTools {
	let x = tools.get(pack);
	if (!x) {
		const sp = pack.speech;
		const lower = (xs: string[] | undefined) => new Set((xs ?? []).map((x) => x.toLowerCase()));
		x = {
			lex: makePhraseLexicon(sp),
			organisation: makeOrganisationTest(pack),
			trust: makeTrust(pack, pack.lang),
			pronouns: new Set(pack.questions.pronouns.map(fold)),
			articles: new Set(pack.questions.articles),
			report: compoundIn(lower([...sp.sourceNouns, ...sp.reportNouns, ...sp.normativeNouns, ...(sp.claimNouns ?? [])])),
			medium: compoundIn(lower(sp.addresseeNouns)),
			places: lower(sp.places)
		};
		tools.set(pack, x);
	}
	return x;
}

/** index of the sentence holding `pos` (sentences are sorted and disjoint) */
function sentenceAt(sentences: Sentence[], pos: number): number {
	let lo = 0, hi = sentences.length - 1, best = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid].start <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
	}
	return best;
}

/** how a frame names the speaker, compared with the resolved name */
export function mentionType(mention: string, name: string, pronouns: Set<string>): string {
	if (!mention.trim()) return 'none';
	const m = fold(mention), n = fold(name);
	if (pronouns.has(m)) return 'pronoun';
	if (m === n) return 'same';
	const nw = new Set(n.split(' '));
	const mw = m.split(' ').filter((w) => w.length > 2);
	if (mw.length && mw.every((w) => nw.has(w))) return 'part'; // a surname for the full name
	if (mw.some((w) => nw.has(w))) return 'overlap'; // "Innenminister Rech" for "Heribert Rech"
	return 'other'; // a role noun or a pronoun-like word resolved to a name
}

/**
 * Features of every quote of `a` (null for a quote without a speaker). Linear in the quotes and
 * the tokens: occurrence counts come from one pass over the tokens.
 */
export function speakerFeatures(a: Analysis, pack: LanguagePack): (Features | null)[] {
	const text = a.doc.text;
	const t = pack.questions;
	const { lex, organisation, trust, pronouns, articles, report, medium, places } = toolsOf(pack);
	const sentences = a.doc.sentences;
	const counts = new Map<string, number>();
	// how often each word occurs, and which words the text uses after an article (common nouns:
	// "die Schätzungen"; a surname seldom stands there)
	const afterArticle = new Set<string>();
	for (const s of sentences) s.tokens.forEach((tok, k) => {
		if (tok.kind !== 'word') return;
		const f = tok.text.toLowerCase();
		counts.set(f, (counts.get(f) ?? 0) + 1);
		const prev = s.tokens[k - 1];
		if (prev && articles.has(prev.text.toLowerCase())) afterArticle.add(f);
	});
	const quotesOf = new Map<string, number>();
	for (const q of a.quotes) if (q.speaker) { const f = fold(q.speaker.name); quotesOf.set(f, (quotesOf.get(f) ?? 0) + 1); }
	const kinds = new Map(a.entities.map((e) => [e.id, e.kind]));
	const nameOf = (q: Quote | undefined) => (q?.speaker ? fold(q.speaker.name) : '');

	return a.quotes.map((q, i) => {
		const s = q.speaker;
		if (!s || !s.name?.trim()) return null;
		const f: Features = new Map();
		const on = (k: string) => f.set(k, 1);
		on('bias');
		// "cue-clause+surname": the sieve, and how it resolved the mention
		const [sieve, ...how] = s.sieve.split('+');
		on(`sieve=${sieve}`);
		for (const h of how) on(`how=${h}`);
		on(`rule=${q.rule}`);
		on(`kind=${q.kind}`);
		f.set('conf', s.confidence);
		if (s.confidence >= 0.75) on('conf>=0.75');
		const trusted = usableSpeaker(q, t, text.length, (x) => trust(x, text));
		if (trusted) on('trusted');
		const mention = s.end > s.start ? text.slice(s.start, s.end) : '';
		const mt = mentionType(mention, s.name, pronouns);
		on(`m=${mt}`);
		on(`sieve=${sieve}&m=${mt}`);
		on(`kind=${q.kind}&m=${mt}`);
		on(`sieve=${sieve}&kind=${q.kind}`);
		if (trusted) on(`trusted&m=${mt}`);
		// the name's shape: a person's name, a description, an organisation, an acronym
		const w = words(s.name);
		on(`n.words=${Math.min(w.length, 4)}`);
		if (articles.has(w[0].toLowerCase())) on('n.det');
		const capped = w.filter((x) => CAP.test(x));
		if (capped.length === w.length) on('n.caps');
		if (w.length === 1 && ACRONYM.test(w[0])) on('n.acronym');
		if (capped.some((x) => organisation(x))) on('n.org');
		if (capped.some((x) => isRoleNoun(x, lex))) on('n.role');
		if (/\p{N}/u.test(s.name)) on('n.digit');
		// the head's ending tells abstract and report nouns ("-ung", "-ion", "-ment") from names
		const last = w[w.length - 1];
		on(`h.suf=${last.slice(-3).toLowerCase()}`);
		if (!CAP.test(last)) on('h.lower');
		if (afterArticle.has(last.toLowerCase())) on('h.after-article');
		const speaks = capped.some((x) => organisation(x) || isRoleNoun(x, lex));
		if (w.some(report)) on('n.report');
		if (w.some(medium)) on('n.medium');
		if (places.has(s.name.toLowerCase()) || places.has(last.toLowerCase())) on('n.place');
		if (!speaks && capped.length < 2 && !(w.length === 1 && ACRONYM.test(w[0]))) on('n.unknown-head');
		if (w.some((x) => CAP.test(x) && (counts.get(x.toLowerCase()) ?? 0) >= 2) && capped.length >= 2) on('n.repeated');
		if (s.entity !== undefined && kinds.has(s.entity)) on(`e=${kinds.get(s.entity)}`);
		// where the mention stands: inside the quote, before or after it, how far, which sentence
		if (mention) {
			const d = s.end <= q.start ? q.start - s.end : s.start >= q.end ? s.start - q.end : 0;
			f.set('dist', squash(d, 8));
			if (s.start >= q.start && s.end <= q.end) on('m.inside');
			else if (s.start >= q.end) on('m.after');
			const ms = sentenceAt(sentences, s.start), qs = sentenceAt(sentences, q.start), qe = sentenceAt(sentences, Math.max(q.start, q.end - 1));
			if (ms >= qs && ms <= qe) on('sent.same');
			else if (ms === qs - 1 || ms === qe + 1) on('sent.next');
			else on('sent.far');
			if (ms >= 0 && qs >= 0 && sentences[ms].paragraph !== sentences[qs].paragraph) on('para.other');
		}
		const qs = sentenceAt(sentences, q.start);
		// other candidates near the quote: capitalised words outside the quote and the mention in
		// its first sentence that are organisation or role nouns or run in pairs (names)
		if (qs >= 0) {
			let others = 0, media = 0;
			const toks = sentences[qs].tokens;
			toks.forEach((tok, k) => {
				if (tok.kind !== 'word' || !CAP.test(tok.text) || k === 0) return;
				if ((tok.start >= q.start && tok.end <= q.end) || (tok.start >= s.start && tok.end <= s.end)) return;
				if (medium(tok.text)) media++;
				const next = toks[k + 1];
				if (organisation(tok.text) || isRoleNoun(tok.text, lex) || (next && next.kind === 'word' && CAP.test(next.text) && !articles.has(tok.text.toLowerCase()))) others++;
			});
			f.set('sent.others', squash(others, 2));
			if (media) on('sent.medium');
		}
		if (qs >= 0 && sentences[qs].heading) on('q.heading');
		if (qs >= 0 && sentences[qs].paragraph === 0) on('q.firstpara');
		// salience: the last speaker, the next one, how often the name speaks and is named
		const n = fold(s.name);
		if (nameOf(a.quotes[i - 1]) === n) on('last');
		if (nameOf(a.quotes[i + 1]) === n) on('next');
		f.set('freq', squash((quotesOf.get(n) ?? 1) - 1, 3));
		f.set('named', squash(counts.get(w[w.length - 1].toLowerCase()) ?? 0, 3));
		if (q.cue) { on('cue'); if (words(q.cue).length > 1) on('cue.multi'); }
		f.set('qlen', squash(q.end - q.start, 7));
		if (q.nestedIn !== undefined) on('nested');
		if (q.frame?.follows) on('follows');
		if (q.frame?.oblique) on('oblique');
		return f;
	});
}

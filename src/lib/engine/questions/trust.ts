// Which speaker attributions a quiz may ask about. A confident attribution (speaker.confidence at
// or above MIN_SPEAKER_CONFIDENCE) always; one of middling confidence (TENTATIVE_CONFIDENCE up to
// that) only when its kind is safe: the frame names the speaker itself (no pronoun, no carried-over
// speaker of free indirect speech), and the name is a person's name, a role or organisation noun of
// the speech lexicon, a party noun ("die Verteidigung"), people named by a participle ("die
// Befragten", also after "der Großteil der …"), or a coordination of such ("EU-Kommission und
// Bundesregierung", "Anna und Tom Weber"). The speaker stage gives 0.7 to noun phrases without
// a role or organisation head; these are often no speaker at all ("die Entscheidung"), so the head
// must say who speaks. Below TENTATIVE_CONFIDENCE (anonymous source phrases, 0.4) never.
import type { Quote } from '../types.ts';
import type { LanguagePack, QuestionTemplates } from '../../resources/pack.ts';
import { isOrganisationNoun, isRoleNoun, makePhraseLexicon, type PhraseLexicon } from '../lang/de/grammar/phrase.ts';
import { trustWords as deWords } from '../../resources/de/questions.ts';
import { trustWords as enWords } from '../../resources/en/questions.ts';
import { fold } from '../scoring/text.ts';

/** a speaker attribution below this confidence is asked about only when its kind is safe */
export const MIN_SPEAKER_CONFIDENCE = 0.75;
/** below this confidence never (anonymous source phrases have 0.4) */
export const TENTATIVE_CONFIDENCE = 0.7;

type Words = typeof deWords;
const WORDS: Record<string, Words> = { de: deWords, en: enWords };

export interface Trust {
	(q: Quote, text: string): boolean;
}

const lexicons = new WeakMap<LanguagePack, PhraseLexicon>();

const CAP = /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u;
/** a nominalised participle or adjective naming people in the plural ("Befragten", "Angehörigen") */
const PEOPLE_PLURAL = /(?:t|nd|ig|lich|isch|ier)en$/u;

/** Is `word` an organisation noun of the language's speech lexicon ("Geheimdienst", "NATO")? */
export function makeOrganisationTest(pack: LanguagePack): (word: string) => boolean {
	const pl = lexiconOf(pack);
	return (word) => isOrganisationNoun(word, pl) && !isRoleNoun(word, pl);
}

function lexiconOf(pack: LanguagePack): PhraseLexicon {
	let pl = lexicons.get(pack);
	if (!pl) {
		pl = makePhraseLexicon(pack.speech);
		lexicons.set(pack, pl);
	}
	return pl;
}

/** The test for one language: `trust(q, text)` for a quote whose speaker has middling confidence. */
export function makeTrust(pack: LanguagePack, lang: string): Trust {
	const lex = lexiconOf(pack);
	const t = pack.questions;
	const w = WORDS[lang] ?? deWords;
	const party = new Set(w.speakerNouns.map(fold));
	const quantity = new Set(w.quantityNouns.map(fold));
	const conj = new Set(w.conjunctions);
	const dets = new Set(t.articles);
	const possessive = new RegExp(`^(?:${w.possessives.join('|')})`, 'u');
	const speaks = (word: string) => party.has(fold(word)) || isRoleNoun(word, lex) || isOrganisationNoun(word, lex);

	/** one conjunct: "der zuständige Gewerkschaftsvorstand Carl Dorn", "Politiker der SPD" */
	const conjunctOk = (words: string[]): boolean => {
		if (!words.length) return false;
		let i = 0;
		const first = words[0].toLowerCase();
		const det = dets.has(first) || possessive.test(first) ? words[i++].toLowerCase() : '';
		while (i < words.length && !CAP.test(words[i])) i++; // attributive adjectives
		const head = words[i];
		if (!head) return false;
		const caps = words.slice(i);
		// a name after its description: two or more capitalised words at the end
		let run = 0;
		for (let k = words.length - 1; k >= 0 && CAP.test(words[k]); k--) run++;
		if (run >= 3 || (run >= 2 && !det)) return caps.every((x) => CAP.test(x)) || speaks(head);
		if (speaks(head)) return true;
		if (det && PEOPLE_PLURAL.test(head) && (det === 'die' || det === 'the')) return true;
		// "der Großteil der Befragten": the quantity's genitive group decides
		if (quantity.has(fold(head)) && dets.has((words[i + 1] ?? '').toLowerCase())) {
			const rest = words.slice(i + 2);
			const h = rest.find((x) => CAP.test(x));
			return !!h && (speaks(h) || PEOPLE_PLURAL.test(h));
		}
		return false;
	};

	return (q: Quote, text: string): boolean => {
		const s = q.speaker;
		if (!s) return false;
		// a pronoun whose gender did not decide (German "sie" may be plural), or a speaker carried
		// over from an earlier sentence (free indirect speech), is not sure enough
		if (/^pronoun|free-indirect|inside-report/.test(s.sieve)) return false;
		const mention = s.end > s.start ? text.slice(s.start, s.end) : '';
		if (!mention || t.pronouns.some((p) => fold(p) === fold(mention))) return false;
		const words = s.name.trim().split(/\s+/);
		const parts: string[][] = [[]];
		for (const x of words) if (conj.has(x.toLowerCase())) parts.push([]); else parts[parts.length - 1].push(x);
		// "Anna und Tom Weber": capitalised words joined by "und"
		if (parts.length > 1 && parts.every((p) => p.length && p.every((x) => CAP.test(x)))) return true;
		return parts.every(conjunctOk);
	};
}

import type { PhraseMention } from './phrase.ts';
import { isRoleNoun, type PhraseLexicon } from './phrase.ts';

const NEUTER_SUFFIX = /(ium|um|ment|amt|gericht|institut|land|haus|werk|büro|team|militär|unternehmen|parlament|komitee|zentrum|kabinett|blatt|magazin|portal|nis|chen|lein|ergebnis)$/i;

/** German noun phrases after "des/der/dem/vom/von der" back into the nominative, so that a
 * source reads "der südkoreanische Geheimdienst", not "des südkoreanischen Geheimdienstes".
 * Regular endings only; anything unclear is left as written. */
export function toNominative(m: PhraseMention, pl: PhraseLexicon): string {
	const det = m.det;
	// a plural without article after "von": "von Politikern der SPD" → "Politiker der SPD"
	if (!det) return m.text.replace(/^(\p{Lu}[\p{L}-]*(?:er|el))n\b/u, '$1');
	if (!/^(des|der|dem|den|vom|eines|einer|einem)$/.test(det)) return m.text.replace(/^vom\s+/, '');
	const words = m.text.split(/\s+/);
	const rest = words.slice(1);
	const capIdx = rest.findIndex((w) => /^\p{Lu}/u.test(w));
	if (capIdx < 0) return m.text;
	const adjectives = rest.slice(0, capIdx);
	let noun = rest[capIdx];
	const tail = rest.slice(capIdx + 1);
	const plural = (det === 'den' || (det === 'der' && /(en|ern|er)$/.test(noun) && !isRoleNoun(noun, pl) && !/(ung|heit|keit|schaft|ion|ei|tät)$/.test(noun) && adjectives.length > 0 && adjectives.every((a) => a.endsWith('en'))));
	let article: string;
	if (plural) article = 'die';
	else if (det === 'der' || det === 'einer') article = det === 'der' ? 'die' : 'eine';
	else {
		// des/dem/vom/eines/einem: masculine or neuter
		let stem = noun;
		if (det === 'des' || det === 'eines') {
			if (/[^e]s$/.test(noun) && noun.length > 4 && !/(us|is|os|as|ss)$/.test(noun)) stem = noun.slice(0, -1);
			if (/[^aeiouäöü]es$/.test(noun) && noun.length > 5 && !/(ses|ßes)$/.test(noun)) stem = noun.slice(0, -2);
			if (/en$/.test(noun) && isRoleNoun(noun.slice(0, -1), pl)) stem = noun.slice(0, -1);
			else if (/en$/.test(noun) && isRoleNoun(noun.slice(0, -2), pl)) stem = noun.slice(0, -2);
		}
		noun = stem;
		const neuter = NEUTER_SUFFIX.test(noun);
		article = det.startsWith('ein') ? 'ein' : neuter ? 'das' : 'der';
	}
	const adj = adjectives.map((a) => (plural ? a : a.replace(/en$/, article === 'ein' ? (NEUTER_SUFFIX.test(noun) ? 'es' : 'er') : 'e')));
	return [article, ...adj, noun, ...tail].join(' ');
}

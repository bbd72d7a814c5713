import type { SpeechLexicon, SpeechVerb } from '../../../../resources/speech-lexicon.ts';

export type VerbFormKind = 'finite' | 'participle' | 'infinitive';

export interface VerbForm {
	verb: SpeechVerb;
	kind: VerbFormKind;
	/** the particle still has to follow in the clause ("teilte … mit") */
	needsParticle: boolean;
}

const INSEPARABLE = /^(be|er|ver|zer|ent|emp|ge|miss|hinter|wider|unter|über)/;

/** "rechn" + t → "rechnet", "sag" + t → "sagt": German e-insertion after d/t and consonant+m/n. */
function withE(stem: string): boolean {
	if (/[dt]$/.test(stem)) return true;
	if (!/[mn]$/.test(stem)) return false;
	const before = stem.slice(-2, -1);
	if (/[aeiouäöülrmn]/.test(before)) return false;
	return !(before === 'h' && /[aeiouäöü]/.test(stem.slice(-3, -2)));
}

function regularForms(lemma: string): { pres: string; pret: string; part: string; plural: string[] } {
	const stem = /[lr]n$/.test(lemma) ? lemma.slice(0, -1) : lemma.replace(/en$/, '');
	const e = withE(stem) ? 'e' : '';
	const ge = INSEPARABLE.test(lemma) || /ieren$/.test(lemma) ? '' : 'ge';
	return {
		pres: stem + e + 't',
		pret: stem + e + 'te',
		part: ge + stem + e + 't',
		plural: [lemma, stem + e + 'ten']
	};
}

/** Index of every inflected form of the lexicon's speech verbs (lower case) → readings. */
export function buildVerbIndex(lexicon: SpeechLexicon): Map<string, VerbForm[]> {
	const index = new Map<string, VerbForm[]>();
	const add = (form: string, reading: VerbForm) => {
		const key = form.toLowerCase();
		const list = index.get(key) ?? [];
		if (!list.some((r) => r.verb === reading.verb && r.kind === reading.kind && r.needsParticle === reading.needsParticle)) list.push(reading);
		index.set(key, list);
	};
	for (const verb of lexicon.verbs) {
		let pres: string, pret: string, part: string, plural: string[];
		if (verb.forms) {
			[pres, pret, part] = verb.forms;
			plural = [verb.lemma, pret.endsWith('e') ? pret + 'n' : pret + 'en'];
		} else {
			({ pres, pret, part, plural } = regularForms(verb.lemma));
		}
		const p = verb.particle ?? '';
		const finite = [pres, pret, ...plural];
		for (const f of finite) {
			add(f, { verb, kind: 'finite', needsParticle: !!p });
			// subordinate clauses keep the particle on: "wie X mitteilte"
			if (p) add(p + f, { verb, kind: 'finite', needsParticle: false });
		}
		// participle: "mitgeteilt", "gesagt", "erklärt"; irregular ones carry their own ge-
		add(p + part, { verb, kind: 'participle', needsParticle: false });
		add(p + verb.lemma, { verb, kind: 'infinitive', needsParticle: false });
	}
	return index;
}

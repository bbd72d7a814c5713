// How the target platforms read and grade what a student types, written after their own code so
// that the export tests can ask "would the right answer pass there?". Test-side only.

// ---------------------------------------------------------------------------------------------
// Moodle (4.x). Each function follows the PHP function named in its comment.

/** PHP's html_entity_decode(…, ENT_QUOTES, 'UTF-8') for the entities an export can contain:
 * numeric ones and the five of XML/HTML (the exports write no others). */
export function htmlEntityDecode(s: string): string {
	const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (m, e: string) => {
		if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
		return named[e.toLowerCase()] ?? m;
	});
}

// question/type/multianswer/questiontype.php: ANSWER_ALTERNATIVE_*_REGEX, ANSWER_REGEX
const FRACTION = '=|%(-?[0-9]+(?:[.,][0-9]*)?)%';
const ANSWER = '.+?(?<!\\\\|&|&amp;)(?=[~#}]|$)';
const FEEDBACK = '.*?(?<!\\\\)(?=[~}]|$)';
const ALTERNATIVE = `(${FRACTION})?(${ANSWER})(#(${FEEDBACK}))?`;
const TYPES = '(NUMERICAL|NM)|(MULTICHOICE|MC)|(MULTICHOICE_V|MCV)|(MULTICHOICE_H|MCH)|(SHORTANSWER|SA|MW)|(SHORTANSWER_C|SAC|MWC)|(MULTICHOICE_S|MCS)|(MULTICHOICE_VS|MCVS)|(MULTICHOICE_HS|MCHS)|(MULTIRESPONSE|MR)|(MULTIRESPONSE_H|MRH)|(MULTIRESPONSE_S|MRS)|(MULTIRESPONSE_HS|MRHS)';
const CLOZE = new RegExp(`\\{([0-9]*):(${TYPES}):(${ALTERNATIVE}(~${ALTERNATIVE})*)\\}`, 's');
const NUMBER = '-?(([0-9]+[.,]?[0-9]*|[.,][0-9]+)([eE][-+]?[0-9]+)?)';
const NUMERICAL_ALTERNATIVE = new RegExp(`^(${NUMBER})(:${NUMBER})?$`, 's');

export interface ClozeSub {
	type: 'numerical' | 'shortanswer' | 'other';
	answers: { fraction: number; answer: string; tolerance?: number }[];
}

/** qtype_multianswer_extract_question(): the sub-questions of a cloze question text */
export function extractCloze(text: string): ClozeSub[] {
	const out: ClozeSub[] = [];
	let rest = text;
	for (let m = CLOZE.exec(rest); m; m = CLOZE.exec(rest)) {
		const type = m[3] ? 'numerical' : m[7] || m[8] ? 'shortanswer' : 'other';
		const sub: ClozeSub = { type, answers: [] };
		let alts = m[16];
		const alt = new RegExp(`~?${ALTERNATIVE}`, 's');
		for (let a = alt.exec(alts); a; a = alt.exec(alts)) {
			const fraction = a[1] === '=' ? 1 : a[2] ? 0.01 * Number(a[2].replace(',', '.')) : 0;
			const num = type === 'numerical' ? NUMERICAL_ALTERNATIVE.exec(a[3]) : null;
			if (num) sub.answers.push({ fraction, answer: num[1], tolerance: num[6] !== undefined ? Number(num[6]) : 0 });
			else sub.answers.push({ fraction, answer: htmlEntityDecode(a[3]).replace(/\\\}/g, '}').replace(/\\#/g, '#') });
			alts = alts.slice(alts.indexOf(a[0]) + a[0].length);
		}
		out.push(sub);
		rest = rest.replace(m[0], '');
	}
	return out;
}

/** question/type/shortanswer/question.php, qtype_shortanswer_question::compare_string_with_wildcard
 * (the answer is a pattern: unescaped runs of * are wildcards, \* a literal asterisk; the
 * response is trimmed; case ignored unless usecase) */
export function shortanswerMatches(response: string, pattern: string, ignoreCase = true): boolean {
	const bits = pattern.normalize('NFC').split(/(?<!\\)\*+/);
	const quote = (s: string) => s.replace(/\\\*/g, '*').replace(/[.\\+*?[^\]$(){}|/]/g, '\\$&');
	const re = new RegExp(`^${bits.map(quote).join('.*')}$`, ignoreCase ? 'iu' : 'u');
	return re.test(response.normalize('NFC').trim());
}

/** question/type/numerical/questiontype.php, qtype_numerical_answer_processor::apply_units
 * (no units): the number Moodle reads from a response, in any course language */
export function moodleReadsNumber(response: string): number | null {
	let r = response.replace(/ /g, '').replace(/(?:e|E|(?:x|\*|×)10(?:\^|\*\*))([+-]?\d+)/g, 'e$1');
	if (r.includes('.') || (r.match(/,/g)?.length ?? 0) > 1) r = r.replace(/,/g, '');
	else r = r.replace(/,/g, '.');
	const m = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?/.exec(r);
	return m ? Number(m[0]) : null;
}

/** question/type/numerical/question.php + questionbase.php (question_answer::within_tolerance,
 * nominal tolerance): |value − answer| within the tolerance */
export const withinTolerance = (value: number, answer: number, tolerance: number) => Math.abs(value - answer) <= Math.abs(tolerance) + 1e-9 * Math.max(1, Math.abs(answer));

/** a response to a numerical sub-question or question: full marks? */
export function numericalFullMarks(response: string, answers: { fraction: number; answer: string | number; tolerance?: number }[]): boolean {
	const v = moodleReadsNumber(response);
	if (v === null) return false;
	return answers.some((a) => a.fraction >= 1 && withinTolerance(v, Number(a.answer), a.tolerance ?? 0));
}

export const shortanswerFullMarks = (response: string, answers: { fraction: number; answer: string }[]) =>
	answers.some((a) => a.fraction >= 1 && shortanswerMatches(response, a.answer));

// ---------------------------------------------------------------------------------------------
// QTI 3.0 response processing, the parts the export writes (map-response over a mapping)

/** qti-map-response: the sum of the mapped values of the distinct responses, within the bounds */
export function mapResponse(responses: string[], mapping: { key: string; value: number; caseSensitive: boolean }[], bounds: { lower?: number; upper?: number; defaultValue?: number }): number {
	let sum = 0;
	for (const r of new Set(responses)) {
		const hit = mapping.find((m) => (m.caseSensitive ? m.key === r : m.key.toLowerCase() === r.toLowerCase()));
		sum += hit ? hit.value : (bounds.defaultValue ?? 0);
	}
	if (bounds.lower !== undefined) sum = Math.max(bounds.lower, sum);
	if (bounds.upper !== undefined) sum = Math.min(bounds.upper, sum);
	return sum;
}

// ---------------------------------------------------------------------------------------------
// H5P.Blanks (js/blanks.js, cloze.js): *a/b* gives the alternatives a and b; an answer is right
// when it equals one (trimmed, case folded unless caseSensitive)

export function blanksAlternatives(question: string): string[][] {
	return [...question.matchAll(/\*([^*]+)\*/g)].map((m) => m[1].split('/').map((a) => htmlEntityDecode(a).trim()));
}

export const blanksRight = (typed: string, alternatives: string[]) => alternatives.some((a) => a.toLowerCase() === typed.trim().toLowerCase());

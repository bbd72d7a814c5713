// The span invariants of an analysis, shared by the fuzz tests and the pack conformance suite.
import { toContract } from '../../src/lib/engine/contract.ts';
import type { Analysis, Span } from '../../src/lib/engine/types.ts';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** true when an offset falls between the two halves of a surrogate pair */
const splitsPair = (s: string, at: number) => at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));

export const show = (s: string) => JSON.stringify(s.length > 80 ? s.slice(0, 80) + '…' : s);

/** Every problem of an analysis of `text`, as readable lines (empty when all is well). */
export function spanProblems(text: string, a: Analysis): string[] {
	const out: string[] = [];
	const n = text.length;
	const span = (where: string, s: Partial<Span> | null | undefined) => {
		if (!s || typeof s !== 'object') return out.push(`${where}: no span`), false;
		const { start, end } = s as Span;
		if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > n) {
			out.push(`${where}: span [${start}, ${end}) outside the text (length ${n})`);
			return false;
		}
		return true;
	};
	const same = (where: string, s: Span, field: string, value: unknown, source = text) => {
		const at = source.slice(s.start, s.end);
		if (value !== at) out.push(`${where}: ${field} ${show(String(value))} ≠ text at [${s.start}, ${s.end}) ${show(at)}`);
	};

	if (a.doc.text !== text) out.push('doc.text is not the input');
	if (a.doc.work.length > n) out.push(`doc.work is longer (${a.doc.work.length}) than the text (${n})`);
	a.doc.paragraphs.forEach((p, i) => span(`paragraph ${i}`, p));
	a.doc.sentences.forEach((s, i) => {
		if (!span(`sentence ${i}`, s)) return;
		if (s.index !== i) out.push(`sentence ${i}: index ${s.index}`);
		if (splitsPair(text, s.start) || splitsPair(text, s.end)) out.push(`sentence ${i}: splits a surrogate pair`);
		s.tokens.forEach((t, j) => {
			if (!span(`sentence ${i} token ${j}`, t)) return;
			if (t.start < s.start || t.end > s.end) out.push(`sentence ${i} token ${j}: outside its sentence`);
			if (t.end <= t.start) out.push(`sentence ${i} token ${j}: empty`);
			// tokens are read from the working copy (markup and control characters blanked)
			same(`sentence ${i} token ${j}`, t, 'text', t.text, a.doc.work);
		});
	});
	a.diagnostics.forEach((d, i) => {
		span(`diagnostic ${i} (${d.code})`, d);
		if (d.code === 'stage-failed') out.push(`a stage threw: ${d.message}`);
		if (typeof d.code !== 'string' || !d.code || typeof d.message !== 'string') out.push(`diagnostic ${i}: no code or message`);
	});
	a.entities.forEach((e, i) => {
		if (typeof e.name !== 'string' || !e.name) out.push(`entity ${i}: no name`);
		e.mentions.forEach((m, j) => {
			if (span(`entity ${i} mention ${j}`, m)) same(`entity ${i} mention ${j}`, m, 'text', m.text);
		});
	});
	a.quotes.forEach((q, i) => {
		const where = `quote ${i} (${q.rule})`;
		if (span(where, q)) same(where, q, 'text', q.text);
		if (q.cueSpan) span(`${where} cueSpan`, q.cueSpan);
		if (q.speaker) {
			span(`${where} speaker`, q.speaker);
			if (typeof q.speaker.name !== 'string' || !q.speaker.name.trim()) out.push(`${where}: speaker without name`);
		}
		let last = q.start;
		for (const [j, seg] of (q.segments ?? []).entries()) {
			if (!span(`${where} segment ${j}`, { start: seg[0], end: seg[1] })) continue;
			if (seg[0] < last || seg[1] > q.end) out.push(`${where} segment ${j}: [${seg}] not in order inside [${q.start}, ${q.end})`);
			last = seg[1];
		}
		if (q.nestedIn !== undefined && !a.quotes[q.nestedIn]) out.push(`${where}: nestedIn ${q.nestedIn} is no quote`);
	});
	a.numbers.forEach((x, i) => {
		const where = `number ${i} (${x.rule})`;
		if (span(where, x)) same(where, x, 'raw', x.raw);
		if (!Number.isFinite(x.value)) out.push(`${where}: value ${x.value}`);
		if (x.sourceSpan) span(`${where} sourceSpan`, x.sourceSpan);
		if (x.rangeWith !== undefined && !a.numbers[x.rangeWith]) out.push(`${where}: rangeWith ${x.rangeWith} is no number`);
	});
	a.questions.forEach((q, i) => {
		const where = `question ${i} (${q.id} ${q.type})`;
		span(`${where} evidence`, q.evidence);
		if (q.context) span(`${where} context`, q.context);
		// any other span inside the question (claim.evidence, pairs[].evidence, …)
		const walk = (v: unknown, path: string, depth: number) => {
			if (!v || typeof v !== 'object' || depth > 6) return;
			if (path !== '' && path !== '.evidence' && path !== '.context' && 'start' in v && 'end' in v) span(`${where}${path}`, v as Span);
			for (const [k, w] of Object.entries(v)) walk(w, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`, depth + 1);
		};
		walk(q, '', 0);
	});
	try {
		const json = JSON.stringify(toContract(a));
		if (typeof json !== 'string') out.push('contract JSON is not a string');
	} catch (error) {
		out.push(`contract JSON fails: ${error instanceof Error ? error.message : String(error)}`);
	}
	return out;
}


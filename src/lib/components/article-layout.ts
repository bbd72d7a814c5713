// Splitting an article into paragraphs and marked pieces (quotes per speaker, numbers, evidence).
import type { Mark } from './quiz-types';

export interface Span {
	start: number;
	end: number;
}

export interface Piece {
	start: number;
	end: number;
	text: string;
	marks: Mark[];
	/** marks that begin here (carry their id) */
	opens: Mark[];
	/** quote marks that end here (their speaker label follows the piece) */
	closes: Mark[];
}

/** The article's paragraphs: the engine's spans, or blank-line blocks when it gave none. */
export function paragraphSpans(text: string, paragraphs: Span[] | undefined): Span[] {
	if (paragraphs?.length) return paragraphs;
	const out: Span[] = [];
	const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
	for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

export interface Block extends Span {
	heading: boolean;
	pieces: Piece[];
}

/** The marked pieces of one paragraph, given the marks that overlap it in their list order.
 * One sweep over the cuts (every mark's clipped start and end): a mark covers a piece exactly
 * while it is open, so no piece looks at every mark (20,000 numbers must not cost 20,000²). */
function piecesOf(text: string, span: Span, inside: Mark[]): Piece[] {
	const order = new Map(inside.map((m, i) => [m, i]));
	const clip = (m: Mark) => ({ m, from: Math.max(span.start, m.start), to: Math.min(span.end, m.end) });
	const starts = inside.map(clip).sort((a, b) => a.from - b.from);
	const cuts = new Set<number>([span.start, span.end]);
	for (const c of starts) {
		cuts.add(c.from);
		cuts.add(c.to);
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	const out: Piece[] = [];
	let open: Mark[] = [];
	let next = 0;
	for (let i = 0; i + 1 < sorted.length; i++) {
		const a = sorted[i];
		const b = sorted[i + 1];
		if (open.some((m) => m.end <= a)) open = open.filter((m) => m.end > a);
		for (; next < starts.length && starts[next].from <= a; next++) {
			const m = starts[next].m;
			if (m.end <= a) continue;
			// kept in list order, as the marks were given
			let at = open.length;
			while (at > 0 && order.get(open[at - 1])! > order.get(m)!) at--;
			open.splice(at, 0, m);
		}
		const covering = open.slice();
		out.push({
			start: a,
			end: b,
			text: text.slice(a, b),
			marks: covering,
			opens: covering.filter((m) => m.start === a || (a === span.start && m.start < a)),
			closes: covering.filter((m) => m.kind === 'quote' && m.end === b)
		});
	}
	return out;
}

export function pieces(text: string, span: Span, marks: Mark[]): Piece[] {
	return piecesOf(
		text,
		span,
		marks.filter((m) => m.end > span.start && m.start < span.end && m.end > m.start)
	);
}

/** The article as blocks (paragraphs, headings marked) with their pieces, in time proportional to
 * paragraphs + marks (times the few marks open at once): marks and headings are swept once in
 * order of their start instead of being filtered per paragraph. */
export function layoutBlocks(text: string, paragraphs: Span[] | undefined, headings: Span[], marks: Mark[]): Block[] {
	const spans = paragraphSpans(text, paragraphs);
	const byStart = spans.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start);
	const order = new Map(marks.map((m, i) => [m, i]));
	const live = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
	const heads = [...headings].sort((a, b) => a.start - b.start);
	const blocks: Block[] = new Array(spans.length);
	let open: Mark[] = [];
	let next = 0;
	let head = 0;
	let headEnd = -Infinity;
	for (const { p, i } of byStart) {
		for (; head < heads.length && heads[head].start <= p.start; head++) headEnd = Math.max(headEnd, heads[head].end);
		open = open.filter((m) => m.end > p.start);
		for (; next < live.length && live[next].start < p.end; next++) if (live[next].end > p.start) open.push(live[next]);
		const inside = open.filter((m) => m.start < p.end).sort((a, b) => order.get(a)! - order.get(b)!);
		blocks[i] = { ...p, heading: headEnd >= p.end, pieces: piecesOf(text, p, inside) };
	}
	return blocks;
}

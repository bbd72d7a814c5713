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

export function pieces(text: string, span: Span, marks: Mark[]): Piece[] {
	const inside = marks.filter((m) => m.end > span.start && m.start < span.end && m.end > m.start);
	const cuts = new Set<number>([span.start, span.end]);
	for (const m of inside) {
		cuts.add(Math.max(span.start, m.start));
		cuts.add(Math.min(span.end, m.end));
	}
	const sorted = [...cuts].sort((a, b) => a - b);
	const out: Piece[] = [];
	for (let i = 0; i + 1 < sorted.length; i++) {
		const a = sorted[i];
		const b = sorted[i + 1];
		const covering = inside.filter((m) => m.start <= a && m.end >= b);
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

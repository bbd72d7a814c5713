// Security suite, work per input size (issue 13, item 4): the article layout and the numbers stage
// stay linear on inputs built to be expensive (20,000+ marks, 200-400 KB of digits), and the
// linear layout gives exactly what the direct per-piece filtering gave.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutBlocks, paragraphSpans, type Piece, type Span } from '../../src/lib/components/article-layout.ts';
import type { Mark } from '../../src/lib/components/quiz-types.ts';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import { MAX_NUMBERS } from '../../src/lib/engine/numbers/extract.ts';

/** The layout as it was computed before (every piece filters every mark): the reference. */
function reference(text: string, paragraphs: Span[] | undefined, headings: Span[], marks: Mark[]) {
	return paragraphSpans(text, paragraphs).map((span) => {
		const inside = marks.filter((m) => m.end > span.start && m.start < span.end && m.end > m.start);
		const cuts = new Set<number>([span.start, span.end]);
		for (const m of inside) {
			cuts.add(Math.max(span.start, m.start));
			cuts.add(Math.min(span.end, m.end));
		}
		const sorted = [...cuts].sort((a, b) => a - b);
		const pieces: Piece[] = [];
		for (let i = 0; i + 1 < sorted.length; i++) {
			const a = sorted[i];
			const b = sorted[i + 1];
			const marks = inside.filter((m) => m.start <= a && m.end >= b);
			const opens = marks.filter((m) => m.start === a || (a === span.start && m.start < a));
			pieces.push({ start: a, end: b, text: text.slice(a, b), marks, opens, closes: marks.filter((m) => m.kind === 'quote' && m.end === b) });
		}
		return { ...span, heading: headings.some((h) => h.start <= span.start && h.end >= span.end), pieces };
	});
}

const time = (fn: () => unknown): number => {
	const t = performance.now();
	fn();
	return performance.now() - t;
};

describe('article layout', () => {
	it('gives the same blocks as filtering every mark per piece', () => {
		const text = 'x'.repeat(300);
		const span = fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 40 })).map(([s, l]) => ({ start: s, end: Math.min(300, s + l) }));
		const mark = fc.tuple(span, fc.constantFrom<Mark['kind']>('quote', 'number', 'evidence', 'anchor'), fc.integer({ min: 0, max: 3 })).map(([s, kind, n]): Mark => ({ ...s, kind, speaker: n, id: kind === 'anchor' ? `a${n}` : undefined }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 12 }), fc.array(span, { maxLength: 4 }), fc.array(mark, { maxLength: 40 }), (paras, heads, marks) => {
				const paragraphs = paras.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
				expect(layoutBlocks(text, paragraphs, heads, marks)).toEqual(reference(text, paragraphs, heads, marks));
			}),
			{ numRuns: 300 }
		);
	});

	it('lays out 100,000 number marks in one paragraph and 20,000 paragraphs in linear time', () => {
		const text = '1 '.repeat(100_000);
		const marks: Mark[] = Array.from({ length: 100_000 }, (_, i) => ({ start: 2 * i, end: 2 * i + 1, kind: 'number' }));
		const one = time(() => layoutBlocks(text, [{ start: 0, end: text.length }], [], marks));
		const paragraphs = Array.from({ length: 20_000 }, (_, i) => ({ start: 10 * i, end: 10 * i + 8 }));
		const many = time(() => layoutBlocks(text, paragraphs, paragraphs.slice(0, 5000), marks));
		// the quadratic version took minutes for the first and seconds for the second
		expect(one).toBeLessThan(3000);
		expect(many).toBeLessThan(3000);
	});
});

describe('numbers stage on digit-dense input', () => {
	const digits = (bytes: number, sentence: number) => {
		let s = '';
		for (let i = 0; s.length < bytes; i++) s += i % sentence === sentence - 1 ? `${i % 1000} Euro. ` : `${i % 1000} `;
		return s;
	};

	it('400 KB of digits without a sentence end: no stack overflow, a diagnostic, fast', () => {
		let a!: ReturnType<typeof analyze>;
		const ms = time(() => (a = analyze('1 '.repeat(200_000), { lang: 'de' })));
		expect(a.diagnostics.map((d) => d.code)).toContain('sentence-too-long');
		expect(a.diagnostics.some((d) => d.severity === 'error')).toBe(false);
		expect(ms).toBeLessThan(5000);
	});

	it('digits in short sentences: at most MAX_NUMBERS read, said so, and in time linear in the input', () => {
		const small = digits(50_000, 8);
		const large = digits(200_000, 8);
		analyze(small, { lang: 'de' });
		const t1 = time(() => analyze(small, { lang: 'de' }));
		let a!: ReturnType<typeof analyze>;
		const t4 = time(() => (a = analyze(large, { lang: 'de' })));
		expect(a.numbers.length).toBe(MAX_NUMBERS);
		expect(a.diagnostics.map((d) => d.code)).toContain('numbers-capped');
		// four times the input: well under sixteen times the time (a quadratic stage)
		expect(t4 / t1).toBeLessThan(8);
	});
});

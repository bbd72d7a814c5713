// The pack conformance suite: the same checks on every language pack, unchanged for each. It runs
// on the registry's packs and on a test pack built from the README's "Adding a language" recipe
// (tests/fixtures/lang-xx), which is not registered and goes through `analyzeWith`. Each pack
// has an invented sample text in tests/fixtures/conformance/<code>.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, analyzeWith } from '../../src/lib/engine/pipeline.ts';
import { packStageNames, type LanguagePack, type PackStageName } from '../../src/lib/engine/context.ts';
import { packs } from '../../src/lib/engine/lang/index.ts';
import type { Analysis } from '../../src/lib/engine/types.ts';
import { xx } from '../fixtures/lang-xx/index.ts';
import { show, spanProblems } from './span-problems.ts';

const registered = Object.values(packs) as LanguagePack[];
const all = [...registered, xx];
const sample = (p: LanguagePack) => readFileSync(new URL(`../fixtures/conformance/${p.lang}.txt`, import.meta.url), 'utf8');

/** The pack with each of its stages recording that it ran. */
function spied(pack: LanguagePack): { pack: LanguagePack; ran: PackStageName[] } {
	const ran: PackStageName[] = [];
	const stages = Object.fromEntries(packStageNames.map((n) => [n, (ctx: Parameters<LanguagePack['stages'][PackStageName]>[0]) => (ran.push(n), pack.stages[n](ctx))])) as LanguagePack['stages'];
	return { pack: { ...pack, stages }, ran };
}

/** Names on items that the pack does not declare (empty when all are its own). */
function unknownNames(pack: LanguagePack, a: Analysis): string[] {
	const quoteRules = new Set<string>(pack.rules.quotes);
	const frames = new Set<string>(pack.rules.frames);
	const resolutions = new Set<string>(pack.rules.resolutions);
	const out: string[] = [];
	for (const q of a.quotes) {
		if (!quoteRules.has(q.rule)) out.push(`quote rule ${q.rule}`);
		if (!q.speaker) continue;
		// a frame sieve, a frame sieve + a resolution, or a resolution alone
		const [first, ...rest] = q.speaker.sieve.split('+');
		if (!frames.has(first) && !resolutions.has(first)) out.push(`speaker sieve ${q.speaker.sieve}`);
		for (const r of rest) if (!resolutions.has(r)) out.push(`speaker resolution ${r} in ${q.speaker.sieve}`);
	}
	return out;
}

function run(pack: LanguagePack, text: string): { a: Analysis; ran: PackStageName[] } {
	const s = spied(pack);
	return { a: analyzeWith(s.pack, text), ran: s.ran };
}

describe.each(all.map((p) => [p.lang, p] as const))('pack %s', (_, pack) => {
	const text = sample(pack);

	it('implements every language stage and declares its names once each', () => {
		expect(Object.keys(pack.stages).sort()).toEqual([...packStageNames].sort());
		for (const list of [pack.rules.quotes, pack.rules.frames, pack.rules.resolutions]) {
			expect(list.length).toBeGreaterThan(0);
			expect(new Set(list).size).toBe(list.length);
		}
		for (const r of pack.rules.quotes) expect(r).toMatch(/^(direct|indirect)\.\S+$/);
		expect(pack.detection.functionWords.length).toBeGreaterThan(0);
	});

	it('runs every stage on its sample, each leaving its items, with offsets in the text', () => {
		const { a, ran } = run(pack, text);
		expect(ran).toEqual([...packStageNames]);
		expect(spanProblems(text, a)).toEqual([]);
		expect(a.lang).toBe(pack.lang);
		expect(a.quotes.some((q) => q.kind === 'direct')).toBe(true);
		expect(a.quotes.some((q) => q.kind === 'indirect')).toBe(true);
		expect(a.quotes.filter((q) => q.speaker).length).toBeGreaterThanOrEqual(2);
		expect(a.entities.length).toBeGreaterThan(0);
	});

	it("writes only its own rule and sieve names", () => {
		expect(unknownNames(pack, run(pack, text).a)).toEqual([]);
		// and the check can fail: a name the pack does not declare is reported
		const a = run(pack, text).a;
		a.quotes[0].rule = 'direct.no-such-sieve';
		expect(unknownNames(pack, a)).toEqual(['quote rule direct.no-such-sieve']);
	});

	it('keeps its invariants on texts mixed from its sample, marks and punctuation', () => {
		const words = text.split(/\s+/).filter(Boolean);
		const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom('„', '“', '”', '"', '«', '»', '‚', '‘', ',', '.', ':', '\n\n', ' – '), fc.string({ maxLength: 4 }));
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
				const input = parts.join(' ');
				const { a, ran } = run(pack, input);
				const problems = [...spanProblems(input, a), ...unknownNames(pack, a)];
				if (a.doc.sentences.length > 0 && ran.join() !== packStageNames.join()) problems.push(`stages ran: ${ran.join()}`);
				if (problems.length) throw new Error(`${show(input)}: ${problems.join('; ')}`);
			}),
			{ seed: 20261208, numRuns: 80, endOnFailure: true }
		);
	});
});

describe.each(registered.map((p) => [p.lang, p] as const))('registered pack %s', (_, pack) => {
	it('is the language detected on its sample', () => {
		expect(analyze(sample(pack)).lang).toBe(pack.lang);
	});
});

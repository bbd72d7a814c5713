// Property and fuzz tests: `analyze` never throws (and no stage fails inside it), and every span
// it returns lies within the text, with `text`/`raw` equal to the text at that span. Random
// inputs come from fast-check with a fixed seed and a bounded number of runs; the hard cases
// (5 MB, deep nesting, long lines, binary, markup) are also fixed inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/lib/engine/pipeline.ts';
import type { Analysis, AnalyzeOptions } from '../../src/lib/engine/types.ts';
import { show, spanProblems } from './span-problems.ts';

const demo = readFileSync(new URL('../../src/lib/demo/seed-nordkorea.txt', import.meta.url), 'utf8');
const demoWords = demo.split(/\s+/).filter(Boolean);

const SEED = 20241030;
const RUNS = 60;
const fcOptions = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: true });

/** Analyses `text` (which must not throw) and expects no span problem. */
function check(text: string, options: AnalyzeOptions = {}): Analysis {
	let a: Analysis;
	try {
		a = analyze(text, options);
	} catch (error) {
		throw new Error(`analyze threw on ${show(text)}: ${error instanceof Error ? error.stack : String(error)}`);
	}
	const problems = spanProblems(text, a);
	expect(problems, `input ${show(text)} (length ${text.length})`).toEqual([]);
	return a;
}

/** The same check as a fast-check predicate (false on problems, so that fast-check shrinks). */
const holds = (text: string, options: AnalyzeOptions = {}) => {
	const a = analyze(text, options);
	const problems = spanProblems(text, a);
	if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
	return true;
};

// ---------------------------------------------------------------- arbitraries

const QUOTE_MARKS = ['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹', "'"];
const FRAMES = [', sagte er.', ', betonte sie. ', ' sagte Lloyd Austin: ', ': ', '. ', ', ', '\n', '\n\n', ' – ', 'Das sagte der Sprecher. ', ' laut Angaben von ', ' dass ', ' zufolge '];
const NUMBERISH = ['1.500', '2,5', '12 000', 'rund 3.000 bis 4.000', 'mehr als 100', '20 Prozent', '1,5 Millionen', 'die Hälfte', 'zwei Drittel', '15 Dollar und 15 Cent', 'am 3. Oktober', '2024', 'G20', 'z. B.', 'Dr.', 'Nr. 5', '3.', '-7', '1e308', '9'.repeat(40), '0,000000001'];
const UNICODE_BITS = ['😀', '👍🏽', '👨‍👩‍👧', '🇩🇪', 'e\u0301', 'a\u0308\u0308\u0308', '\u200b', '\u00ad', '\u2028', '\u2029', '\ufeff', '\ud83d', '\ude00', '\u0000', '\u00a0', '\u202f', 'ß', 'İ', 'ﬁ', '\u0301'];

const demoWord = fc.constantFrom(...demoWords);
const sep = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\n\n', ': ', '? ', '! ');

/** Sentences of random words drawn from the demo article. */
const demoSentences = fc
	.array(fc.tuple(demoWord, sep), { maxLength: 80 })
	.map((parts) => parts.map(([w, s]) => w + s).join(''));

/** Quote marks, words, frames and numbers in random order: unbalanced, stray and nested marks. */
const quoteSoup = fc
	.array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), demoWord, fc.constantFrom(...FRAMES), fc.constantFrom(...NUMBERISH)), { maxLength: 80 })
	.map((parts) => parts.join(' ').replace(/ (?=[,.:])/g, ''));

/** Demo words mixed with surrogate pairs, lone surrogates, emoji, combining marks, odd spaces. */
const unicodeMix = fc
	.array(fc.oneof(demoWord, fc.constantFrom(...UNICODE_BITS), fc.constantFrom(...QUOTE_MARKS), sep), { maxLength: 80 })
	.map((parts) => parts.join(''));

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });

const TAGS = ['<p>', '</p>', '<br>', '<br/>', '<b>', '</b>', '<a href="https://example.org/?a=1&b=2">', '</a>', '<div class="x">', '</div>', '<!-- Kommentar -->', '&amp;', '&#8222;', '&#x201C;', '&nbsp;', '<script>var s = "„Hallo“";</script>', '<h1>', '</h1>', '<', '>', '</', '<!--', '-->', '<p class="„x“">'];
const htmlSoup = fc
	.array(fc.oneof(demoWord, fc.constantFrom(...TAGS), sep), { maxLength: 80 })
	.map((parts) => parts.join(' '));

// ---------------------------------------------------------------- fixed inputs

const repeatTo = (s: string, length: number) => s.repeat(Math.ceil(length / s.length)).slice(0, length);

const fixed: [string, string][] = [
	['empty', ''],
	['one space', ' '],
	['whitespace only', ' \t\n\r\n\u00a0\u2003\n\n   '],
	['one letter', 'a'],
	['one quote mark', '„'],
	['only punctuation', '.!?…:;,'],
	['„ without closing', '„Sollten diese Truppen für den Kampf bestimmt sein, würde dies eskalieren, betonte sie.'],
	['„ without closing over paragraphs', '„Das ist der Anfang.\n\nDer zweite Absatz. Und noch einer, sagte er.\n\n„Neu.'],
	['stray closers', 'Er sagte “ nichts » und ging « weg ” davon. Die Zahl: 1.500“ Soldaten«.'],
	['closer before opener', '“Hallo„, sagte er. «Wie?» und »Warum«'],
	['only openers', '„„„„ »»»» ‚‚‚‚ «««« ""'],
	['headline with colon and open quote', 'Austin: „sehr sehr ernst\n\nDer Text folgt.'],
	['split quote with missing end', '„Was genau tun sie dort?“, sagte er, „das bleibt abzuwarten.'],
	['nested single marks', '„Er sagte: ‚Wir kommen‘, und ging“, berichtete sie. ‚Allein‘ und ’Apostroph’s.'],
	['apostrophes', "Rock 'n' Roll, Peter's Haus, geht's gut, 's ist so, sagte er's."],
	['ordinals and abbreviations', 'Am 3. Oktober kam Dr. Meier mit z. B. 2,5 Mio. Euro. Nr. 5 folgte.'],
	['number edge cases', 'Es waren 1.500 bis 3.000, etwa 12 000, mehr als 100 Prozent, 1,5 Millionen, die Hälfte, zwei Drittel, -7, 1e308, 99999999999999999999999999 und 0,5.'],
	['dateline', ' date 2024-10 Wien – Der Text.'],
	['NUL in text', 'Der Geheimdienst\u0000 teilte mit, dass 1.500 Soldaten\u0000 verlegt wurden.'],
	['lone surrogates', '„Hallo\ud83d“, sagte\ude00 er. 😀 „Ja 👍🏽“, betonte sie.'],
	['combining marks only', '\u0301\u0308\u0301\u0308 \u0301'],
	['RTL and BOM', '\ufeffمرحبا „שלום“, sagte er. \u202eumgekehrt\u202c.'],
	['CRLF', 'Zeile eins.\r\n\r\n„Zitat“, sagte er.\r\nNoch eine Zeile\r\n'],
	['quote marks at the end', 'Er sagte: „'],
	['colon at the end', 'Austin:'],
	['speech verb only', 'sagte er.'],
	['many short lines', Array.from({ length: 500 }, (_, i) => (i % 3 ? '„' : '') + 'Zeile ' + i).join('\n')]
];

describe('analyze never throws and every span lies in the text', () => {
	it.each(fixed)('%s', (_name, text) => {
		check(text);
		check(text, { lang: 'en' });
	});

	it('the demo article', () => {
		check(demo);
	});

	it('random sentences of demo-article words', () => {
		fc.assert(fc.property(demoSentences, (t) => holds(t)), fcOptions(100));
	});

	it('unbalanced, stray and nested quote marks with frames and numbers', () => {
		fc.assert(fc.property(quoteSoup, (t) => holds(t)), fcOptions(100));
	});

	it('random unicode: surrogate pairs, lone surrogates, emoji, combining marks', () => {
		fc.assert(fc.property(unicodeMix, (t) => holds(t)), fcOptions());
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => holds(t)), fcOptions());
		fc.assert(fc.property(codeUnits, (t) => holds(t)), fcOptions());
	});

	it('HTML markup', () => {
		fc.assert(fc.property(htmlSoup, (t) => holds(t)), fcOptions());
	});

	it('binary bytes read as UTF-8 and as Latin-1', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
				const b = Buffer.from(bytes);
				return holds(b.toString('utf8')) && holds(b.toString('latin1'));
			}),
			fcOptions()
		);
	});

	it('demo text with random edits at random places', () => {
		const edit = fc.tuple(fc.nat({ max: demo.length }), fc.oneof(fc.constantFrom(...QUOTE_MARKS, ...UNICODE_BITS, ...TAGS, '\n\n', '.', ':'), fc.constant('')), fc.nat({ max: 20 }));
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
				let t = demo;
				for (const [at, insert, del] of edits) {
					const p = Math.min(at, t.length);
					t = t.slice(0, p) + insert + t.slice(p + del);
				}
				return holds(t);
			}),
			fcOptions(40)
		);
	});

	it('deeply nested quotes', () => {
		const open = '„»‚«›"‹“';
		const close = '“«‘»‹"›”';
		for (const depth of [50, 2000]) {
			let t = 'Er sagte: ';
			for (let i = 0; i < depth; i++) t += open[i % open.length] + 'Wort ' + i + ' ';
			t += 'Mitte';
			for (let i = depth - 1; i >= 0; i--) t += close[i % close.length] + ', sagte sie';
			t += '.';
			check(t);
			check(t.slice(0, t.indexOf('Mitte') + 5)); // only openers
		}
	});

	// Sizes are kept moderate so that the suite stays fast: a scanner that is quadratic on these
	// shapes still shows (it times out), and `npm run bench` measures the real cost of size.
	const LONG = 30_000;

	it('very long lines', { timeout: 60_000 }, () => {
		const words = demoWords.filter((w) => /^\p{L}+$/u.test(w)).join(' ');
		check(repeatTo(words + ' ', 100_000)); // one 100 000-character line without a sentence end
		check('„' + repeatTo(words + ' ', LONG) + '“, sagte er.'); // one long quote
		check(repeatTo('Wort', LONG)); // one very long word
		check(repeatTo('„', LONG / 2) + repeatTo('“', LONG / 2)); // quote marks only
		check(repeatTo('1.500 ', LONG)); // numbers only
		check(repeatTo('z. B. ', LONG)); // abbreviations only
		check(repeatTo('.', LONG)); // periods only
		check(repeatTo('Er sagte, ', LONG / 2)); // frames without end
		check(repeatTo('<b>', LONG)); // tags only
	});

	it('long runs that make naive scanners quadratic', { timeout: 60_000 }, () => {
		const n = LONG;
		const runs: [string, string][] = [
			['closing marks before the end', 'Er ' + repeatTo('“ ', n) + 'x'],
			['unclosed comments', repeatTo('<!--', n)],
			['unclosed tags', repeatTo('<a', n)],
			['blanks', 'a\n' + repeatTo(' ', n) + 'b'],
			['digits', repeatTo('1', n)],
			['digit groups', repeatTo('1 ', n)],
			['hyphens', 'a' + repeatTo('-', n)],
			['entities', repeatTo('&amp', n) + '<b>'],
			['sentence ends', repeatTo('. ', n)],
			['?!', repeatTo('?!', n) + ' Ja.'],
			['open quotes with sentence ends', repeatTo('„a. ', n)],
			['initials', repeatTo('A. ', n)],
			['dates', repeatTo('3. 4. ', n)],
			['abbreviations', repeatTo('Dr. ', n)],
			['emoji', repeatTo('😀', n)],
			['combining marks', 'a' + repeatTo('\u0301', n)],
			['brackets', repeatTo('[a. ', n)]
		];
		for (const [name, text] of runs) expect(spanProblems(text, analyze(text)), name).toEqual([]);
	});

	// 5 MB through every stage but question generation (which samples a few quotes and numbers
	// and costs most on huge inputs), and the whole pipeline on ~600 KB
	it('a 5 MB text', { timeout: 120_000 }, () => {
		const big = repeatTo(demo + '\n\n', 5 * 1024 * 1024);
		const a = check(big, { questions: false });
		expect(a.doc.sentences.length).toBeGreaterThan(1000);
		expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});

	it('a 600 KB text with questions', { timeout: 120_000 }, () => {
		const a = check(repeatTo(demo + '\n\n', 600_000));
		expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
	});
});

describe('the span checker', () => {
	it('reports spans outside the text, text that differs, failed stages and bad indexes', () => {
		const text = 'Er sagte, es sei gut. Es waren 1.500 Soldaten.';
		const a = analyze(text, { questions: false });
		expect(spanProblems(text, a)).toEqual([]);
		const speaker = { name: 'er', start: 0, end: 2, sieve: 'test', confidence: 1 };
		a.quotes.push({ start: 10, end: 99, text: 'es', kind: 'indirect', speaker, cue: null, rule: 'test' });
		a.quotes.push({ start: 10, end: 12, text: 'xx', kind: 'indirect', speaker: null, cue: null, rule: 'test', segments: [[11, 12], [10, 11]], nestedIn: 7 });
		a.numbers.push({ start: 31, end: 36, raw: '1.50', value: NaN, approx: false, unit: null, counted: null, source: null, rule: 'test', rangeWith: 9 });
		a.questions.push({ id: 'q', type: 't', target: 'boolean', prompt: '?', evidence: { start: -1, end: 2 }, claim: { evidence: { start: 5, end: 4 } } });
		a.diagnostics.push({ code: 'stage-failed', message: 'numbers: boom', severity: 'error', start: 0, end: 0 });
		const problems = spanProblems(text, a).join('\n');
		for (const part of ['outside the text', 'text "xx"', 'not in order', 'nestedIn 7', 'raw "1.50"', 'value NaN', 'rangeWith 9', 'evidence: span [-1, 2)', 'claim.evidence: span [5, 4)', 'a stage threw: numbers: boom'])
			expect(problems).toContain(part);
	});
});

describe('error inputs return positioned diagnostics', () => {
	const codes = (text: string) => check(text).diagnostics.map((d) => d.code);

	it.each([[''], [' '], ['\n\n\t  \r\n'], ['\u00a0\u2003']])('empty: %j', (text) => {
		const a = check(text);
		const d = a.diagnostics.find((x) => x.code === 'empty');
		expect(d, 'an "empty" diagnostic').toBeDefined();
		expect(d!.severity).toBe('error');
		expect([d!.start, d!.end]).toEqual([0, text.length]);
		expect(a.quotes).toEqual([]);
		expect(a.numbers).toEqual([]);
		expect(a.questions).toEqual([]);
	});

	it('binary: NUL bytes and control characters', () => {
		// a PNG-like header followed by bytes of a fixed pseudo-random sequence
		let x = 12345;
		const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d];
		for (let i = 0; i < 4000; i++) bytes.push((x = (x * 1103515245 + 12345) & 0x7fffffff) >> 16 & 0xff);
		for (const text of [Buffer.from(bytes).toString('utf8'), Buffer.from(bytes).toString('latin1'), '\u0000'.repeat(100), 'Er sagte\u0000\u0001\u0002\u0003\u0004\u0005.']) {
			const a = check(text);
			const d = a.diagnostics.find((x) => x.code === 'binary');
			expect(d, `a "binary" diagnostic for ${show(text)}`).toBeDefined();
			expect(d!.severity).toBe('error');
			expect(d!.end).toBeGreaterThan(d!.start);
			expect(text[d!.start], 'positioned at the first invalid character').toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF\uD800-\uDFFF]/);
			expect(a.quotes).toEqual([]);
			expect(a.numbers).toEqual([]);
		}
	});

	it('a few control characters are a warning, and the text is still analysed', () => {
		const text = demo.replace('Verbündete', 'Verbündete\u0000');
		const a = check(text);
		const d = a.diagnostics.find((x) => x.code === 'control-characters');
		expect(d).toBeDefined();
		expect(d!.severity).toBe('warning');
		expect(d!.start).toBe(text.indexOf('\u0000'));
		expect(codes(text)).not.toContain('binary');
		expect(a.doc.sentences.length).toBeGreaterThan(10);
	});

	it('HTML markup: a "markup" diagnostic at the first tag, and tags are blanked in the working copy', () => {
		const text = '<article><h1>Austin: „sehr ernst“</h1>\n<p>„Was genau tun sie dort?“, sagte er.</p><p>Es sind 1.500&nbsp;Soldaten.</p></article>';
		const a = check(text);
		const d = a.diagnostics.find((x) => x.code === 'markup');
		expect(d, 'a "markup" diagnostic').toBeDefined();
		expect(d!.start).toBe(0);
		expect(text.slice(d!.start, d!.end)).toBe('<');
		expect(a.doc.work).toHaveLength(text.length);
		expect(a.doc.work).not.toMatch(/<\/?[a-z]/);
		for (const s of a.doc.sentences) for (const t of s.tokens) expect(t.text).not.toMatch(/[<>]/);

		const later = 'Der Text beginnt. Dann <b>fett</b> und weiter.';
		const d2 = check(later).diagnostics.find((x) => x.code === 'markup');
		expect(d2?.start).toBe(later.indexOf('<b>'));
	});
});

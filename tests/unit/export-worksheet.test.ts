// Printable worksheet and answer key: their HTML (parsed), and the print in Debian's chromium
// (PDF page count, lines that fit the A4 column, content). Without chromium the browser part is
// skipped with a reason, except under CI, where that is a failure.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { exportAnswerKey, exportWorksheet, layoutLines, renderAnswerKey, renderWorksheet, toItem } from '../../src/lib/export/index.ts';
import type { ExportLesson } from '../../src/lib/export/types.ts';
import { fixtureLesson, NASTY } from './export-fixture.ts';

const lesson = fixtureLesson();
const items = lesson.questions.map((q) => toItem(q, lesson.text, lesson.lang));
const layout = layoutLines(lesson.text);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

const small: ExportLesson = {
	title: 'Kurz',
	lang: 'en',
	text: 'Short headline\n\n"We will see," said the minister on Monday. About 1,500 people came.\n',
	questions: [
		{ id: 'a', type: 'who-said', target: 'speaker', prompt: 'Who said: "We will see"?', answer: 'the minister', options: ['the minister', 'the mayor'], evidence: { start: 16, end: 30 } },
		{ id: 'b', type: 'number-entry', target: 'number', prompt: 'How many people came?', answer: 1500, evidence: { start: 65, end: 70 } },
		{ id: 'c', type: 'true-false', target: 'boolean', prompt: 'True or false? The mayor said it.', answer: false, evidence: { start: 16, end: 30 } }
	]
};

describe('worksheet HTML', () => {
	const html = renderWorksheet(lesson);
	const { document } = parseHTML(html);

	it('escapes all user text', () => {
		expect(document.querySelectorAll('script, b').length).toBe(0);
		expect(document.querySelector('h1')!.textContent).toBe(lesson.title);
		expect(document.querySelector('title')!.textContent).toContain(lesson.title);
		expect(html).not.toContain('<Truppen>');
		expect(document.querySelector('.source')!.textContent).toContain('https://example.org/?a=1&b=<2>');
		expect([...document.querySelectorAll('.q .prompt')].some((p) => p.textContent!.includes(NASTY))).toBe(true);
	});

	it('prints the whole article in numbered lines', () => {
		const lines = [...document.querySelectorAll('.line')];
		expect(lines.length).toBe(layout.lines.length);
		expect(lines.map((l) => Number(l.getAttribute('data-line')))).toEqual(layout.lines.map((l) => l.n));
		expect(squash(lines.map((l) => l.querySelector('.lt')!.textContent).join(' '))).toBe(squash(lesson.text));
		const numbered = lines.filter((l) => l.querySelector('.ln')!.textContent).map((l) => Number(l.querySelector('.ln')!.textContent));
		expect(numbered[0]).toBe(1);
		expect(numbered.slice(1).every((n) => n % 5 === 0)).toBe(true);
		expect(layout.lines.every((l) => l.end - l.start <= 80)).toBe(true);
	});

	it('asks every question in order, with its choices', () => {
		const qs = [...document.querySelectorAll('.q')];
		expect(qs.map((q) => q.getAttribute('data-id'))).toEqual(items.map((i) => i.q.id));
		qs.forEach((q, k) => {
			const it = items[k];
			if (it.kind === 'choice') expect(q.querySelectorAll('.choices li').length).toBe(it.choices.length);
			if (it.kind === 'boolean') expect(q.querySelectorAll('.choices li').length).toBe(2);
			if (it.kind === 'match') expect(q.querySelectorAll('tbody tr').length).toBe(it.pairs.length);
			if (it.kind === 'cloze') expect(q.querySelector('.gap')).toBeTruthy();
			// no answer is given away: the right answer of a typed question is not on the sheet
			if (it.kind === 'text' && !it.prompt.includes(it.accept[0])) expect(q.textContent).not.toContain(it.accept[0]);
		});
	});

	it('gives answers and evidence line numbers in the separate key', () => {
		const key = parseHTML(renderAnswerKey(lesson)).document;
		const rows = [...key.querySelectorAll('tbody tr')];
		expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(items.map((i) => i.q.id));
		rows.forEach((row, k) => {
			const it = items[k];
			const cells = row.querySelectorAll('td');
			const ev = cells[2].textContent!;
			const refs = [...ev.matchAll(/(\d+)(?:–(\d+))?/g)].map((m) => [Number(m[1]), Number(m[2] ?? m[1])]);
			expect(refs.length, it.q.id).toBeGreaterThan(0);
			if (it.kind !== 'mark' && it.kind !== 'match') {
				const [a, b] = refs[0];
				expect(layout.lines[a - 1].start).toBeLessThanOrEqual(it.q.evidence.start);
				expect(layout.lines[b - 1].end).toBeGreaterThanOrEqual(it.q.evidence.end);
			}
			if (it.kind === 'choice') expect(cells[1].textContent).toContain(it.choices.find((c) => c.correct)!.text);
			if (it.kind === 'text') expect(cells[1].textContent).toContain(it.accept[0]);
			if (it.kind === 'boolean') expect(cells[1].textContent).toContain(it.answer ? 'richtig' : 'falsch');
		});
		expect(key.querySelectorAll('.lines').length).toBe(0);
	});

	it('returns bytes, names and the loss list', () => {
		const w = exportWorksheet(lesson);
		expect(w.mime).toMatch(/^text\/html/);
		expect(w.filename).toMatch(/\.worksheet\.html$/);
		expect(exportAnswerKey(lesson).filename).toMatch(/\.key\.html$/);
		expect(w.losses.map((l) => l.message)).toEqual([expect.stringMatching(/^Worksheet: /)]);
	});
});

// ------------------------------------------------------------------------------------------

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
type Browser = import('playwright-core').Browser;
let browser: Browser | null = null;
let skipReason = '';

async function launch(): Promise<void> {
	if (!existsSync(CHROMIUM)) {
		skipReason = `chromium not found at ${CHROMIUM} (apt-get install -y chromium)`;
		return;
	}
	let chromium: typeof import('playwright-core').chromium;
	try {
		({ chromium } = await import('playwright-core'));
	} catch (error) {
		skipReason = `playwright-core is not installed (${error instanceof Error ? error.message : String(error)})`;
		return;
	}
	browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
/** the A4 text column of the print stylesheet (210 mm less 2 × 18 mm), in CSS pixels */
const A4_COLUMN_PX = Math.floor(((210 - 36) / 25.4) * 96);

async function printed(html: string) {
	const page = await browser!.newPage({ viewport: { width: A4_COLUMN_PX, height: 1000 } });
	try {
		await page.setContent(html, { waitUntil: 'load' });
		await page.emulateMedia({ media: 'print' });
		const overflowing = await page.evaluate(() => {
			const range = document.createRange();
			return [...document.querySelectorAll('.line .lt')].filter((el) => {
				range.selectNodeContents(el);
				return range.getBoundingClientRect().right > el.getBoundingClientRect().right + 0.5;
			}).length;
		});
		const text = await page.evaluate(() => document.body.innerText);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		return { pages: pdfPages(pdf), overflowing, text, pdf };
	} finally {
		await page.close();
	}
}

describe('worksheet printed in chromium', () => {
	beforeAll(async () => {
		await launch();
		if (skipReason) {
			if (process.env.CI) throw new Error(`worksheet print test cannot run under CI: ${skipReason}`);
			console.log(`worksheet print test skipped: ${skipReason}`);
		}
	}, 60_000);
	afterAll(async () => {
		await browser?.close();
	});

	it('prints the demo lesson on a few A4 pages, every line inside the column', async (ctx) => {
		if (!browser) return ctx.skip();
		const r = await printed(renderWorksheet(lesson));
		expect(r.pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(r.overflowing).toBe(0);
		expect(r.pages).toBeGreaterThanOrEqual(3);
		expect(r.pages).toBeLessThanOrEqual(12);
		const text = squash(r.text);
		expect(text).toContain(squash(lesson.title));
		for (const it of items) if (it.kind !== 'cloze') expect(text, it.q.id).toContain(squash(it.prompt));
		expect(text).toContain('Was genau tun sie dort? Das bleibt abzuwarten');
	});

	it('prints a short lesson on one page and its key separately', async (ctx) => {
		if (!browser) return ctx.skip();
		const sheet = await printed(renderWorksheet(small));
		expect(sheet.pages).toBe(1);
		expect(sheet.overflowing).toBe(0);
		expect(sheet.text).toContain('Who said: "We will see"?');
		expect(sheet.text).not.toContain('1,500 (');
		const key = await printed(renderAnswerKey(small));
		expect(key.pages).toBe(1);
		expect(key.text).toMatch(/the minister[\s\S]*l\. 2/);
		expect(key.text).toContain('1,500');
	});

	it('prints the demo answer key', async (ctx) => {
		if (!browser) return ctx.skip();
		const key = await printed(renderAnswerKey(lesson));
		expect(key.pages).toBeGreaterThanOrEqual(1);
		expect(key.pages).toBeLessThanOrEqual(8);
		expect(squash(key.text)).toContain('Z. ');
	});
});

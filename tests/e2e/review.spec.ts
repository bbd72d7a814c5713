// The teacher's review (confirming an unsure speaker, actions in place, with and without
// JavaScript), the student's no-JS submit with open questions, and every page through axe at
// 1280 and 360 px, with and without JavaScript, in German and English, with a screenshot of each
// (written to screenshots/, see README).
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';

const ARTICLE = readFileSync('tests/fixtures/unsure-speaker.txt', 'utf8');
const SHOTS = 'screenshots';
mkdirSync(SHOTS, { recursive: true });

async function axe(page: Page, what: string): Promise<void> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

/** A context in which the page's own scripts never run (every script request is refused), while
 * Playwright and axe can still evaluate: the page as a browser without JavaScript gets it. */
async function withoutScripts(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
	const context = await browser.newContext(options);
	await context.route(/\.m?js(\?|$)/, (route) => route.abort());
	return context;
}

type State = Awaited<ReturnType<BrowserContext['storageState']>>;
let teacherState: State;
let studentDoneState: State;
let studentOpenState: State;
let lessonId = '';
let code = '';

async function newLesson(page: Page, title: string): Promise<string> {
	await page.goto('/lessons/new');
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Text einfügen').fill(ARTICLE);
	await page.getByRole('button', { name: 'Lektion erstellen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
	return page.url().split('/').pop()!;
}

async function student(browser: Browser, nickname: string): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`/join?code=${code}`);
	await page.getByLabel('Spitzname').fill(nickname);
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page).toHaveURL(new RegExp(`/q/${code}$`));
	return { context, page };
}

test.describe.configure({ mode: 'serial' });

test('an unsure speaker confirmed in the review becomes a question with that key; actions keep the place', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/signup');
	await page.getByLabel('E-Mail-Adresse').fill(`pruefen-${Date.now()}@schule.example`);
	await page.getByLabel('Passwort').fill('geheim-genug');
	await page.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(page).toHaveURL(/\/lessons$/);
	lessonId = await newLesson(page, 'Laptops');

	const toCheck = page.locator('#to-check');
	await expect(toCheck.getByRole('heading', { name: /Zu prüfen/ })).toBeVisible();
	const card = toCheck.locator('.check', { hasText: 'Wir warten seit zwei Jahren' });
	await expect(card).toContainText('Vermutung der Analyse: Lehrer Tom Berger');
	await expect(page.locator('.qcard h3', { hasText: 'zwei Jahren' }).filter({ hasText: 'sagte' })).toHaveCount(0);
	await card.getByRole('button', { name: 'Lehrer Tom Berger bestätigen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Sprecher gespeichert: Lehrer Tom Berger' })).toBeVisible();
	await expect(toCheck.locator('.check', { hasText: 'Wir warten seit zwei Jahren' })).toHaveCount(0);
	const made = page.locator('.qcard', { hasText: 'von dir bestätigt' }).filter({ hasText: 'zwei Jahren' });
	await expect(made.first()).toBeVisible();
	await expect(made.first()).toContainText('Tom Berger');

	// a move keeps the scroll position and says so
	const cards = page.locator('.qcard:not(.check)');
	const third = cards.nth(2);
	await third.scrollIntoViewIfNeeded();
	await page.evaluate(() => window.scrollBy(0, 50));
	const before = await page.evaluate(() => window.scrollY);
	expect(before).toBeGreaterThan(100);
	const movedId = await third.getAttribute('id');
	await third.getByRole('button', { name: /Nach oben/ }).click();
	await expect(page.locator(`#${movedId}`).getByRole('status')).toContainText('Reihenfolge gespeichert');
	expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(400);

	// delete, then undo (focus goes to it)
	const count = await cards.count();
	const firstTitle = await cards.first().locator('h3').textContent();
	await cards.first().getByRole('button', { name: /Löschen/ }).click();
	const undo = page.getByRole('button', { name: 'Rückgängig' });
	await expect(undo).toBeFocused();
	await expect(cards).toHaveCount(count - 1);
	await undo.click();
	await expect(cards).toHaveCount(count);
	await expect(cards.first().locator('h3')).toHaveText(firstTitle!);
	teacherState = await context.storageState();

	// without JavaScript an action returns to the card's anchor, its message at the card's top
	const nojs = await browser.newContext({ javaScriptEnabled: false, storageState: teacherState });
	const p2 = await nojs.newPage();
	await p2.goto(`/lessons/${lessonId}`);
	const second = p2.locator('.qcard:not(.check)').nth(1);
	const id = await second.getAttribute('id');
	await second.getByRole('button', { name: /Nach unten/ }).click();
	await expect(p2).toHaveURL(new RegExp(`#${id}$`));
	await expect(p2.locator(`#${id}`).getByRole('status')).toContainText('Reihenfolge gespeichert');
	expect(await p2.evaluate(() => window.scrollY)).toBeGreaterThan(100);
	await nojs.close();

	// publish for the students
	await page.goto(`/lessons/${lessonId}/publish`);
	await page.getByRole('button', { name: 'Veröffentlichen' }).click();
	code = (await page.getByTestId('join-code').textContent())!.trim();
	await context.close();
});

test('without JavaScript, submitting with open questions lands on a summary at the top, linked to them', async ({ browser }) => {
	const context = await withoutScripts(browser, { viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(`/join?code=${code}`);
	await expect(page.getByRole('link', { name: 'Anmelden' })).toHaveCount(0);
	await page.getByLabel('Spitzname').fill('Ohne Skript');
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page.getByText(/\d+ Fragen, etwa \d+ Minuten/)).toBeVisible();
	await page.getByRole('button', { name: 'Abgeben', exact: true }).click();
	const summary = page.locator('.error-summary');
	await expect(summary).toBeVisible();
	await expect(summary).toBeFocused();
	expect((await summary.boundingBox())!.y).toBeLessThan(740);
	const link = summary.getByRole('link').first();
	const href = await link.getAttribute('href');
	await expect(page.locator(href!)).toHaveCount(1);
	await axe(page, 'open questions summary (no JS)');
	await summary.getByRole('button', { name: 'Trotzdem abgeben' }).click();
	await expect(page.getByText(/Du hast .* von \d+ Punkten/)).toBeVisible();
	studentDoneState = await context.storageState();
	await context.close();
	const open = await student(browser, 'Noch dabei');
	studentOpenState = await open.context.storageState();
	await open.context.close();
});

const pages = (id: string): [string, string, 'teacher' | 'done' | 'open' | 'none'][] => [
	['home', '/', 'none'],
	['signup', '/signup', 'none'],
	['login', '/login', 'none'],
	['lessons', '/lessons', 'teacher'],
	['new-lesson', '/lessons/new', 'teacher'],
	['review', `/lessons/${id}`, 'teacher'],
	['publish', `/lessons/${id}/publish`, 'teacher'],
	['results', `/lessons/${id}/results`, 'teacher'],
	['join', `/join?code=${code}`, 'none'],
	['quiz', `/q/${code}`, 'open'],
	['feedback', `/q/${code}`, 'done']
];

for (const js of [true, false]) {
	for (const lang of ['de', 'en'] as const) {
		test(`every page passes axe at 1280 and 360 px (${lang}, ${js ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
			test.setTimeout(240_000);
			const states = { teacher: teacherState, done: studentDoneState, open: studentOpenState, none: undefined };
			for (const [name, path, who] of pages(lessonId)) {
				for (const width of [1280, 360]) {
					const options = { viewport: { width, height: width > 400 ? 900 : 740 }, storageState: states[who] };
					const context = js ? await browser.newContext(options) : await withoutScripts(browser, options);
					// teacher pages follow the language cookie; a student's follow the (German) lesson
					await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: lang, url: test.info().project.use.baseURL! }]);
					const page = await context.newPage();
					await page.goto(path);
					await axe(page, `${name} ${width}px ${lang} ${js ? 'js' : 'nojs'}`);
					await page.screenshot({ path: `${SHOTS}/${name}-${width}-${lang}${js ? '' : '-nojs'}.png`, fullPage: true });
					expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width}px is wider than the screen`).toBeLessThanOrEqual(width);
					await context.close();
				}
			}
		});
	}
}

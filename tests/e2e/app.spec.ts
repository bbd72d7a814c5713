import { expect, test, type Page, type Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const ARTICLE = [
	'Neue Radwege für die Innenstadt',
	'',
	'Die Stadt will in diesem Jahr 12 Kilometer neue Radwege bauen. „Wir machen die Innenstadt sicherer“, sagte Verkehrsdezernentin Julia Brandt am Dienstag.',
	'',
	'Der Fahrradclub ist skeptisch. „Zwölf Kilometer sind ein Anfang, mehr nicht“, erklärte Vereinschef Martin Olsen. Nach Angaben des Clubs fehlen rund 40 Kilometer.'
].join('\n');

const UPLOAD = [
	'Schule bekommt neue Mensa',
	'',
	'Die Gesamtschule erhält eine Mensa für 300 Schülerinnen und Schüler. „Darauf haben wir lange gewartet“, sagte Schulleiterin Petra Lang.'
].join('\n');

/** answer-key fields: none may appear as a key in any HTML or JSON a student gets before submitting */
const KEY_PATTERN = /(?:^|[{,\s"])(answer|accept|pairs|evidence|explanation|speaker|correct|claim|context|diagnosis|results)"?\s*:/;

async function axe(page: Page, what: string): Promise<void> {
	const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(result.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

test('the quiz works without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const demo = page.getByRole('link', { name: 'Demo-Quiz' });
	test.skip((await demo.count()) === 0, 'the demo lesson was adopted by an earlier test');
	await demo.click();
	await page.getByLabel('Spitzname').fill('Ohne JS');
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page.getByRole('heading', { name: 'Fragen' })).toBeVisible();
	const first = page.locator('.question').first();
	const radios = first.getByRole('radio');
	if (await radios.count()) await radios.first().check();
	else if (await first.getByRole('textbox').count()) await first.getByRole('textbox').fill('1');
	else if (await first.getByRole('checkbox').count()) await first.getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Zwischenspeichern' }).click();
	await expect(page.getByText('Gespeichert', { exact: true }).first()).toBeVisible();
	await page.getByRole('button', { name: 'Abgeben', exact: true }).click();
	const anyway = page.getByRole('button', { name: 'Trotzdem abgeben' });
	if (await anyway.count()) await anyway.click();
	await expect(page.getByText(/Du hast .* von \d+ Punkten/)).toBeVisible();
	await context.close();
});

test('teacher publishes, a student takes the quiz, the teacher sees the result', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	const email = `lehrer-${Date.now()}@schule.example`;

	// sign up
	await teacher.goto('/signup');
	await axe(teacher, 'signup');
	await teacher.getByLabel('E-Mail-Adresse').fill(email);
	await teacher.getByLabel('Passwort').fill('geheim-genug');
	await teacher.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(teacher).toHaveURL(/\/lessons$/);
	await axe(teacher, 'lessons');

	// a lesson from an uploaded file
	await teacher.getByRole('link', { name: 'Neue Lektion' }).click();
	await teacher.getByLabel('Datei hochladen (.txt oder .html)').setInputFiles({ name: 'mensa.txt', mimeType: 'text/plain', buffer: Buffer.from(UPLOAD) });
	await teacher.getByRole('button', { name: 'Lektion erstellen' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toContainText('mensa');
	await expect(teacher.locator('.article')).toContainText('Darauf haben wir lange gewartet');

	// a lesson from pasted text
	await teacher.goto('/lessons/new');
	await axe(teacher, 'new lesson');
	await teacher.getByLabel('Titel').fill('Radwege');
	await teacher.getByLabel('Text einfügen').fill(ARTICLE);
	await teacher.getByRole('button', { name: 'Lektion erstellen' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toContainText('Radwege');
	await expect(teacher.locator('.article')).toContainText('Wir machen die Innenstadt sicherer');

	// one question of our own, so that the test knows at least one answer
	await teacher.getByText('Frage hinzufügen').first().click();
	await teacher.getByLabel('Typ', { exact: true }).selectOption('choice');
	await teacher.locator('#new-prompt').fill('Wer sagte: „Zwölf Kilometer sind ein Anfang, mehr nicht“?');
	await teacher.locator('#new-answer').fill('Martin Olsen');
	await teacher.locator('#new-options').fill('Julia Brandt\nMartin Olsen\nPetra Lang');
	await teacher.locator('#new-evidence').fill('Zwölf Kilometer sind ein Anfang, mehr nicht');
	await teacher.getByRole('button', { name: 'Frage hinzufügen' }).click();
	await expect(teacher.locator('.qcard').last()).toContainText('Zwölf Kilometer sind ein Anfang');
	await teacher.locator('.qcard').last().getByRole('link', { name: 'Im Text zeigen' }).click();
	await expect(teacher.locator('.article .current').first()).toContainText('Zwölf Kilometer');
	await axe(teacher, 'review');

	// publish
	await teacher.getByRole('link', { name: 'Veröffentlichen' }).first().click();
	await teacher.getByRole('button', { name: 'Veröffentlichen' }).click();
	const code = (await teacher.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await expect(teacher.getByRole('img', { name: /QR-Code/ })).toBeVisible();
	await axe(teacher, 'publish');

	// the student, on a phone-sized screen, without an account
	const studentContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const student = await studentContext.newPage();
	const bodies: { url: string; body: string }[] = [];
	let submitted = false;
	student.on('response', async (res: Response) => {
		if (submitted) return;
		const type = res.headers()['content-type'] ?? '';
		if (!/html|json|javascript/.test(type)) return;
		try {
			bodies.push({ url: res.url(), body: await res.text() });
		} catch {
			/* redirects have no body */
		}
	});
	await student.goto('/');
	await axe(student, 'join');
	await student.getByLabel('Code').fill(code.toLowerCase());
	await student.getByLabel('Spitzname').fill('Lena');
	await student.getByRole('button', { name: 'Beitreten' }).click();
	await expect(student).toHaveURL(new RegExp(`/q/${code}$`));
	await expect(student.locator('.article')).toContainText('Wir machen die Innenstadt sicherer');
	await axe(student, 'quiz');
	const width = await student.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(360);

	// answer every question somehow; ours right
	const own = student.getByRole('group', { name: /Zwölf Kilometer sind ein Anfang/ });
	await own.getByRole('radio', { name: 'Martin Olsen' }).check();
	for (const q of await student.locator('.question').all()) {
		if (await q.getByRole('radio', { checked: true }).count()) continue;
		const radios = q.getByRole('radio');
		if (await radios.count()) {
			await radios.first().check();
			continue;
		}
		for (const select of await q.getByRole('combobox').all()) await select.selectOption({ index: 1 });
		const boxes = q.getByRole('checkbox');
		if (await boxes.count()) await boxes.first().check();
		const box = q.getByRole('textbox');
		if (await box.count()) await box.fill('12');
	}
	await expect(student.getByRole('status').filter({ hasText: 'Gespeichert' })).toBeVisible();

	// a reload loses nothing
	await student.reload();
	await expect(student.getByRole('group', { name: /Zwölf Kilometer sind ein Anfang/ }).getByRole('radio', { name: 'Martin Olsen' })).toBeChecked();
	const total = await student.locator('.question').count();
	await expect(student.getByText(`${total} von ${total} beantwortet`)).toBeVisible();

	// a dropped connection is reported, and the next change saves again
	const ownAgain = student.getByRole('group', { name: /Zwölf Kilometer sind ein Anfang/ });
	await studentContext.setOffline(true);
	await ownAgain.getByRole('radio', { name: 'Julia Brandt' }).check();
	await expect(student.getByText(/Nicht gespeichert/)).toBeVisible();
	await studentContext.setOffline(false);
	await ownAgain.getByRole('radio', { name: 'Martin Olsen' }).check();
	await expect(student.getByRole('status').filter({ hasText: /^Gespeichert$/ })).toBeVisible();

	// nothing of the answer key reached the browser before submission
	expect(bodies.length).toBeGreaterThan(3);
	for (const { url, body } of bodies) {
		if (/\.js($|\?)/.test(url)) {
			// scripts are the same static code for everyone: nothing of this lesson may be in them
			expect(body, `lesson data in ${url}`).not.toContain('Zwölf Kilometer sind ein Anfang');
			continue;
		}
		expect(body.match(KEY_PATTERN)?.[0], `answer key field in ${url}`).toBeUndefined();
		expect(body, `speaker markup in ${url}`).not.toContain('spk-tag');
	}

	// submit once
	submitted = true;
	await student.getByRole('button', { name: 'Abgeben', exact: true }).click();
	await expect(student.getByText(/Du hast .* von \d+ Punkten/)).toBeVisible();
	await expect(student.locator('.feedback').first()).toBeVisible();
	const ownFeedback = student.locator('.feedback', { hasText: 'Zwölf Kilometer sind ein Anfang' }).last();
	await expect(ownFeedback).toContainText('Richtig');
	await ownFeedback.getByRole('link', { name: 'Beleg im Artikel zeigen' }).click();
	await expect(student.locator('.article .current').first()).toContainText('Zwölf Kilometer');
	await axe(student, 'feedback');
	expect(await student.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	// the teacher sees the result
	await teacher.getByRole('link', { name: 'Ergebnisse' }).first().click();
	await expect(teacher.getByRole('rowheader', { name: 'Lena' })).toBeVisible();
	await expect(teacher.getByText('1 Abgabe').first()).toBeVisible();
	await axe(teacher, 'results');
	const csv = await teacher.request.get(teacher.url().replace(/results$/, 'results.csv'));
	// German interface: ; between cells, one row per question of Lena's attempt
	expect((await csv.text()).split('\r\n').filter((row) => row.startsWith('Lena;')).length).toBeGreaterThan(0);

	await studentContext.close();
	await teacherContext.close();
});

const ENGLISH_ARTICLE = [
	'Library to open on Sundays',
	'',
	'The city library will open on Sundays from March, the council announced on Monday. “Reading should not stop at the weekend,” said librarian Grace Holloway.',
	'',
	'The longer hours will cost about 85,000 pounds a year, according to the council. “We will watch closely how many people come,” councillor Tom Baker told reporters.'
].join('\n');

test('the language switch works without JavaScript and keeps the page', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/login');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/login$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await context.close();
});

test("a wrong join code is answered in the browser's language, a chosen language wins", async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await page.goto('/join?code=ZZZZZZ');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Nickname').fill('Sam');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByText('There is no quiz with this code. Please check the code.')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await axe(page, 'failed join (en)');
	// the switch in the header beats the browser
	await page.getByRole('button', { name: 'Deutsch' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await page.getByLabel('Code', { exact: true }).fill('ZZZZZZ');
	await page.getByLabel('Spitzname').fill('Sam');
	await page.getByRole('button', { name: 'Beitreten' }).click();
	await expect(page.getByText('Zu diesem Code gibt es kein Quiz. Bitte den Code prüfen.')).toBeVisible();
	await context.close();
});

test('English: the teacher switches the interface, an English lesson reaches the student in English', async ({ browser }) => {
	const teacherContext = await browser.newContext();
	const teacher = await teacherContext.newPage();
	await teacher.goto('/signup');
	await teacher.getByLabel('E-Mail-Adresse').fill(`teacher-${Date.now()}@school.example`);
	await teacher.getByLabel('Passwort').fill('secret-enough');
	await teacher.getByRole('button', { name: 'Konto anlegen' }).click();
	await expect(teacher).toHaveURL(/\/lessons$/);

	// switch the interface: remembered in a cookie, rendered by the server
	await teacher.getByRole('button', { name: 'English' }).click();
	await expect(teacher.getByRole('heading', { level: 1, name: 'My lessons' })).toBeVisible();
	await expect(teacher.locator('html')).toHaveAttribute('lang', 'en');
	await teacher.reload();
	await expect(teacher.getByRole('link', { name: 'New lesson' })).toBeVisible();
	await axe(teacher, 'lessons (en)');

	await teacher.getByRole('link', { name: 'New lesson' }).click();
	await teacher.getByLabel('Title').fill('Sunday library');
	await teacher.getByLabel('Paste text').fill(ENGLISH_ARTICLE);
	await axe(teacher, 'new lesson (en)');
	await teacher.getByRole('button', { name: 'Create lesson' }).click();
	await expect(teacher.getByRole('heading', { level: 1 })).toContainText('Sunday library');
	await expect(teacher.locator('.qcard').first()).toBeVisible();
	await axe(teacher, 'review (en)');

	await teacher.getByRole('link', { name: 'Publish' }).first().click();
	await teacher.getByRole('button', { name: 'Publish' }).click();
	const code = (await teacher.getByTestId('join-code').textContent())!.trim();
	await expect(teacher.getByRole('img', { name: /QR code/ })).toBeVisible();

	// a student without a language cookie in a German browser: the lesson's language wins
	const studentContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const student = await studentContext.newPage();
	await student.goto(`/j/${code}`);
	await expect(student.getByRole('heading', { level: 1, name: 'Join a quiz' })).toBeVisible();
	await expect(student.locator('html')).toHaveAttribute('lang', 'en');
	await axe(student, 'join (en)');
	await student.getByLabel('Nickname').fill('Sam');
	await student.getByRole('button', { name: 'Join' }).click();
	await expect(student).toHaveURL(new RegExp(`/q/${code}$`));
	await expect(student.getByRole('heading', { name: 'Questions' })).toBeVisible();
	await expect(student.getByRole('button', { name: 'Submit', exact: true })).toBeVisible();
	await expect(student.getByRole('button', { name: 'Save for now' })).toBeVisible();
	await expect(student.locator('.article')).toContainText('Reading should not stop at the weekend');
	await expect(student.getByText('Abgeben')).toHaveCount(0);
	await axe(student, 'quiz (en)');

	await teacherContext.close();
	await studentContext.close();
});

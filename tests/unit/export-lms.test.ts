// Moodle XML, GIFT, QTI 3.0 and H5P exports of a lesson with every question type, parsed back
// (XML parser, unzip, a GIFT reader that follows Moodle's import) and checked for structure and
// answer keys.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { exportGift, exportH5p, exportMoodle, exportQti, giftEscape, toItem, H5P_LIBRARIES } from '../../src/lib/export/index.ts';
import { TEXTS, namesSpeaker, plainNumber, type Item } from '../../src/lib/export/common.ts';
import { clozeAnswer, moodleNumber } from '../../src/lib/export/moodle.ts';
import { ALL_TYPES, NASTY, fixtureLesson } from './export-fixture.ts';

const lesson = fixtureLesson();
const items: Item[] = lesson.questions.map((q) => toItem(q, lesson.text, lesson.lang));
const byId = new Map(items.map((i) => [i.q.id, i]));

const unescapeHtml = (s: string) =>
	s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e as 'lt']!);
const correctChoice = (it: Item) => (it.kind === 'choice' ? it.choices.find((c) => c.correct)!.text : '');
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function findAll(node: unknown, name: string, out: unknown[] = []): unknown[] {
	if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
	else if (node && typeof node === 'object')
		for (const [k, v] of Object.entries(node)) {
			if (k === name) out.push(...asArray(v));
			findAll(v, name, out);
		}
	return out;
}
const textOf = (n: unknown): string => (typeof n === 'string' || typeof n === 'number' ? String(n) : n && typeof n === 'object' ? String((n as Record<string, unknown>)['#text'] ?? '') : '');

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('fixture', () => {
	it('has every question type and each reads as an exportable item', () => {
		const types = new Set(lesson.questions.map((q) => q.type));
		for (const t of ALL_TYPES) expect(types, t).toContain(t);
		expect(items.filter((i) => i.kind === 'unsupported')).toEqual([]);
		for (const k of ['choice', 'text', 'number', 'boolean', 'cloze', 'match', 'mark']) expect(items.some((i) => i.kind === k), k).toBe(true);
	});
});

describe('Moodle XML', () => {
	const r = exportMoodle(lesson);
	const xml = new TextDecoder().decode(r.bytes);
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (n) => ['question', 'answer', 'subquestion'].includes(n) });
	const quiz = parser.parse(xml).quiz;
	const questions = quiz.question as Record<string, any>[];
	const q = (id: string) => questions.find((x) => x.idnumber === id)!;

	it('is well-formed XML with a category, the article and one question per item', () => {
		expect(XMLValidator.validate(xml)).toBe(true);
		expect(r.mime).toBe('application/xml');
		expect(r.filename).toMatch(/\.moodle\.xml$/);
		expect(questions[0]['@_type']).toBe('category');
		expect(questions[1]['@_type']).toBe('description');
		expect(unescapeHtml(questions[1].questiontext.text)).toContain('„Was genau tun sie dort? Das bleibt abzuwarten“');
		expect(questions.length).toBe(items.length + 2);
		expect(new Set(questions.map((x) => x['@_type']))).toEqual(new Set(['category', 'description', 'multichoice', 'shortanswer', 'numerical', 'truefalse', 'matching', 'cloze']));
	});

	it('keeps every answer key', () => {
		for (const it of items) {
			const x = q(it.q.id);
			expect(x, it.q.id).toBeTruthy();
			const answers = asArray(x.answer) as Record<string, any>[];
			switch (it.kind) {
				case 'choice': {
					expect(x['@_type']).toBe('multichoice');
					const right = answers.filter((a) => a['@_fraction'] === '100');
					expect(right.length).toBe(1);
					expect(unescapeHtml(right[0].text)).toBe(correctChoice(it));
					expect(answers.length).toBe(it.choices.length);
					break;
				}
				case 'text':
				case 'mark':
					expect(x['@_type']).toBe('shortanswer');
					expect(answers.map((a) => a.text)).toEqual(it.accept.map((a) => a.replace(/\*/g, '\\*')));
					break;
				case 'number': {
					const typed = moodleNumber(it, it.q, lesson.text, lesson.lang);
					if (typed.kind === 'spellings') {
						expect(x['@_type']).toBe('shortanswer');
						expect(answers.map((a) => a.text)).toEqual(typed.accept);
						break;
					}
					expect(x['@_type']).toBe('numerical');
					expect(answers[0].text).toBe(plainNumber(it.answer));
					// together the answers accept exactly [min, max]
					const lo = Math.min(...answers.map((a) => Number(a.text) - Number(a.tolerance)));
					const hi = Math.max(...answers.map((a) => Number(a.text) + Number(a.tolerance)));
					expect([lo, hi]).toEqual([it.min, it.max]);
					break;
				}
				case 'boolean':
					expect(x['@_type']).toBe('truefalse');
					expect(answers.find((a) => a['@_fraction'] === '100')?.text).toBe(String(it.answer));
					break;
				case 'cloze': {
					expect(x['@_type']).toBe('cloze');
					const text = unescapeHtml(x.questiontext.text);
					if (it.gap.kind === 'text') expect(text).toContain(`{1:SHORTANSWER:${it.gap.accept.map((a) => `%100%${unescapeHtml(clozeAnswer(a))}`).join('~')}}`);
					else if (moodleNumber(it.gap, it.q, lesson.text, lesson.lang).kind === 'spellings') expect(text).toMatch(/\{1:SHORTANSWER:/);
					else expect(text).toMatch(new RegExp(`\\{1:NUMERICAL:%100%${plainNumber(it.gap.answer)}:`));
					expect(text.match(/\{1:/g)?.length).toBe(1);
					break;
				}
				case 'match': {
					expect(x['@_type']).toBe('matching');
					const subs = x.subquestion as Record<string, any>[];
					const real = subs.filter((s) => s.text);
					expect(real.map((s) => s.answer[0].text)).toEqual(it.pairs.map((p) => p.answer));
					expect(new Set(subs.map((s) => s.answer[0].text)).size).toBeGreaterThanOrEqual(3);
					break;
				}
			}
		}
	});

	it.each([
		["O'Brien", "O'Brien"],
		['a}b', 'a\\}b'],
		['#~/"', '\\#&#126;/"'],
		['C\\x', 'C&#92;x'],
		['L*A', 'L\\*A'],
		['<b>&', '&lt;b&gt;&#38;']
	])('escapes the cloze answer %j', (input, expected) => expect(clozeAnswer(input)).toBe(expected));

	it('escapes user text and lists what is lost', () => {
		expect(xml).not.toContain('<b>&');
		const nasty = q('h-who-said');
		expect(unescapeHtml(nasty.questiontext.text)).toContain(NASTY);
		const codes = r.losses.map((l) => l.code);
		expect(codes).toContain('evidence');
		expect(codes).toContain('mark');
		expect(r.losses.every((l) => l.message.startsWith('Moodle XML: '))).toBe(true);
		expect(r.losses.find((l) => l.code === 'mark')!.questions).toContain('h-mark');
	});
});

// ------------------------------------------------------------------------------------------
// GIFT, read back the way Moodle's qformat_gift reads it

const PLACE: [string, string][] = [['\\:', '\u0001'], ['\\#', '\u0002'], ['\\=', '\u0003'], ['\\{', '\u0004'], ['\\}', '\u0005'], ['\\~', '\u0006'], ['\\n', '\u0007']];
const giftPre = (s: string) => PLACE.reduce((acc, [e, p]) => acc.split(e).join(p), s.split('\\\\').join('\u0000')).split('\u0000').join('\\');
const giftPost = (s: string) => PLACE.reduce((acc, [e, p]) => acc.split(p).join(e === '\\n' ? '\n' : e.slice(1)), s);

interface GiftQuestion {
	name: string;
	type: string;
	text: string;
	answers: { text: string; right: boolean }[];
	feedback: string;
}

function readGift(src: string): GiftQuestion[] {
	const out: GiftQuestion[] = [];
	for (const block of src.split(/\n[ \t]*\n/)) {
		let text = giftPre(block.split('\n').map((l) => (l.trim().startsWith('//') ? ' ' : l)).join('\n').trim());
		if (!text || text.startsWith('$CATEGORY:')) continue;
		let name = '';
		if (text.startsWith('::')) {
			const end = text.indexOf('::', 2);
			name = giftPost(text.slice(2, end));
			text = text.slice(end + 2).trim();
		}
		const a = text.indexOf('{'), b = text.indexOf('}');
		if (a < 0 && b < 0) {
			out.push({ name, type: 'description', text: giftPost(text), answers: [], feedback: '' });
			continue;
		}
		if (a < 0 || b < 0 || text.indexOf('{', a + 1) >= 0 || text.indexOf('}', b + 1) >= 0) throw new Error(`brace error in ${name}`);
		let answer = text.slice(a + 1, b).trim();
		const question = text.endsWith('}') ? text.slice(0, a) : text.slice(0, a) + '_____' + text.slice(b + 1);
		let feedback = '';
		const g = answer.lastIndexOf('####');
		if (g >= 0) {
			feedback = giftPost(answer.slice(g + 4)).trim();
			answer = answer.slice(0, g).trim();
		}
		const type = answer[0] === '#' ? 'numerical' : answer.includes('~') ? 'multichoice' : answer.includes('=') && answer.includes('->') ? 'match' : ['T', 'TRUE', 'F', 'FALSE'].includes(answer) ? 'truefalse' : 'shortanswer';
		let answers: { text: string; right: boolean }[] = [];
		if (type === 'multichoice')
			answers = answer
				.replace(/=/g, '~=')
				.split('~')
				.map((x) => x.trim())
				.filter(Boolean)
				.map((x) => ({ right: x.startsWith('='), text: giftPost(x.replace(/^=/, '').split('#')[0]).trim() }));
		else if (type === 'shortanswer' || type === 'match' || type === 'numerical')
			answers = (type === 'numerical' ? answer.slice(1) : answer)
				.split('=')
				.map((x) => x.trim())
				.filter(Boolean)
				.map((x) => ({ right: true, text: type === 'match' ? giftPost(x) : giftPost(x.split('#')[0]).trim() }));
		else answers = [{ text: answer, right: true }];
		out.push({ name, type, text: giftPost(question.replace(/^\[html\]/, '')), answers, feedback });
	}
	return out;
}

describe('GIFT', () => {
	it.each([
		['a~b', 'a\\~b'],
		['a=b', 'a\\=b'],
		['#1', '\\#1'],
		['{x}', '\\{x\\}'],
		['Austin: ja', 'Austin\\: ja'],
		['C:\\temp', 'C\\:\\\\temp'],
		['\\:', '\\\\\\:'],
		['line\nbreak', 'line break'],
		['–>„plain“ ünïcode', '–>„plain“ ünïcode'],
		[NASTY, 'Dr. A\\=B \\{Team\\}\\: \\~\\#\\\\ * <b>&"\' / x']
	])('escapes %j', (input, expected) => {
		expect(giftEscape(input)).toBe(expected);
		expect(giftPost(giftPre(giftEscape(input)))).toBe(input.replace(/\n/g, ' '));
	});

	const r = exportGift(lesson);
	const src = new TextDecoder().decode(r.bytes);
	const parsed = readGift(src);

	it('reads back as the article and one question per item', () => {
		expect(parsed[0].type).toBe('description');
		expect(parsed[0].text).toContain('„Was genau tun sie dort? Das bleibt abzuwarten“');
		expect(parsed.length).toBe(items.length + 1);
		for (const it of items) expect(parsed.some((p) => p.name === `${it.q.id} ${it.q.type}`), it.q.id).toBe(true);
	});

	it('keeps every answer key', () => {
		for (const it of items) {
			const p = parsed.find((x) => x.name === `${it.q.id} ${it.q.type}`)!;
			expect(p.feedback, it.q.id).not.toBe('');
			switch (it.kind) {
				case 'choice':
					expect(p.type).toBe('multichoice');
					expect(p.answers.filter((a) => a.right).map((a) => unescapeHtml(a.text))).toEqual([correctChoice(it)]);
					expect(p.answers.length).toBe(it.choices.length);
					break;
				case 'text':
				case 'mark':
					expect(p.type).toBe('shortanswer');
					expect(p.answers.map((a) => a.text)).toEqual(it.accept.map((a) => a.replace(/\*/g, '\\*')));
					break;
				case 'number':
					if (moodleNumber(it, it.q, lesson.text, lesson.lang).kind === 'spellings') {
						expect(p.type).toBe('shortanswer');
						break;
					}
					expect(p.type).toBe('numerical');
					expect(p.answers[0].text).toMatch(new RegExp(`^${plainNumber(it.answer)}:`));
					if (it.min !== it.max) expect(p.answers.map((a) => a.text)).toContain(it.answer - it.min === it.max - it.answer ? `${plainNumber(it.answer)}:${plainNumber(it.max - it.answer)}` : `${plainNumber(it.min)}..${plainNumber(it.max)}`);
					break;
				case 'boolean':
					expect(p.type).toBe('truefalse');
					expect(p.answers[0].text).toBe(it.answer ? 'TRUE' : 'FALSE');
					break;
				case 'cloze':
					expect(unescapeHtml(p.text)).toMatch(new RegExp(`^${escapeRe(`${it.before}_____${it.after}`)}( ${escapeRe(TEXTS.de.digitsOnly).replace(':example', '\\d+')})?$`));
					if (it.gap.kind === 'text') expect(p.answers.map((a) => a.text)).toEqual(it.gap.accept.map((a) => a.replace(/\*/g, '\\*')));
					else expect(p.type).toBe(moodleNumber(it.gap, it.q, lesson.text, lesson.lang).kind === 'spellings' ? 'shortanswer' : 'numerical');
					break;
				case 'match': {
					expect(p.type).toBe('match');
					const pairs = p.answers.map((a) => a.text.split('->').map((s) => s.trim()));
					expect(pairs.filter(([s]) => s).map(([, n]) => n)).toEqual(it.pairs.map((x) => x.answer));
					break;
				}
			}
		}
	});

	it('keeps awkward characters', () => {
		const p = parsed.find((x) => x.name === 'h-who-said who-said')!;
		expect(unescapeHtml(p.text)).toBe(`Wer sagte: ${NASTY}? `);
		expect(p.answers[0].text).toBe(NASTY.replace(/\*/g, '\\*'));
		expect(r.losses.map((l) => l.code)).toEqual(expect.arrayContaining(['evidence', 'mark', 'typed-names', 'typed-numbers']));
	});
});

// ------------------------------------------------------------------------------------------

describe('QTI 3.0 package', () => {
	const r = exportQti(lesson, { now: '2025-01-01T00:00:00Z' });
	const files = unzipSync(r.bytes);
	const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, trimValues: false, isArray: (n) => ['resource', 'dependency', 'qti-value', 'qti-map-entry', 'qti-simple-choice', 'qti-simple-associable-choice', 'qti-simple-match-set', 'qti-hottext', 'p', 'qti-assessment-item-ref'].includes(n) });
	const xml = (path: string) => {
		const s = strFromU8(files[path]);
		expect(XMLValidator.validate(s), path).toBe(true);
		return parser.parse(s);
	};

	it('has a manifest whose resources are all in the zip', () => {
		expect(Object.keys(files)[0]).toBe('imsmanifest.xml');
		const m = xml('imsmanifest.xml').manifest;
		expect(m.metadata.schemaversion).toBe('3.0.0');
		const res = m.resources.resource as Record<string, any>[];
		for (const x of res) expect(files[x['@_href']], x['@_href']).toBeTruthy();
		expect(res.filter((x) => x['@_type'] === 'imsqti_item_xmlv3p0').length).toBe(items.length);
		expect(res.some((x) => x['@_type'] === 'imsqti_test_xmlv3p0')).toBe(true);
		expect(res.some((x) => x['@_type'] === 'imsqti_stimulus_xmlv3p0')).toBe(true);
		const test = xml('test.xml')['qti-assessment-test'];
		expect(test['qti-test-part']['qti-assessment-section']['qti-assessment-item-ref'].length).toBe(items.length);
	});

	it('writes one item per question with the right interaction and answer key', () => {
		for (const it of items) {
			const doc = xml(`items/${it.q.id}.xml`)['qti-assessment-item'];
			expect(doc['@_identifier']).toBe(it.q.id);
			expect(doc['@_xmlns']).toBe('http://www.imsglobal.org/xsd/imsqtiasi_v3p0');
			const decl = doc['qti-response-declaration'];
			const correct = decl['qti-correct-response']['qti-value'].map(textOf);
			const body = doc['qti-item-body'];
			expect(doc['qti-modal-feedback'], it.q.id).toBeTruthy();
			switch (it.kind) {
				case 'choice':
				case 'boolean': {
					const choices = body['qti-choice-interaction']['qti-simple-choice'] as Record<string, any>[];
					expect(choices.filter((c) => correct.includes(c['@_identifier'])).map(textOf)).toEqual([it.kind === 'choice' ? correctChoice(it) : it.answer ? 'Richtig' : 'Falsch']);
					break;
				}
				case 'text':
					expect(findAll(body, 'qti-text-entry-interaction').length).toBe(1);
					expect(decl['@_base-type']).toBe('string');
					expect(decl['qti-mapping']['qti-map-entry'].map((e: any) => e['@_map-key'])).toEqual(it.accept);
					break;
				case 'number':
					expect(decl['@_base-type']).toBe('float');
					expect(correct).toEqual([plainNumber(it.answer)]);
					if (it.min !== it.max) expect(findAll(doc['qti-response-processing'], 'qti-base-value').map(textOf)).toEqual(expect.arrayContaining([plainNumber(it.min), plainNumber(it.max)]));
					break;
				case 'cloze':
					expect(findAll(body, 'qti-text-entry-interaction').length).toBe(1);
					expect(correct).toEqual([it.gap.kind === 'text' ? it.gap.accept[0] : plainNumber(it.gap.answer)]);
					break;
				case 'match': {
					const sets = body['qti-match-interaction']['qti-simple-match-set'];
					const label = (set: any, id: string) => textOf(set['qti-simple-associable-choice'].find((c: any) => c['@_identifier'] === id));
					const got = correct.map((pair: string) => pair.split(' ')).map(([s, t]: string[]) => [label(sets[0], s), label(sets[1], t)]);
					expect(got.map(([, t]: string[]) => t)).toEqual(it.pairs.map((p) => p.answer));
					expect(got.map(([s]: string[]) => s)).toEqual(it.pairs.map((p) => `„${p.statement}“`));
					break;
				}
				case 'mark': {
					const hot = findAll(body['qti-hottext-interaction'], 'qti-hottext') as Record<string, any>[];
					const right = hot.filter((h) => correct.includes(h['@_identifier'])).map(textOf);
					// a pronoun is no right answer alone when the passage names the speaker
					const mentions = it.spans.map((s) => lesson.text.slice(s.start, s.end));
					const named = mentions.filter((m) => namesSpeaker(m, it.speaker));
					expect(right).toEqual(named.length ? named : mentions);
					expect(hot.length).toBeGreaterThan(right.length);
					break;
				}
			}
		}
	});

	it('keeps the text of a hottext passage', () => {
		const it = items.find((i) => i.kind === 'mark')!;
		const s = strFromU8(files[`items/${it.q.id}.xml`]);
		const body = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: false, parseTagValue: false }).parse(s);
		const flat = (n: any): string => (Array.isArray(n) ? n.map(flat).join('') : n && typeof n === 'object' ? Object.entries(n).filter(([k]) => k !== ':@' && k !== 'qti-prompt').map(([k, v]) => (k === '#text' ? String(v) : flat(v))).join('') : '');
		const interaction = findAll(body, 'qti-hottext-interaction');
		const plain = flat(interaction);
		for (const sp of it.kind === 'mark' ? it.spans : []) expect(plain).toContain(lesson.text.slice(sp.start, sp.end));
		expect(lesson.text.replace(/\s+/g, '')).toContain(plain.replace(/\s+/g, ''));
	});
});

// ------------------------------------------------------------------------------------------

describe('H5P Question Set', () => {
	const r = exportH5p(lesson, { now: '2025-01-01T00:00:00Z' });
	const files = unzipSync(r.bytes);
	const h5p = JSON.parse(strFromU8(files['h5p.json']));
	const content = JSON.parse(strFromU8(files['content/content.json']));
	const subs = content.questions as { library: string; params: any; subContentId: string; metadata: { title: string } }[];
	const of = (id: string) => subs.filter((s) => s.metadata.title.startsWith(`${id} `));

	it('is a zip with h5p.json and content/content.json naming its libraries', () => {
		expect(Object.keys(files).sort()).toEqual(['content/content.json', 'h5p.json']);
		expect(h5p.mainLibrary).toBe('H5P.QuestionSet');
		expect(h5p.language).toBe('de');
		const deps = h5p.preloadedDependencies.map((d: any) => `${d.machineName} ${d.majorVersion}.${d.minorVersion}`);
		for (const lib of new Set(subs.map((s) => s.library))) expect(deps).toContain(lib);
		expect(deps).toContain(`H5P.QuestionSet ${H5P_LIBRARIES.questionSet.majorVersion}.${H5P_LIBRARIES.questionSet.minorVersion}`);
		expect(new Set(subs.map((s) => s.library.split(' ')[0]))).toEqual(new Set(['H5P.MultiChoice', 'H5P.TrueFalse', 'H5P.Blanks']));
		expect(new Set(subs.map((s) => s.subContentId)).size).toBe(subs.length);
		expect(content.introPage.introduction).toContain('„Was genau tun sie dort? Das bleibt abzuwarten“');
	});

	it('keeps every answer key', () => {
		for (const it of items) {
			const s = of(it.q.id);
			expect(s.length, it.q.id).toBeGreaterThan(0);
			const blanks = () => {
				expect(s[0].library).toMatch(/^H5P\.Blanks /);
				const m = (s[0].params.questions[0] as string).match(/\*([^*]+)\*/g) ?? [];
				expect(m.length).toBe(1);
				return (m[0] ?? '').slice(1, -1).split('/').map(unescapeHtml);
			};
			switch (it.kind) {
				case 'choice':
					expect(s[0].library).toMatch(/^H5P\.MultiChoice /);
					expect(s[0].params.answers.filter((a: any) => a.correct).map((a: any) => unescapeHtml(a.text.replace(/<\/?div>\n?/g, '')))).toEqual([correctChoice(it)]);
					break;
				case 'boolean':
					expect(s[0].library).toMatch(/^H5P\.TrueFalse /);
					expect(s[0].params.correct).toBe(String(it.answer));
					break;
				case 'text':
				case 'mark':
					expect(blanks()).toEqual(it.accept.filter((a) => !/[/:*]/.test(a)));
					break;
				case 'number':
					expect(blanks()).toEqual(expect.arrayContaining([plainNumber(it.answer)]));
					break;
				case 'cloze':
					expect(blanks()).toEqual(expect.arrayContaining([it.gap.kind === 'text' ? it.gap.accept[0] : plainNumber(it.gap.answer)]));
					break;
				case 'match':
					expect(s.length).toBe(it.pairs.length);
					s.forEach((sub, k) => expect(sub.params.answers.filter((a: any) => a.correct).map((a: any) => unescapeHtml(a.text.replace(/<\/?div>\n?/g, '')))).toEqual([it.pairs[k].answer]));
					break;
			}
		}
	});

	it('lists numbers within a narrow tolerance as alternatives and says what is lost', () => {
		const narrow = of('h-number-narrow')[0].params.questions[0] as string;
		for (const v of ['1', '2', '3', 'zwei']) expect(narrow).toMatch(new RegExp(`[*/]${v}[*/]`));
		const codes = r.losses.map((l) => l.code);
		expect(codes).toEqual(expect.arrayContaining(['tolerance', 'match', 'mark', 'blank-chars']));
		expect(r.losses.find((l) => l.code === 'tolerance')!.message).toMatch(/^H5P: numeric tolerance becomes exact alternatives/);
		expect(r.losses.find((l) => l.code === 'tolerance')!.questions).toEqual(expect.arrayContaining(['h-number-narrow']));
		// a tolerance too wide to list keeps the exact number only, and says so
		expect(r.losses.find((l) => l.code === 'tolerance-exact')!.questions).toEqual(expect.arrayContaining(['h-number-entry']));
	});

	it('gives the same bytes for the same lesson', () => {
		expect(Buffer.from(exportH5p(lesson, { now: '2025-01-01T00:00:00Z' }).bytes).equals(Buffer.from(r.bytes))).toBe(true);
		expect(Buffer.from(exportQti(lesson, { now: '2025-01-01T00:00:00Z' }).bytes).equals(Buffer.from(exportQti(lesson, { now: '2025-01-01T00:00:00Z' }).bytes))).toBe(true);
	});
});

// QTI 3.0 content package: imsmanifest.xml, the article as a shared stimulus, one item file per
// question (choice, text-entry, match, hottext for mark-the-speaker) and a test that lists them.
// Response processing is written out (no templates), so every item also shows its explanation
// as modal feedback.
import { zipSync, type Zippable } from 'fflate';
import type { Span } from '../engine/types.ts';
import type { ExportLesson, ExportOptions, ExportResult } from './types.ts';
import {
	Losses, TEXTS, commonLosses, encoder, feedbackText, lessonItems, namesSpeaker, plainNumber, quoted, slug, unique, xmlId,
	type Gap,
	type Item
} from './common.ts';
import { buildXml, el, textEl, type XmlNode } from './xml.ts';

const NS = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
const XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

const rootAttrs = { xmlns: NS, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${NS} ${XSD}` };

const value = (v: string | number, baseType?: string) => textEl('qti-value', v, baseType ? { 'base-type': baseType } : {});
const baseValue = (type: string, v: string | number) => textEl('qti-base-value', v, { 'base-type': type });
const variable = (id: string) => el('qti-variable', { identifier: id });
const setOutcome = (id: string, expr: XmlNode) => el('qti-set-outcome-value', { identifier: id }, expr);

function responseDecl(cardinality: string, baseType: string, correct: (string | number)[], mapping?: { key: string; value: number; caseSensitive?: boolean }[], upper = 1): XmlNode {
	return el(
		'qti-response-declaration',
		{ identifier: 'RESPONSE', cardinality, 'base-type': baseType },
		el('qti-correct-response', {}, ...correct.map((c) => value(c))),
		mapping &&
			el(
				'qti-mapping',
				{ 'default-value': 0, 'lower-bound': 0, 'upper-bound': upper },
				...mapping.map((m) => el('qti-map-entry', { 'map-key': m.key, 'mapped-value': m.value, ...(m.caseSensitive === false ? { 'case-sensitive': 'false' } : {}) }))
			)
	);
}

/** SCORE runs from 0 to `max` (a matching question scores one point per pair, in integers, so
 * that a full answer is exactly the maximum) */
const outcomes = (max: number) => [
	el('qti-outcome-declaration', { identifier: 'SCORE', cardinality: 'single', 'base-type': 'float', 'normal-maximum': max }, el('qti-default-value', {}, value(0))),
	el('qti-outcome-declaration', { identifier: 'MAXSCORE', cardinality: 'single', 'base-type': 'float' }, el('qti-default-value', {}, value(max))),
	el('qti-outcome-declaration', { identifier: 'FEEDBACK', cardinality: 'single', 'base-type': 'identifier' })
];

/** SCORE from `score` (an expression), then the explanation */
function processing(score: XmlNode): XmlNode {
	return el(
		'qti-response-processing',
		{},
		el(
			'qti-response-condition',
			{},
			el('qti-response-if', {}, el('qti-is-null', {}, variable('RESPONSE')), setOutcome('SCORE', baseValue('float', 0))),
			el('qti-response-else', {}, setOutcome('SCORE', score))
		),
		setOutcome('FEEDBACK', baseValue('identifier', 'EXPLANATION'))
	);
}

const ifMatch = (cond: XmlNode) =>
	el(
		'qti-response-processing',
		{},
		el(
			'qti-response-condition',
			{},
			el('qti-response-if', {}, cond, setOutcome('SCORE', baseValue('float', 1))),
			el('qti-response-else', {}, setOutcome('SCORE', baseValue('float', 0)))
		),
		setOutcome('FEEDBACK', baseValue('identifier', 'EXPLANATION'))
	);

const prompt = (s: string) => textEl('qti-prompt', s);

interface Built {
	body: XmlNode[];
	decl: XmlNode;
	rp: XmlNode;
	mixed?: boolean;
	/** the highest score (default 1) */
	max?: number;
}

/** the passage a hottext item shows: whole source lines around the spans */
function passage(text: string, spans: Span[]): Span {
	const start = Math.min(...spans.map((s) => s.start)), end = Math.max(...spans.map((s) => s.end));
	const a = text.lastIndexOf('\n', start - 1) + 1;
	const b = text.indexOf('\n', end);
	return { start: a, end: b < 0 ? text.length : b };
}

/** the hottexts of a passage: the right mentions whole, every other word on its own */
function hottextCandidates(text: string, within: Span, own: Span[]): { span: Span; correct: boolean }[] {
	const found: { span: Span; correct: boolean }[] = own.map((s) => ({ span: s, correct: true }));
	for (const m of text.slice(within.start, within.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
		const s = { start: within.start + m.index, end: within.start + m.index + m[0].length };
		if (!own.some((o) => o.start < s.end && s.start < o.end)) found.push({ span: s, correct: false });
	}
	return found.sort((x, y) => x.span.start - y.span.start);
}

function build(item: Item, lesson: ExportLesson, losses: Losses): Built | null {
	const { q } = item;
	const lang = lesson.lang;
	switch (item.kind) {
		case 'choice':
		case 'boolean': {
			const choices = item.kind === 'choice' ? item.choices : [{ text: TEXTS[lang].yes, correct: item.answer }, { text: TEXTS[lang].no, correct: !item.answer }];
			const ids = choices.map((_, i) => (item.kind === 'boolean' ? (i === 0 ? 'TRUE' : 'FALSE') : String.fromCharCode(65 + i)));
			return {
				decl: responseDecl('single', 'identifier', ids.filter((_, i) => choices[i].correct)),
				body: [
					el(
						'qti-choice-interaction',
						{ 'response-identifier': 'RESPONSE', 'max-choices': 1, 'min-choices': 1, shuffle: item.kind === 'choice' ? 'true' : 'false' },
						prompt(item.prompt),
						...choices.map((c, i) => textEl('qti-simple-choice', c.text, { identifier: ids[i] }))
					)
				],
				rp: ifMatch(el('qti-match', {}, variable('RESPONSE'), el('qti-correct', { identifier: 'RESPONSE' })))
			};
		}
		case 'text':
			return {
				decl: responseDecl('single', 'string', [item.accept[0]], item.accept.map((a) => ({ key: a, value: 1, caseSensitive: false }))),
				body: [el('p', {}, item.prompt), el('p', {}, el('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE', 'expected-length': 30 }))],
				rp: processing(el('qti-map-response', { identifier: 'RESPONSE' }))
			};
		case 'number':
		case 'cloze': {
			const entry = el('qti-text-entry-interaction', { 'response-identifier': 'RESPONSE', 'expected-length': 20 });
			const body = item.kind === 'cloze' ? [el('p', {}, item.before, entry, item.after)] : [el('p', {}, item.prompt), el('p', {}, entry)];
			const gap: Gap = item.kind === 'cloze' ? item.gap : { kind: 'number', answer: item.answer, min: item.min, max: item.max, integer: item.integer };
			if (gap.kind === 'text')
				return {
					decl: responseDecl('single', 'string', [gap.accept[0]], gap.accept.map((a) => ({ key: a, value: 1, caseSensitive: false }))),
					body,
					rp: processing(el('qti-map-response', { identifier: 'RESPONSE' })),
					mixed: true
				};
			const cond =
				gap.min === gap.max
					? el('qti-equal', { 'tolerance-mode': 'exact' }, variable('RESPONSE'), baseValue('float', plainNumber(gap.answer)))
					: el(
							'qti-and',
							{},
							el('qti-gte', {}, variable('RESPONSE'), baseValue('float', plainNumber(gap.min))),
							el('qti-lte', {}, variable('RESPONSE'), baseValue('float', plainNumber(gap.max)))
						);
			return {
				decl: responseDecl('single', 'float', [plainNumber(gap.answer)]),
				body,
				rp: el(
					'qti-response-processing',
					{},
					el(
						'qti-response-condition',
						{},
						el('qti-response-if', {}, el('qti-is-null', {}, variable('RESPONSE')), setOutcome('SCORE', baseValue('float', 0))),
						el('qti-response-else-if', {}, cond, setOutcome('SCORE', baseValue('float', 1))),
						el('qti-response-else', {}, setOutcome('SCORE', baseValue('float', 0)))
					),
					setOutcome('FEEDBACK', baseValue('identifier', 'EXPLANATION'))
				),
				mixed: item.kind === 'cloze'
			};
		}
		case 'match': {
			const targets = unique([...item.pairs.map((p) => p.answer), ...item.answers]);
			const tid = (name: string) => `N${targets.indexOf(name) + 1}`;
			const pairs = item.pairs.map((p, i) => `S${i + 1} ${tid(p.answer)}`);
			return {
				max: pairs.length,
				decl: responseDecl('multiple', 'directedPair', pairs, pairs.map((key) => ({ key, value: 1 })), pairs.length),
				body: [
					el(
						'qti-match-interaction',
						{ 'response-identifier': 'RESPONSE', 'max-associations': item.pairs.length, shuffle: 'false' },
						prompt(item.prompt),
						el('qti-simple-match-set', {}, ...item.pairs.map((p, i) => textEl('qti-simple-associable-choice', quoted(p.statement, lang), { identifier: `S${i + 1}`, 'match-max': 1 }))),
						el('qti-simple-match-set', {}, ...targets.map((t) => textEl('qti-simple-associable-choice', t, { identifier: tid(t), 'match-max': item.pairs.length })))
					)
				],
				rp: processing(el('qti-map-response', { identifier: 'RESPONSE' }))
			};
		}
		case 'mark': {
			const within = passage(lesson.text, [...item.spans, q.evidence]);
			const cands = hottextCandidates(lesson.text, within, item.spans.filter((s) => s.start >= within.start && s.end <= within.end));
			// when the passage names the speaker, a pronoun ("sie") marked alone earns nothing: it is
			// neither rewarded nor penalised, the naming mention earns the point
			const mention = (c: { span: Span }) => lesson.text.slice(c.span.start, c.span.end);
			const named = cands.some((c) => c.correct && namesSpeaker(mention(c), item.speaker));
			const worth = (c: { span: Span; correct: boolean }) => (!c.correct ? -1 : !named || namesSpeaker(mention(c), item.speaker) ? 1 : 0);
			const ids = cands.map((_, i) => `H${i + 1}`);
			const paragraphs: XmlNode[] = [];
			let pos = within.start;
			let line: (XmlNode | string)[] = [];
			const flushText = (to: number) => {
				const chunk = lesson.text.slice(pos, to).split(/\r?\n/);
				chunk.forEach((c, k) => {
					if (k > 0) {
						if (line.length) paragraphs.push(el('p', {}, ...line));
						line = [];
					}
					if (c) line.push(c);
				});
				pos = to;
			};
			cands.forEach((c, i) => {
				flushText(c.span.start);
				line.push(textEl('qti-hottext', lesson.text.slice(c.span.start, c.span.end), { identifier: ids[i] }));
				pos = c.span.end;
			});
			flushText(within.end);
			if (line.length) paragraphs.push(el('p', {}, ...line));
			losses.add('mark-scoring', 'mark-the-speaker: a wrong mark cancels a right one, a pronoun alone earns nothing where the passage names the speaker (Wortlaut gives part of the point)', q);
			if (item.spans.some((s) => s.start < within.start || s.end > within.end)) losses.add('mark-passage', 'mark-the-speaker shows only the passage around the quote', q);
			return {
				decl: responseDecl('multiple', 'identifier', ids.filter((_, i) => worth(cands[i]) > 0), cands.map((c, i) => ({ key: ids[i], value: worth(c) }))),
				body: [el('qti-hottext-interaction', { 'response-identifier': 'RESPONSE', 'max-choices': 0 }, prompt(item.prompt), ...paragraphs)],
				rp: processing(el('qti-map-response', { identifier: 'RESPONSE' })),
				mixed: true
			};
		}
		default:
			return null;
	}
}

export function exportQti(lesson: ExportLesson, options: ExportOptions = {}): ExportResult {
	const losses = new Losses('QTI 3.0');
	const items = lessonItems(lesson);
	commonLosses(losses, items, {
		typedNames: 'typed names count only in the listed spellings, ignoring case (no typo tolerance, no "other speaker" hint)',
		typedNumbers: 'typed numbers are read as plain decimals (1500 or 1500.5): thousands separators, a decimal comma and number words do not count',
		markTyped: false
	});
	losses.add('diagnosis', 'the diagnosis of wrong answers (other speaker, scale error) becomes the explanation shown as feedback');
	const mtime = new Date(options.now ?? Date.now());
	const files: Zippable = {};
	const put = (path: string, xml: string) => (files[path] = [encoder.encode(xml), { mtime }]);

	const stimulusId = 'article';
	const stimulusHref = 'stimuli/article.xml';
	put(
		stimulusHref,
		buildXml(
			el(
				'qti-assessment-stimulus',
				{ ...rootAttrs, identifier: stimulusId, title: lesson.title, 'xml:lang': lesson.lang },
				el(
					'qti-stimulus-body',
					{},
					textEl('h2', lesson.title),
					...lesson.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => textEl('p', l))
				)
			)
		)
	);

	const used = new Set<string>([stimulusId, 'test', 'MANIFEST']);
	const refs: { id: string; href: string }[] = [];
	for (const item of items) {
		const built = build(item, lesson, losses);
		if (!built) continue;
		let id = xmlId(item.q.id, 'q');
		while (used.has(id)) id += '_';
		used.add(id);
		const href = `items/${id}.xml`;
		const fb = feedbackText(item.q, lesson.text);
		const doc = el(
			'qti-assessment-item',
			{ ...rootAttrs, identifier: id, title: `${item.q.id} ${item.q.type}`, adaptive: 'false', 'time-dependent': 'false', 'xml:lang': lesson.lang },
			built.decl,
			...outcomes(built.max ?? 1),
			el('qti-assessment-stimulus-ref', { identifier: stimulusId, href: `../${stimulusHref}`, title: TEXTS[lesson.lang].article }),
			el('qti-item-body', {}, ...built.body),
			built.rp,
			fb && el('qti-modal-feedback', { 'outcome-identifier': 'FEEDBACK', identifier: 'EXPLANATION', 'show-hide': 'show' }, el('qti-content-body', {}, textEl('p', fb)))
		);
		put(href, buildXml(doc, !built.mixed));
		refs.push({ id, href });
	}

	put(
		'test.xml',
		buildXml(
			el(
				'qti-assessment-test',
				{ ...rootAttrs, identifier: 'test', title: lesson.title },
				el(
					'qti-test-part',
					{ identifier: 'part1', 'navigation-mode': 'nonlinear', 'submission-mode': 'simultaneous' },
					el('qti-assessment-section', { identifier: 'section1', title: lesson.title, visible: 'true' }, ...refs.map((r) => el('qti-assessment-item-ref', { identifier: r.id, href: r.href })))
				)
			)
		)
	);

	const resource = (id: string, type: string, href: string, deps: string[] = []) =>
		el('resource', { identifier: id, type, href }, el('file', { href }), ...deps.map((d) => el('dependency', { identifierref: d })));
	put(
		'imsmanifest.xml',
		buildXml(
			el(
				'manifest',
				{ xmlns: CP_NS, 'xmlns:xsi': XSI, 'xsi:schemaLocation': `${CP_NS} ${CP_XSD}`, identifier: `MANIFEST-${slug(lesson.title)}` },
				el('metadata', {}, textEl('schema', 'QTI Package'), textEl('schemaversion', '3.0.0')),
				el('organizations'),
				el(
					'resources',
					{},
					resource('test', 'imsqti_test_xmlv3p0', 'test.xml', refs.map((r) => r.id)),
					resource(stimulusId, 'imsqti_stimulus_xmlv3p0', stimulusHref),
					...refs.map((r) => resource(r.id, 'imsqti_item_xmlv3p0', r.href, [stimulusId]))
				)
			)
		)
	);
	// the manifest first, as some importers expect
	const ordered: Zippable = { 'imsmanifest.xml': files['imsmanifest.xml'] };
	for (const [k, v] of Object.entries(files)) if (k !== 'imsmanifest.xml') ordered[k] = v;
	return { format: 'qti', bytes: zipSync(ordered, { level: 6 }), filename: `${slug(lesson.title)}.qti.zip`, mime: 'application/zip', losses: losses.list() };
}

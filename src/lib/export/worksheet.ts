// Printable worksheet and a separate answer key: self-contained HTML with an A4 print
// stylesheet. The article is wrapped into numbered lines here (not by the browser), so the line
// numbers the key gives as evidence are the ones on paper. All user text is escaped.
import type { Lang, Span } from '../engine/types.ts';
import type { ExportLesson, ExportResult } from './types.ts';
import { Losses, TEXTS, alsoAccepted, answerText, encoder, escapeHtml, itemPrompt, layoutLines, lessonItems, quoted, slug, type Item, type Layout } from './common.ts';

export interface WorksheetOptions {
	/** characters per printed line of the article (default 80) */
	lineWidth?: number;
	/** show every n-th line number (default 5; 1 numbers every line) */
	numberEvery?: number;
}

const e = escapeHtml;

const STYLE = `
@page { size: A4; margin: 16mm 18mm 18mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font: 11pt/1.45 "Liberation Serif", "Times New Roman", Georgia, serif; color: #000; background: #fff; }
@media screen { body { max-width: 174mm; margin: 8mm auto; } }
h1 { font: bold 15pt/1.2 "Liberation Sans", Arial, sans-serif; margin: 0 0 2mm; }
h2 { font: bold 11.5pt/1.2 "Liberation Sans", Arial, sans-serif; margin: 5mm 0 2mm; break-after: avoid; }
.fields { display: flex; gap: 8mm; font: 9.5pt "Liberation Sans", Arial, sans-serif; margin: 0 0 3mm; }
.fields span { flex: 1; border-bottom: 0.6pt solid #000; padding-bottom: 1mm; }
.fields span.short { flex: 0 0 40mm; }
.source { font-size: 8.5pt; color: #333; margin: 0 0 2mm; }
.lines { list-style: none; margin: 0; padding: 0; }
.line { display: flex; white-space: nowrap; break-inside: avoid; }
.line.para { margin-top: 1.6mm; }
.ln { flex: 0 0 10mm; padding-right: 3mm; text-align: right; font: 7.5pt/1.9 "Liberation Sans", Arial, sans-serif; color: #444; }
.lt { flex: 1 1 auto; }
.qs { margin: 0; padding-left: 7mm; }
.q { break-inside: avoid; margin: 0 0 3.5mm; padding-left: 1mm; }
.prompt { margin: 0 0 1.2mm; }
.choices { list-style: none; margin: 0; padding: 0; }
.choices li { display: flex; align-items: baseline; margin: 0.6mm 0; }
.box { flex: none; display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.6pt solid #000; margin-right: 2mm; position: relative; top: 0.4mm; }
.letter { flex: none; font-weight: bold; margin-right: 1.5mm; }
.write { border-bottom: 0.6pt solid #000; height: 7mm; }
.gap { display: inline-block; min-width: 32mm; border-bottom: 0.6pt solid #000; }
.hint { font-style: italic; font-size: 9.5pt; margin: 0 0 1mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 0.6pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
th { font-family: "Liberation Sans", Arial, sans-serif; font-weight: bold; background: #eee; }
tr { break-inside: avoid; }
td.who { width: 34mm; }
.names { font-size: 9.5pt; margin: 1mm 0 0; }
.key td.n { width: 8mm; text-align: right; }
.key td.lines-col { width: 20mm; white-space: nowrap; }
.key .also { color: #333; font-size: 8.5pt; }
.key .why { color: #333; font-size: 8.5pt; margin-top: 0.5mm; }
`;

function page(lang: Lang, title: string, body: string): string {
	return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function articleSection(lesson: ExportLesson, layout: Layout, every: number): string {
	const t = TEXTS[lesson.lang];
	const lines = layout.lines
		.map((l) => {
			const shown = l.n === 1 || l.n % every === 0;
			return `<li class="line${l.paragraph ? ' para' : ''}" data-line="${l.n}"><span class="ln">${shown ? l.n : ''}</span><span class="lt">${e(lesson.text.slice(l.start, l.end))}</span></li>`;
		})
		.join('\n');
	return `<section class="article" aria-label="${e(t.article)}">
<h2>${e(t.article)}</h2>
${lesson.source ? `<p class="source">${e(t.source)}: ${e(lesson.source)}</p>\n` : ''}<ol class="lines">
${lines}
</ol>
</section>`;
}

const letter = (i: number) => String.fromCharCode(65 + i);

function questionHtml(item: Item, lang: Lang): string {
	const t = TEXTS[lang];
	const prompt = (s: string) => `<p class="prompt">${e(s)}</p>`;
	const attrs = `class="q" data-id="${e(item.q.id)}" data-kind="${item.kind}"`;
	switch (item.kind) {
		case 'choice':
			return `<li ${attrs}>${prompt(item.prompt)}<ul class="choices">${item.choices.map((c, i) => `<li><span class="box"></span><span class="letter">${letter(i)}</span>${e(c.text)}</li>`).join('')}</ul></li>`;
		case 'boolean':
			return `<li ${attrs}>${prompt(item.prompt)}<ul class="choices"><li><span class="box"></span>${e(t.yes)}</li><li><span class="box"></span>${e(t.no)}</li></ul></li>`;
		case 'cloze':
			return `<li ${attrs}><p class="prompt">${e(item.before)}<span class="gap">&nbsp;</span>${e(item.after)}</p></li>`;
		case 'match':
			return `<li ${attrs}>${prompt(item.prompt)}<table><thead><tr><th></th><th>${e(t.statement)}</th><th>${e(t.speaker)}</th></tr></thead><tbody>${item.pairs
				.map((p, i) => `<tr><td>${i + 1}</td><td>${e(quoted(p.statement, lang))}</td><td class="who"></td></tr>`)
				.join('')}</tbody></table><p class="names">${e(t.names)}: ${item.answers.map(e).join(' · ')}</p></li>`;
		case 'mark':
			return `<li ${attrs}>${prompt(item.prompt)}<p class="hint">${e(t.markHint)}</p><div class="write"></div></li>`;
		default:
			return `<li ${attrs}>${prompt(itemPrompt(item))}<div class="write"></div></li>`;
	}
}

export function renderWorksheet(lesson: ExportLesson, options: WorksheetOptions = {}): string {
	const t = TEXTS[lesson.lang];
	const layout = layoutLines(lesson.text, options.lineWidth);
	const items = lessonItems(lesson).filter((i) => i.kind !== 'unsupported');
	const body = `<header>
<h1>${e(lesson.title)}</h1>
<p class="fields"><span>${e(t.name)}:</span><span class="short">${e(t.date)}:</span></p>
</header>
${articleSection(lesson, layout, Math.max(1, options.numberEvery ?? 5))}
<section class="questions" aria-label="${e(t.questions)}">
<h2>${e(t.questions)}</h2>
<ol class="qs">
${items.map((it) => questionHtml(it, lesson.lang)).join('\n')}
</ol>
</section>`;
	return page(lesson.lang, `${t.worksheet}: ${lesson.title}`, body);
}

function evidenceLines(item: Item, layout: Layout, lang: Lang): string {
	const t = TEXTS[lang];
	const spans: Span[] = item.kind === 'mark' ? item.spans : item.kind === 'match' ? item.pairs.flatMap((p) => (p.evidence ? [p.evidence] : [])) : item.q.evidence ? [item.q.evidence] : [];
	const refs = [...new Set(spans.map((s) => layout.linesOf(s)).filter(Boolean))];
	return refs.length ? `${t.line} ${refs.join(', ')}` : '';
}

function keyAnswer(item: Item, layout: Layout, lang: Lang): string {
	const t = TEXTS[lang];
	if (item.kind === 'choice') {
		const i = item.choices.findIndex((c) => c.correct);
		return `<strong>${letter(i)}</strong> ${e(item.choices[i]?.text ?? '')}`;
	}
	if (item.kind === 'match')
		return item.pairs
			.map((p, i) => {
				const l = p.evidence ? layout.linesOf(p.evidence) : '';
				return `${i + 1}: ${e(p.answer)}${l ? ` (${e(t.line)} ${l})` : ''}`;
			})
			.join('<br>');
	const also = alsoAccepted(item);
	return `${e(answerText(item, lang))}${also.length ? `<div class="also">${e(t.alsoRight)}: ${also.map(e).join(', ')}</div>` : ''}`;
}

export function renderAnswerKey(lesson: ExportLesson, options: WorksheetOptions = {}): string {
	const t = TEXTS[lesson.lang];
	const layout = layoutLines(lesson.text, options.lineWidth);
	const items = lessonItems(lesson).filter((i) => i.kind !== 'unsupported');
	const rows = items
		.map((it, i) => {
			const why = typeof it.q.explanation === 'string' && it.q.explanation ? `<div class="why">${e(it.q.explanation)}</div>` : '';
			return `<tr data-id="${e(it.q.id)}"><td class="n">${i + 1}</td><td>${keyAnswer(it, layout, lesson.lang)}${why}</td><td class="lines-col">${e(evidenceLines(it, layout, lesson.lang))}</td></tr>`;
		})
		.join('\n');
	const body = `<header>
<h1>${e(t.key)}: ${e(lesson.title)}</h1>
</header>
<section class="key">
<table>
<thead><tr><th>#</th><th>${e(t.answer)}</th><th>${e(t.evidence)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
	return page(lesson.lang, `${t.key}: ${lesson.title}`, body);
}

export function exportWorksheet(lesson: ExportLesson, options: WorksheetOptions = {}): ExportResult {
	const losses = new Losses('Worksheet');
	for (const it of lessonItems(lesson)) if (it.kind === 'unsupported') losses.add('unsupported', 'question without a readable answer left out', it.q);
	losses.add('paper', 'graded by the teacher with the answer key: no typo tolerance or diagnosis on paper');
	return { format: 'worksheet', bytes: encoder.encode(renderWorksheet(lesson, options)), filename: `${slug(lesson.title)}.worksheet.html`, mime: 'text/html; charset=utf-8', losses: losses.list() };
}

export function exportAnswerKey(lesson: ExportLesson, options: WorksheetOptions = {}): ExportResult {
	return { format: 'key', bytes: encoder.encode(renderAnswerKey(lesson, options)), filename: `${slug(lesson.title)}.key.html`, mime: 'text/html; charset=utf-8', losses: [] };
}

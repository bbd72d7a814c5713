// The article of an HTML page as plain text (Mozilla Readability over linkedom), bounded: the
// page's nesting depth and element count are measured first with a streaming parser (no tree, no
// recursion), and too deep or too large pages are refused before any tree is built. Runs in the
// article worker (article-worker.ts), never on the request thread.
import { Parser } from 'htmlparser2';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Deepest nesting of elements read (real news pages: a few dozen levels). */
export const MAX_HTML_DEPTH = 256;
/** Elements per page read (real news pages: a few thousand). */
export const MAX_HTML_ELEMENTS = 60_000;

/** Thrown for a page beyond the bounds; the caller says so in the user's language. */
export class HtmlTooComplexError extends Error {
	code = 'EHTMLCOMPLEX';
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

const STOP = Symbol('stop');

/** Depth and element count as the browser would build the tree (the parser closes implied
 * elements itself), in one pass over the text. Stops as soon as a bound is passed (the parser's
 * own stack costs time per level, so a page 200,000 levels deep is not read to its end);
 * `over` says so. */
export function measureHtml(html: string): { depth: number; elements: number; over: boolean } {
	let depth = 0;
	let max = 0;
	let elements = 0;
	const parser = new Parser(
		{
			onopentag(name) {
				elements++;
				if (!VOID.has(name)) max = Math.max(max, ++depth);
				if (max > MAX_HTML_DEPTH || elements > MAX_HTML_ELEMENTS) throw STOP;
			},
			onclosetag(name) {
				if (!VOID.has(name)) depth--;
			}
		},
		{ decodeEntities: false }
	);
	try {
		parser.end(html);
	} catch (error) {
		if (error !== STOP) throw error;
		return { depth: max, elements, over: true };
	}
	return { depth: max, elements, over: false };
}

export function normalizeArticle(text: string): string {
	// U+0000 and other C0 controls (but tab and newline) are no text: PostgreSQL refuses U+0000
	// eslint-disable-next-line no-control-regex
	return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').trim();
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Plain text with one blank line between blocks (paragraphs, headings, list items). An explicit
 * stack instead of recursion: the depth of the document costs no stack. */
function blocksToText(root: Element): string {
	const out: string[] = [];
	let current = '';
	const flush = (): void => {
		const t = current.replace(/[ \t\u00A0]+/g, ' ').replace(/\s*\n\s*/g, ' ').trim();
		if (t) out.push(t);
		current = '';
	};
	// entries: a node to visit, or 'flush' after a block's children
	const stack: (Node | 'flush')[] = [];
	const pushChildren = (node: Node): void => {
		const kids: Node[] = [];
		for (let child = node.firstChild; child; child = child.nextSibling) kids.push(child);
		for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
	};
	pushChildren(root);
	while (stack.length) {
		const item = stack.pop()!;
		if (item === 'flush') {
			flush();
			continue;
		}
		if (item.nodeType === 3) current += item.textContent ?? '';
		else if (item.nodeType === 1) {
			const el = item as Element;
			if (SKIP.has(el.tagName)) continue;
			if (el.tagName === 'BR') current += '\n';
			else if (BLOCKS.has(el.tagName)) {
				flush();
				stack.push('flush');
				pushChildren(el);
			} else pushChildren(el);
		}
	}
	flush();
	return out.join('\n\n');
}

/** The article of an HTML page (Mozilla Readability), as plain text, and its title. */
export function extractArticleFromHtml(html: string): { title: string; text: string } {
	const size = measureHtml(html);
	if (size.over) throw new HtmlTooComplexError(`deeper than ${MAX_HTML_DEPTH} or more than ${MAX_HTML_ELEMENTS} elements`);
	const { document } = parseHTML(html);
	let title = (document.querySelector('title')?.textContent ?? '').trim();
	let text = '';
	try {
		const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
		if (article?.content) {
			const { document: inner } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
			text = blocksToText(inner.body as unknown as Element);
			title = (article.title ?? title).trim();
		}
	} catch {
		text = '';
	}
	if (!text.trim()) {
		const { document: again } = parseHTML(html);
		text = again.body ? blocksToText(again.body as unknown as Element) : '';
	}
	return { title: normalizeArticle(title), text: normalizeArticle(text) };
}

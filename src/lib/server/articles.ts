// Article intake: pasted text, uploaded .txt/.html, or a page fetched from a URL (readability
// extraction), with size and time limits; then the engine's analysis, stored with the lesson.
import { lookup as dnsLookup } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import http from 'node:http';
import https from 'node:https';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '$lib/engine/pipeline';
import type { Analysis, Lang, Question, Span } from '$lib/engine/types';
import { m } from '$lib/components/messages';

export const MAX_ARTICLE_BYTES = 200 * 1024;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_FETCH_BYTES = 3 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;

export class ArticleError extends Error {}

export interface StoredQuote extends Span {
	kind: 'direct' | 'indirect';
	speaker: string | null;
	speakerSpan: Span | null;
	segments?: [number, number][];
}

export interface StoredNumber extends Span {
	raw: string;
	value: number;
	unit: string | null;
	counted: string | null;
	source: string | null;
	approx: boolean;
}

/** What the app keeps of the engine's analysis: enough to mark the article and show evidence. */
export interface StoredAnalysis {
	lang: Lang;
	paragraphs: Span[];
	sentences: (Span & { heading: boolean })[];
	quotes: StoredQuote[];
	numbers: StoredNumber[];
	diagnostics: { code: string; message: string; severity: string }[];
	/** the question types the engine produced for this article (offered when regenerating) */
	questionTypes?: string[];
}

export function normalizeArticle(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trim();
}

export function checkArticleSize(text: string): void {
	if (!text.trim()) throw new ArticleError(m.articleEmpty);
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > MAX_ARTICLE_BYTES) throw new ArticleError(m.articleTooLong(Math.ceil(bytes / 1024), MAX_ARTICLE_BYTES / 1024));
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TR']);

/** Plain text with one blank line between blocks (paragraphs, headings, list items). */
function blocksToText(root: Element): string {
	const out: string[] = [];
	let current = '';
	const flush = (): void => {
		const t = current.replace(/[ \t\u00A0]+/g, ' ').replace(/\s*\n\s*/g, ' ').trim();
		if (t) out.push(t);
		current = '';
	};
	const walk = (node: Node): void => {
		for (let child = node.firstChild; child; child = child.nextSibling) {
			if (child.nodeType === 3) current += child.textContent ?? '';
			else if (child.nodeType === 1) {
				const el = child as Element;
				if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
				if (el.tagName === 'BR') current += '\n';
				else if (BLOCKS.has(el.tagName)) {
					flush();
					walk(el);
					flush();
				} else walk(el);
			}
		}
	};
	walk(root);
	flush();
	return out.join('\n\n');
}

/** The article of an HTML page (Mozilla Readability), as plain text, and its title. */
export function extractArticleFromHtml(html: string, url = 'https://example.invalid/'): { title: string; text: string } {
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
	void url;
	return { title, text: normalizeArticle(text) };
}

export function decodeUpload(name: string, bytes: Uint8Array): { title: string; text: string } {
	if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ArticleError(m.uploadTooLarge(MAX_UPLOAD_BYTES / 1024 / 1024));
	const lower = name.toLowerCase();
	const raw = new TextDecoder('utf-8').decode(bytes);
	const base = name.replace(/\.[^.]+$/, '');
	if (lower.endsWith('.html') || lower.endsWith('.htm')) {
		const { title, text } = extractArticleFromHtml(raw);
		return { title: title || base, text };
	}
	if (lower.endsWith('.txt') || lower.endsWith('.text') || lower.endsWith('.md')) return { title: base, text: normalizeArticle(raw) };
	throw new ArticleError(m.uploadWrongType);
}

// ---- URL import -------------------------------------------------------------------------

function isPrivateAddress(address: string): boolean {
	const v = isIP(address);
	if (v === 4) {
		const [a, b] = address.split('.').map(Number);
		return a === 0 || a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || a >= 224;
	}
	if (v === 6) {
		const x = address.toLowerCase();
		if (x === '::' || x === '::1') return true;
		const mapped = x.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
		if (mapped) return isPrivateAddress(mapped[1]);
		return /^(fc|fd|fe8|fe9|fea|feb|ff)/.test(x);
	}
	return true;
}

export function privateUrlsAllowed(): boolean {
	return process.env.WORTLAUT_ALLOW_PRIVATE_URLS === '1' || process.env.WORTLAUT_ALLOW_PRIVATE_URLS === 'true';
}

/** DNS lookup that refuses private and loopback addresses at connect time (no rebinding). */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
	dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
		if (err) return callback(err, '', 0);
		const list = addresses as unknown as { address: string; family: number }[];
		const bad = !privateUrlsAllowed() && list.some((a) => isPrivateAddress(a.address));
		if (bad || !list.length) return callback(Object.assign(new Error('private address'), { code: 'EPRIVATE' }), '', 0);
		if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof list) => void)(null, list);
		else callback(null, list[0].address, list[0].family);
	});
};

function getOnce(url: URL, signal: AbortSignal): Promise<{ status: number; location?: string; type: string; body: Buffer }> {
	return new Promise((resolve, reject) => {
		const lib = url.protocol === 'https:' ? https : http;
		const req = lib.get(url, { lookup: guardedLookup, signal, headers: { 'user-agent': 'Wortlaut/1 (article import)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' } }, (res) => {
			const status = res.statusCode ?? 0;
			if (status >= 300 && status < 400) {
				res.resume();
				return resolve({ status, location: res.headers.location, type: '', body: Buffer.alloc(0) });
			}
			const chunks: Buffer[] = [];
			let size = 0;
			res.on('data', (c: Buffer) => {
				size += c.length;
				if (size > MAX_FETCH_BYTES) {
					req.destroy();
					reject(new ArticleError(m.urlTooLarge));
				} else chunks.push(c);
			});
			res.on('end', () => resolve({ status, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('error', reject);
	});
}

export async function fetchArticle(address: string): Promise<{ title: string; text: string; source: string }> {
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		throw new ArticleError(m.urlInvalid);
	}
	const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
	for (let hop = 0; hop < 4; hop++) {
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleError(m.urlInvalid);
		if (url.username || url.password) throw new ArticleError(m.urlInvalid);
		const host = url.hostname.replace(/^\[|\]$/g, '');
		if (isIP(host) && isPrivateAddress(host) && !privateUrlsAllowed()) throw new ArticleError(m.urlPrivate);
		let res;
		try {
			res = await getOnce(url, signal);
		} catch (error) {
			if (error instanceof ArticleError) throw error;
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPRIVATE') throw new ArticleError(m.urlPrivate);
			if (signal.aborted || code === 'ABORT_ERR') throw new ArticleError(m.urlTimeout(FETCH_TIMEOUT_MS / 1000));
			throw new ArticleError(m.urlFailed);
		}
		if (res.status >= 300 && res.status < 400 && res.location) {
			url = new URL(res.location, url);
			continue;
		}
		if (res.status !== 200) throw new ArticleError(m.urlStatus(res.status));
		const raw = res.body.toString('utf8');
		if (/html|xml/i.test(res.type) || /^\s*</.test(raw)) {
			const { title, text } = extractArticleFromHtml(raw, url.href);
			return { title, text, source: url.href };
		}
		if (/^text\//i.test(res.type) || !res.type) return { title: url.hostname, text: normalizeArticle(raw), source: url.href };
		throw new ArticleError(m.urlNotText);
	}
	throw new ArticleError(m.urlFailed);
}

// ---- Analysis -----------------------------------------------------------------------------

export function storeAnalysis(a: Analysis): StoredAnalysis {
	return {
		lang: a.lang,
		paragraphs: a.doc.paragraphs.map((p) => ({ start: p.start, end: p.end })),
		sentences: a.doc.sentences.map((s) => ({ start: s.start, end: s.end, heading: s.heading })),
		quotes: a.quotes.map((q) => ({
			start: q.start,
			end: q.end,
			kind: q.kind,
			speaker: q.speaker?.name ?? null,
			speakerSpan: q.speaker ? { start: q.speaker.start, end: q.speaker.end } : null,
			...(q.segments ? { segments: q.segments } : {})
		})),
		numbers: a.numbers.map((n) => ({ start: n.start, end: n.end, raw: n.raw, value: n.value, unit: n.unit, counted: n.counted, source: n.source, approx: n.approx })),
		diagnostics: a.diagnostics.map((d) => ({ code: d.code, message: d.message, severity: d.severity })),
		questionTypes: [...new Set(a.questions.map((q) => q.type))]
	};
}

/** `quiz` asks for a number of questions or certain types (default: the engine's 8–12 of all types) */
export function analyzeArticle(text: string, lang: Lang | 'auto', quiz?: { count?: number; types?: string[] }): { analysis: StoredAnalysis; questions: Question[] } {
	const a = analyze(text, { lang, quiz });
	return { analysis: storeAnalysis(a), questions: a.questions };
}

export function titleFromText(text: string): string {
	const first = text.split('\n').find((l) => l.trim()) ?? '';
	return first.trim().slice(0, 120) || m.untitled;
}

// Article intake: pasted text, uploaded .txt/.html, or a page fetched from a URL (readability
// extraction), with size and time limits; then the engine's analysis, stored with the lesson.
import { isIP } from 'node:net';
import http from 'node:http';
import https from 'node:https';
import type { Lang, Question } from '$lib/engine/types';
import { m } from '$lib/i18n';
import { guardSocket, guardedLookup, isBlockedAddress } from './blocked-addresses.ts';
import { normalizeArticle } from './html-article.ts';
import type { QuizRequest, StoredAnalysis } from './article-analysis.ts';
import type { SpeakerConfirmation } from './speaker-review.ts';
import { WorkError, analyzeInWorker, extractInWorker } from './article-worker.ts';

export { normalizeArticle };
export { storeAnalysis } from './article-analysis.ts';
export type { StoredAnalysis, StoredNumber, StoredQuote } from './article-analysis.ts';

export const MAX_ARTICLE_BYTES = 200 * 1024;
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_FETCH_BYTES = 3 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;

export class ArticleError extends Error {}

export function checkArticleSize(text: string): void {
	if (!text.trim()) throw new ArticleError(m.articleEmpty());
	const bytes = Buffer.byteLength(text, 'utf8');
	if (bytes > MAX_ARTICLE_BYTES) throw new ArticleError(m.articleTooLong({ kb: Math.ceil(bytes / 1024), max: MAX_ARTICLE_BYTES / 1024 }));
}

/** Work in the article worker, its failures as messages for the teacher. */
async function inWorker<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		if (!(error instanceof WorkError)) throw error;
		if (error.code === 'too-complex') throw new ArticleError(m.htmlTooComplex());
		if (error.code === 'timeout') throw new ArticleError(m.articleTooSlow());
		if (error.code === 'busy') throw new ArticleError(m.serverBusy());
		throw new ArticleError(m.articleFailed());
	}
}

/** The article of an HTML page as text, and its title (in the worker, with a time budget). */
export function extractArticleFromHtml(html: string): Promise<{ title: string; text: string }> {
	return inWorker(() => extractInWorker(html));
}

/** The engine's analysis for the lesson (in the worker, with a time budget); speakers the teacher
 * confirmed are applied first. */
export function analyzeArticle(text: string, lang: Lang | 'auto', confirmed: SpeakerConfirmation[] = [], quiz?: QuizRequest): Promise<{ analysis: StoredAnalysis; questions: Question[] }> {
	return inWorker(() => analyzeInWorker(text, lang, confirmed, quiz));
}

export async function decodeUpload(name: string, bytes: Uint8Array): Promise<{ title: string; text: string }> {
	if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ArticleError(m.uploadTooLarge({ mb: MAX_UPLOAD_BYTES / 1024 / 1024 }));
	const lower = name.toLowerCase();
	const raw = new TextDecoder('utf-8').decode(bytes);
	const base = name.replace(/\.[^.]+$/, '');
	if (lower.endsWith('.html') || lower.endsWith('.htm')) {
		const { title, text } = await extractArticleFromHtml(raw);
		return { title: title || base, text };
	}
	if (lower.endsWith('.txt') || lower.endsWith('.text') || lower.endsWith('.md')) return { title: base, text: normalizeArticle(raw) };
	throw new ArticleError(m.uploadWrongType());
}

// ---- URL import -------------------------------------------------------------------------

export function privateUrlsAllowed(): boolean {
	return process.env.WORTLAUT_ALLOW_PRIVATE_URLS === '1' || process.env.WORTLAUT_ALLOW_PRIVATE_URLS === 'true';
}

type AllowPrivate = () => boolean;

function getOnce(url: URL, signal: AbortSignal, allowPrivate: AllowPrivate): Promise<{ status: number; location?: string; type: string; body: Buffer }> {
	const lookup = guardedLookup(allowPrivate);
	return new Promise((resolve, reject) => {
		const lib = url.protocol === 'https:' ? https : http;
		const req = lib.get(url, { lookup, signal, headers: { 'user-agent': 'Wortlaut/1 (article import)', accept: 'text/html,text/plain;q=0.9,*/*;q=0.1' } }, (res) => {
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
					reject(new ArticleError(m.urlTooLarge()));
				} else chunks.push(c);
			});
			res.on('end', () => resolve({ status, type: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks) }));
			res.on('error', reject);
		});
		req.on('socket', (socket) => guardSocket(socket, allowPrivate));
		req.on('error', reject);
	});
}

/** The article at a URL; every hop (redirects) is checked on its own, by name, resolved address
 * and the address actually connected to. `allowPrivate` is asked at each check (tests). */
export async function fetchArticle(address: string, allowPrivate: AllowPrivate = privateUrlsAllowed): Promise<{ title: string; text: string; source: string }> {
	let url: URL;
	try {
		url = new URL(address.trim());
	} catch {
		throw new ArticleError(m.urlInvalid());
	}
	const signal = AbortSignal.timeout(FETCH_TIMEOUT_MS);
	for (let hop = 0; hop < 4; hop++) {
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArticleError(m.urlInvalid());
		if (url.username || url.password) throw new ArticleError(m.urlInvalid());
		const host = url.hostname.replace(/^\[|\]$/g, '');
		if (isIP(host) && isBlockedAddress(host) && !allowPrivate()) throw new ArticleError(m.urlPrivate());
		let res;
		try {
			res = await getOnce(url, signal, allowPrivate);
		} catch (error) {
			if (error instanceof ArticleError) throw error;
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'EPRIVATE') throw new ArticleError(m.urlPrivate());
			if (signal.aborted || code === 'ABORT_ERR') throw new ArticleError(m.urlTimeout({ seconds: FETCH_TIMEOUT_MS / 1000 }));
			throw new ArticleError(m.urlFailed());
		}
		if (res.status >= 300 && res.status < 400 && res.location) {
			try {
				url = new URL(res.location, url);
			} catch {
				throw new ArticleError(m.urlInvalid());
			}
			continue;
		}
		if (res.status !== 200) throw new ArticleError(m.urlStatus({ status: res.status }));
		const raw = res.body.toString('utf8');
		if (/html|xml/i.test(res.type) || /^\s*</.test(raw)) {
			const { title, text } = await extractArticleFromHtml(raw);
			return { title, text, source: url.href };
		}
		if (/^text\//i.test(res.type) || !res.type) return { title: url.hostname, text: normalizeArticle(raw), source: url.href };
		throw new ArticleError(m.urlNotText());
	}
	throw new ArticleError(m.urlFailed());
}

// ---- Analysis -----------------------------------------------------------------------------

export function titleFromText(text: string): string {
	const first = text.split('\n').find((l) => l.trim()) ?? '';
	return first.trim().slice(0, 120) || m.untitled();
}

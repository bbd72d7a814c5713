// Guards that keep one bad request from stopping the server or ending in a 500: a process-level
// net for errors nobody awaited, and clear 4xx answers for input no route can use (a body that is
// not a form, U+0000 that PostgreSQL refuses in text, a missing client-address header).
import { error, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';

const GUARD = Symbol.for('wortlaut.processGuard');

/** One failed request must not end the process (and with it every other request in flight):
 * errors that escaped their request are logged, and the server keeps serving. */
export function installProcessGuard(): void {
	const g = globalThis as Record<symbol, boolean>;
	if (g[GUARD]) return;
	g[GUARD] = true;
	process.on('unhandledRejection', (reason) => console.error('unhandled rejection (server keeps running):', reason));
	process.on('uncaughtException', (err) => console.error('uncaught exception (server keeps running):', err));
}

/** Percent-decoding that answers null instead of throwing on malformed input such as `%ZZ`. */
export function decodeSafely(part: string): string | null {
	try {
		return decodeURIComponent(part);
	} catch {
		return null;
	}
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i;

function hasNul(value: string): boolean {
	return value.includes('\u0000');
}

/** A response for a request no route can use, or null. Every POST of this app is a form. */
export function refuseRequest(event: RequestEvent): Response | null {
	const { request, url } = event;
	if (request.method === 'POST' && !FORM_TYPES.test(request.headers.get('content-type') ?? ''))
		return new Response(m.formUnreadable(), { status: 415, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	const path = decodeSafely(url.pathname);
	if (path === null) return new Response(m.badAddress(), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	if (hasNul(path) || hasNul(url.search && [...url.searchParams].flat().join('')) || hasNul(event.cookies.getAll().map((c) => c.value).join('')))
		return new Response(m.badCharacter(), { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
	return null;
}

/** Reading the form answers 400 for an unreadable body or a text field with U+0000 (instead of
 * a TypeError or a database error further down, both a 500). */
export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	Object.defineProperty(request, 'formData', {
		configurable: true,
		value: async (): Promise<FormData> => {
			let form: FormData;
			try {
				form = await read();
			} catch {
				error(400, m.formUnreadable());
			}
			for (const [, v] of form) if (typeof v === 'string' && hasNul(v)) error(400, m.badCharacter());
			return form;
		}
	});
}

/** With ADDRESS_HEADER set, a request without that header (not through the proxy) gets a 400
 * where the client's address is needed (rate limits), not a 500. */
export function guardClientAddress(event: RequestEvent): void {
	const read = event.getClientAddress.bind(event);
	event.getClientAddress = () => {
		try {
			return read();
		} catch {
			error(400, m.addressMissing());
		}
	};
}

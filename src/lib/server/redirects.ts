// Where a redirect may send the browser after login or the language switch: only a path on this
// app's own origin, as the browser will resolve it (tabs and newlines are dropped by browsers, so
// `/\t/evil.example` would become `//evil.example`).

/** The target as a path of `origin`, or `fallback` when it would leave the origin or is not a
 * plain path (control characters, backslashes, scheme-relative). */
export function localPath(target: unknown, origin: string, fallback: string): string {
	if (typeof target !== 'string' || !target.startsWith('/') || target.length > 2000) return fallback;
	if (/[\u0000-\u001f\u007f\\]/.test(target)) return fallback;
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return fallback;
	}
	if (url.origin !== new URL(origin).origin) return fallback;
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('//') ? fallback : path;
}

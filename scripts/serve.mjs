// The production server: adapter-node's request handler (build/handler.js) behind the
// `compression` middleware, on a plain Node HTTP server. `node build` serves the same app
// uncompressed; this file keeps what its server does that the app relies on (HOST, PORT,
// KEEP_ALIVE_TIMEOUT, HEADERS_TIMEOUT, a graceful shutdown on SIGTERM/SIGINT that emits
// `sveltekit:shutdown`), without socket activation.
//
// Compressed: HTML, JSON, CSV, XML and other text of 1 KB or more when the browser accepts br or
// gzip (brotli at quality 4, gzip at level 6: cheap enough per request). Left alone: smaller
// responses (redirects, /health), responses that carry a Content-Encoding already (the
// precompressed static files), types that are compressed already (images, zip, H5P) and
// `Cache-Control: no-transform`. Every write is flushed, so streamed responses keep streaming.
import http from 'node:http';
import zlib from 'node:zlib';
import compression from 'compression';
import { handler } from '../build/handler.js';
import { env, timeout_env } from '../build/env.js';

const host = env('HOST', '0.0.0.0');
const port = Number(env('PORT', '3000'));
const shutdownTimeout = parseInt(env('SHUTDOWN_TIMEOUT', '30'), 10);

const compress = compression({
	threshold: 1024,
	flush: zlib.constants.Z_SYNC_FLUSH,
	brotli: { flush: zlib.constants.BROTLI_OPERATION_FLUSH }
});

const server = http.createServer((req, res) => {
	compress(req, res, (error) => {
		if (error) {
			res.statusCode = 500;
			res.end();
			return;
		}
		handler(req, res);
	});
});
const keepAlive = timeout_env('KEEP_ALIVE_TIMEOUT');
if (keepAlive !== undefined) server.keepAliveTimeout = keepAlive * 1000;
const headersTimeout = timeout_env('HEADERS_TIMEOUT');
if (headersTimeout !== undefined) server.headersTimeout = headersTimeout * 1000;

server.listen({ host, port }, () => console.log(`Listening on http://${host}:${port}`));

let closing = null;
function shutdown(reason) {
	if (closing) return;
	server.closeIdleConnections();
	server.close((error) => {
		clearTimeout(closing);
		if (!error) process.emit('sveltekit:shutdown', reason);
	});
	closing = setTimeout(() => server.closeAllConnections(), shutdownTimeout * 1000);
	// idle keep-alive connections that finish a request later are closed as they finish
	server.on('request', (_req, res) => res.on('finish', () => server.closeIdleConnections()));
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

import type { RequestHandler } from './$types';

// Liveness for load balancers and the benchmark's baseline: no database, no rendering.
export const GET: RequestHandler = () => new Response('ok', { headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });

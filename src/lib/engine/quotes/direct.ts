import type { Context } from '../pipeline.ts';

export function findDirectQuotes(ctx: Context): void {
	void ctx;
}

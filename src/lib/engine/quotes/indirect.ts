import type { Context } from '../pipeline.ts';

export function findIndirectQuotes(ctx: Context): void {
	void ctx;
}

import type { Context } from '../pipeline.ts';

export function extractNumbers(ctx: Context): void {
	void ctx;
}

import type { Context } from '../pipeline.ts';

export function generateQuestions(ctx: Context): void {
	void ctx;
}

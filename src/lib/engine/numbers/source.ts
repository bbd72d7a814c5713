import type { Context } from '../pipeline.ts';
import type { NumberFact } from '../types.ts';
import type { NTok } from './tokens.ts';

export function attachSources(ctx: Context, facts: NumberFact[], toksOf: Map<number, NTok[]>): void {
	void ctx; void facts; void toksOf;
}

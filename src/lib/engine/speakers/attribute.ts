import type { Context } from '../pipeline.ts';

export function attributeSpeakers(ctx: Context): void {
	void ctx;
}

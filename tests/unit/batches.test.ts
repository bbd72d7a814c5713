import { describe, expect, it } from 'vitest';
import { batched } from '../../src/lib/server/batches.ts';

describe('batched', () => {
	it('runs the calls of one moment together and gives each caller its own result', async () => {
		const batches: number[][] = [];
		const double = batched(async (xs: number[]) => (batches.push(xs), xs.map((x) => x * 2)), { max: 3, inFlight: 1 });
		expect(await Promise.all([1, 2, 3, 4, 5].map(double))).toEqual([2, 4, 6, 8, 10]);
		expect(batches).toEqual([
			[1, 2, 3],
			[4, 5]
		]);
	});

	it('lets later calls wait for the running batch and join the next one', async () => {
		let running = 0;
		let most = 0;
		const sizes: number[] = [];
		const call = batched(
			async (xs: number[]) => {
				most = Math.max(most, ++running);
				sizes.push(xs.length);
				await new Promise((r) => setTimeout(r, 5));
				running--;
				return xs;
			},
			{ max: 100, inFlight: 1 }
		);
		const first = call(0);
		await new Promise((r) => setImmediate(r)); // the first batch is running now
		const rest = await Promise.all([1, 2, 3].map(call));
		expect([await first, ...rest]).toEqual([0, 1, 2, 3]);
		expect(sizes).toEqual([1, 3]);
		expect(most).toBe(1);
	});

	it('retries a failing batch one call at a time, so that only the bad call fails', async () => {
		const call = batched(
			async (xs: string[]) => {
				if (xs.includes('bad')) throw new Error('bad value');
				return xs.map((x) => x.toUpperCase());
			},
			{ max: 10, inFlight: 2 }
		);
		const outcomes = await Promise.allSettled(['a', 'bad', 'c'].map(call));
		expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual(['A', 'bad value', 'C']);
	});
});

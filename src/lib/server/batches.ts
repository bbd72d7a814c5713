// Calls of the same moment as one: the calls made while the event loop handles one round of I/O
// are run together (one statement, one round trip, one commit for all of them), and each caller
// hears back its own result. While `inFlight` batches are running, new calls wait and join the
// next one, so the busier the database, the larger the batches.

export interface BatchOptions {
	/** most calls in one batch */
	max: number;
	/** most batches running at once */
	inFlight: number;
}

interface Pending<I, R> {
	item: I;
	resolve: (result: R) => void;
	reject: (error: unknown) => void;
}

/** A function that collects its calls into batches for `run`, which returns one result per item
 * in order. A batch that fails is retried one call at a time, so that one bad call fails alone. */
export function batched<I, R>(run: (items: I[]) => Promise<R[]>, { max, inFlight }: BatchOptions): (item: I) => Promise<R> {
	const queue: Pending<I, R>[] = [];
	let running = 0;
	let scheduled = false;

	const settle = async (group: Pending<I, R>[]) => {
		try {
			const results = await run(group.map((p) => p.item));
			group.forEach((p, i) => p.resolve(results[i]));
		} catch (error) {
			if (group.length === 1) return group[0].reject(error);
			for (const p of group) await settle([p]);
		}
	};
	const flush = () => {
		scheduled = false;
		while (queue.length && running < inFlight) {
			running++;
			void settle(queue.splice(0, max)).finally(() => {
				running--;
				if (queue.length) schedule();
			});
		}
	};
	const schedule = () => {
		if (scheduled) return;
		scheduled = true;
		setImmediate(flush);
	};
	return (item) =>
		new Promise<R>((resolve, reject) => {
			queue.push({ item, resolve, reject });
			schedule();
		});
}

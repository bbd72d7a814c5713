// Failure counters in the database (shared by all app servers). Only failures are counted, so a
// class of 30 behind one school IP that types the right code is never blocked.
import { sql } from 'kysely';
import { getDb } from './db.ts';

export interface RateLimitRule {
	/** failures allowed per window */
	limit: number;
	windowMs: number;
}

export const LOGIN_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * 60 * 1000 };
export const JOIN_LIMIT: RateLimitRule = { limit: 20, windowMs: 10 * 60 * 1000 };

/** Seconds until the key may try again, or 0 when it may try now. */
export async function checkRateLimit(key: string, rule: RateLimitRule): Promise<number> {
	const db = await getDb();
	const row = await db.selectFrom('rate_limits').select(['count', 'reset_at']).where('key', '=', key).executeTakeFirst();
	const now = Date.now();
	if (!row || row.reset_at <= now || row.count < rule.limit) return 0;
	return Math.ceil((row.reset_at - now) / 1000);
}

export async function recordFailure(key: string, rule: RateLimitRule): Promise<void> {
	const db = await getDb();
	const now = Date.now();
	const reset = now + rule.windowMs;
	await db
		.insertInto('rate_limits')
		.values({ key, count: 1, reset_at: reset })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN 1 ELSE rate_limits.count + 1 END`,
				reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN ${reset} ELSE rate_limits.reset_at END`
			})
		)
		.execute();
}

export async function deleteExpiredRateLimits(): Promise<void> {
	const db = await getDb();
	await db.deleteFrom('rate_limits').where('reset_at', '<=', Date.now()).execute();
}

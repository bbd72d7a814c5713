// Attempt counters in the database (shared by all app servers). Increment, then decide: the
// counter is raised in the same statement that reads it (an upsert with RETURNING, atomic on
// SQLite and PostgreSQL), so concurrent requests cannot all pass a check made before any of them
// was counted. What succeeds gives its count back, so only failures use up the budget.
import { sql } from 'kysely';
import { getDb } from './db.ts';

export interface RateLimitRule {
	/** attempts allowed per window (failures, where successes are given back) */
	limit: number;
	windowMs: number;
}

const MINUTE = 60 * 1000;
/** wrong passwords per (account, address): a teacher elsewhere is never locked out */
export const LOGIN_LIMIT: RateLimitRule = { limit: 10, windowMs: 15 * MINUTE };
/** wrong passwords per address over all accounts (password spraying) */
export const LOGIN_ADDRESS_LIMIT: RateLimitRule = { limit: 50, windowMs: 15 * MINUTE };
/** wrong join codes per (address, nickname): one student's typos do not block the class */
export const JOIN_LIMIT: RateLimitRule = { limit: 20, windowMs: 10 * MINUTE };
/** wrong join codes per address (a school behind one address: a class of 30 with typos) */
export const JOIN_ADDRESS_LIMIT: RateLimitRule = { limit: 300, windowMs: 10 * MINUTE };
/** sign-ups (each an argon2 hash) per address, successful or not */
export const SIGNUP_LIMIT: RateLimitRule = { limit: 10, windowMs: 60 * MINUTE };

/** Counts one attempt for the key; seconds until it may try again when this attempt is over the
 * limit (it must then not be evaluated), else 0. */
export async function takeRateLimit(key: string, rule: RateLimitRule): Promise<number> {
	const db = await getDb();
	const now = Date.now();
	const reset = now + rule.windowMs;
	const row = await db
		.insertInto('rate_limits')
		.values({ key, count: 1, reset_at: reset })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				count: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN 1 ELSE rate_limits.count + 1 END`,
				reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN ${reset} ELSE rate_limits.reset_at END`
			})
		)
		.returning(['count', 'reset_at'])
		.executeTakeFirstOrThrow();
	if (Number(row.count) <= rule.limit) return 0;
	return Math.max(1, Math.ceil((Number(row.reset_at) - now) / 1000));
}

/** Takes several keys at once; the longest wait of them (0: every key may try). */
export async function takeRateLimits(keys: [string, RateLimitRule][]): Promise<number> {
	let wait = 0;
	for (const [key, rule] of keys) wait = Math.max(wait, await takeRateLimit(key, rule));
	return wait;
}

/** Gives back the attempt of a request that succeeded. */
export async function refundRateLimit(key: string): Promise<void> {
	const db = await getDb();
	await db.updateTable('rate_limits').set({ count: sql<number>`count - 1` }).where('key', '=', key).where('count', '>', 0).execute();
}

/** Forgets the key's attempts (a successful login ends the backoff of that account and address). */
export async function clearRateLimit(key: string): Promise<void> {
	const db = await getDb();
	await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

export async function deleteExpiredRateLimits(): Promise<void> {
	const db = await getDb();
	await db.deleteFrom('rate_limits').where('reset_at', '<=', Date.now()).execute();
}

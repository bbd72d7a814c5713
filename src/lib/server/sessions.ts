// Teacher sessions, stored in the database (several app servers can share one PostgreSQL).
// The cookie holds a random token; the table holds its SHA-256.
import { createHash, randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { getDb } from './db.ts';
import type { User } from './users.ts';

export const SESSION_COOKIE = 'wl_session';
export const SESSION_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export async function createSession(userId: string): Promise<{ token: string; expiresAt: Date }> {
	const db = await getDb();
	const token = randomBytes(32).toString('base64url');
	const expires_at = Date.now() + SESSION_DAYS * DAY;
	await db.insertInto('sessions').values({ id: hashToken(token), user_id: userId, expires_at }).execute();
	return { token, expiresAt: new Date(expires_at) };
}

/** The session's user, or null; a session used in its second half is extended. */
export async function findSessionUser(token: string): Promise<{ user: User; expiresAt: Date | null } | null> {
	if (!token || token.length > 100) return null;
	const db = await getDb();
	const id = hashToken(token);
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select(['users.id as id', 'users.email as email', 'sessions.expires_at as expires_at'])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const now = Date.now();
	if (row.expires_at <= now) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	let expiresAt: Date | null = null;
	if (row.expires_at - now < (SESSION_DAYS / 2) * DAY) {
		const expires_at = now + SESSION_DAYS * DAY;
		await db.updateTable('sessions').set({ expires_at }).where('id', '=', id).execute();
		expiresAt = new Date(expires_at);
	}
	return { user: { id: row.id, email: row.email }, expiresAt };
}

export async function deleteSession(token: string): Promise<void> {
	const db = await getDb();
	await db.deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

export async function deleteExpiredSessions(): Promise<void> {
	const db = await getDb();
	await db.deleteFrom('sessions').where('expires_at', '<=', Date.now()).execute();
}

/** Secure whenever the app is served over https (ORIGIN=https://…), so it also works on a plain
 * http://127.0.0.1 during development and tests. */
export function cookieOptions(url: URL): { path: string; httpOnly: true; sameSite: 'lax'; secure: boolean } {
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:' };
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expires: Date): void {
	cookies.set(SESSION_COOKIE, token, { ...cookieOptions(url), expires });
}

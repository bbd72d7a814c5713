// Teacher accounts: email + password hashed with argon2id (@node-rs/argon2).
import { randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { getDb } from './db.ts';

export interface User {
	id: string;
	email: string;
}

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;

// A hash to verify against when the email is unknown, so that both cases take the same time.
let dummyHash: Promise<string> | null = null;

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function isPlausibleEmail(email: string): boolean {
	return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export async function hashPassword(password: string): Promise<string> {
	return hash(password);
}

/** Creates the account; null when the email is taken. */
export async function createUser(email: string, password: string): Promise<User | null> {
	const db = await getDb();
	const user = { id: randomUUID(), email: normalizeEmail(email) };
	const password_hash = await hashPassword(password);
	const inserted = await db
		.insertInto('users')
		.values({ ...user, password_hash, created_at: Date.now() })
		.onConflict((oc) => oc.column('email').doNothing())
		.returning('id')
		.executeTakeFirst();
	return inserted ? user : null;
}

/** The user whose password matches, or null. */
export async function authenticateUser(email: string, password: string): Promise<User | null> {
	const db = await getDb();
	const row = await db.selectFrom('users').select(['id', 'email', 'password_hash']).where('email', '=', normalizeEmail(email)).executeTakeFirst();
	if (!row) {
		dummyHash ??= hashPassword('not-a-password-of-anyone');
		await verify(await dummyHash, password).catch(() => false);
		return null;
	}
	const ok = await verify(row.password_hash, password).catch(() => false);
	return ok ? { id: row.id, email: row.email } : null;
}

/** Sets a new password and ends the user's sessions; false when there is no such user. */
export async function resetUserPassword(email: string, password: string): Promise<boolean> {
	const db = await getDb();
	const password_hash = await hashPassword(password);
	const row = await db.updateTable('users').set({ password_hash }).where('email', '=', normalizeEmail(email)).returning('id').executeTakeFirst();
	if (!row) return false;
	await db.deleteFrom('sessions').where('user_id', '=', row.id).execute();
	return true;
}

export async function countUsers(): Promise<number> {
	const db = await getDb();
	const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
	return Number(row.n);
}

// Calling SvelteKit load functions and form actions directly, against a real database.
import { isActionFailure, isRedirect, type Cookies } from '@sveltejs/kit';
import pg from 'pg';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { closeDb, openDb, type DbConfig } from '../../src/lib/server/db.ts';
import { actions as signupActions } from '../../src/routes/signup/+page.server.ts';
import { findSessionUser, SESSION_COOKIE } from '../../src/lib/server/sessions.ts';

export interface Backend {
	name: string;
	open(): Promise<void>;
	close(): Promise<void>;
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set (a failure in CI when it is not). */
export function backends(): Backend[] {
	const list: Backend[] = [
		{
			name: 'sqlite',
			async open() {
				const dir = mkdtempSync(join(tmpdir(), 'wortlaut-test-'));
				await openDb({ url: join(dir, 'test.sqlite') });
			},
			close: closeDb
		}
	];
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
		const config: DbConfig = { url, schema };
		list.push({
			name: 'postgres',
			open: async () => void (await openDb(config)),
			async close() {
				await closeDb();
				const client = new pg.Client({ connectionString: url });
				await client.connect();
				await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
				await client.end();
			}
		});
	} else if (process.env.CI) {
		list.push({
			name: 'postgres',
			open: async () => {
				throw new Error('CI is set but TEST_DATABASE_URL is not: the PostgreSQL suite cannot run');
			},
			close: async () => {}
		});
	} else console.log('[server tests] PostgreSQL suite skipped: TEST_DATABASE_URL is not set');
	return list;
}

export class CookieJar implements Cookies {
	store = new Map<string, string>();
	get(name: string): string | undefined {
		return this.store.get(name);
	}
	getAll(): { name: string; value: string }[] {
		return [...this.store].map(([name, value]) => ({ name, value }));
	}
	set(name: string, value: string): void {
		this.store.set(name, value);
	}
	delete(name: string): void {
		this.store.delete(name);
	}
	serialize(name: string, value: string): string {
		return `${name}=${value}`;
	}
}

export interface Ctx {
	cookies: CookieJar;
	user: { id: string; email: string } | null;
	ip: string;
}

export function newCtx(ip = '10.0.0.1'): Ctx {
	return { cookies: new CookieJar(), user: null, ip };
}

type Fields = Record<string, string | string[] | File>;

function toForm(fields: Fields): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields)) {
		if (Array.isArray(v)) for (const x of v) form.append(k, x);
		else form.append(k, v);
	}
	return form;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function event(ctx: Ctx, path: string, params: Record<string, string> = {}, fields?: Fields, headers: Record<string, string> = {}): any {
	const url = new URL(path, 'http://127.0.0.1:3000');
	return {
		url,
		params,
		cookies: ctx.cookies,
		locals: { user: ctx.user },
		request: new Request(url, fields ? { method: 'POST', body: toForm(fields), headers } : { headers }),
		getClientAddress: () => ctx.ip,
		parent: async () => ({}),
		depends: () => {},
		untrack: <T>(fn: () => T) => fn(),
		setHeaders: () => {}
	};
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = any;
export type Outcome = { kind: 'redirect'; location: string; status: number } | { kind: 'fail'; status: number; data: Data } | { kind: 'ok'; data: Data };

/** Runs a load or action and says how it ended: redirect, fail(...) or data. */
export async function run(fn: unknown, ev: unknown): Promise<Outcome> {
	try {
		const result = await (fn as (e: unknown) => Promise<unknown>)(ev);
		if (isActionFailure(result)) return { kind: 'fail', status: result.status, data: result.data };
		return { kind: 'ok', data: result ?? {} };
	} catch (error) {
		if (isRedirect(error)) return { kind: 'redirect', location: error.location, status: error.status };
		throw error;
	}
}

/** A short German article with two quotes and two numbers, for lessons in the server tests. */
export const SAMPLE_ARTICLE = [
	'Streit um den Stadtpark',
	'',
	'Der Stadtrat will 1.500 neue Bäume pflanzen. „Das ist ein guter Tag für die Stadt“, sagte Bürgermeisterin Anna Berg am Montag.',
	'',
	'Der Umweltverband sieht das anders. „Das reicht bei Weitem nicht“, erklärte Verbandschef Carl Dorn. Nach Angaben des Verbands fehlen rund 4.000 Bäume.'
].join('\n');

/** Signs a teacher up through the real action and keeps the session user on the context. */
export async function signUp(ctx: Ctx, email: string): Promise<void> {
	const r = await run(signupActions.default, event(ctx, '/signup', {}, { email, password: 'geheim-genug' }));
	expect(r).toMatchObject({ kind: 'redirect', location: '/lessons' });
	const found = await findSessionUser(ctx.cookies.get(SESSION_COOKIE)!);
	ctx.user = found!.user;
}

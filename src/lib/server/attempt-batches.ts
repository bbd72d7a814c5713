// PostgreSQL on the hot path of taking a quiz: the attempt lookups (join code and cookie tokens)
// and the attempt writes (drafts and submissions) of the same moment run as one statement over
// arrays, prepared once per connection. One lookup or write each would cost a round trip, a parse
// and plan in the database and, for a write, a WAL flush apiece; a class submitting at once sends
// many in the same moment. (SQLite runs in the process and groups its commits in attempts.ts.)
import type { Pool } from 'pg';
import { batched } from './batches.ts';
import type { FeedbackMode, LessonStatus } from './db.ts';

export interface AttemptLookup {
	code: string;
	/** attempt tokens from the student's cookies; [''] when there are none */
	tokens: string[];
}

export interface AttemptByCodeRow {
	l_id: string;
	l_status: LessonStatus;
	l_feedback: FeedbackMode;
	l_updated_at: number;
	id: string | null;
	submitted_at: number | null;
}

/** A draft (submitted false: score, max and results stay null) or a graded submission. */
export interface AttemptWrite {
	id: string;
	answers: string;
	now: number;
	submitted: boolean;
	score: number | null;
	max: number | null;
	results: string | null;
}

// one row per (lookup, token); the lesson is found by code, the attempt by lesson and token
const LOOKUP_SQL = `SELECT r.i, l.id AS l_id, l.status AS l_status, l.feedback AS l_feedback, l.updated_at AS l_updated_at, a.id, a.submitted_at
FROM unnest($1::int4[], $2::text[], $3::text[]) AS r(i, code, token)
JOIN lessons AS l ON l.join_code = r.code
LEFT JOIN attempts AS a ON a.lesson_id = l.id AND a.token = r.token`;

// an attempt that is submitted already changes no more (so a second submission is refused)
const WRITE_SQL = `UPDATE attempts AS a SET answers = w.answers, saved_at = w.now,
	submitted_at = CASE WHEN w.submitted THEN w.now END, score = w.score, max_score = w.max, results = w.results
FROM unnest($1::text[], $2::text[], $3::int8[], $4::bool[], $5::float8[], $6::float8[], $7::text[]) AS w(id, answers, now, submitted, score, max, results)
WHERE a.id = w.id AND a.submitted_at IS NULL
RETURNING a.id`;

async function lookUp(pool: Pool, lookups: AttemptLookup[]): Promise<(AttemptByCodeRow | undefined)[]> {
	const index: number[] = [];
	const codes: string[] = [];
	const tokens: string[] = [];
	lookups.forEach((l, i) =>
		l.tokens.forEach((t) => {
			index.push(i);
			codes.push(l.code);
			tokens.push(t);
		})
	);
	const { rows } = await pool.query<AttemptByCodeRow & { i: number }>({ name: 'wl_attempt_lookup', text: LOOKUP_SQL, values: [index, codes, tokens] });
	const found: (AttemptByCodeRow | undefined)[] = lookups.map(() => undefined);
	// the lesson alone when none of the tokens is an attempt on it
	for (const row of rows) if (!found[row.i] || (!found[row.i]!.id && row.id)) found[row.i] = row;
	return found;
}

/** Writes in the order asked; a second write of the same attempt goes into a later statement
 * (one UPDATE changes a row once). Sorted by id, so concurrent batches lock rows in one order. */
async function write(pool: Pool, writes: AttemptWrite[]): Promise<boolean[]> {
	const changed = new Array<boolean>(writes.length).fill(false);
	let pending = writes.map((_, i) => i);
	while (pending.length) {
		const seen = new Set<string>();
		const round: number[] = [];
		const later: number[] = [];
		for (const i of pending) {
			if (seen.has(writes[i].id)) later.push(i);
			else {
				seen.add(writes[i].id);
				round.push(i);
			}
		}
		const ws = round.map((i) => writes[i]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		const columns = [ws.map((w) => w.id), ws.map((w) => w.answers), ws.map((w) => w.now), ws.map((w) => w.submitted), ws.map((w) => w.score), ws.map((w) => w.max), ws.map((w) => w.results)];
		const { rows } = await pool.query<{ id: string }>({ name: 'wl_attempt_write', text: WRITE_SQL, values: columns });
		const ids = new Set(rows.map((r) => r.id));
		for (const i of round) changed[i] = ids.has(writes[i].id);
		pending = later;
	}
	return changed;
}

export interface AttemptBatches {
	lookUp(lookup: AttemptLookup): Promise<AttemptByCodeRow | undefined>;
	/** true when the row changed, once committed */
	write(change: AttemptWrite): Promise<boolean>;
}

const perPool = new WeakMap<Pool, AttemptBatches>();

export function attemptBatchesOf(pool: Pool): AttemptBatches {
	let batches = perPool.get(pool);
	if (!batches) {
		batches = {
			lookUp: batched((items: AttemptLookup[]) => lookUp(pool, items), { max: 500, inFlight: 2 }),
			// one write batch at a time: the writes of one attempt stay in the order they were asked
			write: batched((items: AttemptWrite[]) => write(pool, items), { max: 500, inFlight: 1 })
		};
		perPool.set(pool, batches);
	}
	return batches;
}

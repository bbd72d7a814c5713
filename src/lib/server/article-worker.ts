// HTML extraction and the engine's analysis run in worker threads, never on the request thread:
// a slow page (Readability over deep markup) or a large article keeps no other request waiting.
// Each task has a time budget; a worker over budget is terminated (and replaced), and the request
// gets a clear error. Tasks beyond the queue's length are refused at once.
//
// The worker runs this very module (in the build: the chunk it is bundled into; under Vitest and
// tsx: the .ts file, loaded through tsx), told apart from the app by its workerData.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Lang, Question } from '$lib/engine/types';
import { extractArticleFromHtml, HtmlTooComplexError } from './html-article.ts';
import { analyzeArticle, type QuizRequest, type StoredAnalysis } from './article-analysis.ts';
import type { SpeakerConfirmation } from './speaker-review.ts';

const ROLE = 'wortlaut-article-worker';

type Task = { kind: 'extract'; html: string } | { kind: 'analyze'; text: string; lang: Lang | 'auto'; confirmed: SpeakerConfirmation[]; quiz?: QuizRequest };
type Outcome = { id: number; ok: true; value: unknown } | { id: number; ok: false; code: string; message: string };

/** Why a task failed: the page is beyond the bounds, the budget ran out, the queue is full. */
export class WorkError extends Error {
	constructor(
		readonly code: 'too-complex' | 'timeout' | 'busy' | 'failed',
		message: string
	) {
		super(message);
	}
}

export const EXTRACT_BUDGET_MS = 10_000;
export const ANALYZE_BUDGET_MS = 30_000;
/** tasks waiting for a worker; more are refused */
export const MAX_QUEUED = 16;

function runTask(task: Task): unknown {
	if (task.kind === 'extract') return extractArticleFromHtml(task.html);
	return analyzeArticle(task.text, task.lang, task.confirmed, task.quiz);
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
	parentPort!.on('message', ({ id, task }: { id: number; task: Task }) => {
		let out: Outcome;
		try {
			out = { id, ok: true, value: runTask(task) };
		} catch (error) {
			out = { id, ok: false, code: error instanceof HtmlTooComplexError ? 'too-complex' : 'failed', message: String((error as Error)?.message ?? error) };
		}
		parentPort!.postMessage(out);
	});
}

interface Job {
	id: number;
	task: Task;
	budgetMs: number;
	resolve: (v: unknown) => void;
	reject: (e: Error) => void;
}

interface Slot {
	worker: Worker;
	job: Job | null;
	timer: NodeJS.Timeout | null;
}

const size = Math.max(1, Math.min(2, availableParallelism() - 1));
const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

function spawn(): Slot {
	const url = new URL(import.meta.url);
	// under Vitest/tsx this module is TypeScript: the worker registers tsx, then loads it
	const worker = url.pathname.endsWith('.ts')
		? new Worker(`(async () => { (await import('tsx/esm/api')).register(); await import(${JSON.stringify(url.href)}); })();`, { eval: true, workerData: { role: ROLE } })
		: new Worker(fileURLToPath(url), { workerData: { role: ROLE } });
	const slot: Slot = { worker, job: null, timer: null };
	worker.unref();
	worker.on('message', (out: Outcome) => finish(slot, out));
	worker.on('error', (error) => fail(slot, new WorkError('failed', String(error?.message ?? error))));
	worker.on('exit', () => fail(slot, new WorkError('failed', 'worker exited')));
	return slot;
}

function finish(slot: Slot, out: Outcome): void {
	const job = slot.job;
	if (!job || job.id !== out.id) return;
	if (slot.timer) clearTimeout(slot.timer);
	slot.job = null;
	slot.timer = null;
	if (out.ok) job.resolve(out.value);
	else job.reject(new WorkError(out.code === 'too-complex' ? 'too-complex' : 'failed', out.message));
	pump();
}

/** The worker is gone (crash, exit, terminated over budget): its job fails, a fresh one takes over. */
function fail(slot: Slot, error: Error): void {
	const i = slots.indexOf(slot);
	if (i < 0) return;
	slots.splice(i, 1);
	if (slot.timer) clearTimeout(slot.timer);
	const job = slot.job;
	slot.job = null;
	void slot.worker.terminate();
	job?.reject(error);
	pump();
}

function pump(): void {
	while (queue.length) {
		let slot = slots.find((s) => !s.job);
		if (!slot && slots.length < size) slots.push((slot = spawn()));
		if (!slot) return;
		const job = queue.shift()!;
		slot.job = job;
		slot.worker.ref();
		const running = slot;
		running.timer = setTimeout(() => fail(running, new WorkError('timeout', `over ${job.budgetMs} ms`)), job.budgetMs);
		running.worker.postMessage({ id: job.id, task: job.task });
	}
	for (const s of slots) if (!s.job) s.worker.unref();
}

function submit<T>(task: Task, budgetMs: number): Promise<T> {
	if (queue.length >= MAX_QUEUED) return Promise.reject(new WorkError('busy', 'queue full'));
	return new Promise<T>((resolve, reject) => {
		queue.push({ id: nextId++, task, budgetMs, resolve: resolve as (v: unknown) => void, reject });
		pump();
	});
}

/** The article of an HTML page, extracted in a worker within EXTRACT_BUDGET_MS. */
export function extractInWorker(html: string, budgetMs = EXTRACT_BUDGET_MS): Promise<{ title: string; text: string }> {
	return submit({ kind: 'extract', html }, budgetMs);
}

/** The engine's analysis of an article, in a worker within ANALYZE_BUDGET_MS. */
export function analyzeInWorker(text: string, lang: Lang | 'auto', confirmed: SpeakerConfirmation[] = [], quiz?: QuizRequest, budgetMs = ANALYZE_BUDGET_MS): Promise<{ analysis: StoredAnalysis; questions: Question[] }> {
	return submit({ kind: 'analyze', text, lang, confirmed, quiz }, budgetMs);
}

// Command line: `npm run -s cli -- analyze [--lang de|en|auto] FILE...`
// Prints one JSON object per file and line (JSON Lines, ../shared/eval/CONTRACT.md).
import { readFileSync } from 'node:fs';
import { analyze } from '../src/lib/engine/pipeline.ts';
import { toContract } from '../src/lib/engine/contract.ts';
import type { Lang, Question } from '../src/lib/engine/types.ts';
import { score } from '../src/lib/engine/scoring/score.ts';
import { commandExport, EXPORT_USAGE } from '../src/lib/export/cli.ts';

const USAGE = `usage:
  cli analyze [--lang de|en|auto] [--no-questions] FILE...   analyse articles, print JSON Lines
  cli grade QUIZ.json ANSWERS.json                          grade answers: {"q1": {"score", "correct", "diagnosis"}}
  cli reset-password EMAIL [--password P]   set a teacher's password (random and printed unless given)
${EXPORT_USAGE}`;

function fail(message: string, code = 2): never {
	process.stderr.write(`${message}\n`);
	process.exit(code);
}

function commandAnalyze(args: string[]): number {
	let lang: Lang | 'auto' = 'auto';
	let questions = true;
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--lang') {
			const v = args[++i];
			if (v !== 'de' && v !== 'en' && v !== 'auto') fail(`unsupported language: ${v ?? '(missing)'} (use de, en or auto)`);
			lang = v;
		} else if (a.startsWith('--lang=')) {
			const v = a.slice(7);
			if (v !== 'de' && v !== 'en' && v !== 'auto') fail(`unsupported language: ${v} (use de, en or auto)`);
			lang = v;
		} else if (a === '--no-questions') questions = false;
		else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`);
		else files.push(a);
	}
	if (!files.length) fail(`analyze needs at least one FILE\n${USAGE}`);
	let failed = 0;
	const out: string[] = [];
	for (const file of files) {
		let text: string;
		try {
			text = readFileSync(file, 'utf8');
		} catch (error) {
			failed++;
			const message = `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
			process.stderr.write(message + '\n');
			out.push(JSON.stringify({ file, error: message }));
			continue;
		}
		const analysis = analyze(text, { lang, questions });
		out.push(JSON.stringify({ file, ...toContract(analysis) }));
	}
	process.stdout.write(out.join('\n') + '\n');
	return failed ? 1 : 0;
}

/** the questions of a quiz file: an `analyze` line (or JSON Lines), an object or array holding
 * `questions`, or an array of questions */
function quizQuestions(raw: string): Question[] {
	let docs: unknown[];
	try {
		docs = [JSON.parse(raw)];
	} catch {
		docs = raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
	}
	const out: Question[] = [];
	const visit = (x: unknown) => {
		if (Array.isArray(x)) x.forEach(visit);
		else if (x && typeof x === 'object') {
			const o = x as Record<string, unknown>;
			if (Array.isArray(o.questions)) visit(o.questions);
			else if (typeof o.id === 'string' && typeof o.target === 'string') out.push(o as Question);
		}
	};
	docs.forEach(visit);
	return out;
}

function commandGrade(args: string[]): number {
	const [quizFile, answersFile] = args.filter((a) => !a.startsWith('--'));
	if (!quizFile || !answersFile) fail(`grade needs QUIZ.json and ANSWERS.json\n${USAGE}`);
	let questions: Question[];
	let answers: Record<string, unknown>;
	try {
		questions = quizQuestions(readFileSync(quizFile, 'utf8'));
	} catch (error) {
		return fail(`cannot read quiz ${quizFile}: ${error instanceof Error ? error.message : String(error)}`, 1);
	}
	try {
		const parsed = JSON.parse(readFileSync(answersFile, 'utf8'));
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('expected an object mapping question ids to responses');
		answers = parsed;
	} catch (error) {
		return fail(`cannot read answers ${answersFile}: ${error instanceof Error ? error.message : String(error)}`, 1);
	}
	const byId = new Map(questions.map((q) => [q.id, q]));
	const out: Record<string, { score: number; correct: boolean; diagnosis: string }> = {};
	for (const [id, response] of Object.entries(answers)) {
		const q = byId.get(id);
		if (!q) { out[id] = { score: 0, correct: false, diagnosis: 'unknown-question' }; continue; }
		const g = score(q, response);
		out[id] = { score: g.score, correct: g.correct, diagnosis: g.diagnosis };
	}
	process.stdout.write(JSON.stringify(out) + '\n');
	return 0;
}

// `reset-password EMAIL [--password P]`: sets a teacher's password (a random one, printed, unless
// given) and ends their sessions. Uses the app's database (DATABASE_URL or DATABASE_FILE).
async function commandResetPassword(args: string[]): Promise<number> {
	const email = args.find((a) => !a.startsWith('--'));
	const i = args.indexOf('--password');
	if (!email) fail(`reset-password needs an EMAIL\n${USAGE}`);
	const { randomBytes } = await import('node:crypto');
	const password = i >= 0 ? args[i + 1] ?? '' : randomBytes(12).toString('base64url');
	if (password.length < 8) fail('the password needs at least 8 characters');
	const { resetUserPassword } = await import('../src/lib/server/users.ts');
	const { closeDb, describeDb } = await import('../src/lib/server/db.ts');
	try {
		if (!(await resetUserPassword(email, password))) {
			process.stderr.write(`no teacher account for ${email} in ${describeDb()}\n`);
			return 1;
		}
		process.stdout.write(i >= 0 ? `password of ${email} changed\n` : `new password of ${email}: ${password}\n`);
		return 0;
	} finally {
		await closeDb();
	}
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'analyze') process.exitCode = commandAnalyze(rest);
else if (command === 'grade') process.exitCode = commandGrade(rest);
else if (command === 'export') process.exitCode = commandExport(rest, { stdout: (b) => process.stdout.write(b), stderr: (m) => process.stderr.write(m) });
else if (command === 'reset-password') process.exitCode = await commandResetPassword(rest);
else fail(command ? `unknown command ${command}\n${USAGE}` : USAGE);

// Command line: `npm run -s cli -- analyze [--lang de|en|auto] FILE...`
// Prints one JSON object per file and line (JSON Lines, ../shared/eval/CONTRACT.md).
import { readFileSync } from 'node:fs';
import { analyze } from '../src/lib/engine/pipeline.ts';
import { toContract } from '../src/lib/engine/contract.ts';
import type { Lang } from '../src/lib/engine/types.ts';

const USAGE = `usage:
  cli analyze [--lang de|en|auto] [--no-questions] FILE...   analyse articles, print JSON Lines`;

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

const [command, ...rest] = process.argv.slice(2);
if (command === 'analyze') process.exitCode = commandAnalyze(rest);
else fail(command ? `unknown command ${command}\n${USAGE}` : USAGE);

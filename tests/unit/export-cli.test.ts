// `cli export`: every format written to a file, the loss list on stderr, usage errors; and one
// run of the real command line.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { commandExport, keyPath } from '../../src/lib/export/cli.ts';
import { importBackup } from '../../src/lib/export/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'src/lib/demo/seed-nordkorea.txt');
const dir = mkdtempSync(join(tmpdir(), 'wortlaut-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
	let stderr = '';
	const out: Uint8Array[] = [];
	const status = commandExport(args, { stdout: (b) => out.push(b), stderr: (s) => (stderr += s) });
	return { status, stderr, stdout: Buffer.concat(out) };
}

describe('cli export', () => {
	it.each([
		['moodle', 'quiz.bin', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^<\?xml[\s\S]*<quiz>/)],
		['gift', 'quiz.xml', (b: Buffer) => expect(b.toString('utf8')).toContain('$CATEGORY:')],
		['qti', 'quiz.txt', (b: Buffer) => expect(Object.keys(unzipSync(b))).toContain('imsmanifest.xml')],
		['h5p', 'quiz.zip', (b: Buffer) => expect(Object.keys(unzipSync(b))).toContain('h5p.json')],
		['csv', 'quiz.html', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^\uFEFFnumber[,;]id[,;]type/)],
		['worksheet', 'sheet.html', (b: Buffer) => expect(b.toString('utf8')).toMatch(/^<!doctype html>/)],
		['backup', 'lesson.json', (b: Buffer) => expect(importBackup(b).lesson.questions.length).toBeGreaterThan(0)]
	])('writes %s whatever the extension', (format, name, check) => {
		const out = join(dir, `${format}-${name}`);
		const r = run([SEED, '--format', format, '--out', out, '--lang', 'de']);
		expect(r.status, r.stderr).toBe(0);
		check(readFileSync(out));
		expect(r.stderr).toContain(`wrote ${out}`);
		if (format !== 'backup') expect(r.stderr).toMatch(/^lost: /m);
		if (format === 'worksheet') {
			expect(readFileSync(keyPath(out), 'utf8')).toContain('<table>');
			expect(keyPath(out)).toBe(join(dir, 'worksheet-sheet-key.html'));
		}
	});

	it('prints the loss list, e.g. what GIFT cannot carry', () => {
		const r = run([SEED, '--format=gift', '--out', join(dir, 'g.txt')]);
		expect(r.stderr).toContain('lost: GIFT: evidence highlighting not available');
		expect(r.stderr).toMatch(/lost: GIFT: mark-the-speaker becomes a short answer .*\(q\d+/);
	});

	it('writes to standard output and reads a backup instead of an article', () => {
		const backup = join(dir, 'b.json');
		expect(run([SEED, '--format', 'backup', '--out', backup, '--title', 'Nordkorea']).status).toBe(0);
		const r = run([backup, '--format', 'csv', '--out', '-', '--delimiter', ';']);
		expect(r.status).toBe(0);
		expect(r.stdout.toString('utf8')).toMatch(/^\uFEFFnumber;id;type/);
		expect(r.stderr).toContain('CSV (questions)');
		const attempts = join(dir, 'attempts.json');
		writeFileSync(attempts, JSON.stringify([{ student: 'Ada', answers: { q1: 'Farah Dakhlallah' } }]));
		const res = run([backup, '--format', 'results-csv', '--out', '-', '--attempts', attempts]);
		expect(res.status).toBe(0);
		expect(res.stdout.toString('utf8').split('\r\n').filter(Boolean).length).toBe(1 + importBackup(readFileSync(backup)).lesson.questions.length);
	});

	it.each([
		[[SEED, '--out', 'x'], /needs --format/],
		[[SEED, '--format', 'pdf', '--out', 'x'], /unknown format pdf/],
		[[SEED, '--format', 'gift'], /needs --out/],
		[['--format', 'gift', '--out', 'x'], /exactly one ARTICLE/],
		[[SEED, '--format', 'gift', '--out', 'x', '--lang', 'fr'], /unsupported language/],
		[[SEED, '--format', 'gift', '--out', 'x', '--frobnicate'], /unknown option/]
	])('refuses %j', (args, message) => {
		const r = run(args as string[]);
		expect(r.status).toBe(2);
		expect(r.stderr).toMatch(message);
		expect(r.stderr).toContain('cli export ARTICLE.txt');
	});

	it('fails with status 1 on a missing article', () => {
		const r = run([join(dir, 'missing.txt'), '--format', 'gift', '--out', join(dir, 'x')]);
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/cannot read/);
		expect(existsSync(join(dir, 'x'))).toBe(false);
	});

	it('runs from the command line', () => {
		const out = join(dir, 'cli.h5p');
		const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/cli.ts'), 'export', SEED, '--format', 'h5p', '--out', out], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stderr).toContain('lost: H5P:');
		expect(Object.keys(unzipSync(readFileSync(out)))).toEqual(['h5p.json', 'content/content.json']);
	});
});

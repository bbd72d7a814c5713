import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

// No import circle in src/lib: every static, type-only and `import('…')` type reference counts,
// since a type circle is as much a design knot as a runtime one (the engine once had
// stages ↔ pipeline and types ↔ the German phrase reader). TypeScript's own pre-processor reads
// the imports, so comments and strings do not fool it.
const ROOT = resolve('src/lib');

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const p = join(dir, e.name);
		if (e.isDirectory()) return e.name === 'paraglide' ? [] : sources(p);
		return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
	});
}

function importsOf(file: string): string[] {
	const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
	const out: string[] = [];
	for (const { fileName } of info.importedFiles) {
		if (!fileName.startsWith('.')) continue;
		const base = resolve(dirname(file), fileName);
		const hit = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')].find((p) => p.endsWith('.ts') && existsSync(p));
		if (hit) out.push(hit);
	}
	return out;
}

/** Strongly connected components with more than one file (Tarjan), or a file importing itself. */
function importCycles(files: string[]): string[][] {
	const graph = new Map(files.map((f) => [f, importsOf(f)]));
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const on = new Set<string>();
	const out: string[][] = [];
	let n = 0;
	const visit = (v: string) => {
		index.set(v, n);
		low.set(v, n++);
		stack.push(v);
		on.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!graph.has(w)) continue;
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) === index.get(v)) {
			const scc: string[] = [];
			let w: string;
			do {
				w = stack.pop()!;
				on.delete(w);
				scc.push(relative(ROOT, w));
			} while (w !== v);
			if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) out.push(scc.sort());
		}
	};
	for (const f of files) if (!index.has(f)) visit(f);
	return out;
}

describe('import graph of src/lib', () => {
	it('has no circle', () => {
		expect(importCycles(sources(ROOT))).toEqual([]);
	});

	it('finds a type-only circle and an import() type circle', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
		writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport interface A { b: B }\n");
		writeFileSync(join(dir, 'b.ts'), "export interface B { a: import('./a.ts').A }\n");
		writeFileSync(join(dir, 'c.ts'), "// import { A } from './a.ts';\nexport const c = 'import(\"./b.ts\")';\n");
		const found = importCycles(sources(dir));
		expect(found).toHaveLength(1);
		expect(found[0].map((f) => f.split('/').pop())).toEqual(['a.ts', 'b.ts']);
	});
});

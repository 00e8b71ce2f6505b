// No import cycle in src-main: every module's imports (static, type-only and dynamic) followed
// through relative paths, and any loop reported as the chain of files it goes through.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const SRC = join(ROOT, 'src-main');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Relative specifiers of a module: `from '…'`, `import '…'` and `import('…')`. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.[^']*)'/g)) found.push(m[1] as string);
  return found;
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile() && candidate.endsWith('.ts')) return candidate;
    } catch {
      /* not this one */
    }
  }
  return null;
}

function importGraph(files: string[]): Map<string, string[]> {
  return new Map(
    files.map((f) => [relative(ROOT, f), specifiers(readFileSync(f, 'utf8')).flatMap((s) => {
      const target = resolveImport(f, s);
      return target ? [relative(ROOT, target)] : [];
    })]),
  );
}

/** Every loop met by a depth-first walk, as the chain of modules it goes through. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('src-main imports', () => {
  it('form no cycle', () => {
    const graph = importGraph(sources(SRC));
    expect(graph.size).toBeGreaterThan(100);
    expect(findCycles(graph)).toEqual([]);
  });

  it('the walk reports a loop as its chain of modules', () => {
    const graph = new Map([
      ['library.ts', ['entities.ts', 'text.ts']],
      ['entities.ts', ['library.ts']],
      ['text.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['library.ts', 'entities.ts', 'library.ts']]);
    expect(findCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it('reads static, type-only and dynamic imports', () => {
    const code = "import { a } from './a';\nimport type { B } from '../b';\nconst c = await import('./c');\nimport './d';\nimport x from 'zod';";
    expect(specifiers(code)).toEqual(['./a', '../b', './c', './d']);
  });
});

/**
 * The project's own import graph, read from the source: which module loads which. The digest
 * tests follow the imports that run (type-only imports are erased, so they cannot change an
 * output); the architecture test follows every import, types included, since a type is a
 * dependency too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './project.ts';

/** Relative specifiers of a module's imports and re-exports (with `types`, the type-only ones too), with any `?query` dropped. */
export function localImports(file: string, { types = false } = {}): string[] {
  let code = readFileSync(file, 'utf8');
  // An .astro file's imports are in its frontmatter and in its <script> elements.
  if (file.endsWith('.astro')) code = [code.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '', ...[...code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)].join('\n');
  code = code.replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const statements = [...code.matchAll(/^\s*(import|export)\s+(type\s+)?[^;'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm), ...code.matchAll(/^\s*import\s+['"](\.{1,2}\/[^'"]+)['"]/gm)];
  const dynamic = [...code.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...statements.filter((m) => types || m.length === 2 || !m[2]).map((m) => m.at(-1)!), ...dynamic].map((s) => s.replace(/\?.*$/, ''));
}

const fromRoot = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Every project module `entry` loads when it runs, itself included, as paths from the project root. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const relative = fromRoot(file);
    if (seen.has(relative)) return;
    seen.add(relative);
    for (const specifier of localImports(file)) visit(path.resolve(path.dirname(file), specifier));
  };
  visit(path.join(ROOT, entry));
  return [...seen].sort();
}

/** Every import between the project's modules under `src/` (types included): file → the files it imports. */
export function sourceGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|astro)$/.test(f));
  for (const file of files) {
    const full = path.join(ROOT, 'src', file);
    graph.set(fromRoot(full), localImports(full, { types: true }).map((s) => fromRoot(path.resolve(path.dirname(full), s))));
  }
  return graph;
}

/** The file loops of a graph: each strongly connected set of more than one file (or a file importing itself), Tarjan's way. */
export function fileLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const set: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        set.push(w);
      } while (w !== v);
      if (set.length > 1 || (graph.get(v) ?? []).includes(v)) loops.push(set.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return loops;
}

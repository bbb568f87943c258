/**
 * The code's layers, as docs/architecture.md draws them, checked on the imports themselves: no file imports
 * another that (through any chain) imports it back; `src/lib` is plain TypeScript that imports nothing above it
 * and touches no file; `src/schemas` imports only other schemas; only `src/inputs` knows where content lives; and
 * components receive their data as props, importing queries and schemas for their types alone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site';

const SRC = resolve(PROJECT_ROOT, 'src');

interface Import {
  /** The module as written: `../lib/paths`, `astro:content`, `node:fs`. */
  specifier: string;
  /** The project file it names, relative to the project root; undefined for packages. */
  file?: string;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The code of a file: an `.astro` file's frontmatter and scripts; anything else as it is. */
function codeOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => `import '${match[1]}';`);
  return `${frontmatter}\n${scripts.join('\n')}`;
}

const IMPORT = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/g;

function importsOf(path: string): Import[] {
  const found: Import[] = [];
  for (const match of codeOf(path).matchAll(IMPORT)) {
    const specifier = (match[3] ?? '').replace(/\?.*$/, '');
    const typeOnly = match[2] !== undefined;
    if (!specifier.startsWith('.')) {
      found.push({ specifier, typeOnly });
      continue;
    }
    const base = resolve(dirname(path), specifier);
    const file = [base, `${base}.ts`, `${base}/index.ts`].find((candidate) => existsSync(candidate) && !readdirSafe(candidate));
    found.push({ specifier, file: file && relative(PROJECT_ROOT, file), typeOnly });
  }
  return found;
}

function readdirSafe(path: string): boolean {
  try {
    readdirSync(path);
    return true;
  } catch {
    return false;
  }
}

const files = sourceFiles(SRC).map((path) => relative(PROJECT_ROOT, path));
const graph = new Map(files.map((file) => [file, importsOf(resolve(PROJECT_ROOT, file))]));
const inFolder = (folder: string) => (file: string) => file.startsWith(`src/${folder}/`);

describe('the import graph of src/', () => {
  it('is read from the code (the test would pass on an empty graph)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('src/queries/archive.ts')?.map((entry) => entry.file)).toContain('src/queries/actors.ts');
  });

  it('has no cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const { file: next } of graph.get(file) ?? []) if (next?.startsWith('src/')) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps src/lib plain: it imports only src/lib, no astro: module, no file system', () => {
    const wrong = files.filter(inFolder('lib')).flatMap((file) =>
      (graph.get(file) ?? [])
        .filter(({ specifier, file: target }) => (target ? !target.startsWith('src/lib/') : specifier.startsWith('astro:') || /^(node:)?fs(\/|$)/.test(specifier)))
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps src/schemas the contract: schemas import only zod and each other', () => {
    const wrong = files.filter(inFolder('schemas')).flatMap((file) =>
      (graph.get(file) ?? [])
        .filter(({ specifier, file: target }) => (target ? !target.startsWith('src/schemas/') : specifier !== 'astro/zod'))
        .map(({ specifier }) => `${file} imports ${specifier}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has one place that knows where content lives', () => {
    const readers = files.filter((file) => /env\.CONTENT_DIR|env\[['\"]CONTENT_DIR/.test(codeOf(resolve(PROJECT_ROOT, file))));
    expect(readers).toEqual(['src/inputs/content-folder.ts']);
  });

  it('hands components and layouts their data as props: queries and schemas are imported for their types only', () => {
    const wrong = files
      .filter((file) => inFolder('components')(file) || inFolder('layouts')(file))
      .flatMap((file) =>
        (graph.get(file) ?? [])
          .filter(({ file: target, typeOnly }) => target && /^src\/(queries|schemas|inputs|loaders)\//.test(target) && !typeOnly)
          .map(({ specifier }) => `${file} imports ${specifier}`),
      );
    expect(wrong).toEqual([]);
  });
});

/**
 * The documents stand on their own in a clone: every relative link in README.md and docs/*.md reaches a file of
 * the repository (and its #anchor a heading there, slugged as GitHub does), and nothing in the repository points
 * to files outside it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Definition, Heading, Image, Link } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site';
import { parseMarkdownFile, projectDocuments } from '../helpers/markdown-files';

/** Every link, image and reference definition address in a Markdown file, with its line. */
function addressesIn(file: string): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  visit(parseMarkdownFile(file), (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      found.push({ url: (node as Link | Image | Definition).url, line: node.position?.start.line ?? 0 });
    }
  });
  return found;
}

const anchorsByFile = new Map<string, Set<string>>();

/** The anchors GitHub gives a Markdown file's headings. */
function anchorsOf(file: string): Set<string> {
  const known = anchorsByFile.get(file);
  if (known) return known;
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  visit(parseMarkdownFile(file), 'heading', (heading: Heading) => void anchors.add(slugger.slug(toString(heading))));
  anchorsByFile.set(file, anchors);
  return anchors;
}

/** Why a relative address does not resolve, or undefined when it does. */
function problemWith(url: string, from: string): string | undefined {
  const [path = '', anchor] = url.split('#');
  const target = path === '' ? from : resolve(dirname(from), decodeURI(path));
  if (target !== PROJECT_ROOT && !target.startsWith(PROJECT_ROOT + sep)) return 'points outside the repository';
  if (!existsSync(target)) return 'no such file';
  if (anchor === undefined || anchor === '') return undefined;
  if (!target.endsWith('.md') || statSync(target).isDirectory()) return `#${anchor} on a file that is not Markdown`;
  return anchorsOf(target).has(anchor) ? undefined : `no heading #${anchor} in ${relative(PROJECT_ROOT, target)}`;
}

const isRelative = (url: string) => !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');

describe('README.md and docs/*.md', () => {
  it('include the content guide and the seed notes, linked from the README', () => {
    const readme = addressesIn(resolve(PROJECT_ROOT, 'README.md')).map(({ url }) => url);
    expect(readme).toContain('docs/content.md');
    expect(projectDocuments().map((file) => relative(PROJECT_ROOT, file))).toEqual(expect.arrayContaining(['docs/content.md', 'docs/seed.md']));
  });

  for (const file of projectDocuments()) {
    it(`${relative(PROJECT_ROOT, file)}: every relative link and #anchor resolves inside the repository`, () => {
      const addresses = addressesIn(file).filter(({ url }) => isRelative(url));
      const broken = addresses
        .map(({ url, line }) => ({ url, line, problem: problemWith(url, file) }))
        .filter(({ problem }) => problem !== undefined)
        .map(({ url, line, problem }) => `${relative(PROJECT_ROOT, file)}:${line}: ${url}: ${problem}`);
      expect(broken).toEqual([]);
    });
  }

  it('the link check itself catches a missing file, a missing heading and a way out of the repository', () => {
    const readme = resolve(PROJECT_ROOT, 'README.md');
    expect(problemWith('docs/none.md', readme)).toBe('no such file');
    expect(problemWith('docs/content.md#no-such-heading', readme)).toBe('no heading #no-such-heading in docs/content.md');
    expect(problemWith('../shared/docs/CONTENT.md', readme)).toBe('points outside the repository');
    expect(problemWith('#where-to-read-next', readme)).toBeUndefined();
  });
});

describe('docs/architecture.md', () => {
  /** The rows of the table under `## Where each behaviour lives`: the behaviour and the code spans of its file cell. */
  function behaviourRows(): { behaviour: string; files: string[] }[] {
    const tree = parseMarkdownFile(resolve(PROJECT_ROOT, 'docs/architecture.md'));
    const heading = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === 'Where each behaviour lives');
    const table = tree.children.slice(heading + 1).find((node) => node.type === 'table');
    if (heading < 0 || table?.type !== 'table') return [];
    return table.children.slice(1).map((row) => {
      const [behaviour, file] = row.children;
      const files: string[] = [];
      visit(file!, 'inlineCode', (code: { value: string }) => void files.push(code.value));
      return { behaviour: toString(behaviour!), files };
    });
  }

  it('names one file for each behaviour in its table, and every one exists', () => {
    const rows = behaviourRows();
    expect(rows.length).toBeGreaterThanOrEqual(30);
    const wrong = rows
      .map(({ behaviour, files }) => ({ behaviour, files, problem: files.length !== 1 ? `${files.length} files` : existsSync(resolve(PROJECT_ROOT, files[0]!)) ? '' : 'no such file' }))
      .filter(({ problem }) => problem !== '')
      .map(({ behaviour, files, problem }) => `${behaviour}: ${files.join(', ')}: ${problem}`);
    expect(wrong).toEqual([]);
  });
});

describe('the repository', () => {
  const SKIPPED = new Set(['node_modules', '.git', 'dist', '.astro', '.sites', 'screenshots']);
  const textFiles = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      if (SKIPPED.has(entry.name) || entry.name.endsWith('-tmp')) return [];
      const path = resolve(folder, entry.name);
      if (entry.isDirectory()) return textFiles(path);
      return /\.(md|mjs|ts|astro|json|ya?ml|sh|css|txt)$|^run$/.test(entry.name) ? [path] : [];
    });

  it('refers to no file outside itself (a clone has no ../shared)', () => {
    const outside = textFiles(PROJECT_ROOT)
      .filter((file) => !file.endsWith('package-lock.json'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (/\.\.\/shared\/|\/work\/shared/.test(line) ? [`${relative(PROJECT_ROOT, file)}:${index + 1}`] : [])),
      )
      .filter((place) => !place.startsWith('tests/unit/documents.test.ts:'));
    expect(outside).toEqual([]);
  });
});

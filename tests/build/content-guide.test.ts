/**
 * The content guide's example (docs/content.md, "A complete example") builds exactly as written: its actor file
 * and article, beside the site's own actors, give an article page, an actor page and full annotation coverage.
 * The example uses every frontmatter field and every kind of annotation, so the guide cannot drift from the code.
 * (Full coverage is checked with the coverage scan itself: the build prints its coverage line only when it renders.)
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentFolderAt } from '../../src/inputs/content-folder';
import { siteInputs } from '../../src/inputs/site-inputs';
import { annotateSource } from '../../src/lib/annotations/auto-annotate';
import { ArticleSchema } from '../../src/schemas/article';
import { buildSite, PROJECT_ROOT, SITES_DIR, type SiteBuild } from '../helpers/build-site';
import { titledCodeBlocks } from '../helpers/markdown-files';

const GUIDE = resolve(PROJECT_ROOT, 'docs/content.md');
const CONTENT = resolve(SITES_DIR, 'content-guide-example-source');
const blocks = titledCodeBlocks(GUIDE);
const example = blocks.find((block) => block.title.startsWith('content/articles/'));
const slug = example?.title.replace(/^content\/articles\/|\.md$/g, '') ?? '';
let build: SiteBuild;

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(resolve(PROJECT_ROOT, 'content/actors'), resolve(CONTENT, 'actors'), { recursive: true });
  // The site's tag list: every tag needs an id (content/tags.yaml); the example's tags are in it.
  cpSync(resolve(PROJECT_ROOT, 'content/tags.yaml'), resolve(CONTENT, 'tags.yaml'));
  mkdirSync(resolve(CONTENT, 'articles'), { recursive: true });
  for (const { title, code } of blocks) {
    const file = resolve(CONTENT, title.replace(/^content\//, ''));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${code.value}\n`);
  }
  // A fresh build, not one cached from an earlier run of the guide's text.
  rmSync(resolve(SITES_DIR, 'content-guide-example.cache'), { recursive: true, force: true });
  build = buildSite('content-guide-example', { contentDir: CONTENT });
});

describe('the example in the content guide', () => {
  it('is there: an actor file, the conversion file and an article', () => {
    expect(blocks.map((block) => block.title)).toEqual(
      expect.arrayContaining(['content/actors/pdvsa.yaml', 'content/conversion.yaml', 'content/articles/venezuela-oil-exports.md']),
    );
  });

  it('sets every frontmatter field an article has', () => {
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(example?.code.value ?? '')?.[1] ?? '') as object;
    expect(Object.keys(frontmatter).sort()).toEqual(Object.keys(ArticleSchema.shape).sort());
  });

  it('uses every kind of annotation', () => {
    // The text below the frontmatter: YAML is not Markdown (`time: 09:00+08:00` would read as a directive `:00`).
    const body = (example?.code.value ?? '').replace(/^---\n[\s\S]*?\n---\n/, '');
    const tree = unified().use(remarkParse).use(remarkDirective).parse(body) as Root;
    const used = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'textDirective' || node.type === 'leafDirective') used.add((node as { name: string }).name);
    });
    expect([...used].sort()).toEqual(['actor', 'date', 'figure', 'image', 'nonmention', 'quote']);
  });

  it('builds, with the article page and the new actor page', () => {
    expect(build.ok, build.output).toBe(true);
    const page = readFileSync(resolve(build.outDir, `zh-hant/articles/${slug}/index.html`), 'utf8');
    expect(page).toContain('委內瑞拉的原油為何流向中國？');
    expect(page).toMatch(/<q id="?zakharova-warning"?[ >]/);
    const actorPage = readFileSync(resolve(build.outDir, 'zh-hant/actors/pdvsa/index.html'), 'utf8');
    expect(actorPage).toContain(`/zh-hant/articles/${slug}/`);
  });

  it('annotates every actor name it holds: the coverage scan finds nothing left', () => {
    const actors = [...siteInputs(contentFolderAt(CONTENT)).actorNames.values()];
    const { added, left } = annotateSource(readFileSync(resolve(CONTENT, `articles/${slug}.md`), 'utf8'), actors);
    expect([...added, ...left]).toEqual([]);
  });

  it('applies its conversion map in the Simplified edition', () => {
    expect(readFileSync(resolve(build.outDir, `zh-hans/articles/${slug}/index.html`), 'utf8')).toContain('苏霍伊');
  });
});

// @ts-check
/**
 * The yardstick for build time: a bare Astro project that builds the same Markdown files with nothing of ours.
 * Same Astro (the project lives in a folder inside this one, so it resolves this project's node_modules), Astro's default Markdown processing, the built-in `glob`
 * loader with no schema, and one plain page per article (title + rendered body, no layout, no CSS, no editions,
 * no index page).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BARE_DESCRIPTION =
  "a minimal Astro project with this project's Astro version, Astro's default Markdown processing (no unified " +
  'pipeline, no remark plugins), the built-in `glob` loader without a schema, and one plain page per article ' +
  '(title and rendered body; no layout, CSS, index page or second edition)';

/**
 * Writes the bare project into `dir` and returns it.
 * @param {string} dir Inside this project: Astro's build output imports packages, found by walking up to node_modules.
 * @param {string} articlesDir Absolute path of the Markdown files to build.
 */
export function writeBareProject(dir, articlesDir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: process.env.ASTRO_OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR, devToolbar: { enabled: false } });
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articlesDir)} }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/articles/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="zh-Hant"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
  return dir;
}

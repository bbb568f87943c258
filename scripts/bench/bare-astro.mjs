// @ts-check
/**
 * The yardstick for build time: a bare Astro project that builds the same Markdown files with nothing of ours.
 * Same Astro (the project lives in a folder inside this one, so it resolves this project's node_modules), the
 * built-in `glob` loader with no schema, and one plain page per article (title + rendered body, no layout, no CSS,
 * no editions, no index page).
 *
 * A second variant adds back this site's unified Markdown pipeline, so the report can say how much of the extra
 * time is Markdown processing and how much the site's own pages. (A `deferRender` variant was measured while
 * the site used it; it renders articles at load time now, as these projects do.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

/** @typedef {{ name: string, description: string, unifiedPipeline: boolean, deferRender: boolean }} BareVariant */

/** @type {BareVariant[]} */
export const BARE_VARIANTS = [
  {
    name: 'bare Astro',
    description:
      "a minimal Astro project: this project's Astro version, Astro's default Markdown processing (its native " +
      'engine, no remark plugins), the built-in `glob` loader without a schema, one plain page per article ' +
      '(title and rendered body; no layout, CSS, index page or second edition)',
    unifiedPipeline: false,
    deferRender: false,
  },
  {
    name: '+ unified pipeline',
    description: "the same, with this site's Markdown pipeline (`unified(markdownOptions)` from src/plugins/markdown-pipeline.ts)",
    unifiedPipeline: true,
    deferRender: false,
  },
];

/**
 * Writes a bare project into `dir` and returns it.
 * @param {string} dir Inside this project: Astro's build output imports packages, found by walking up to node_modules.
 * @param {string} articlesDir Absolute path of the Markdown files to build.
 * @param {BareVariant} variant
 */
export function writeBareProject(dir, articlesDir, variant) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-bench', private: true, type: 'module' }));
  const pipeline = resolve(PROJECT_ROOT, 'src/plugins/markdown-pipeline.ts');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
${variant.unifiedPipeline ? `import { unified } from '@astrojs/markdown-remark';\nimport { markdownOptions } from ${JSON.stringify(pipeline)};\n` : ''}export default defineConfig({
  outDir: process.env.ASTRO_OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  devToolbar: { enabled: false },
${variant.unifiedPipeline ? '  markdown: { processor: unified(markdownOptions) },\n' : ''}});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articlesDir)}${variant.deferRender ? ', deferRender: true' : ''} }) }),
};
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

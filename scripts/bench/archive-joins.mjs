// @ts-check
/**
 * The cost of the archive's joins alone, outside Astro: the actor cross-reference with who appears with whom
 * (src/lib/actors/actor-index.ts, co-appearances.ts), the articles to read next (src/lib/related/) and the figure
 * series (src/lib/series/), each run over every article of a built archive as src/queries/archive.ts runs them
 * once per build. Their input is what the build collected, read back from each article's annotations.json (its
 * actors with their mentions, its quotes, its figures) and the generator's manifest (dates, titles, tags).
 *
 * The modules are TypeScript with extensionless imports, which Node does not load as they are: esbuild (Vite's,
 * already installed) bundles them into one file, packages left as imports, written under the work folder so those
 * imports resolve from the project's node_modules. Each join is timed on its own, the median of a few runs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

/**
 * @typedef {object} JoinTimes
 * @property {number} articles
 * @property {number} actorIndexMs The actor cross-reference with co-appearances: add every article, then finish.
 * @property {number} relatedMs Read next for every article.
 * @property {number} seriesMs The figure series.
 * @property {number} totalMs
 * @property {number} runs
 */

const ENTRY = `
export { actorIndexBuilder } from './src/lib/actors/actor-index.ts';
export { actorWeights, relatedArticlesBuilder } from './src/lib/related/related-articles.ts';
export { figureSeriesBuilder } from './src/lib/series/figure-series.ts';
`;

/**
 * @param {string} siteDir A built archive (its `zh-hant/articles/<slug>/annotations.json`).
 * @param {{ articles: { slug: string, title: string, date: string, tags: string[] }[], tags: ReadonlyArray<readonly [string, string]> }} manifest
 * @param {string} workDir Under the project, for the bundle.
 * @param {{ runs?: number }} [options]
 * @returns {Promise<JoinTimes>}
 */
export async function measureJoins(siteDir, manifest, workDir, { runs = 3 } = {}) {
  const joins = await loadJoins(workDir);
  const topicId = new Map(manifest.tags.map(([word, id]) => [word, id]));
  /** @type {Map<string, any>} */
  const actors = new Map();
  const inputs = manifest.articles.map((article) => {
    const data = JSON.parse(readFileSync(join(siteDir, 'zh-hant/articles', article.slug, 'annotations.json'), 'utf8'));
    for (const actor of data.actors) actors.set(actor.id, { id: actor.id, name: actor.name, kind: actor.kind, role: actor.role });
    /** @type {{ id: string, actor: string, text: string, line: number }[]} */
    const mentions = data.actors.flatMap((/** @type {any} */ actor, /** @type {number} */ index) =>
      actor.mentions.map((/** @type {string} */ id) => ({ id, actor: actor.id, text: actor.name, line: index + 1 })),
    );
    const quotes = data.quotes.map((/** @type {any} */ quote, /** @type {number} */ index) => ({ ...quote, line: index + 1 }));
    const figures = data.figures.map((/** @type {any} */ figure, /** @type {number} */ index) => ({ ...figure, line: index + 1 }));
    return { slug: article.slug, title: article.title, date: article.date, topics: article.tags.map((tag) => topicId.get(tag)), annotations: { mentions, quotes, figures } };
  });
  const records = [...actors.values()];

  const actorIndex = () => {
    const index = joins.actorIndexBuilder(records);
    for (const input of inputs) index.add(input);
    index.finish();
  };
  const related = () => {
    const builder = joins.relatedArticlesBuilder();
    for (const input of inputs) builder.add({ slug: input.slug, date: input.date, actors: joins.actorWeights(input.annotations), topics: input.topics });
    builder.finish();
  };
  const series = () => {
    const builder = joins.figureSeriesBuilder();
    for (const input of inputs) builder.add({ slug: input.slug, title: input.title, date: input.date, figures: input.annotations.figures });
    builder.finish();
  };
  const actorIndexMs = median(runs, actorIndex);
  const relatedMs = median(runs, related);
  const seriesMs = median(runs, series);
  return { articles: inputs.length, actorIndexMs, relatedMs, seriesMs, totalMs: actorIndexMs + relatedMs + seriesMs, runs };
}

/** @param {string} workDir */
async function loadJoins(workDir) {
  mkdirSync(workDir, { recursive: true });
  const bundle = await build({
    stdin: { contents: ENTRY, resolveDir: PROJECT_ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const file = join(workDir, 'archive-joins.bundle.mjs');
  writeFileSync(file, bundle.outputFiles[0]?.text ?? '');
  return import(pathToFileURL(file).href);
}

/** Milliseconds of `work`, the median of `runs` runs after one to warm up. @param {number} runs @param {() => void} work */
function median(runs, work) {
  work();
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

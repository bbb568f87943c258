// @ts-check
/**
 * Build time and peak memory for N generated articles: this site (its own config, as `npm run build` builds it)
 * against the bare Astro project and its variants (bare-astro.mjs) building the same Markdown, in the same run,
 * each from a cold cache. The budget compares the site with the first, plain bare build.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BARE_VARIANTS, writeBareProject } from './bare-astro.mjs';
import { generateArchive } from '../lib/archive-generator.mjs';
import { buildNodeOptions } from '../lib/build-node-options.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';
import { measureProcess } from './measure-process.mjs';

const ASTRO = resolve(PROJECT_ROOT, 'node_modules/.bin/astro');

/**
 * @typedef {object} BuildMeasure
 * @property {number} seconds
 * @property {number} peakRssMb
 * @property {number} pages HTML files written.
 */

/**
 * @param {number} count
 * @param {string} workDir Scratch folder (emptied).
 * @returns {Promise<{ articles: number, site: BuildMeasure, bare: BuildMeasure, variants: Array<BuildMeasure & { name: string }>, ratio: number }>}
 */
export async function measureBuildScaling(count, workDir) {
  rmSync(workDir, { recursive: true, force: true });
  const contentDir = join(workDir, 'content');
  generateArchive(contentDir, { articles: count });
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

  const site = await build(ASTRO, PROJECT_ROOT, {
    ...env,
    // As `npm run build` runs it; the bare projects run on Node's defaults, as a plain Astro project would.
    NODE_OPTIONS: buildNodeOptions(process.env.NODE_OPTIONS),
    CONTENT_DIR: contentDir,
    ASTRO_OUT_DIR: join(workDir, 'site-dist'),
    ASTRO_CACHE_DIR: join(workDir, 'site-cache'),
  });
  const variants = [];
  for (const [index, variant] of BARE_VARIANTS.entries()) {
    const bareDir = writeBareProject(join(workDir, `bare-${index}`), join(contentDir, 'articles'), variant);
    const measure = await build(ASTRO, bareDir, {
      ...env,
      // The site's Markdown plugins check actor ids against $CONTENT_DIR/actors; plain Astro ignores it.
      CONTENT_DIR: contentDir,
      ASTRO_OUT_DIR: join(workDir, `bare-${index}-dist`),
      ASTRO_CACHE_DIR: join(workDir, `bare-${index}-cache`),
    });
    variants.push({ name: variant.name, ...measure });
  }
  rmSync(workDir, { recursive: true, force: true });
  const bare = variants[0];
  if (!bare) throw new Error('no bare variant');
  return { articles: count, site, bare, variants, ratio: site.seconds / bare.seconds };
}

/**
 * @param {string} astro
 * @param {string} cwd
 * @param {NodeJS.ProcessEnv} env
 * @returns {Promise<BuildMeasure>}
 */
async function build(astro, cwd, env) {
  const measure = await measureProcess(astro, ['build'], { cwd, env });
  if (!measure.ok) throw new Error(`astro build failed in ${cwd}:\n${measure.output.slice(-4000)}`);
  const outDir = String(env.ASTRO_OUT_DIR);
  return { seconds: measure.seconds, peakRssMb: measure.peakRssMb, pages: countHtml(outDir) };
}

/** @param {string} dir */
function countHtml(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

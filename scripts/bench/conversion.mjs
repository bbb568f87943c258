// @ts-check
/**
 * Time to convert one built article page to the Simplified edition, when the converter exists (it arrives with
 * the editions work: src/lib/editions/conversion/). The converter is TypeScript with extensionless imports, so
 * it is loaded through Vite's module runner (Vite comes with Astro), not plain Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from './lighthouse.mjs';
import { PROJECT_ROOT } from '../lib/project-root.mjs';

const CONVERTER = resolve(PROJECT_ROOT, 'src/lib/editions/conversion/converter.ts');
const HTML_TREE = resolve(PROJECT_ROOT, 'src/lib/editions/conversion/html-tree.ts');

/**
 * @param {string} articleHtmlFile A built Traditional article page.
 * @param {number} repeats
 * @returns {Promise<{ available: true, medianMs: number, firstMs: number, characters: number } | { available: false, reason: string }>}
 */
export async function measureConversion(articleHtmlFile, repeats = 20) {
  if (!existsSync(CONVERTER) || !existsSync(HTML_TREE)) {
    return { available: false, reason: 'not available yet: no converter at src/lib/editions/conversion/' };
  }
  const { runnerImport } = await import('vite');
  const converterModule = (await runnerImport(CONVERTER, { configFile: false, logLevel: 'error' })).module;
  const treeModule = (await runnerImport(HTML_TREE, { configFile: false, logLevel: 'error' })).module;
  const makeConverter = /** @type {any} */ (converterModule).simplifiedConverter;
  const convertHtml = /** @type {any} */ (treeModule).convertHtml;
  if (typeof makeConverter !== 'function' || typeof convertHtml !== 'function') {
    return { available: false, reason: 'not available: the converter does not export simplifiedConverter / convertHtml' };
  }
  const html = readFileSync(articleHtmlFile, 'utf8');
  /** @type {number[]} */
  const times = [];
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    // A converter per run, as a build makes one per article with per-article overrides.
    convertHtml(html, makeConverter({}));
    times.push(performance.now() - started);
  }
  return { available: true, medianMs: median(times), firstMs: times[0] ?? NaN, characters: html.length };
}

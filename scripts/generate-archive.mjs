#!/usr/bin/env node
// @ts-check
/**
 * Writes a generated news archive (scripts/lib/archive-generator.mjs) into a content folder, for profiling and
 * for looking at a large site by hand:
 *
 *   node scripts/generate-archive.mjs .archive/3000 3000 [seed]
 *   CONTENT_DIR=.archive/3000 npm run build
 */
import { resolve } from 'node:path';
import { generateArchive } from './lib/archive-generator.mjs';

const [folder, articles, seed = '1'] = process.argv.slice(2);
if (!folder || !articles) {
  console.error('usage: node scripts/generate-archive.mjs <content folder> <articles> [seed]');
  process.exit(2);
}
const manifest = generateArchive(resolve(folder), { articles: Number(articles), seed: Number(seed) });
const first = manifest.articles[0]?.date;
const last = manifest.articles.at(-1)?.date;
console.log(`${manifest.articles.length} articles (${first} to ${last}), ${manifest.actors.length} generated actors, ${manifest.tags.length} tags in ${folder}`);

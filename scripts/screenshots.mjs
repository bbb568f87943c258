#!/usr/bin/env node
/**
 * `npm run screenshots`: full-page screenshots of every article, in both editions, light and dark, at 1280 px
 * (sidebars beside the text) and 375 px (a phone: sidebars after it), plus the print layout and, at 1280 px, the
 * window with an actor's mentions highlighted (its sidebar entry as the URL's #target), into
 * `screenshots/` (gitignored) for a reviewer to look at.
 *
 * Uses the built `dist/` as it is (builds it first only when it is missing), so it shows exactly what would be
 * deployed. `SCREENSHOT_SITE=<folder>` points it at another built site, e.g. `tests/.sites/seed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './serve-static.mjs';

const siteDir = resolve(process.env.SCREENSHOT_SITE ?? 'dist');
const outDir = resolve('screenshots');
const EDITIONS = ['zh-hant', 'zh-hans'];
const WIDTHS = [1280, 375];
const SCHEMES = ['light', 'dark'];

if (!existsSync(join(siteDir, 'index.html'))) {
  console.log(`${siteDir} has no built site: building it first…`);
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const articlesDir = join(siteDir, EDITIONS[0], 'articles');
const slugs = readdirSync(articlesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(articlesDir, entry.name, 'index.html')))
  .map((entry) => entry.name)
  .sort();

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const server = await startServer({ root: siteDir });
const browser = await launchChromium();
const written = [];
try {
  for (const slug of slugs) {
    for (const edition of EDITIONS) {
      const url = `${server.url}/${edition}/articles/${slug}/`;
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
          await page.goto(url, { waitUntil: 'load' });
          const file = join(outDir, `${slug}.${edition}.${width}.${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          const firstActor = page.locator('.article-sidebars .actor').first();
          if (width === WIDTHS[0] && (await firstActor.count()) > 0) {
            // The no-JavaScript highlight: the first actor's entry as the URL's target marks all its mentions.
            const actorId = await firstActor.getAttribute('id');
            await page.goto(`${url}#${actorId}`, { waitUntil: 'load' });
            await page.evaluate(() => document.querySelector('.article-body .mention')?.scrollIntoView({ block: 'center' }));
            const highlight = join(outDir, `${slug}.${edition}.${width}.${colorScheme}.highlight.png`);
            await page.screenshot({ path: highlight });
            written.push(highlight);
          }
          await page.close();
        }
      }
      // Print: what a reader gets on paper (sidebars after the text, link targets written out).
      const page = await browser.newPage({ viewport: { width: 800, height: 1100 }, colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print' });
      await page.goto(url, { waitUntil: 'load' });
      const file = join(outDir, `${slug}.${edition}.print.png`);
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Wrote ${written.length} screenshots to ${outDir}/:`);
for (const file of written) console.log(`  ${file.slice(outDir.length + 1)}`);

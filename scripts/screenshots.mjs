#!/usr/bin/env node
/**
 * `npm run screenshots`: screenshots of every article, in both editions, light and dark, at 1280 px (sidebars
 * beside the text) and 375 px (a phone: index before the text, sidebars after it): the full page, and the first
 * screen (800 px tall) as a reader gets it; plus the print layout and, at 1280 px, the window with an actor
 * selected (its name followed: the text at its first mention, all its mentions highlighted), into `screenshots/`
 * (gitignored) for a reviewer to look at.
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
/** The first screen: what a reader sees before scrolling. */
const SCREEN_HEIGHT = 800;
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
          const page = await browser.newPage({ viewport: { width, height: SCREEN_HEIGHT }, colorScheme, deviceScaleFactor: 1 });
          await page.goto(url, { waitUntil: 'load' });
          const firstScreen = join(outDir, `${slug}.${edition}.${width}.${colorScheme}.first-screen.png`);
          await page.screenshot({ path: firstScreen });
          written.push(firstScreen);
          const file = join(outDir, `${slug}.${edition}.${width}.${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          const firstActorName = page.locator('.article-sidebars .actor-list li > a:first-child').first();
          if (width === WIDTHS[0] && (await firstActorName.count()) > 0) {
            // The no-JavaScript highlight: following an actor's name marks all its mentions, from the first one.
            await page.goto(`${url}${await firstActorName.getAttribute('href')}`, { waitUntil: 'load' });
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

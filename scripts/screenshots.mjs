#!/usr/bin/env node
/**
 * `npm run screenshots`: screenshots of every article, in both editions, light and dark, at 1280×800 (sidebars
 * beside the text) and 390×844 (a phone: index before the text, sidebars after it): the full page, and the first
 * screen as a reader gets it; plus the print layout and, at 1280 px, the window with an actor
 * selected (its name followed: the text at its first mention, all its mentions highlighted), into `screenshots/`
 * (gitignored) for a reviewer to look at.
 *
 * Uses the built `dist/` as it is (builds it first only when it is missing), so it shows exactly what would be
 * deployed. `SCREENSHOT_SITE=<folder>` points it at another built site, e.g. `tests/.sites/seed`.
 * `SCREENSHOT_PAGES=/zh-hant/,/zh-hant/actors/maduro/` photographs those pages instead (any kind of page), in both
 * editions, light and dark, at 1280 px and at 390 px (a phone 390×844), full page: e.g. a generated archive's home,
 * actor and series pages (`SCREENSHOT_SITE=tests/.sites/archive`); a search page with a query
 * (`/zh-hant/search/?q=马杜罗`) is photographed once its results are shown.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './serve-static.mjs';

const siteDir = resolve(process.env.SCREENSHOT_SITE ?? 'dist');
const outDir = resolve('screenshots');
const EDITIONS = ['zh-hant', 'zh-hans'];
/** A laptop's window and a phone as readers hold one (390×844), each with the first screen's height. */
const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const WIDTHS = SCREENS.map((screen) => screen.width);
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
/** Pages given by path, instead of every article. */
const chosenPages = (process.env.SCREENSHOT_PAGES ?? '').split(',').filter(Boolean);
try {
  for (const path of chosenPages) {
    for (const edition of EDITIONS) {
      const editionPath = path.replace(/^\/zh-han[st]\//, `/${edition}/`);
      for (const width of [1280, 390]) {
        for (const colorScheme of SCHEMES) {
          const page = await browser.newPage({ viewport: { width, height: 844 }, colorScheme, deviceScaleFactor: 1 });
          await page.goto(`${server.url}${editionPath}`, { waitUntil: 'load' });
          // A search page given a query (`/zh-hant/search/?q=…`): photographed once its results are shown.
          if (new URL(editionPath, server.url).searchParams.has('q')) {
            await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''), null, { timeout: 30_000 });
          }
          const name = decodeURIComponent(editionPath).replace(/^\/|\/$/g, '').replace(/[/?&=]+/g, '.') || 'root';
          const file = join(outDir, `${name}.${width}.${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          await page.close();
        }
      }
    }
  }
  for (const slug of chosenPages.length > 0 ? [] : slugs) {
    for (const edition of EDITIONS) {
      const url = `${server.url}/${edition}/articles/${slug}/`;
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          const height = SCREENS.find((screen) => screen.width === width)?.height ?? 800;
          const page = await browser.newPage({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 });
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

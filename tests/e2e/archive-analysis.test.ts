/**
 * The blocks that read the archive as analysis, in a real browser on the generated archive: the articles to read
 * next and a figure's series line at the end and side of an article, an actor's appearances, company and quotes,
 * a series' chart, the home's lead, a month's neighbours. Each reads with JavaScript off, has no axe violation in
 * either colour scheme, and never makes a 375 px phone scroll sideways. (The loops over every kind of page check
 * the series pages and the actor index by name as well; the seed site's one article has nothing to read next, so
 * the article page with these blocks is checked here.)
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { archiveManifest } from '../helpers/archive-site';
import { openPage, PHONE, useBrowser } from './helpers/browser';

const browser = useBrowser();
const archive = inject('archiveUrl');
const manifest = archiveManifest();
/** The newest article that carries a series figure with values before it. */
const seriesArticle = [...manifest.articles].reverse().find((article) => article.series.length > 0)!;
const series = seriesArticle.series[0]!.series;

/** Each page, and what it must show without JavaScript. */
const PAGES = [
  { name: 'an article', path: `/zh-hant/articles/${seriesArticle.slug}/`, blocks: ['#read-next li', '.figure-list li > p'] },
  { name: 'an actor page', path: '/zh-hant/actors/maduro/', blocks: ['.actor-appearances svg', '.actor-company li', '.quote-group .quote-text'] },
  { name: 'a series page', path: `/zh-hans/series/${series}/`, blocks: ['.series-chart svg circle', '.series-points li'] },
  { name: 'the home', path: '/zh-hant/', blocks: ['.home-lead h2', '.article-list .card-topics a'] },
  { name: 'a month', path: `/zh-hans/archive/${manifest.articles.at(-1)!.date.slice(0, 7).replace('-', '/')}/`, blocks: ['.month-nav a'] },
  { name: 'the actor index by name', path: '/zh-hant/actors/names/', blocks: ['.letter-index a', '.name-group li'] },
];

describe.each(PAGES.map((page) => [page.name, page] as const))('%s', (_name, { path, blocks }) => {
  it('shows its blocks with JavaScript off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const { page, problems } = await openPage(context, path, archive);
    for (const selector of blocks) {
      const found = page.locator(selector);
      expect(await found.count(), selector).toBeGreaterThan(0);
      expect(await found.first().isVisible(), selector).toBe(true);
    }
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${colorScheme} scheme`, async () => {
      const context = await browser().newContext({ colorScheme });
      const { page, problems } = await openPage(context, path, archive);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`))).toEqual([]);
      expect([...problems.consoleErrors, ...problems.cspViolations]).toEqual([]);
      await context.close();
    });
  }

  it('has no horizontal scroll at 375 px', async () => {
    const context = await browser().newContext(PHONE);
    const { page } = await openPage(context, path, archive);
    const widths = await page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: window.innerWidth }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await context.close();
  });
});

describe("a series figure's line", () => {
  it('stays inside the sidebar at 1280 px', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await openPage(context, `/zh-hant/articles/${seriesArticle.slug}/`, archive);
    const overflow = await page.locator('.figure-list li > p').first().evaluate((line) => line.scrollWidth - line.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

/**
 * Search on the generated archive, whose editions are indexed in several parts (ARCHIVE_PAGES_PER_INDEX): a word
 * found only in the oldest articles and one found only in the newest both come back, so the search page merges
 * every part, in each edition.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ARCHIVE_ARTICLES, ARCHIVE_PAGES_PER_INDEX, archiveManifest } from '../helpers/archive-site';
import { one, readPage, textOf } from '../helpers/html';
import { openPage, useBrowser } from './helpers/browser';

const browser = useBrowser();
const manifest = archiveManifest();

describe('search over an archive indexed in parts', () => {
  it('indexes each edition in parts, and lists them for the search page', () => {
    for (const edition of ['zh-hant', 'zh-hans']) {
      const parts = JSON.parse(readFileSync(resolve(inject('archiveDir'), `pagefind/${edition}/parts.json`), 'utf8')) as { parts: string[] };
      expect(parts.parts).toHaveLength(Math.ceil(ARCHIVE_ARTICLES / ARCHIVE_PAGES_PER_INDEX) - 1);
    }
  });

  // The first generated actor is introduced by the oldest article (in the first part), the last by one of the
  // newest (in the last part). Their names occur nowhere else but in articles that name them.
  const oldest = manifest.actors[0]!;
  const newest = manifest.actors.at(-1)!;
  it.each([
    ['zh-hant', 'the oldest', oldest],
    ['zh-hans', 'the oldest', oldest],
    ['zh-hant', 'the newest', newest],
    ['zh-hans', 'the newest', newest],
  ])('in %s finds the article introducing %s generated actor', async (edition, _which, actor) => {
    // The name as the edition writes it (the Simplified one is converted), as an exact phrase: Pagefind matches
    // Chinese character by character otherwise, and common characters would rank other articles first.
    const name = textOf(one(readPage(inject('archiveDir'), `/${edition}/actors/${actor.id}/`), 'h1'));
    const context = await browser().newContext();
    const { page, problems } = await openPage(context, `/${edition}/search/?q=${encodeURIComponent(`"${name}"`)}`, inject('archiveUrl'));
    await page.locator('.search-results li').first().waitFor({ timeout: 20_000 });
    const found = await page.locator('.search-results li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(found).toContain(`/${edition}/articles/${actor.introducedBy}/`);
    expect(problems).toEqual({ consoleErrors: [], cspViolations: [] });
    await context.close();
  });
});

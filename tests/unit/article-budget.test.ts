/** The article budget at archive scale: a page's own text, and what it carries beyond it, measured from its HTML. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleCosts, judgeArticles, seedReference } from '../../scripts/bench/article-budget.mjs';

/** Text that gzip cannot fold into itself: each sentence numbered differently. */
const sentences = (count: number, word: string) => Array.from({ length: count }, (_, index) => `<p>${word}${index * 7919}號報告指出局勢第${index}次變化。`).join('');
const readNext = '<nav id=read-next><h2>延伸閱讀</h2><ol><li><a href=/a/>另一篇文章的標題</a><p><time datetime=2025-01-01>2025年1月1日</time>同樣提及中國</ol></nav>';
const pageWith = (body: string, next = '') =>
  `<!doctype html><html lang=zh-Hant><title>t</title><link rel=stylesheet href=/_astro/global.Ab12.css><main><article><div class=article-body>${body}</div>${next}</article><aside class=article-sidebars>側欄</aside></main>`;

describe('articleCosts', () => {
  it('counts the text and read next apart from the rest of the page', () => {
    const short = articleCosts(pageWith(sentences(20, '專家')));
    const long = articleCosts(pageWith(sentences(80, '專家')));
    expect(long.text).toBeGreaterThan(short.text + 100);
    expect(short.readNext).toBe(0);
    expect(articleCosts(pageWith(sentences(20, '專家'), readNext)).readNext).toBeGreaterThan(50);
  });
});

describe('judgeArticles', () => {
  const site = mkdtempSync(join(tmpdir(), 'article-budget-'));
  afterAll(() => rmSync(site, { recursive: true, force: true }));
  const write = (path: string, html: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  };
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '_astro/global.Ab12.css'), 'body{margin:0}');
  writeFileSync(join(site, '_astro/archive-links.Cd34.css'), '#read-next{border-top:1px solid}');

  it('passes a page heavier by its own text, and fails one heavier by what surrounds its text', () => {
    const seedHtml = pageWith(sentences(40, '專家'));
    const seed = seedReference('/seed/', seedHtml, 5000, 5000);
    expect(seed.allowance).toBe(5000 - seed.text);
    expect(seed.sheets).toEqual(['global']);
    // Longer text, the same page around it: over the limit by its text alone.
    const longer = pageWith(sentences(60, '專家'));
    write('/longer/', longer);
    const longerCost = articleCosts(longer);
    // The seed's text with read next and a sheet of its own around it.
    const wider = pageWith(sentences(40, '專家'), readNext).replace('<link', '<link rel=stylesheet href=/_astro/archive-links.Cd34.css><link');
    write('/wider/', wider);
    const overhead = 5000 - seed.text;
    const judged = judgeArticles(
      site,
      [
        { path: '/longer/', bytes: longerCost.text + overhead },
        { path: '/wider/', bytes: articleCosts(wider).text + overhead + 300 },
      ],
      10,
      seed,
    );
    expect(judged).toMatchObject({ pages: 10, overLimit: 2, overByTextAlone: 1 });
    expect(judged.misses.map((page) => [page.path, page.beyondText - seed.allowance, page.extraSheets])).toEqual([['/wider/', 300, ['archive-links']]]);
    expect(judged.misses[0]?.readNext).toBeGreaterThan(50);
  });
});

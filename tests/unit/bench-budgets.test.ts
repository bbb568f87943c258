/** The bench's budget check: met budgets pass, misses say by how much. */
import { describe, expect, it } from 'vitest';
import { checkArchiveBudgets, checkBudgets, KB } from '../../scripts/bench/budgets.mjs';

const size = (gzip: number) => ({ raw: gzip * 3, gzip });
const article = (textGzip: number, jsGzip: number) => ({
  parts: { html: size(textGzip - jsGzip), css: size(0), js: size(jsGzip), images: size(0) },
  textTotal: size(textGzip),
});
const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('checkBudgets', () => {
  it('passes a run within every budget', () => {
    const verdicts = checkBudgets({ article: article(15 * KB, 2 * KB), lighthouse: perfect, largestBuild: { articles: 1000, ratio: 3 } });
    expect(verdicts.filter((verdict) => !verdict.met)).toEqual([]);
    expect(verdicts).toHaveLength(7);
  });

  it('fails an article page over 15 KB and says by how much', () => {
    const [total] = checkBudgets({ article: article(18 * KB, 0), lighthouse: perfect, largestBuild: { articles: 1000, ratio: 1 } });
    expect(total).toMatchObject({ met: false, measured: '18.0 KB', over: '+3.0 KB (20% over)' });
  });

  it('fails JavaScript over 2 KB', () => {
    const verdicts = checkBudgets({ article: article(10 * KB, 2 * KB + 1), lighthouse: perfect, largestBuild: { articles: 1000, ratio: 1 } });
    expect(verdicts.find((verdict) => verdict.name.includes('JavaScript'))?.met).toBe(false);
  });

  it('counts in the JavaScript budget what the page loads when first used, not in the page’s weight', () => {
    const loadsMore = { ...article(14 * KB, 1 * KB), onUse: { js: size(1 * KB + 1), css: size(3 * KB) } };
    const verdicts = checkBudgets({ article: loadsMore, lighthouse: perfect, largestBuild: { articles: 1000, ratio: 1 } });
    expect(verdicts.find((verdict) => verdict.name.includes('JavaScript'))).toMatchObject({ met: false, measured: '2.0 KB' });
    expect(verdicts[0]?.met).toBe(true);
  });

  it('fails any Lighthouse category under 100, in points', () => {
    const verdicts = checkBudgets({ article: article(1, 0), lighthouse: { ...perfect, seo: 92 }, largestBuild: { articles: 1000, ratio: 1 } });
    expect(verdicts.find((verdict) => verdict.name.includes('seo'))).toMatchObject({ met: false, over: '−8 points' });
  });

  it('fails a build more than 3× the bare Astro build', () => {
    const verdicts = checkBudgets({ article: article(1, 0), lighthouse: perfect, largestBuild: { articles: 1000, ratio: 3.6 } });
    expect(verdicts.at(-1)).toMatchObject({ name: 'Build of 1000 articles vs bare Astro', met: false, over: '+0.60× (20% over)' });
  });

  it('counts what was not measured as missed, never as met', () => {
    const verdicts = checkBudgets({ article: undefined, lighthouse: undefined, largestBuild: undefined });
    expect(verdicts.every((verdict) => !verdict.met && verdict.measured === 'not measured')).toBe(true);
  });
});

describe('checkArchiveBudgets', () => {
  const build = (msPerPage: number, astroPeakMb: number, searchPeakMb = 1000) => ({ ok: true, msPerPage, astroPeakMb, searchPeakMb });
  const weights = (listGzip: number, articleRaw: number) => [
    { kind: 'article', largestGzip: { bytes: 17 * KB }, largestRaw: { bytes: articleRaw } },
    { kind: 'topic', largestGzip: { bytes: listGzip }, largestRaw: { bytes: 30 * KB } },
  ];

  it('passes a linear, bounded archive twice as fast per page as the base', () => {
    const verdicts = checkArchiveBudgets([
      { articles: 1000, base: build(20, 1500), site: build(8, 1000), weights: undefined },
      { articles: 10000, base: build(24, 4000), site: build(8.5, 3800), weights: weights(14 * KB, 70 * KB) },
    ]);
    expect(verdicts.filter((verdict) => !verdict.met)).toEqual([]);
    expect(verdicts.map((verdict) => verdict.name)).toEqual([
      'Archive of 10000: every process of the build ≤ 4 GB RSS',
      'Time per page at 10000 vs 1000 articles',
      'Peak RSS (Astro) per added article, 1000 → 10000',
      'Time per page vs the base commit, 10000 articles',
      'Archive of 10000: every list and index page, HTML + CSS + JS gzip',
      'Archive of 10000: every HTML file, raw',
    ]);
  });

  it('fails a process over 4 GB, a build that slows per page, memory that grows too fast, a list page too heavy', () => {
    const verdicts = checkArchiveBudgets([
      { articles: 1000, base: undefined, site: build(8, 1000), weights: undefined },
      { articles: 10000, base: undefined, site: build(9, 5000, 4200), weights: weights(16 * KB, 120 * KB) },
    ]);
    expect(verdicts.filter((verdict) => !verdict.met).map((verdict) => [verdict.name.replace(/^.*?: /, ''), verdict.over])).toEqual([
      ['every process of the build ≤ 4 GB RSS', '+904 MiB'],
      ['Time per page at 10000 vs 1000 articles', '+0.02×'],
      ['Peak RSS (Astro) per added article, 1000 → 10000', '+0.094 MB'],
      ['every list and index page, HTML + CSS + JS gzip', '+1.0 KB'],
      ['every HTML file, raw', '+20.0 KB'],
    ]);
  });

  it('compares with the base at the largest size it built, and counts a base that never built as not measured', () => {
    const failed = { ok: false, msPerPage: Number.NaN, astroPeakMb: 0, searchPeakMb: 0 };
    const [, , , versusBase] = checkArchiveBudgets([
      { articles: 1000, base: build(20, 1500), site: build(8, 1000), weights: undefined },
      { articles: 10000, base: failed, site: build(8.5, 3800), weights: undefined },
    ]);
    expect(versusBase).toMatchObject({ name: 'Time per page vs the base commit, 1000 articles', met: true, measured: '2.50× (8.0 vs 20.0 ms)' });
    const [, only] = checkArchiveBudgets([{ articles: 1000, base: failed, site: build(8, 1000), weights: undefined }]);
    expect(only).toMatchObject({ met: false, measured: 'not measured' });
  });

  it('holds a change to at most 10 % more time per page than the commit before it, when that is the base', () => {
    const [, , , cost] = checkArchiveBudgets(
      [
        { articles: 1000, base: build(10, 1500), site: build(10.5, 1000), weights: undefined },
        { articles: 3000, base: build(10, 1500), site: build(11.5, 1000), weights: undefined },
      ],
      'ddc2847',
    );
    expect(cost).toMatchObject({ name: 'Time per page vs the commit before, 3000 articles', met: false, measured: '1.15× (11.5 vs 10.0 ms)', over: '+0.05×' });
    const [, within] = checkArchiveBudgets([{ articles: 1000, base: build(10, 1500), site: build(10.5, 1000), weights: undefined }], 'ddc2847');
    expect(within).toMatchObject({ met: true, measured: '1.05× (10.5 vs 10.0 ms)' });
  });

  it('compares the largest size with the mean of the smallest built before and after it, when it was built twice', () => {
    const [, linearity] = checkArchiveBudgets([
      { articles: 1000, base: undefined, site: build(8, 1000), siteAgain: { ok: true, msPerPage: 10 }, weights: undefined },
      { articles: 10000, base: undefined, site: build(9.8, 3000), weights: undefined },
    ]);
    // 9.8 against the first build alone would be 1.23×; against the mean of 8 and 10, 1.09×.
    expect(linearity).toMatchObject({ met: true, measured: '1.09× (9.8 vs 9.0 ms; 1000 built before and after: 8.0 and 10.0 ms, mean)' });
    const [, unbracketed] = checkArchiveBudgets([
      { articles: 1000, base: undefined, site: build(8, 1000), siteAgain: { ok: false, msPerPage: Number.NaN }, weights: undefined },
      { articles: 10000, base: undefined, site: build(9.8, 3000), weights: undefined },
    ]);
    expect(unbracketed).toMatchObject({ met: false, measured: '1.23× (9.8 vs 8.0 ms)' });
  });

  it('holds an article page over 15 KB to what the seed page may carry beyond its own text', () => {
    const seed = { path: '/zh-hans/articles/seed/', gzip: 15_340, text: 4_300, limit: 15 * KB, allowance: 15 * KB - 4_300, sheets: ['global'] };
    const page = (path: string, gzip: number, text: number) => ({ path, gzip, text, beyondText: gzip - text, readNext: 220, extraSheets: [], extraSheetsGzip: 0 });
    // Over by its text alone: 500 B more text than the seed's, and no more than the seed page beyond it.
    const byText = page('/a/', 15_800, 4_800);
    // Over by what it carries beyond its text: the seed's text, 440 B more around it.
    const beyond = page('/b/', 15_800, 4_300);
    const row = (misses: ReturnType<typeof page>[], overLimit: number) => ({
      articles: 1000,
      base: undefined,
      site: build(8, 1000),
      weights: weights(9 * KB, 40 * KB),
      articleBudget: { seed, pages: 2000, overLimit, overByTextAlone: overLimit - misses.length, misses, heaviest: misses[0] ?? byText },
    });
    const judged = (verdicts: ReturnType<typeof checkArchiveBudgets>) => verdicts.find((verdict) => verdict.name.includes('every article page'));
    expect(judged(checkArchiveBudgets([row([], 1)]))).toMatchObject({
      name: 'Archive of 1000: every article page within 15 KB, or over it by its own text alone',
      limit: '≤ 11060 B beyond its text (15360 − the seed\'s text, 4300 B)',
      measured: '1 of 2000 over 15 KB, 1 of them by their text alone; the most beyond its text 11000 B',
      met: true,
    });
    expect(judged(checkArchiveBudgets([row([beyond], 2)]))).toMatchObject({ met: false, over: '1 page, up to +440 B beyond their text' });
  });
});

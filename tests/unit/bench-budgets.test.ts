/** The bench's budget check: met budgets pass, misses say by how much. */
import { describe, expect, it } from 'vitest';
import { checkBudgets, KB } from '../../scripts/bench/budgets.mjs';

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

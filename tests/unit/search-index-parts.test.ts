/**
 * The search index in parts, a year each: how the articles are split, the list the search page reads, the order of
 * results across the years searched so far, and the parts kept from one build to the next.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { partDigest, searchPartCache } from '../../src/integrations/search-part-cache';
import { digestOf, searchPageRecords } from '../../src/integrations/search-page-records';
import { addCounted, countedText } from '../../src/integrations/search-text-counts';
import { EditionsTextCounter } from '../../src/lib/search/query-script-table';
import { indexPartsList, planIndexParts } from '../../src/lib/search/index-parts';
import { acrossYears } from '../../src/lib/search/ranked-results';

const page = (file: string, date: string) => ({ file, date });

describe('the parts', () => {
  it('makes one part a year, oldest first, each in date order whatever order the pages came in', () => {
    const parts = planIndexParts([page('c', '2025-03-01'), page('a', '2024-12-31'), page('b', '2025-01-02'), page('d', '2024-01-01')], 10);
    expect(parts).toEqual([
      { id: '2024', year: '2024', files: ['d', 'a'] },
      { id: '2025', year: '2025', files: ['b', 'c'] },
    ]);
  });

  it('cuts a large year into runs from its oldest article, so a newer article only changes the last run', () => {
    const year = ['01', '02', '03', '04', '05'].map((month) => page(`p${month}`, `2025-${month}-01`));
    const before = planIndexParts(year, 2);
    expect(before.map((part) => [part.id, part.files])).toEqual([
      ['2025', ['p01', 'p02']],
      ['2025-2', ['p03', 'p04']],
      ['2025-3', ['p05']],
    ]);
    const after = planIndexParts([...year, page('p06', '2025-06-01')], 2);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2));
    expect(after[2]?.files).toEqual(['p05', 'p06']);
  });

  it('lists the parts newest first, and every topic with its count of articles, most first', () => {
    const parts = planIndexParts([page('a', '2024-05-01'), page('b', '2025-01-01'), page('c', '2025-02-01')], 1);
    const list = indexPartsList(parts, [['能源', '中國'], ['中國'], ['石油', '中國', '中國']]);
    expect(list.parts).toEqual([
      { id: '2025-2', year: '2025' },
      { id: '2025', year: '2025' },
      { id: '2024', year: '2024' },
    ]);
    expect(list.topics).toEqual([
      ['中國', 3],
      ['石油', 1],
      ['能源', 1],
    ]);
  });
});

describe('results across the years searched so far', () => {
  const result = (id: string, words: number) => ({ id, words });

  it('shows only pages holding every word until every year is searched, newer years first', () => {
    const newest = [result('n2', 2), result('n1', 1)];
    const older = [result('o2', 2), result('o1', 1)];
    const first = acrossYears([newest], 2, false);
    expect(first.results.map((r) => r.id)).toEqual(['n2', 'n1']);
    expect(first.showable).toBe(1);
    const both = acrossYears([newest, older], 2, true);
    expect(both.results.map((r) => r.id)).toEqual(['n2', 'o2', 'n1', 'o1']);
    expect(both.showable).toBe(4);
    // What was showable before keeps its place.
    expect(both.results.slice(0, first.showable)).toEqual(first.results.slice(0, first.showable));
  });

  it('shows every result of a one-word query as each year comes, in the years’ order', () => {
    const order = acrossYears([[result('a', 1), result('b', 1)], [result('c', 1)]], 1, false);
    expect(order.results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(order.showable).toBe(3);
  });
});

describe('parts kept from the last build', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'search-parts-'));
    dirs.push(dir);
    return dir;
  };
  const written = (dir: string, text: string) => {
    mkdirSync(join(dir, 'index'), { recursive: true });
    writeFileSync(join(dir, 'index', 'a.pf_index'), text);
    return dir;
  };

  it('digests every document’s address and HTML, in order, with the indexer', () => {
    const a = { url: '/a/', html: '<p>甲</p>' };
    const b = { url: '/b/', html: '<p>乙</p>' };
    expect(partDigest('v1', [a, b])).toBe(partDigest('v1', [a, b]));
    expect(partDigest('v1', [a, b])).not.toBe(partDigest('v1', [b, a]));
    expect(partDigest('v1', [a])).not.toBe(partDigest('v2', [a]));
    expect(partDigest('v1', [a])).not.toBe(partDigest('v1', [{ ...a, html: '<p>丙</p>' }]));
  });

  it('takes a part back only when written from the same digest, and not at all when told not to', async () => {
    const root = scratch();
    const cache = searchPartCache(join(root, 'cache'), { takeBack: true });
    await cache.keep('zh-hant', '2025', 'digest-1', written(join(root, 'built'), 'index of 2025'));
    const out = join(root, 'out', '2025');
    expect(await cache.restore('zh-hant', '2025', 'digest-2', out)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(await cache.restore('zh-hant', '2025', 'digest-1', out)).toBe(true);
    expect(readFileSync(join(out, 'index', 'a.pf_index'), 'utf8')).toBe('index of 2025');
    const forced = searchPartCache(join(root, 'cache'), { takeBack: false });
    expect(await forced.restore('zh-hant', '2025', 'digest-1', join(root, 'forced'))).toBe(false);
  });

  it('never takes back a part whose copy was cut short, and forgets parts no longer built', async () => {
    const root = scratch();
    const cache = searchPartCache(join(root, 'cache'), { takeBack: true });
    await cache.keep('zh-hant', '2024', 'd', written(join(root, 'a'), 'x'));
    await cache.keep('zh-hant', '2025', 'd', written(join(root, 'b'), 'y'));
    rmSync(join(root, 'cache', 'search-parts', 'zh-hant', '2025', 'digest'));
    expect(await cache.restore('zh-hant', '2025', 'd', join(root, 'out'))).toBe(false);
    await cache.forgetOthers('zh-hant', ['2025']);
    expect(await cache.restore('zh-hant', '2024', 'd', join(root, 'out2'))).toBe(false);
    expect(existsSync(join(root, 'cache', 'search-parts', 'zh-hant', '2024'))).toBe(false);
  });

  it('takes a part back as hard links to what it kept, so the site keeps the same files', async () => {
    const root = scratch();
    const cache = searchPartCache(join(root, 'cache'), { takeBack: true });
    await cache.keep('zh-hant', '2025', 'd', written(join(root, 'built'), 'index'));
    const out = join(root, 'out', '2025');
    expect(await cache.restore('zh-hant', '2025', 'd', out)).toBe(true);
    const kept = join(root, 'cache', 'search-parts', 'zh-hant', '2025', 'files', 'index', 'a.pf_index');
    expect(statSync(join(out, 'index', 'a.pf_index')).ino).toBe(statSync(kept).ino);
  });

  it('keeps what a part’s text counted under its key, and gives it back only for that key', async () => {
    const root = scratch();
    const cache = searchPartCache(join(root, 'cache'), { takeBack: true });
    const counted = { traditionalCharacters: [['中', 2]], traditionalPairs: [], simplifiedCharacters: [], words: [] } satisfies Parameters<typeof addCounted>[1];
    await cache.keepCounted('zh-hant', '2025', 'k1', counted);
    expect(await cache.counted('zh-hant', '2025', 'k1')).toEqual(counted);
    expect(await cache.counted('zh-hant', '2025', 'k2')).toBeUndefined();
    expect(await searchPartCache(join(root, 'cache'), { takeBack: false }).counted('zh-hant', '2025', 'k1')).toBeUndefined();
  });
});

describe('what the query tables count, part by part', () => {
  const words = (text: string, offset: number) => (text.startsWith('川普', offset) ? { key: '川普', value: '特朗普' } : undefined);
  const pages = ['川普訪問發展中國家。', '頭髮與發展', '中國發展'];

  it('adds up, part after part, to what counting every page in turn gives, keys in the same order', () => {
    const whole = new EditionsTextCounter(words);
    for (const text of pages) whole.addTraditional(text);
    whole.addSimplified('发展中国家');
    const first = new EditionsTextCounter(words);
    first.addTraditional(pages[0]!);
    const second = new EditionsTextCounter(words);
    for (const text of pages.slice(1)) second.addTraditional(text);
    const simplified = new EditionsTextCounter(words);
    simplified.addSimplified('发展中国家');
    const merged = new EditionsTextCounter(words);
    // Through JSON, as the cache keeps them.
    for (const part of [first, second, simplified]) addCounted(merged, JSON.parse(JSON.stringify(countedText(part))));
    expect(countedText(merged)).toEqual(countedText(whole));
    expect([...merged.traditionalCharacters.keys()]).toEqual([...whole.traditionalCharacters.keys()]);
    expect([...merged.traditionalPairs.keys()]).toEqual([...whole.traditionalPairs.keys()]);
  });
});

describe('each article page’s record, by the digest of its bytes', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const record = (bytes: string) => ({ bytes, date: '2025-01-02', document: { part: '2025', html: 'h', text: 't', topics: ['能源'] } });

  it('gives a page’s record back for the same bytes and code only, and forgets pages the build did not see', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'search-pages-'));
    dirs.push(cache);
    const bytes = digestOf(Buffer.from('<article data-pagefind-body>甲</article>'));
    const first = await searchPageRecords(cache, 'code-1', { takeBack: true });
    first.set('zh-hant/articles/a/index.html', record(bytes));
    first.set('zh-hant/articles/b/index.html', record(digestOf('b')));
    await first.save();
    const next = await searchPageRecords(cache, 'code-1', { takeBack: true });
    expect(next.get('zh-hant/articles/a/index.html', bytes)).toEqual(record(bytes));
    expect(next.get('zh-hant/articles/a/index.html', digestOf('other bytes'))).toBeUndefined();
    next.set('zh-hant/articles/a/index.html', record(bytes));
    await next.save();
    const after = await searchPageRecords(cache, 'code-1', { takeBack: true });
    expect(after.get('zh-hant/articles/b/index.html', digestOf('b'))).toBeUndefined();
    expect((await searchPageRecords(cache, 'code-2', { takeBack: true })).get('zh-hant/articles/a/index.html', bytes)).toBeUndefined();
    expect((await searchPageRecords(cache, 'code-1', { takeBack: false })).get('zh-hant/articles/a/index.html', bytes)).toBeUndefined();
  });
});


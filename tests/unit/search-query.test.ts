/**
 * Search, the parts that run without a browser: the text as indexed and as shown, the document Pagefind indexes,
 * the query tables made from the converter, and the order of results.
 */
import { describe, expect, it } from 'vitest';
import { openccTraditionalToSimplified } from '../../src/lib/editions/conversion/opencc';
import { queryScript } from '../../src/lib/search/query-script';
import { EditionsTextCounter, simplifiedQueryTable, traditionalQueryTable, type CharacterConverter } from '../../src/lib/search/query-script-table';
import { queryWords, rankResults } from '../../src/lib/search/ranked-results';
import { searchDocument } from '../../src/lib/search/search-document';
import { dotsHeldTogether, indexedPhrase, markedRuns, spacedForIndex, tidyExcerpt } from '../../src/lib/search/search-text';

const toSimplified: CharacterConverter = (characters) => characters.map((char) => openccTraditionalToSimplified(char));

describe('the text as indexed and as shown', () => {
  it('holds every Han character as a word, and a reader word as the phrase of its characters', () => {
    expect(indexedPhrase('馬杜羅')).toBe('馬 杜 羅');
    expect(indexedPhrase('G20峰會')).toBe('G20 峰 會');
    expect(spacedForIndex('Maduro 說').trim()).toBe('Maduro  說');
  });

  it('shows an excerpt without the spaces the index added, keeping those between Latin words', () => {
    expect(tidyExcerpt('普 京 和 馬 \u200b杜 羅 於 2025 年 5 月 在 「 莫 斯 科 」 會 晤')).toBe('普京和馬杜羅於2025年5月在「莫斯科」會晤');
    expect(tidyExcerpt('總 統 （ Nicolás  Maduro ） 說')).toBe('總統（Nicolás Maduro）說');
  });

  it('marks whole words, longest first, never a stray character of one', () => {
    const runs = markedRuns('特朗普與普京和馬杜羅', ['普京', '馬杜羅']);
    expect(runs.filter((run) => run.marked).map((run) => run.text)).toEqual(['普京', '馬杜羅']);
    expect(runs.map((run) => run.text).join('')).toBe('特朗普與普京和馬杜羅');
    expect(markedRuns('特朗普', ['普京']).some((run) => run.marked)).toBe(false);
  });

  it('holds a name’s middle dot on one line with the characters beside it, and a mark it touches whole', () => {
    const shown = (text: string, words: string[]) =>
      dotsHeldTogether(markedRuns(text, words)).map(({ runs, together }) => {
        const written = runs.map((run) => (run.marked ? `[${run.text}]` : run.text)).join('');
        return together ? `{${written}}` : written;
      });
    expect(shown('總統尼古拉斯·馬杜羅（Nicolás Maduro）', ['馬杜羅'])).toEqual(['總統尼古拉', '{斯·[馬杜羅]}', '（Nicolás Maduro）']);
    expect(shown('唐納德·特朗普說', [])).toEqual(['唐納', '{德·特}', '朗普說']);
    expect(shown('費爾南多·雷耶斯·馬塔', ['雷耶斯'])).toEqual(['費爾南', '{多·[雷耶斯]·馬}', '塔']);
    expect(shown('普京和馬杜羅', ['馬杜羅'])).toEqual(['普京和[馬杜羅]']);
    expect(dotsHeldTogether(markedRuns('斯·馬杜羅', ['馬杜羅'])).flatMap(({ runs }) => runs.map((run) => run.text)).join('')).toBe('斯·馬杜羅');
  });
});

describe('the document Pagefind indexes', () => {
  const page = [
    '<!doctype html><html lang=zh-Hant><body><header>網站</header><main>',
    '<article class=article data-pagefind-body><header class=article-header><h1>委內瑞拉<wbr>觀察</h1>',
    '<p class=dek>盟友——中國與俄羅斯<p class=meta><time datetime=2025-12-11>2025年12月11日</time></header>',
    '<div class=article-body><figure class=article-figure><figcaption><b>圖說</b><span class=caption>莫斯科</span></figcaption></figure><p>普京和<a id=m-maduro-1 href=#actor-maduro>馬杜羅</a>會晤，「<q id=q-x-1 data-by=x><a href=#quote-q-x-1>肩並肩</a></q>」。</div>',
    '<footer class=article-footer><nav class=article-topics aria-label=主題><h2>主題</h2><ul><li><a href=/zh-hant/topics/china/>中國</a><li><a href=/zh-hant/topics/oil/>石油 &amp; 能源</a></ul></nav></footer>',
    '</article></main></body></html>',
  ].join('');
  const document = searchDocument(page);

  it('leaves out what the page marks data-pagefind-ignore (read next), nested or not, so other articles do not change it', () => {
    const readNext = (title: string) =>
      `<nav id=read-next data-pagefind-ignore><h2>延伸閱讀</h2><ol><li><a href=/a/>${title}</a><nav><a href=/b/>乙</a></nav></ol></nav>`;
    const withReadNext = (title: string) => page.replace('</footer>', `</footer>${readNext(title)}`);
    const one = searchDocument(withReadNext('另一篇文章'));
    expect(one?.html).not.toContain('延伸閱讀');
    expect(one?.html).toContain('</footer>');
    expect(one?.html).toBe(searchDocument(withReadNext('新發表的文章'))?.html);
    expect(one?.html).toBe(document?.html);
    expect(() => searchDocument(page.replace('</footer>', '</footer><nav data-pagefind-ignore><p>未閉合'))).toThrow('is not closed');
  });

  it('reads the title, date and topics from the article', () => {
    expect(document?.facts).toEqual({ title: '委內瑞拉觀察', date: '2025-12-11', topics: ['中國', '石油 & 能源'] });
  });

  it('writes them as metadata, filters and the sort key', () => {
    const html = document?.html ?? '';
    expect(html).toContain('data-pagefind-meta="title:委內瑞拉觀察"');
    expect(html).toContain('data-pagefind-meta="date:2025-12-11"');
    expect(html).toContain('data-pagefind-meta="topics:中國、石油 &amp; 能源"');
    expect(html).toContain('data-pagefind-sort="date:2025-12-11"');
    expect(html).toContain('data-pagefind-filter="year:2025"');
    expect(html).toContain('data-pagefind-filter="topic:中國"');
    expect(html).not.toContain('data-pagefind-filter="part:');
    expect(searchDocument(page, '2025-2')?.html).toContain('data-pagefind-filter="part:2025-2"');
  });

  it('leaves no id in the article, spaces the characters, ends the title with a full stop and skips the date line', () => {
    const html = document?.html ?? '';
    expect(html).not.toMatch(/<article[\s\S]* id=/);
    expect(html).toContain(' 馬  杜  羅 ');
    expect(html).toContain(' 觀  察 。</h1>');
    expect(html).toContain('<p class=meta data-pagefind-ignore>');
    expect(html.startsWith('<!doctype html><html lang=zh-Hant><body><header>網站</header>')).toBe(true);
    expect(document?.text).toContain('普京和馬杜羅會晤');
    expect(document?.text).not.toContain('圖說');
  });

  it('indexes nothing of a page without an article, and names what an article page lacks', () => {
    expect(searchDocument('<html><body><h1>主題</h1></body></html>')).toBeUndefined();
    expect(() => searchDocument(page.replace(/<time datetime=2025-12-11>/, '<time>'))).toThrow(/no date/);
    expect(() => searchDocument(page.replace(/<h1>[^]*?<\/h1>/, ''))).toThrow(/no <h1> title/);
  });
});

describe('the query tables', () => {
  const counted = new EditionsTextCounter((text, offset) => (text.startsWith('川普', offset) ? { key: '川普', value: '特朗普' } : undefined));
  counted.addTraditional('馬杜羅和普京以後會晤。頭髮與發展。皇后。發表、發生。川普說。');
  counted.addSimplified('马杜罗和普京以后会晤。头发与发展。皇后。发表、发生。特朗普说。');
  const traditional = queryScript(traditionalQueryTable(counted, toSimplified));
  const simplified = queryScript(simplifiedQueryTable(counted, toSimplified));

  it('turns a Simplified query into the Traditional the archive writes', () => {
    expect(traditional.convert('马杜罗')).toBe('馬杜羅');
    expect(traditional.convert('以后')).toBe('以後');
    expect(traditional.convert('头发')).toBe('頭髮');
    expect(traditional.convert('发展')).toBe('發展');
    expect(traditional.convert('皇后')).toBe('皇后');
    expect(traditional.convert('特朗普')).toBe('川普');
    expect(traditional.convert('馬杜羅')).toBe('馬杜羅');
  });

  it('turns a Traditional query into the Simplified the archive writes', () => {
    expect(simplified.convert('馬杜羅')).toBe('马杜罗');
    expect(simplified.convert('頭髮')).toBe('头发');
    expect(simplified.convert('川普')).toBe('特朗普');
    expect(simplified.convert('马杜罗')).toBe('马杜罗');
  });

  it('holds only what the archive holds, not the dictionaries', () => {
    const table = simplifiedQueryTable(counted, toSimplified);
    expect(Array.from(table.characters).length / 2).toBeLessThan(200);
    expect(simplified.convert('鐵')).toBe('鐵'); // 铁 is nowhere in the archive
  });
});

describe('the order of results', () => {
  it('puts pages holding more of the words first, then the more relevant', () => {
    const ranked = rankResults([
      [{ id: 'a', score: 9 }, { id: 'b', score: 1 }],
      [{ id: 'b', score: 1 }, { id: 'c', score: 5 }],
    ]);
    expect(ranked).toEqual([{ id: 'b', words: 2 }, { id: 'a', words: 1 }, { id: 'c', words: 1 }]);
  });

  it('orders by date when asked, still pages holding more words first', () => {
    const ranked = rankResults([[{ id: 'a', score: 9 }, { id: 'b', score: 1 }], [{ id: 'a', score: 1 }]], ['b', 'c', 'a']);
    expect(ranked.map((result) => result.id)).toEqual(['a', 'b']);
    expect(rankResults([[{ id: 'a', score: 9 }, { id: 'b', score: 1 }]], ['b', 'a']).map((result) => result.id)).toEqual(['b', 'a']);
  });

  it('reads the words of a query in the edition script, without quotation marks', () => {
    expect(queryWords(' "马杜罗"  普京 马杜罗 ', (word) => word.replace('马杜罗', '馬杜羅'))).toEqual(['馬杜羅', '普京']);
  });
});

/** The seed article as built: structure, metadata and every word of the text. */
import { describe, expect, it } from 'vitest';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { all, one, readPage, textOf } from '../helpers/html';
import { SEED_SLUG, seedBlocks, seedHeader } from '../helpers/seed';

const page = readPage(SEED_SITE_DIR, `/zh-hant/articles/${SEED_SLUG}/`);
const article = one(page, 'main article');
const body = one(article, '.article-body');

describe('the seed article page', () => {
  it('is a Traditional-script document', () => {
    expect(one(page, 'html').properties.lang).toBe('zh-Hant');
  });

  it('has a header with title, dek, machine-readable date and byline', () => {
    const header = one(article, 'header.article-header');
    expect(textOf(one(header, 'h1'))).toBe('委內瑞拉是否已被其兩大盟友——中俄拋棄？');
    expect(textOf(one(header, '.dek')).length).toBeGreaterThan(10);
    expect(one(header, 'time').properties.dateTime).toBe(seedHeader().date);
    expect(textOf(one(header, 'time'))).toBe('2025年12月11日');
    expect(textOf(one(header, '.byline'))).toBe('BBC News 中文');
  });

  it('shows every paragraph of the seed verbatim and in order', () => {
    const paragraphs = all(body, ':scope > p').map(textOf);
    const expected = seedBlocks()
      .filter((block) => block.kind === 'paragraph')
      .map((block) => block.text);
    expect(paragraphs).toEqual(expected);
  });

  it('keeps the whole seed text in order, headings and captions included', () => {
    const text = textOf(body);
    let from = 0;
    for (const block of seedBlocks()) {
      const at = text.indexOf(block.text, from);
      expect(at, `not found in order: ${block.text}`).toBeGreaterThanOrEqual(0);
      from = at + block.text.length;
    }
  });

  it('makes the four section headings <h2>', () => {
    const headings = all(body, 'h2').map(textOf);
    expect(headings).toEqual(seedBlocks().filter((block) => block.kind === 'heading').map((block) => block.text));
  });

  it('shows each caption in a <figure> where the seed places it, with no credit floating under a missing picture', () => {
    const figures = all(body, 'figure');
    const captions = seedBlocks().filter((block) => block.kind === 'caption');
    expect(figures.map((figure) => textOf(one(figure, 'figcaption .caption')))).toEqual(captions.map((caption) => caption.text));
    // The seed has no picture files: its credits are listed with the sources instead.
    expect(all(body, 'img')).toEqual([]);
    expect(all(body, 'figure .credit')).toEqual([]);
  });

  it('shows no hero without its picture, and credits the hero and the captions’ pictures at the end, once each', () => {
    expect(all(article, 'figure.hero')).toEqual([]);
    const credits = one(article, 'footer .image-credits');
    const lines = all(credits, 'li').map(textOf);
    expect(lines).toEqual([`題圖${seedHeader().heroCredit}`, ...new Set(seedBlocks().flatMap((block) => (block.credit ? [`圖說${block.credit}`] : [])))]);
  });

  it('keeps the closing additional-reporting line', () => {
    expect(textOf(all(body, ':scope > p').at(-1)!)).toBe('*BBC全球新聞部補充報導');
  });

  it('lists its sources, linking the ones with an address', () => {
    const items = all(article, '.sources li').map(textOf).join('\n');
    for (const name of ['BBC News 中文', '《華盛頓郵報》', '塔斯社', '外交關係協會', '中國與拉美金融資料庫']) {
      expect(items).toContain(name);
    }
    const links = all(article, '.sources a').map((link) => String(link.properties.href));
    expect(links.some((href) => href.startsWith('https://tw.news.yahoo.com/'))).toBe(true);
  });
});

describe('the index and the root', () => {
  it('lists the seed article on the Traditional index, linked', () => {
    const index = readPage(SEED_SITE_DIR, '/zh-hant/');
    // The only article leads the home.
    const links = all(index, '.home-lead h2 a').map((link) => link.properties.href);
    expect(links).toContain(`/zh-hant/articles/${SEED_SLUG}/`);
  });

  it('sends / to the Traditional edition without a server', () => {
    const root = readPage(SEED_SITE_DIR, '/');
    const refresh = one(root, 'meta[http-equiv="refresh"]');
    expect(String(refresh.properties.content)).toMatch(/url=\/zh-hant\/$/);
    expect(all(root, 'a').map((link) => link.properties.href)).toContain('/zh-hant/');
  });
});

/** The coverage report: names of known actors that stand in the text without an `:actor` annotation. */
import { readFileSync } from 'node:fs';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coverageLine, coverageReport, coverageWarnings, scanCoverage, type CoverageReport } from '../../src/lib/annotations/coverage';
import { renderMarkdown } from '../helpers/markdown';
import { SEED_MARKDOWN_FILE } from '../helpers/seed';

const ACTORS = [
  { id: 'china', names: ['中國', '北京'] },
  { id: 'china-latam-finance', names: ['中國與拉美金融資料庫'] },
  { id: 'maduro', names: ['尼古拉斯·馬杜羅', '馬杜羅'] },
];

function scan(markdown: string) {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
  return scanCoverage(tree, ACTORS);
}

describe('annotation coverage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds an unannotated name with its line', () => {
    expect(scan('第一行。\n\n:actor[中國]{ref=china}與北京。').missed).toEqual([{ name: '北京', actor: 'china', line: 3 }]);
  });

  it('counts annotated mentions', () => {
    expect(scan(':actor[中國]{ref=china}和:actor[馬杜羅]{ref=maduro}').annotated).toBe(2);
  });

  it('does not count a name inside another annotation', () => {
    expect(scan(':actor[中國與拉美金融資料庫]{ref=china-latam-finance}').missed).toEqual([]);
  });

  it('does not count a name an editor marked as a non-mention', () => {
    expect(scan('「:nonmention[中國]」這個詞').missed).toEqual([]);
  });

  it('counts names inside quotes and figures, which can name actors too', () => {
    expect(scan('「:quote[中國不會]{by=maduro}」').missed.map((miss) => miss.name)).toEqual(['中國']);
  });

  it('matches the longest name, so a full name is one find', () => {
    expect(scan('尼古拉斯·馬杜羅說').missed).toEqual([{ name: '尼古拉斯·馬杜羅', actor: 'maduro', line: 1 }]);
  });

  it('summarises coverage on one line, never rounding up to 100 %', () => {
    expect(coverageLine({ annotated: 199, missed: [{ name: '中國', actor: 'china', line: 1 }] })).toBe('annotation coverage 199/200 (99%)');
    expect(coverageLine({ annotated: 3, missed: [] })).toBe('annotation coverage 3/3 (100%)');
  });

  it('words each warning with file, line and the fix', () => {
    const [warning] = coverageWarnings('content/articles/a.md', scan('\n北京說'));
    expect(warning).toBe('content/articles/a.md:2: 北京 names actor "china" but is not annotated (write :actor[北京]{ref=china}, or :nonmention[北京] if it is not a mention)');
  });

  it('is handed on by the Markdown pipeline, per article', async () => {
    const { frontmatter } = await renderMarkdown('馬杜羅與:actor[中國]{ref=china}\n', 'content/articles/partial.md');
    const lines = coverageReport('content/articles/partial.md', frontmatter.coverage as CoverageReport);
    expect(lines).toContain('content/articles/partial.md:1: 馬杜羅 names actor "maduro" but is not annotated (write :actor[馬杜羅]{ref=maduro}, or :nonmention[馬杜羅] if it is not a mention)');
    expect(lines).toContain('content/articles/partial.md: annotation coverage 1/2 (50%)');
  });

  it('reaches 100 % on the seed article', async () => {
    const { frontmatter } = await renderMarkdown(readFileSync(SEED_MARKDOWN_FILE, 'utf8'), 'content/articles/seed.md');
    const lines = coverageReport('content/articles/seed.md', frontmatter.coverage as CoverageReport);
    expect(lines.filter((line) => line.includes('is not annotated'))).toEqual([]);
    expect(lines.find((line) => line.includes('annotation coverage'))).toMatch(/annotation coverage (\d+)\/\1 \(100%\)$/);
  });
});

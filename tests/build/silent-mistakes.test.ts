/**
 * Warnings for silent mistakes (docs/content.md#warnings): nothing stops the build, yet the page would show them,
 * so every build prints each with its file and line, and publishes the article as written.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, SITES_DIR, type SiteBuild } from '../helpers/build-site';

const CONTENT = resolve(SITES_DIR, 'content-silent-mistakes');
const ARTICLE = [
  '---',
  'title: 寫得匆忙的文章',
  'date: 2025-12-01',
  'sources:',
  '  - name: 測試通訊社',
  '    role: original',
  '---',
  '',
  ':actor[馬杜羅]{ref=maduro}的政府',
  '宣佈了新措施。',
  '',
  ':actor[特朗普]{ref=trump}表示，「全面關閉領空」。',
  '',
  '「:quote[「擴大軍事合作」]{by=maduro}」，約15000名士兵。',
  '',
].join('\n');

describe('silent mistakes', () => {
  let build: SiteBuild;
  const label = relative(PROJECT_ROOT, resolve(CONTENT, 'articles/hurried.md'));
  beforeAll(() => {
    rmSync(CONTENT, { recursive: true, force: true });
    mkdirSync(resolve(CONTENT, 'articles'), { recursive: true });
    cpSync(resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles/actors'), resolve(CONTENT, 'actors'), { recursive: true });
    writeFileSync(resolve(CONTENT, 'articles/hurried.md'), ARTICLE);
    build = buildSite('silent-mistakes', { contentDir: CONTENT, command: 'sync' });
  });

  it('stop nothing', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('are each printed at their line: a break inside a paragraph, quote marks inside a quote, and suggestions', () => {
    expect(build.output).toContain(`${label}:9: the paragraph breaks here and goes on on the next line: the page shows a stray space where they join; write one paragraph on one line`);
    expect(build.output).toContain(`${label}:12: 「全面關閉領空」 follows a speaker but is not a quote: if someone said it, write 「:quote[全面關閉領空]{by=<actor id>}」 (suggestion only)`);
    expect(build.output).toContain(`${label}:14: quotation marks inside :quote[「擴大軍事合作」]: the sidebar adds its own and would show 「「擴大軍事合作」」; put them outside: 「:quote[擴大軍事合作]{…}」`);
    expect(build.output).toContain(`${label}:14: 15000名 is a number with a unit but not a key figure: if the analysis rests on it, write :figure[15000名]{value=… unit=… label="…"} (suggestion only)`);
  });
});

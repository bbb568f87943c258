/** The seed article as received (tests/fixtures/seed-article.zh-Hant.txt), split the way docs/seed.md describes. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEED_TEXT = readFileSync(resolve(import.meta.dirname, '../fixtures/seed-article.zh-Hant.txt'), 'utf8');
export const SEED_SLUG = 'venezuela-china-russia-allies';
export const SEED_MARKDOWN_FILE = resolve(import.meta.dirname, `../../content/articles/${SEED_SLUG}.md`);

const CAPTION_LINE = /^(.*) \[(.*Getty Images)\]$/;
const HEADINGS = new Set(['堅固的盟友關係', '中國的態度如何？', '優先項的轉變', '「馬杜羅孤立無援」']);

export interface SeedBlock {
  kind: 'paragraph' | 'heading' | 'caption';
  text: string;
  credit?: string;
}

/** Every block after the date line, in order. */
export function seedBlocks(): SeedBlock[] {
  const lines = SEED_TEXT.split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(1);
  return lines.map((line): SeedBlock => {
    const caption = CAPTION_LINE.exec(line);
    if (caption) return { kind: 'caption', text: caption[1] ?? '', credit: caption[2] ?? '' };
    return { kind: HEADINGS.has(line) ? 'heading' : 'paragraph', text: line };
  });
}

/** The hero credit on line 1: `date 2025-12-11 [Jesus Vargas/Getty Images]`. */
export function seedHeader(): { date: string; heroCredit: string } {
  const match = /date (\d{4}-\d{2}-\d{2}) \[(.*)\]/.exec(SEED_TEXT);
  if (!match) throw new Error('seed line 1 is not `date … [credit]`');
  return { date: match[1] ?? '', heroCredit: match[2] ?? '' };
}

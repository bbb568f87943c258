import { describe, expect, it } from 'vitest';
import { entryId } from '../../src/inputs/entry-id';

describe('content file ids', () => {
  it.each([
    ['venezuela-allies.md', 'venezuela-allies'],
    ['venezuela-allies/index.md', 'venezuela-allies'],
    ['xi-jinping.yaml', 'xi-jinping'],
  ])('%s becomes %s', (entry, id) => {
    expect(entryId(entry, './content/articles')).toBe(id);
  });

  it.each(['委內瑞拉.md', 'Venezuela.md', 'venezuela_allies.md', 'two words/index.md'])('refuses %s, naming the file', (entry) => {
    expect(() => entryId(entry, './content/articles')).toThrow(`content/articles/${entry}:1: file name: `);
  });
});

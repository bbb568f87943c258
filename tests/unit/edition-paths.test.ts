import { describe, expect, it } from 'vitest';
import { editionOfPath, pathInEdition } from '../../src/lib/editions/edition-paths';
import { editionById } from '../../src/lib/editions/editions';

const hans = editionById('zh-hans');
const hant = editionById('zh-hant');

describe('the same page in the other edition', () => {
  it('swaps the edition segment and keeps the rest', () => {
    expect(pathInEdition('/zh-hant/articles/x/', '/', hans)).toBe('/zh-hans/articles/x/');
    expect(pathInEdition('/zh-hans/', '/', hant)).toBe('/zh-hant/');
    expect(pathInEdition('/zh-hant/annotations.json', '/', hans)).toBe('/zh-hans/annotations.json');
  });

  it('respects a base path', () => {
    expect(pathInEdition('/news/zh-hant/articles/x/', '/news/', hans)).toBe('/news/zh-hans/articles/x/');
    expect(pathInEdition('/news/zh-hant/articles/x/', '/news', hans)).toBe('/news/zh-hans/articles/x/');
    expect(editionOfPath('/news/zh-hans/articles/x/', '/news/')?.id).toBe('zh-hans');
  });

  it('knows paths that belong to no edition', () => {
    expect(editionOfPath('/', '/')).toBeUndefined();
    expect(editionOfPath('/zh-hansx/', '/')).toBeUndefined();
    expect(pathInEdition('/about/', '/', hans)).toBe('/about/');
  });
});

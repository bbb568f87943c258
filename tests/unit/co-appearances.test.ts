/** Who appears with whom: the actors named in the same articles, counted per article. */
import { describe, expect, it } from 'vitest';
import { coAppearanceBuilder } from '../../src/lib/actors/co-appearances';

describe('co-appearances', () => {
  it('counts the articles two actors share, most first, ties by id', () => {
    const builder = coAppearanceBuilder();
    builder.add(['maduro', 'putin', 'russia']);
    builder.add(['maduro', 'putin']);
    builder.add(['maduro', 'china', 'china']);
    const together = builder.finish();
    expect(together.get('maduro')).toEqual([
      { id: 'putin', articles: 2 },
      { id: 'china', articles: 1 },
      { id: 'russia', articles: 1 },
    ]);
    expect(together.get('china')).toEqual([{ id: 'maduro', articles: 1 }]);
  });

  it('keeps only the most co-appearing up to the limit', () => {
    const builder = coAppearanceBuilder();
    const others = Array.from({ length: 15 }, (_, index) => `actor-${String(index).padStart(2, '0')}`);
    others.forEach((other, index) => {
      for (let count = 0; count <= index; count++) builder.add(['maduro', other]);
    });
    expect(builder.finish(10).get('maduro')?.map((entry) => entry.id)).toEqual(others.slice(5).reverse());
  });
});

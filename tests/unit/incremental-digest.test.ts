/**
 * The digest cache keys are made of (src/lib/incremental/digest.ts), with an object shown by many pages standing in
 * as its own digest (src/queries/page-keys.ts): a key must still change exactly when what it covers changes.
 */
import { describe, expect, it } from 'vitest';
import { digestOf, stringsIn } from '../../src/lib/incremental/digest';

const memo = new WeakMap<object, string>();
const entryShaped = (part: object) => 'collection' in part && 'id' in part && 'data' in part;
const digestOfPart = (part: object): string | undefined => {
  if (!entryShaped(part)) return undefined;
  if (!memo.has(part)) memo.set(part, `(shown)${digestOf(part, digestOfPart)}`);
  return memo.get(part);
};

describe('a digest with parts digested on their own', () => {
  const entry = (text: string) => ({ collection: 'articles', id: 'a', data: { title: text, actors: new Map([['x', 'X']]) } });

  it('is the same for the same data, whether a part is the same object or an equal one', () => {
    const shared = entry('甲');
    expect(digestOf({ page: 1, entries: [shared] }, digestOfPart)).toBe(digestOf({ page: 1, entries: [entry('甲')] }, digestOfPart));
  });

  it('changes when a part shown changes, or what is around it', () => {
    const key = digestOf({ page: 1, entries: [entry('甲')] }, digestOfPart);
    expect(digestOf({ page: 1, entries: [entry('乙')] }, digestOfPart)).not.toBe(key);
    expect(digestOf({ page: 2, entries: [entry('甲')] }, digestOfPart)).not.toBe(key);
    // Maps inside a part are digested by their entries, as everywhere else.
    const withOther = entry('甲');
    withOther.data.actors.set('y', 'Y');
    expect(digestOf({ page: 1, entries: [withOther] }, digestOfPart)).not.toBe(key);
  });
});

describe('the strings a value holds', () => {
  it('finds them in keys and values of objects, maps, sets and arrays, kept to those wanted', () => {
    const value = { a: ['x', new Set(['y'])], b: new Map([['k', { z: 'w' }]]) };
    expect([...stringsIn(value)].sort()).toEqual(['a', 'b', 'k', 'w', 'x', 'y', 'z']);
    expect([...stringsIn(value, new Set(), { wanted: (text) => ['x', 'k', 'z', 'none'].includes(text) })].sort()).toEqual(['k', 'x', 'z']);
  });

  it('walks an object it is told to remember once, and finds the same strings wherever it stands again', () => {
    const shared = { id: 'slug-a', nested: ['slug-b'] };
    const memo = new WeakMap<object, readonly string[]>();
    const walk = { wanted: (text: string) => text.startsWith('slug-'), remembered: (value: object) => value === shared, memo };
    expect([...stringsIn([shared, 'slug-c'], new Set(), walk)].sort()).toEqual(['slug-a', 'slug-b', 'slug-c']);
    expect(memo.get(shared)).toEqual(['slug-a', 'slug-b']);
    // Remembered: a later walk reads the memo, not the object (which a build never changes).
    shared.nested.push('slug-d');
    expect([...stringsIn({ again: shared }, new Set(), walk)].sort()).toEqual(['slug-a', 'slug-b']);
  });
});

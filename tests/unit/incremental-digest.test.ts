/**
 * The digest cache keys are made of (src/lib/incremental/digest.ts), with an object shown by many pages standing in
 * as its own digest (src/queries/page-keys.ts): a key must still change exactly when what it covers changes.
 */
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/lib/incremental/digest';

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

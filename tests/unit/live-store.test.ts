/**
 * `astro dev` hands the pages the entries the loader left, from memory, committed once every collection has loaded
 * (src/lib/content/live-store.ts); what the queries make of them is made again once per commit, never per request,
 * and never kept from a version it was not made for.
 */
import { describe, expect, it } from 'vitest';
import { reloadFinished, reloadStarted } from '../../src/lib/content/current-issues';
import { commitLiveStore, committedCollections, devMemo, liveStoreVersion, publishCollection } from '../../src/lib/content/live-store';

describe('the live store', () => {
  it('shows the pages a collection only once committed, all collections together', () => {
    publishCollection('test-articles', [['a', { id: 'a', body: 'first' }]]);
    commitLiveStore();
    const before = committedCollections();
    publishCollection('test-articles', [['a', { id: 'a', body: 'second' }]]);
    expect(committedCollections()).toBe(before);
    expect(committedCollections()?.get('test-articles')?.get('a')).toEqual({ id: 'a', body: 'first' });
    commitLiveStore();
    expect(committedCollections()?.get('test-articles')?.get('a')).toEqual({ id: 'a', body: 'second' });
  });

  it('is committed when the last collection loading again has finished, not before', () => {
    const version = liveStoreVersion();
    reloadStarted('test-articles');
    reloadStarted('test-actors');
    reloadFinished('test-actors');
    expect(liveStoreVersion()).toBe(version);
    reloadFinished('test-articles');
    expect(liveStoreVersion()).toBe((version ?? 0) + 1);
  });
});

describe('devMemo', () => {
  it('makes its value once per version, however many ask', async () => {
    let made = 0;
    const archive = devMemo(async () => ++made);
    expect(await Promise.all([archive(), archive(), archive()])).toEqual([1, 1, 1]);
    commitLiveStore();
    expect(await archive()).toBe(2);
    expect(await archive()).toBe(2);
  });

  it('does not keep a value begun before a commit for the version after it', async () => {
    let release: (() => void) | undefined;
    let made = 0;
    const archive = devMemo(async () => {
      const mine = ++made;
      if (mine === 1) await new Promise<void>((done) => (release = done));
      return mine;
    });
    const begun = archive();
    commitLiveStore();
    const after = archive();
    release?.();
    expect(await begun).toBe(1);
    expect(await after).toBe(2);
    expect(await archive()).toBe(2);
  });

  it('tries again after a failure', async () => {
    let calls = 0;
    const flaky = devMemo(async () => {
      calls += 1;
      if (calls === 1) throw new Error('not yet');
      return 'made';
    });
    await expect(flaky()).rejects.toThrow('not yet');
    expect(await flaky()).toBe('made');
  });
});

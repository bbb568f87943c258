/**
 * Every collection's problems reach the editor together (src/lib/content/current-issues.ts): a build fails once,
 * when the last of the site's collections has loaded, with all of them, even when one collection loads so quickly
 * that it finishes before another has started.
 */
import { describe, expect, it } from 'vitest';
import { contentSettled, expectCollection, loadFinished, loadStarted, onContentReloaded, reloadFinished, reloadStarted, setCollectionIssues } from '../../src/lib/content/current-issues';
import type { ContentIssue } from '../../src/lib/content/locate-issues';

const issue = (file: string): ContentIssue => ({ file, line: 1, field: 'x', message: 'wrong' });

describe('content problems of a build', () => {
  it('are handed over by the last declared collection to finish, whichever order they load in', () => {
    expectCollection('test-slow');
    expectCollection('test-quick');
    loadStarted('test-quick');
    // The quick collection is done before the slow one has begun: it must not fail the build alone.
    expect(loadFinished('test-quick', [issue('content/actors/page.yaml')])).toEqual([]);
    loadStarted('test-slow');
    expect(loadFinished('test-slow', [issue('content/articles/a.md')]).map((found) => found.file)).toEqual([
      'content/actors/page.yaml',
      'content/articles/a.md',
    ]);
    setCollectionIssues('test-quick', []);
    setCollectionIssues('test-slow', []);
  });
});

describe('reloads in astro dev', () => {
  it('tell the open tabs once every collection that started again has finished, not before', () => {
    let told = 0;
    const stop = onContentReloaded(() => told++);
    reloadStarted('articles');
    reloadStarted('actors');
    reloadFinished('actors');
    expect(told).toBe(0);
    reloadFinished('articles');
    expect(told).toBe(1);
    stop();
    reloadStarted('articles');
    reloadFinished('articles');
    expect(told).toBe(1);
  });
});

describe('a request during a reload in astro dev', () => {
  it('waits until every collection that started again has finished, so it gets the state the save leads to', async () => {
    await expect(contentSettled()).resolves.toBeUndefined();
    reloadStarted('articles');
    reloadStarted('actors');
    let answered = false;
    const waiting = contentSettled().then(() => (answered = true));
    reloadFinished('actors');
    await new Promise((wait) => setTimeout(wait, 20));
    expect(answered).toBe(false);
    reloadFinished('articles');
    await waiting;
    expect(answered).toBe(true);
  });

  it('is answered after its patience even if a reload never finishes', async () => {
    reloadStarted('articles');
    await expect(contentSettled(30)).resolves.toBeUndefined();
    reloadFinished('articles');
  });
});

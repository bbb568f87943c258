/**
 * `astro dev` reads the site's inputs again after a change only when the change can have altered them
 * (src/inputs/site-inputs.ts, siteInputsChanged): an article saved in place leaves the listing, the actors, tags.yaml
 * and conversion.yaml as they were read; a file added or removed, an actor or tags.yaml reads them again.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFolderAt } from '../../src/inputs/content-folder';
import { siteInputs, siteInputsChanged } from '../../src/inputs/site-inputs';

const folder = contentFolderAt(resolve(import.meta.dirname, '../fixtures/sites/two-articles'));
const article = resolve(folder.articles.folder, 'later-article.md');

describe('the site inputs after a change in astro dev', () => {
  it('are kept when an article is saved in place, with the clock read again', () => {
    const before = siteInputs(folder);
    siteInputsChanged('change', article, folder);
    const after = siteInputs(folder);
    expect(after.actors).toBe(before.actors);
    expect(after.articles).toBe(before.articles);
    expect(after.tags).toBe(before.tags);
    expect(after.clock).not.toBe(before.clock);
  });

  it('are read again when an article is added or removed, or another file changes', () => {
    for (const [event, path] of [
      ['add', resolve(folder.articles.folder, 'new-article.md')],
      ['unlink', article],
      ['change', resolve(folder.actors.folder, 'maduro.yaml')],
      ['change', folder.tagsFile],
    ] as const) {
      const before = siteInputs(folder);
      siteInputsChanged(event, path, folder);
      expect(siteInputs(folder).actors, `${event} ${path}`).not.toBe(before.actors);
    }
  });

  it('are left alone by a change outside the content folder', () => {
    const before = siteInputs(folder);
    siteInputsChanged('change', resolve(import.meta.dirname, '../../src/site.ts'), folder);
    expect(siteInputs(folder)).toBe(before);
  });
});

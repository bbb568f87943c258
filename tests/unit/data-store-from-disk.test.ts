/** The module the built site reads Astro's content store through: it gives back the store Astro wrote. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModule } from '../../src/integrations/data-store/data-store-from-disk';

const scratch = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the data store read from disk', () => {
  it('exports the Map of collections that data-store.json holds (Astro writes it with devalue)', async () => {
    const store = new Map<string, Map<string, unknown>>([
      ['articles', new Map([['x', { id: 'x', data: { title: '標題', date: '2025-12-11' }, rendered: { html: '<p>「引述」</p>' } }]])],
      ['actors', new Map([['maduro', { id: 'maduro', data: { name: '尼古拉斯·馬杜羅' } }]])],
    ]);
    const storeFile = join(scratch, 'data-store.json');
    writeFileSync(storeFile, stringify(store));
    const moduleFile = join(scratch, 'store.mjs');
    writeFileSync(moduleFile, dataStoreModule(storeFile));
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(store);
  });
});

/** The module the built site reads Astro's content store through: it gives back the store Astro wrote. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroDataStoreModule, dataStoreModule } from '../../src/integrations/data-store/data-store-from-disk';

const scratch = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Astro's own writer of the chunked store (what `collectionStorage: 'chunked'` writes with). */
async function writeChunked(store: Map<string, Map<string, unknown>>, dir: string, chunkBytes: number): Promise<void> {
  const writerModule = astroDataStoreModule().replace(/data-store\.js$/, 'data-store-writer.js');
  const { ChunkedWriter } = (await import(writerModule)) as {
    ChunkedWriter: new (dir: URL, chunkSize: number) => { write(collections: Map<string, Map<string, unknown>>): Promise<boolean> };
  };
  mkdirSync(dir, { recursive: true });
  await new ChunkedWriter(pathToFileURL(`${dir}/`), chunkBytes).write(store);
}

describe('the data store read from disk', () => {
  it('exports the Map of collections that Astro wrote in chunks, entries cut across chunks included', async () => {
    const articles = new Map(
      Array.from({ length: 30 }, (_, n) => [
        `article-${n}`,
        { id: `article-${n}`, data: { title: `標題 ${n}`, date: new Date(Date.UTC(2025, 11, n + 1)) }, rendered: { html: `<p>「引述 ${n}」\n</p>` } },
      ]),
    );
    const store = new Map<string, Map<string, unknown>>([
      ['articles', articles],
      ['actors', new Map([['maduro', { id: 'maduro', data: { name: '尼古拉斯·馬杜羅' } }]])],
    ]);
    const storeDir = join(scratch, 'data-store');
    // Chunks far smaller than an entry: every entry is cut across files, as a large one is at 20 MiB.
    await writeChunked(store, storeDir, 64);
    const chunks = readdirSync(storeDir).filter((file) => file.endsWith('.txt'));
    expect(chunks.length).toBeGreaterThan(30);
    // Filled to the size, never past it by more than the one character that crosses it (patches/README.md).
    for (const chunk of chunks) expect(statSync(join(storeDir, chunk)).size).toBeLessThanOrEqual(64 + 3);

    const moduleFile = join(scratch, 'store.mjs');
    writeFileSync(moduleFile, dataStoreModule(storeDir));
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(store);
  });
});

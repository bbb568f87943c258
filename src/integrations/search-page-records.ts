/**
 * What the search index needs of each article page, kept from one build to the next by the digest of the page's
 * bytes, so that a warm build reads every page but parses only the pages whose bytes changed
 * (src/integrations/pagefind-editions.ts).
 *
 * Of a page it keeps its date (which index part it goes into) and, for the part it went into, the digests of the
 * document Pagefind indexes and of its text (what the query tables count), and its topics: a part's digest is made
 * from its documents' digests, and a part whose digest and text are those of the last build is taken back whole
 * (./search-part-cache.ts). A record is a pure function of the page's bytes, the part, and the code that made it,
 * so it is never stale: the records are kept for one digest of the site's code (scripts/lib/source-digest.mjs),
 * and set aside whole when it changes. Kept as `<cacheDir>/search-parts/pages.json`, written to a file beside it and
 * renamed over, so a build stopped while writing it leaves the last one.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** A page's document as the part it went into indexes it. */
export interface DocumentRecord {
  part: string;
  /** Digest of the HTML Pagefind indexes. */
  html: string;
  /** Digest of the article's plain text. */
  text: string;
  topics: string[];
}

export interface PageRecord {
  /** Digest of the page's bytes. */
  bytes: string;
  /** `YYYY-MM-DD`, or '' where the page has none. */
  date: string;
  document?: DocumentRecord;
}

export interface SearchPageRecords {
  /** The record of the page at `path` when its bytes digest to `bytes`. */
  get(path: string, bytes: string): PageRecord | undefined;
  /** Records what a page is, for this build and the next. */
  set(path: string, record: PageRecord): void;
  /** Writes this build's records (those of the pages it saw) for the next build. */
  save(): Promise<void>;
}

const hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The digest records are kept under for a page's bytes, for a document's HTML, for its text. */
export const digestOf = hex;

interface RecordsFile {
  code: string;
  pages: Record<string, PageRecord>;
}

/**
 * The records of the last build made with `code` (none when `takeBack` is false, as with `--force`, or when the
 * last build's code was other). Only the pages this build records are written back: a deleted page is forgotten.
 */
export async function searchPageRecords(cacheDir: string, code: string, { takeBack }: { takeBack: boolean }): Promise<SearchPageRecords> {
  const file = join(cacheDir, 'search-parts', 'pages.json');
  const last = takeBack ? await readRecords(file) : undefined;
  const kept = last?.code === code ? new Map(Object.entries(last.pages)) : new Map<string, PageRecord>();
  const seen = new Map<string, PageRecord>();
  return {
    get(path, bytes) {
      const record = seen.get(path) ?? kept.get(path);
      return record?.bytes === bytes ? record : undefined;
    },
    set(path, record) {
      seen.set(path, record);
    },
    async save() {
      const records: RecordsFile = { code, pages: Object.fromEntries([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.tmp`, JSON.stringify(records));
      await rename(`${file}.tmp`, file);
    },
  };
}

async function readRecords(file: string): Promise<RecordsFile | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<RecordsFile>;
    return typeof parsed.code === 'string' && parsed.pages && typeof parsed.pages === 'object' ? (parsed as RecordsFile) : undefined;
  } catch {
    return undefined;
  }
}

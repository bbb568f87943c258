// @ts-check
/**
 * The phases of an `astro build`, timed from the lines it prints (measureProcess keeps when each arrived):
 * startup, content sync (loading and rendering every article), bundling (Vite), page rendering, and search
 * indexing (Pagefind, after the sitemap). Works on this commit's log and on the base commit's, which prints
 * the same Astro lines but its integration's per-edition timings in the words of its time.
 */

/**
 * @typedef {object} BuildPhases
 * @property {number | undefined} startup Seconds from the start to content sync.
 * @property {number | undefined} contentSync
 * @property {number | undefined} bundling
 * @property {number | undefined} rendering Page rendering ("generating static routes").
 * @property {number | undefined} search From the sitemap (the end of page rendering when the sitemap is a page of
 *   its own, as since the sitemap by year) to the last Pagefind line.
 * @property {SearchEdition[]} searchEditions Per edition, as the commit's integration reports it (empty for commits
 *   before the per-edition lines).
 */

/**
 * One edition's search indexing as src/integrations/pagefind-editions.ts logs it. Since the index kept from build to
 * build it says how many of its parts were indexed and how many taken back unchanged, and no longer splits Pagefind's
 * time into adding and writing; before it, every part was indexed and the split was given.
 * @typedef {object} SearchEdition
 * @property {string} edition
 * @property {number} pages
 * @property {number} parts
 * @property {number} seconds
 * @property {number} [indexed] Parts indexed in this build (all of them before the kept index).
 * @property {number} [unchanged] Parts taken back from the cache.
 * @property {number} [addSeconds] Adding the pages (older commits only).
 * @property {number} [writeSeconds] Writing the index (older commits only).
 */

/** `zh-hant: 1000 pages in 10 part(s), 10 indexed and 0 unchanged (15.1 s), wrote …` */
const KEPT_INDEX_LINE = /\] (\S+): (\d+) pages in (\d+) part\(s\), (\d+) indexed and (\d+) unchanged \(([\d.]+) s\)/;
/** `zh-hant: indexed 1000 pages in 1 part(s), 10.4 s (adding 6.9 s, writing 3.5 s), …` */
const WHOLE_INDEX_LINE = /\] (\S+): indexed (\d+) pages in (\d+) part\(s\), ([\d.]+) s \(adding ([\d.]+) s, writing ([\d.]+) s\)/;

/** @param {string} text @returns {SearchEdition | undefined} */
function searchEdition(text) {
  const kept = KEPT_INDEX_LINE.exec(text);
  if (kept) {
    const [, edition = '', pages, parts, indexed, unchanged, seconds] = kept;
    return { edition, pages: Number(pages), parts: Number(parts), seconds: Number(seconds), indexed: Number(indexed), unchanged: Number(unchanged) };
  }
  const whole = WHOLE_INDEX_LINE.exec(text);
  if (!whole) return undefined;
  const [, edition = '', pages, parts, seconds, addSeconds, writeSeconds] = whole;
  return { edition, pages: Number(pages), parts: Number(parts), seconds: Number(seconds), indexed: Number(parts), unchanged: 0, addSeconds: Number(addSeconds), writeSeconds: Number(writeSeconds) };
}

/**
 * @param {{ seconds: number, text: string }[]} lines
 * @param {number} total Wall time of the build, for the phase that runs to the end.
 * @returns {BuildPhases}
 */
export function buildPhases(lines, total) {
  /** @param {RegExp} pattern @param {number} [after] */
  const at = (pattern, after = -1) => lines.find((line) => line.seconds >= after && pattern.test(line.text))?.seconds;
  /** @param {number | undefined} from @param {number | undefined} to */
  const span = (from, to) => (from === undefined || to === undefined ? undefined : to - from);

  const syncing = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const bundling = at(/Building static entrypoints/);
  const bundled = at(/Rearranging server assets/);
  const rendering = at(/generating static routes/);
  const rendered = rendering === undefined ? undefined : at(/✓ Completed in/, rendering);
  const sitemap = at(/\[@astrojs\/sitemap\]/);
  const searchLines = lines.filter((line) => /\[pagefind-editions\]/.test(line.text));
  const lastSearch = searchLines.at(-1)?.seconds;

  const searchEditions = searchLines.flatMap((line) => searchEdition(line.text) ?? []);

  return {
    startup: syncing,
    contentSync: span(syncing, synced),
    bundling: span(bundling, bundled),
    rendering: span(rendering, rendered),
    // Commits before the sitemap by year print @astrojs/sitemap's line first; later ones render the sitemap as pages.
    search: span(sitemap ?? (searchLines.length > 0 ? rendered : undefined), lastSearch ?? (sitemap === undefined ? undefined : total)),
    searchEditions,
  };
}

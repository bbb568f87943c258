// @ts-check
/**
 * The phases of an `astro build`, timed from the lines it prints (measureProcess keeps when each arrived):
 * startup, content sync (loading and rendering every article), bundling (Vite), page rendering, and search
 * indexing (Pagefind, after the sitemap). Works on this commit's log and on the base commit's, which prints
 * the same Astro lines but not this integration's per-edition timings.
 */

/**
 * @typedef {object} BuildPhases
 * @property {number | undefined} startup Seconds from the start to content sync.
 * @property {number | undefined} contentSync
 * @property {number | undefined} bundling
 * @property {number | undefined} rendering Page rendering ("generating static routes").
 * @property {number | undefined} search From the sitemap (the end of page rendering when the sitemap is a page of
 *   its own, as since the sitemap by year) to the last Pagefind line.
 * @property {{ edition: string, pages: number, parts: number, seconds: number, addSeconds: number, writeSeconds: number }[]} searchEditions
 *   Per edition, as this commit's integration reports it (empty for older commits).
 */

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

  const searchEditions = searchLines.flatMap((line) => {
    const match = /\] (\S+): indexed (\d+) pages in (\d+) part\(s\), ([\d.]+) s \(adding ([\d.]+) s, writing ([\d.]+) s\)/.exec(line.text);
    if (!match) return [];
    const [, edition = '', pages, parts, seconds, addSeconds, writeSeconds] = match;
    return [{ edition, pages: Number(pages), parts: Number(parts), seconds: Number(seconds), addSeconds: Number(addSeconds), writeSeconds: Number(writeSeconds) }];
  });

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

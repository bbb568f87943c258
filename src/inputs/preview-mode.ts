/**
 * Whether this process previews what a build leaves out (drafts, embargoed articles): only `astro dev`, as the
 * integration src/integrations/newsroom-preview.ts records from Astro's own command. Not `import.meta.env.DEV`,
 * which follows NODE_ENV: a build run with NODE_ENV=test (as under Vitest) would otherwise publish drafts.
 *
 * Kept on `globalThis`, like the site's inputs: the config, the content config and the pages are separate module
 * instances in one process.
 */
const KEY = Symbol.for('news-analysis.preview-unpublished');

export function setPreviewUnpublished(on: boolean): void {
  (globalThis as { [KEY]?: boolean })[KEY] = on;
}

export function previewsUnpublished(): boolean {
  return (globalThis as { [KEY]?: boolean })[KEY] === true;
}

import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve-static.mjs';
import { buildSite } from '../helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built site, e.g. `http://127.0.0.1:40123` (no trailing slash). */
    siteUrl: string;
    /** Folder of the built site the server serves. */
    siteDir: string;
  }
}

/**
 * Builds the real site once and serves it on 127.0.0.1, for every browser test, with the server `npm start` uses
 * (scripts/serve-static.mjs: the site's `_headers` applied, directories redirected to their trailing slash).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = buildSite('e2e');
  if (!build.ok) throw new Error(`The site does not build:\n${build.output}`);
  const server = await startServer({ root: build.outDir });
  project.provide('siteUrl', server.url);
  project.provide('siteDir', build.outDir);
  return () => server.close();
}

/**
 * Builds a site (the real one, or a fixture content folder) with the project's own config, into a folder under
 * `tests/.sites/`, and reports what Astro printed. Every build test goes through here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const SITES_DIR = resolve(PROJECT_ROOT, 'tests/.sites');

export interface SiteBuild {
  /** Folder holding the built site (only meaningful when `ok`). */
  outDir: string;
  ok: boolean;
  /** stdout and stderr together, as an editor would see them. */
  output: string;
}

export interface BuildOptions {
  /** Folder with `articles/` and `actors/`; the project's own `content/` when omitted. */
  contentDir?: string;
  /** `build` (default) renders every page; `sync` only loads and validates content, which is much faster. */
  command?: 'build' | 'sync';
  env?: Record<string, string>;
  /** More arguments for astro, e.g. `--force` to ignore the content cache. */
  args?: string[];
}

/**
 * Vitest copies Vite's `import.meta.env` into `process.env` (BASE_URL=/, MODE=test, DEV, PROD, SSR); a child
 * build that inherits them takes BASE_URL=/ over the configured base path, so they are left out. So is VITEST:
 * with it set, `astro dev` leaves out its own page server (it assumes it runs inside a test's Vite).
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST']);

export function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key)));
}

export function buildSite(name: string, options: BuildOptions = {}): SiteBuild {
  const outDir = resolve(SITES_DIR, name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(SITES_DIR, { recursive: true });
  const result = spawnSync(resolve(PROJECT_ROOT, 'node_modules/.bin/astro'), [options.command ?? 'build', ...(options.args ?? [])], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...inheritedEnv(),
      ASTRO_OUT_DIR: outDir,
      ASTRO_CACHE_DIR: resolve(SITES_DIR, `${name}.cache`),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
    },
  });
  return { outDir, ok: result.status === 0, output: `${result.stdout}\n${result.stderr}` };
}

/** The seed site, built once by the global setup. */
export const SEED_SITE_DIR = resolve(SITES_DIR, 'seed');

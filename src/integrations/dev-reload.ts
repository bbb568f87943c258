/**
 * `astro dev`: once the content loader has read a changed file again (src/loaders/content-loader.ts), every open
 * tab shows the problems in its error overlay, or, once there are none, reloads: a problem just saved shows in
 * the open tab, and its fix brings the page back, with no manual refresh. Astro reloads pages that import a changed module, but a content file is no module of the
 * page: without this the overlay showed the old problem (or the old page) until the editor refreshed.
 *
 * Also keeps the dev server's watcher off what a build writes beside it (`npm run build` into dist/ and its
 * staging folders): those files are no source of the site, and watching them printed a line for each.
 */
import type { AstroIntegration } from 'astro';
import { currentContentIssues, onContentReloaded } from '../lib/content/current-issues';
import { formatIssues } from '../lib/content/locate-issues';

/** What `npm run build` (scripts/build.mjs) writes: the site, its staging and previous folders, its lock. */
export const BUILD_OUTPUT_GLOBS = ['**/dist/**', '**/*.build-tmp/**', '**/*.previous-tmp/**', '**/.build.lock'];

export function devReload(): AstroIntegration {
  return {
    name: 'dev-reload',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { server: { watch: { ignored: BUILD_OUTPUT_GLOBS } } } });
      },
      'astro:server:setup': ({ server }) => {
        const stop = onContentReloaded(() => {
          const issues = currentContentIssues();
          // A problem goes to the tab's error overlay as it stands (the page is not asked for again while the content
          // is broken: a tab reloading into the error page kept the next reload from being seen); once the
          // content is fixed, the tab reloads into the page.
          if (issues.length > 0) server.ws.send({ type: 'error', err: { message: formatIssues(issues), stack: '' } });
          else server.ws.send({ type: 'full-reload', path: '*' });
        });
        server.httpServer?.once('close', stop);
      },
    },
  };
}

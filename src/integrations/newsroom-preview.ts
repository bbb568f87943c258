/**
 * `astro dev` previews drafts and embargoed articles, each marked on its page; every other command (build, check,
 * sync) publishes only what is out. Astro tells integrations which command runs; this records it for the queries
 * (src/queries/articles.ts) and the content loader's report.
 */
import type { AstroIntegration } from 'astro';
import { setPreviewUnpublished } from '../inputs/preview-mode';

export function newsroomPreview(): AstroIntegration {
  return {
    name: 'newsroom-preview',
    hooks: {
      'astro:config:setup': ({ command }) => setPreviewUnpublished(command === 'dev'),
    },
  };
}

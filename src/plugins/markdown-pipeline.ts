/**
 * The article Markdown pipeline, in one place: `astro.config.mjs` hands it to Astro's unified processor and the
 * tests run fixtures through exactly the same list.
 */
import remarkDirective from 'remark-directive';
import { rehypeAnchorIds } from './rehype-anchor-ids';
import { remarkAnnotations } from './remark-annotations';
import { remarkArticleImages } from './remark-article-images';
import { remarkRejectUnsafeMarkup } from './remark-reject-unsafe-markup';
import { remarkDates } from './remark-dates';
import { remarkRestoreUnknownDirectives } from './remark-restore-unknown-directives';

export const remarkPlugins = [
  remarkDirective,
  // Captions join the tree here (their Markdown is also checked in the frontmatter, where the editor wrote it).
  remarkArticleImages,
  // Before anything else reads the tree, and after captions joined it: raw HTML and javascript: links never
  // reach a page.
  remarkRejectUnsafeMarkup,
  remarkAnnotations,
  remarkDates,
  // Last of the directive plugins: whatever nobody claimed goes back to being text.
  remarkRestoreUnknownDirectives,
];

export const markdownOptions = {
  remarkPlugins,
  // Before Astro's own heading step, which keeps the ids it finds.
  rehypePlugins: [rehypeAnchorIds],
  // Articles are Chinese prose reproduced verbatim: no “smart” rewriting of quotes or dashes.
  smartypants: false,
};

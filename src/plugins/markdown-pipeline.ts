/**
 * The article Markdown pipeline, in one place: `astro.config.mjs` hands it to Astro's unified processor and the
 * tests run fixtures through exactly the same list.
 */
import remarkDirective from 'remark-directive';
import { rehypeAnchorIds } from './rehype-anchor-ids';
import { rehypeLinkTargets } from './rehype-link-targets';
import { remarkAnnotations } from './remark-annotations';
import { remarkArticleImages } from './remark-article-images';
import { remarkRejectUnsafeMarkup } from './remark-reject-unsafe-markup';
import { remarkDates } from './remark-dates';
import { remarkDistinctHeadings } from './remark-distinct-headings';
import { remarkInternalLinks } from './remark-internal-links';
import { remarkRestoreUnknownDirectives } from './remark-restore-unknown-directives';
import { remarkUnshownContent } from './remark-unshown-content';
import { remarkWordsToCheck } from './remark-words-to-check';

export const remarkPlugins = [
  remarkDirective,
  // Captions join the tree here (their Markdown is also checked in the frontmatter, where the editor wrote it).
  remarkArticleImages,
  // Before anything else reads the tree, and after captions joined it: raw HTML and javascript: links never
  // reach a page.
  remarkRejectUnsafeMarkup,
  // Links to the site as the editor wrote them (checked once every article has rendered), then made relative.
  remarkInternalLinks,
  remarkAnnotations,
  remarkDates,
  // Headings the Simplified edition would merge.
  remarkDistinctHeadings,
  // Once every annotation has its anchor: footnotes the page would leave out, and the anchors to find in the HTML.
  remarkUnshownContent,
  // Last of the directive plugins: whatever nobody claimed goes back to being text.
  remarkRestoreUnknownDirectives,
  // The text as the page shows it, every directive claimed or restored: where a Taiwan word may be left.
  remarkWordsToCheck,
];

export const markdownOptions = {
  remarkPlugins,
  // Before Astro's own heading step, which keeps the ids it finds.
  rehypePlugins: [rehypeAnchorIds, rehypeLinkTargets],
  // Articles are Chinese prose reproduced verbatim: no “smart” rewriting of quotes or dashes.
  smartypants: false,
};

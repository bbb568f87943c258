/**
 * The article Markdown pipeline, in one place: `astro.config.mjs` hands it to Astro's unified processor and the
 * tests run fixtures through exactly the same list.
 */
import remarkDirective from 'remark-directive';
import { remarkArticleImages } from './remark-article-images';
import { remarkDates } from './remark-dates';
import { remarkRestoreUnknownDirectives } from './remark-restore-unknown-directives';

export const remarkPlugins = [
  remarkDirective,
  remarkArticleImages,
  remarkDates,
  // Last of the directive plugins: whatever nobody claimed goes back to being text.
  remarkRestoreUnknownDirectives,
];

export const markdownOptions = {
  remarkPlugins,
  rehypePlugins: [],
  // Articles are Chinese prose reproduced verbatim: no “smart” rewriting of quotes or dashes.
  smartypants: false,
};

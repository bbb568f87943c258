/**
 * unified adapter for internal-links.ts: hands the article's links to the site, as written and with their lines,
 * to the content loader (`remarkPluginFrontmatter.internalLinks`), which checks them once every article has
 * rendered (full addresses of the site itself, SITE_URL, among them); then makes the ones written from the site's
 * root relative to the page, for any base path.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { siteAddress } from '../inputs/site-address';
import { collectInternalLinks, makeSiteLinksRelative } from '../lib/links/internal-links';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkInternalLinks() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.internalLinks = collectInternalLinks(tree, siteAddress());
    makeSiteLinksRelative(tree);
  };
}

/**
 * unified adapter for distinct-headings.ts: converts the article's headings with the overrides its Simplified
 * page will use (the site's, then the article's own `conversion`).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { siteInputs } from '../inputs/site-inputs';
import { recordIssues } from '../lib/content/file-issues';
import { simplifiedConverter } from '../lib/editions/conversion/converter';
import { mergeOverrides, type ConversionOverrides } from '../lib/editions/conversion/overrides';
import { fileLabel } from '../lib/markdown/directive-source';
import { headingsMergedInSimplified } from '../lib/markdown/distinct-headings';

interface AstroFileData {
  astro?: { frontmatter?: { conversion?: ConversionOverrides } };
}

export function remarkDistinctHeadings() {
  return (tree: Root, file: VFile) => {
    const own = (file.data as AstroFileData).astro?.frontmatter?.conversion;
    const converter = simplifiedConverter(mergeOverrides(siteInputs().conversion, own));
    const issues = headingsMergedInSimplified(tree, (text) => converter.convert(text), fileLabel(file));
    if (issues.length > 0) recordIssues(file, issues);
  };
}

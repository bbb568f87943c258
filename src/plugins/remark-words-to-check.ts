/**
 * unified adapter for the words to check in the Simplified edition: keeps the blocks of the article's text that hold
 * one, with their lines, as `remarkPluginFrontmatter.textToCheck`. The content loader checks them on every build,
 * cached or not, against the converter of the day (src/lib/editions/conversion/words-to-check-report.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { textBlocksToCheck } from '../lib/editions/conversion/words-to-check-report';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkWordsToCheck() {
  return (tree: Root, file: VFile) => {
    const data = file.data as AstroFileData;
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.textToCheck = textBlocksToCheck(tree);
  };
}

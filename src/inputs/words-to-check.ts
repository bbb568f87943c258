/**
 * The Taiwan words left in one article's Simplified text, as the warnings a build prints
 * (src/lib/editions/conversion/words-to-check-report.ts): its text as rendered (the blocks the Markdown plugin kept),
 * its title and standfirst, checked with the converter its Simplified pages use: the vocabulary, the site's
 * conversion.yaml as it is today, and the article's own map.
 */
import { locateIssues } from '../lib/content/locate-issues';
import { simplifiedConverter } from '../lib/editions/conversion/converter';
import { mergeOverrides } from '../lib/editions/conversion/overrides';
import { mayHoldWordsToCheck } from '../lib/editions/conversion/words-to-check';
import { wordsToCheckWarnings, type TextBlock } from '../lib/editions/conversion/words-to-check-report';
import type { Article } from '../schemas/article';
import type { ListedEntry } from './list-content-files';
import type { SiteInputs } from './site-inputs';

/** Frontmatter fields shown to readers as text, besides the captions (which the plugin reads with the body). */
const TEXT_FIELDS = ['title', 'dek'] as const;

export function wordsToCheckInArticle(
  entry: ListedEntry,
  text: string,
  article: Article,
  rendered: Record<string, unknown> | undefined,
  inputs: SiteInputs,
): string[] {
  const blocks = (rendered?.textToCheck ?? []) as TextBlock[];
  // Located (the frontmatter parsed again) only for a field that may hold one: most articles have none.
  const present = TEXT_FIELDS.filter((field) => mayHoldWordsToCheck(article[field] ?? ''));
  const lines = locateIssues(entry.label, text, present.map((field) => ({ path: [field], message: '' })));
  const fields = present.map((field, index) => ({ text: article[field] ?? '', line: lines[index]?.line ?? 1 }));
  const converter = simplifiedConverter(mergeOverrides(inputs.conversion, article.conversion));
  return wordsToCheckWarnings({ file: entry.label, blocks, fields, converter });
}

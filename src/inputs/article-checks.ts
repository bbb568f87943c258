/**
 * What the content sync checks of an article beyond its frontmatter schema, against the rest of the site's inputs:
 * its picture files are pictures inside the content folder, its captions follow the body's rules, and its tags
 * are in tags.yaml, and its roles name actors that exist. Found here, every such problem is reported with the others, before any page is rendered.
 */
import { relative, resolve } from 'node:path';
import { locateIssues, type ContentIssue, type SchemaIssue } from '../lib/content/locate-issues';
import { pictureProblem } from './picture-files';
import { captionProblems } from '../lib/markdown/caption';
import { heroCaptionProblems } from '../lib/markdown/hero-caption';
import { didYouMean } from '../lib/text/closest-match';
import { topicsOf, unknownTagIssues } from '../lib/topics/tag-vocabulary';
import type { Article } from '../schemas/article';
import type { ListedEntry } from './list-content-files';
import type { SiteInputs } from './site-inputs';

export async function articleProblems(entry: ListedEntry, article: Article, text: string, inputs: SiteInputs): Promise<ContentIssue[]> {
  const problems: SchemaIssue[] = [];
  for (const [index, image] of article.images.entries()) {
    const captionMessages = image.caption ? captionProblems(image.caption) : [];
    // A hero's caption is shown outside the text: its annotations are checked here (placed captions' in the text).
    if (image.hero && image.caption && captionMessages.length === 0) captionMessages.push(...heroCaptionProblems(image.caption, inputs.actorNames));
    for (const message of captionMessages) problems.push({ path: ['images', index, 'caption'], message });
    const picture = image.src ? await pictureProblem(image.src, entry.path, inputs.folder.root) : undefined;
    if (picture) problems.push({ path: ['images', index, 'src'], message: picture });
  }
  const { unknown } = topicsOf(article.tags, inputs.tags);
  problems.push(...unknownTagIssues(unknown, relative(process.cwd(), resolve(inputs.folder.tagsFile)), inputs.tags.keys()));
  // The article's roles name actors that exist (whether the article names them is checked once it has rendered).
  for (const id of Object.keys(article.roles)) {
    if (!inputs.actorNames.has(id)) {
      problems.push({ path: ['roles', id], message: `unknown actor "${id}" (no file content/actors/${id}.yaml)${didYouMean(id, inputs.actorNames.keys())}` });
    }
  }
  return locateIssues(entry.label, text, problems);
}

/**
 * What the content sync checks of an article beyond its frontmatter schema, against the rest of the site's inputs:
 * its picture files are pictures inside the content folder, its captions follow the body's rules, and its tags
 * are in tags.yaml, and its roles name actors that exist. Found here, every such problem is reported with the others, before any page is rendered.
 * Once it has rendered (rolesOfActorsNotNamed): its roles name actors the article names.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { locateIssues, type ContentIssue, type SchemaIssue } from '../lib/content/locate-issues';
import { pictureProblem } from './picture-files';
import { captionProblems } from '../lib/markdown/caption';
import { heroCaptionProblems } from '../lib/markdown/hero-caption';
import { didYouMean } from '../lib/text/closest-match';
import { topicsOf, unknownTagIssues } from '../lib/topics/tag-vocabulary';
import { referencedActorIds } from '../lib/annotations/article-model';
import type { ArticleAnnotations } from '../lib/annotations/types';
import type { Article } from '../schemas/article';
import type { ListedEntry } from './list-content-files';
import type { SiteInputs } from './site-inputs';

/**
 * `data` is the frontmatter as the schema read it, or, when the schema found problems, as the editor wrote it:
 * these checks run on what can be read of it either way, so its tags' and pictures' problems come in the same
 * round as the frontmatter's own.
 */
export async function articleProblems(entry: ListedEntry, data: unknown, text: string, inputs: SiteInputs): Promise<ContentIssue[]> {
  const article = readable(data);
  const problems: SchemaIssue[] = [];
  for (const [index, image] of article.images.entries()) {
    const captionMessages = typeof image.caption === 'string' && image.caption ? captionProblems(image.caption) : [];
    // A hero's caption is shown outside the text: its annotations are checked here (placed captions' in the text).
    if (image.hero && typeof image.caption === 'string' && image.caption && captionMessages.length === 0) captionMessages.push(...heroCaptionProblems(image.caption, inputs.actorNames));
    for (const message of captionMessages) problems.push({ path: ['images', index, 'caption'], message });
    const picture = typeof image.src === 'string' && image.src ? await pictureProblem(image.src, entry.path, inputs.folder.root) : undefined;
    if (picture) problems.push({ path: ['images', index, 'src'], message: picture });
  }
  const { unknown } = topicsOf(article.tags, inputs.tags);
  // An empty or non-text tag is the schema's to report.
  problems.push(...unknownTagIssues(unknown.filter(({ tag }) => tag !== ''), relative(process.cwd(), resolve(inputs.folder.tagsFile)), inputs.tags.keys()));
  // The article's roles name actors that exist (whether the article names them is checked once it has rendered).
  for (const id of Object.keys(article.roles)) {
    if (!inputs.actorNames.has(id)) {
      problems.push({ path: ['roles', id], message: `unknown actor "${id}" (no file content/actors/${id}.yaml)${didYouMean(id, inputs.actorNames.keys())}` });
    }
  }
  return locateIssues(entry.label, text, problems);
}

/**
 * The picture files articleProblems reads for an article, from its frontmatter as written: what tells, besides the
 * article's own bytes, whether its check still holds (src/loaders/checked-entries.ts). Remote and absolute
 * addresses are refused without reading anything.
 */
export function picturesChecked(entry: ListedEntry, data: unknown): string[] {
  return readable(data).images.flatMap(({ src }) => (typeof src === 'string' && src !== '' && !isAbsolute(src) ? [resolve(dirname(entry.path), src)] : []));
}

/**
 * A role given to an actor the article never names (no mention, no quote by it or reported through it) is shown
 * nowhere: not in the sidebar, the cards, the JSON-LD nor the actor's page. Most often the id is a slip for an
 * actor the article does name, or the mention was cut and the role left behind; either way the editor is told, at
 * the role's line. `frontmatter` is what the rendering collected beside the article's fields; when its annotations
 * could not be collected (their own problems are reported), which actors it names is unknown and nothing is said.
 * An id with no actor file is reported before rendering (articleProblems), not again here.
 */
export function rolesOfActorsNotNamed(entry: ListedEntry, text: string, frontmatter: Record<string, unknown>, inputs: SiteInputs): ContentIssue[] {
  const annotations = frontmatter.annotations as ArticleAnnotations | undefined;
  if (!annotations) return [];
  const roles = readable(frontmatter).roles;
  const named = new Set(referencedActorIds(annotations));
  // The near miss the editor likely meant: an actor the article names and gives no role of its own.
  const namedWithoutRole = [...named].filter((id) => !Object.hasOwn(roles, id));
  const problems: SchemaIssue[] = Object.keys(roles)
    .filter((id) => inputs.actorNames.has(id) && !named.has(id))
    .map((id) => ({
      path: ['roles', id],
      message: `a role for "${id}", whom the text never names (no :actor[…]{ref=${id}}, no quote by or via it): it would show nowhere${didYouMean(id, namedWithoutRole)}`,
    }));
  return locateIssues(entry.label, text, problems);
}

type ReadableImage = Partial<Pick<Article['images'][number], 'hero'>> & { caption?: unknown; src?: unknown };

/** The fields these checks read, as far as they can be read: lists that are lists, texts that are texts. */
function readable(data: unknown): { images: ReadableImage[]; tags: string[]; roles: Record<string, unknown> } {
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const images = Array.isArray(fields.images) ? fields.images.map((image): ReadableImage => (typeof image === 'object' && image !== null ? image : {})) : [];
  const tags = Array.isArray(fields.tags) ? fields.tags.map((tag) => (typeof tag === 'string' ? tag.trim() : '')) : [];
  const roles = typeof fields.roles === 'object' && fields.roles !== null && !Array.isArray(fields.roles) ? (fields.roles as Record<string, unknown>) : {};
  return { images, tags, roles };
}

/**
 * The articles' links to the site, checked together once every article has rendered (the content loader's
 * `checkTogether`): against the pages the site will have and the ids each article page will hold
 * (src/lib/links/). A link that leads nowhere stops the build at its file and line, in every edition. A fragment
 * on a page that is not an article is left for the end of the build, once that page is written
 * (src/integrations/linked-fragments.ts).
 */
import type { ArticleAnnotations } from '../lib/annotations/types';
import type { ContentIssue } from '../lib/content/locate-issues';
import { checkLinks, type InternalLink, type LinkingArticle } from '../lib/links/internal-links';
import { setFragmentsToCheck } from '../lib/links/page-fragments';
import { sitePages, type PublishedArticle } from '../lib/links/site-pages';
import { formatPublication, publicationInstant } from '../lib/publication/publication-time';
import type { ListedEntry } from './list-content-files';
import type { SiteInputs } from './site-inputs';

/** What the Markdown plugins leave in a rendered article's frontmatter, beside the article's own fields. */
interface RenderedArticle {
  date?: unknown;
  time?: unknown;
  draft?: unknown;
  tags?: unknown;
  images?: { id: string; hero?: boolean }[];
  annotations?: ArticleAnnotations;
  timeline?: unknown[];
  internalLinks?: InternalLink[];
  linkTargets?: string[];
}

export function articleLinkIssues(rendered: readonly { entry: ListedEntry; frontmatter: Record<string, unknown> }[], inputs: SiteInputs): ContentIssue[] {
  const published: PublishedArticle[] = [];
  const linking: LinkingArticle[] = [];
  const unpublished = new Map<string, { draft: boolean }>();
  // Embargoed articles are judged as they will be once published: their links, and links to them. A link may not
  // lead to an article published later than the page holding it (until then it would lead nowhere).
  const releases = new Map<string, { at: number; written: string }>();
  const now = inputs.clock.now.getTime();
  // Listed but not rendered: their own problems stop the build; links to them are not judged.
  for (const entry of inputs.articles.entries) unpublished.set(entry.id, { draft: false });
  for (const { entry, frontmatter } of rendered) {
    const article = frontmatter as RenderedArticle;
    if (article.draft === true) {
      unpublished.set(entry.id, { draft: true });
      continue;
    }
    unpublished.delete(entry.id);
    const publication = { date: String(article.date ?? ''), time: typeof article.time === 'string' ? article.time : undefined };
    releases.set(entry.id, { at: Math.max(now, publicationInstant(publication)), written: formatPublication(publication) });
    const tags = Array.isArray(article.tags) ? article.tags.filter((tag): tag is string => typeof tag === 'string') : [];
    published.push({
      slug: entry.id,
      date: String(article.date ?? ''),
      topicIds: tags.flatMap((tag) => inputs.tags.get(tag)?.id ?? []),
      annotations: article.annotations ?? { mentions: [], quotes: [], figures: [] },
      textIds: article.linkTargets ?? [],
      heroImageId: article.images?.find((image) => image.hero)?.id,
      hasTimeline: (article.timeline?.length ?? 0) > 0,
    });
    linking.push({ file: entry.label, slug: entry.id, links: article.internalLinks ?? [] });
  }
  const { issues, fragments } = checkLinks(linking, sitePages(published, inputs.actorNames.keys()), unpublished, releases);
  setFragmentsToCheck(fragments);
  return issues;
}

/**
 * An article's links to the site itself, and whether each leads somewhere. Collected from the Markdown as the
 * editor wrote it (each with its line), checked once every article has rendered (the ids of the others are known
 * then) against the site's addresses (site-pages.ts), from the article's page in every edition:
 *
 *   [下一篇](../venezuela-oil-2024/)           → an article that exists and is published
 *   [下一節](#下一節)                            → a heading or anchor of this article
 *   [他的話](../other/#q-maduro-1)             → a heading or anchor of that article
 *   [主題](/zh-hant/topics/oil/)               → a page of the site (written from the site's root)
 *   [主題](https://news.example.org/zh-hant/topics/oil/)  → the same: the site's own full address (SITE_URL,
 *                                                           below BASE_PATH) is a link to the site
 *
 * Other addresses with a scheme (`https:`, `mailto:`) or a host (`//…`) lead elsewhere and are not checked here.
 */
import type { Definition, Link, LinkReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ContentIssue } from '../content/locate-issues';
import { PUBLISHED_EDITIONS } from '../editions/static-paths';
import { articlePath } from '../paths';
import type { SitePages } from './site-pages';

/** A link of an article to the site: its address as written, and its line. */
export interface InternalLink {
  url: string;
  line: number;
  /** For a full address of the site itself: the address from the site's root (`/zh-hant/…#x`), what is judged. */
  path?: string;
  /** For a full address on the site's host outside its base path: that base path (no page of the site is there). */
  outsideBase?: string;
}

/** Where the site is published: SITE_URL (`https://news.example.org`) and BASE_PATH (`/` or `/news/`). */
export interface SiteAddress {
  site: string;
  base: string;
}

const ELSEWHERE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Whether `url` is an address inside the site (relative, from the site's root, or a fragment). */
export function isInternalUrl(url: string): boolean {
  return url !== '' && !ELSEWHERE.test(url.trim());
}

/**
 * For a full address on the site's own host (`https://news.example.org/news/zh-hant/x/?a#b`, http or https, the
 * host in any case): the address from the site's root without the base path (`/zh-hant/x/?a#b`), which the site's
 * pages are judged by; `null` for an address on the host outside the base path. Undefined for any other address.
 */
export function ownSitePath(url: string, address: SiteAddress): string | null | undefined {
  let target: URL;
  let site: URL;
  try {
    target = new URL(url.trim());
    site = new URL(address.site);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(target.protocol) || target.host !== site.host) return undefined;
  const base = `/${address.base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const path = target.pathname === base.slice(0, -1) ? base : target.pathname;
  if (!path.startsWith(base)) return null;
  return `/${path.slice(base.length)}${target.search}${target.hash}`;
}

/**
 * Every internal link of the tree, in document order: links, and references to a definition that exists; with
 * `address`, full addresses of the site itself too.
 */
export function collectInternalLinks(tree: Root, address?: SiteAddress): InternalLink[] {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const links: InternalLink[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'linkReference') return;
    const url = node.type === 'link' ? (node as Link).url : definitions.get((node as LinkReference).identifier)?.url;
    if (url === undefined) return;
    const line = node.position?.start.line ?? 1;
    if (isInternalUrl(url)) {
      links.push({ url, line });
      return;
    }
    const path = address ? ownSitePath(url, address) : undefined;
    if (path === null) links.push({ url, line, outsideBase: address!.base });
    else if (path !== undefined) links.push({ url, line, path });
  });
  return links;
}

/**
 * An article page stands three folders below the site's root (`/<edition>/articles/<slug>/`): a link written from
 * the root (`/zh-hant/topics/oil/`) is made relative to it (`../../../zh-hant/topics/oil/`), so it still leads there
 * when the site is served from a sub-path (BASE_PATH).
 */
export function relativeToArticlePage(url: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `../../..${url}` : url;
}

/** Every link and definition of the tree written from the site's root, made relative to the article's page. */
export function makeSiteLinksRelative(tree: Root): void {
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') (node as Link | Definition).url = relativeToArticlePage((node as Link | Definition).url);
  });
}

/** One article whose links are checked. */
export interface LinkingArticle {
  /** How messages name the file: `content/articles/x.md`. */
  file: string;
  slug: string;
  links: readonly InternalLink[];
}

/** Articles that exist as files but have no page, by slug: drafts, and articles that failed. */
export type UnpublishedArticles = ReadonlyMap<string, { draft: boolean }>;

const ORIGIN = 'https://site.invalid';
const ARTICLE_PAGE = new RegExp(`^/(?:${PUBLISHED_EDITIONS.map(({ id }) => id).join('|')})/articles/([^/]+)/?(?:index\\.html)?$`);

/**
 * A link's fragment on a page of the site that is not an article (`/zh-hant/actors/maduro/#actor-company-heading`):
 * the ids such a page carries come from its template and from every article that feeds it, so they are known only
 * once it is written; src/integrations/linked-fragments.ts checks them in the built pages (page-fragments.ts).
 */
export interface FragmentToCheck {
  /** The article's file and the link's line, as the link's issues name them. */
  file: string;
  line: number;
  /** The address as written. */
  url: string;
  /** The page, from the site's root: `/zh-hant/actors/maduro/`. */
  page: string;
  fragment: string;
}

export interface LinkCheck {
  /** One per link that leads nowhere from the article's page in some edition. */
  issues: ContentIssue[];
  /** Fragments on pages that are not articles, in every edition, for the check of the built pages. */
  fragments: FragmentToCheck[];
}

/**
 * Every link of every article judged: an issue per link that leads nowhere from the article's page in some
 * edition, and the fragments only the built pages can judge. `unpublished` are the articles that exist as files but
 * have no page: drafts, and articles that failed (their links are not judged by their fragments: their own
 * problems stop the build).
 */
export function checkLinks(
  articles: readonly LinkingArticle[],
  site: SitePages,
  unpublished: UnpublishedArticles,
  releases: ArticleReleases = new Map(),
): LinkCheck {
  const issues: ContentIssue[] = [];
  const fragments: FragmentToCheck[] = [];
  for (const article of articles) {
    for (const link of article.links) {
      if (link.outsideBase !== undefined) {
        const message = `${link.url}: is the site's own address but outside its base path ${link.outsideBase}, where no page of the site is: write the address below it, or from the site's root (/zh-hant/…)`;
        issues.push({ file: article.file, line: link.line, field: 'link', message });
        continue;
      }
      const judged = link.path ?? link.url;
      const found = PUBLISHED_EDITIONS.map(({ id }) => linkProblem(judged, new URL(articlePath(id, article.slug), ORIGIN), site, unpublished, article.slug));
      const problem = found.find((each): each is string => typeof each === 'string') ?? releaseProblem(judged, article.slug, releases);
      if (problem) {
        issues.push({ file: article.file, line: link.line, field: 'link', message: `${link.url}: ${problem}` });
        continue;
      }
      // One check per page the link opens: the editions' pages, or one page both lead to (`/zh-hant/…`).
      const pages = new Set<string>();
      for (const each of found) {
        if (typeof each !== 'object' || pages.has(each.page)) continue;
        pages.add(each.page);
        fragments.push({ file: article.file, line: link.line, url: link.url, ...each });
      }
    }
  }
  return { issues, fragments };
}

/** The issues of checkLinks alone. */
export function deadLinkIssues(
  articles: readonly LinkingArticle[],
  site: SitePages,
  unpublished: UnpublishedArticles,
  releases: ArticleReleases = new Map(),
): ContentIssue[] {
  return checkLinks(articles, site, unpublished, releases).issues;
}

/**
 * Slug → when a build first publishes the article (its publication time, or now if that has passed), and that
 * time as the editor wrote it: a link may not lead to an article published after the page holding the link.
 */
export type ArticleReleases = ReadonlyMap<string, { at: number; written: string }>;

function releaseProblem(url: string, ownSlug: string, releases: ArticleReleases): string | undefined {
  let target: URL;
  try {
    target = new URL(url.trim(), new URL(articlePath(PUBLISHED_EDITIONS[0]!.id, ownSlug), ORIGIN));
  } catch {
    return undefined;
  }
  const article = ARTICLE_PAGE.exec(decode(target.pathname))?.[1];
  const theirs = article === undefined ? undefined : releases.get(article);
  const own = releases.get(ownSlug);
  if (!theirs || !own || theirs.at <= own.at) return undefined;
  return `article "${article}" is held back until ${theirs.written}, after this article is published: the link would lead nowhere until then; give this article a later time or link once it is out`;
}

/**
 * What is wrong with `url` followed from `page`; or, for a fragment on a page that is not an article, that page
 * and fragment, to be checked once the page is written; or undefined when it leads somewhere.
 */
function linkProblem(url: string, page: URL, site: SitePages, unpublished: UnpublishedArticles, ownSlug: string): string | { page: string; fragment: string } | undefined {
  let target: URL;
  try {
    target = new URL(url.trim(), page);
  } catch {
    return 'is not an address a browser can follow';
  }
  const path = decode(target.pathname);
  const fragment = decode(target.hash.replace(/^#/, ''));
  const article = ARTICLE_PAGE.exec(path)?.[1];
  const folder = path.replace(/\/index\.html$/, '/');
  const pagePath = folder.endsWith('/') || /\.[a-z]+$/i.test(folder) ? folder : `${folder}/`;
  if (!site.has(pagePath)) {
    if (article !== undefined) {
      const known = unpublished.get(article);
      if (known?.draft) return `article "${article}" is a draft (draft: true): it has no page to link to; publish it or remove the link`;
      if (!known) return `there is no article "${article}" (no file ${articleFileHint(article)})`;
      return undefined;
    }
    return `there is no such page on the site${url.trim().startsWith('/') ? '' : ` (it leads to ${pagePath})`}`;
  }
  if (fragment === '') return undefined;
  if (article === undefined) {
    // A feed, a JSON or a stylesheet has no ids: a fragment on it leads nowhere, wherever the reader opens it.
    if (!pagePath.endsWith('/') && !pagePath.endsWith('.html')) return `${pagePath} is not a page: the fragment #${fragment} leads nowhere in it; remove the fragment`;
    return { page: pagePath, fragment };
  }
  const ids = site.idsOf(article);
  if (!ids || ids.has(fragment)) return undefined;
  const where = article === ownSlug ? 'this article has' : `article "${article}" has`;
  return `${where} no heading or anchor with the id "${fragment}"${headingHint(ids)}`;
}

function articleFileHint(slug: string): string {
  return `content/articles/${slug}.md or content/articles/${slug}/index.md`;
}

/** The ids an editor may have meant: headings and hand-written anchors, not those made from annotations or the template. */
function headingHint(ids: ReadonlySet<string>): string {
  const headings = [...ids].filter((id) => !/^(?:[mqfd]-|actor-|quote-|figure-|chart-|image-|sidebar-|user-content-)/.test(id) && !['main', 'sources-heading', 'footnote-label'].includes(id));
  return headings.length > 0 ? ` (it has ${headings.slice(0, 8).map((id) => `#${id}`).join(', ')}${headings.length > 8 ? ', …' : ''})` : '';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

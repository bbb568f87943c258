import { defineCollection } from 'astro:content';
import { articleProblems, picturesChecked, rolesOfActorsNotNamed } from './inputs/article-checks';
import { articleLinkIssues } from './inputs/article-links';
import { previewsUnpublished } from './inputs/preview-mode';
import { articleSource, readArticleText, siteInputs } from './inputs/site-inputs';
import { siteAddress } from './inputs/site-address';
import { heldBackLines } from './lib/publication/held-back';
import { publicationState } from './lib/publication/publication-time';
import { coverageSummary, type CoverageReport } from './lib/annotations/coverage';
import type { SilentMistake } from './lib/annotations/silent-mistakes';
import type { ArticleAnnotations } from './lib/annotations/types';
import { seriesIssues } from './lib/series/figure-series';
import { wordsToCheckInArticle } from './inputs/words-to-check';
import { contentLoader } from './loaders/content-loader';
import { ActorSchema } from './schemas/actor';
import { articleSchema, ArticleSchema, type Article } from './schemas/article';

/**
 * Articles, in Traditional script: `<slug>.md`, or `<slug>/index.md` with its pictures beside it. Files and
 * folders starting with `_` are skipped: editors keep drafts and notes there.
 *
 * Rendered once, while the collection loads (not `deferRender`, which compiled every article twice as a Vite
 * module and made a build of 1000 articles several times slower and heavier), and rendered again only when the
 * article, an actor file or the Markdown pipeline's code changes.
 */
/** The figures of each series, from every rendered article, checked together (src/lib/series). */
function seriesAcrossArticles(rendered: readonly { entry: { label: string }; frontmatter: Record<string, unknown> }[]) {
  return seriesIssues(
    rendered.flatMap(({ entry, frontmatter }) =>
      ((frontmatter.annotations as ArticleAnnotations | undefined)?.figures ?? []).flatMap(({ series, line, unit }) =>
        series ? [{ file: entry.label, line, series, unit }] : [],
      ),
    ),
  );
}

/** The frontmatter with the captions of the images at `indices` left out. */
function withoutCaptions(data: unknown, indices: ReadonlySet<number>): unknown {
  const fields = data as { images?: unknown };
  if (indices.size === 0 || !Array.isArray(fields.images)) return data;
  const images = fields.images.map((image: unknown, index) => {
    if (!indices.has(index) || typeof image !== 'object' || image === null) return image;
    const { caption: _reported, ...rest } = image as Record<string, unknown>;
    return rest;
  });
  return { ...fields, images };
}

const articles = defineCollection({
  loader: contentLoader({
    collection: 'articles',
    files: (inputs) => ({ listing: inputs.articles, read: readArticleText, source: articleSource, folder: inputs.folder.articles }),
    schema: ArticleSchema,
    render: true,
    checkEntry: (entry, data, text, inputs) => articleProblems(entry, data, text, inputs),
    // A caption already reported is left out of the text's check: placed, it would be reported again.
    // Once rendered: the article's roles name actors it names (src/inputs/article-checks.ts).
    checkRendered: (entry, text, frontmatter, inputs) => rolesOfActorsNotNamed(entry, text, frontmatter, inputs),
    dataForTextCheck: (data, issues) => withoutCaptions(data, new Set(issues.flatMap(({ field }) => /^images\[(\d+)\]\.caption$/.exec(field)?.[1] ?? []).map(Number))),
    // tags.yaml and conversion.yaml are read with the articles' other inputs; their mistakes stop the build with
    // the articles' own, before any page is rendered.
    siteIssues: (inputs) => inputs.issues,
    // Checked once every article has rendered: links between articles, to headings and to the site's pages; and
    // figure series, which span articles (all the figures of one series share one unit).
    checkTogether: (rendered, inputs) => [...articleLinkIssues(rendered, inputs), ...seriesAcrossArticles(rendered)],
    // What a rendering depends on besides the article: the actors a mention may name, the site's own address
    // (a link written as it is one of the links checked), and the pipeline's code.
    dependsOn: {
      inputs: (inputs) => [JSON.stringify(siteAddress()), ...[...inputs.actors.texts].map(([id, text]) => `${id}\n${text}`)].join('\n'),
      code: ['./src/plugins', './src/inputs', './src/lib', './src/schemas'],
    },
    // Silent mistakes and annotation coverage, then what the build holds back (drafts, embargoes) and until when.
    report: (rendered) => [
      ...rendered.flatMap(({ entry, frontmatter }) => ((frontmatter.warnings ?? []) as SilentMistake[]).map(({ line, message }) => `${entry.label}:${line}: ${message}`)),
      ...coverageSummary(rendered.map(({ entry, frontmatter }) => ({ file: entry.label, report: frontmatter.coverage as CoverageReport }))),
      ...heldBackLines(
        rendered.map(({ entry, frontmatter }) => ({ file: entry.label, ...(frontmatter as Pick<Article, 'date' | 'time' | 'draft'>) })),
        siteInputs().clock,
        previewsUnpublished(),
      ),
    ],
    // A build stores only what it publishes: a draft or an embargoed article would leave its pictures in dist/.
    stores: (data, inputs) => previewsUnpublished() || publicationState(data as Article, inputs.clock.now) === 'published',
    // What the checks, the notes and `stores` read besides the article and `dependsOn`: an article whose file and
    // these are unchanged is not checked again (src/loaders/checked-entries.ts).
    checksRead: {
      inputs: (inputs) => JSON.stringify([inputs.folder, [...inputs.tags], inputs.conversion, previewsUnpublished(), process.cwd()]),
      files: (entry, data) => picturesChecked(entry, data),
      code: ['./src/loaders', './src/content.config.ts'],
    },
    // Taiwan words left in the Simplified text, checked against today's vocabulary and overrides.
    notes: ({ entry, text, data, frontmatter }, inputs) => wordsToCheckInArticle(entry, text, data as Article, frontmatter, inputs),
  }),
  // Image files resolve beside the article (Astro's image()), wherever the content folder is.
  schema: ({ image }) => articleSchema(image()),
});

/** People, states and organisations, one YAML file each; the file name is the id. */
const actors = defineCollection({
  loader: contentLoader({
    collection: 'actors',
    files: ({ actors: actorFiles, folder }) => ({
      listing: actorFiles,
      folder: folder.actors,
      read: async (entry) => {
        const text = actorFiles.texts.get(entry.id);
        if (text === undefined) throw actorFiles.unreadable.get(entry.id) ?? new Error(`actor file ${entry.label} was not read`);
        return text;
      },
    }),
    schema: ActorSchema,
    // An actor file is checked against its schema alone: only a change among the actor files loads them again.
    reloadsOn: ({ folder }) => folder.actors.folder,
  }),
  schema: ActorSchema,
});

export const collections = { articles, actors };

import { defineCollection } from 'astro:content';
import { coverageSummary, type CoverageReport } from './lib/annotations/coverage';
import { ContentError, locateIssues } from './lib/content/locate-issues';
import { PICTURE_EXTENSIONS, pictureProblem } from './lib/content/picture-files';
import { loadSiteOverrides } from './lib/editions/conversion/site-overrides';
import { contentLoader } from './loaders/content-loader';
import { ActorSchema } from './schemas/actor';
import { articleSchema, ArticleSchema, type Article } from './schemas/article';

const contentFolder = process.env.CONTENT_DIR ?? './content';
const articlesFolder = `${contentFolder}/articles`;
const actorsFolder = `${contentFolder}/actors`;

/**
 * Articles, in Traditional script: `<slug>.md`, or `<slug>/index.md` with its pictures beside it. Files and
 * folders starting with `_` are skipped: editors keep drafts and notes there.
 *
 * Rendered once, while the collection loads (not `deferRender`, which compiled every article twice as a Vite
 * module and made a build of 1000 articles several times slower and heavier), and rendered again only when the
 * article, an actor file or the Markdown pipeline's code changes.
 */
const articles = defineCollection({
  loader: contentLoader({
    folder: articlesFolder,
    noun: 'articles',
    entryExtension: '.md',
    assetExtensions: PICTURE_EXTENSIONS,
    nested: true,
    schema: ArticleSchema,
    render: true,
    checkEntry: async (entry, data, text) => {
      const images = (data as Article).images;
      const problems = await Promise.all(images.map((image) => (image.src ? pictureProblem(image.src, entry.path, contentFolder) : undefined)));
      return locateIssues(
        entry.label,
        text,
        problems.flatMap((message, index) => (message ? [{ path: ['images', index, 'src'], message }] : [])),
      );
    },
    // The Simplified edition's overrides are read by the middleware; checked here so a mistake stops the build
    // with the other content problems, before any page is rendered.
    checkSite: () => {
      try {
        loadSiteOverrides(contentFolder);
        return [];
      } catch (error) {
        if (error instanceof ContentError) return [...error.issues];
        throw error;
      }
    },
    alsoWatch: [`${contentFolder}/conversion.yaml`],
    // What a rendering depends on besides the article: the actors a mention may name, and the pipeline's code.
    dependsOn: [actorsFolder, './src/plugins', './src/lib', './src/schemas'],
    report: (rendered) =>
      coverageSummary(rendered.map(({ entry, frontmatter }) => ({ file: entry.label, report: frontmatter.coverage as CoverageReport }))),
  }),
  // Image files resolve beside the article (Astro's image()), wherever the content folder is.
  schema: ({ image }) => articleSchema(image()),
});

/** People, states and organisations, one YAML file each; the file name is the id. */
const actors = defineCollection({
  loader: contentLoader({
    folder: actorsFolder,
    noun: 'actor files',
    entryExtension: '.yaml',
    nested: false,
    schema: ActorSchema,
  }),
  schema: ActorSchema,
});

export const collections = { articles, actors };

import { defineCollection } from 'astro:content';
import { entryId } from './lib/content/entry-id';
import { validatedGlob } from './loaders/validated-glob';
import { ActorSchema } from './schemas/actor';
import { articleSchema, ArticleSchema } from './schemas/article';

const contentFolder = process.env.CONTENT_DIR ?? './content';
const articlesFolder = `${contentFolder}/articles`;
const actorsFolder = `${contentFolder}/actors`;

/** Articles, in Traditional script. Files starting with `_` are skipped: editors keep drafts and notes there. */
const articles = defineCollection({
  loader: validatedGlob({
    pattern: ['**/*.md', '!**/_*', '!**/_*/**'],
    base: articlesFolder,
    // `<slug>.md` and `<slug>/index.md` both become `<slug>`.
    generateId: ({ entry }) => entryId(entry, articlesFolder),
    // Rendered once, while the collection loads (validatedGlob makes a render error stop the build and keeps the
    // file's own line numbers). Not `deferRender`: that compiles every article twice as a Vite module, which made
    // the build of 1000 articles several times slower and heavier.
    // The Markdown source is not kept in the data store: pages use the rendering, and the store is held in memory
    // (twice over, as JSON text and as objects) for the whole build: 3.5 K characters an article for nothing.
    retainBody: false,
    schema: ArticleSchema,
  }),
  // Image files resolve beside the article (Astro's image()), wherever the content folder is.
  schema: ({ image }) => articleSchema(image()),
});

/** People, states and organisations, one YAML file each; the file name is the id. */
const actors = defineCollection({
  loader: validatedGlob({
    pattern: ['*.yaml', '!_*'],
    base: actorsFolder,
    generateId: ({ entry }) => entryId(entry, actorsFolder),
    schema: ActorSchema,
  }),
  schema: ActorSchema,
});

export const collections = { articles, actors };

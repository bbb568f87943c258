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
    // Render while building pages, not while loading: Astro's loader only logs a render error and publishes the
    // page anyway, whereas an error in render(entry) stops the build.
    deferRender: true,
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

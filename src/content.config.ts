import { defineCollection } from 'astro:content';
import { validatedGlob } from './loaders/validated-glob';
import { ActorSchema } from './schemas/actor';
import { ArticleSchema } from './schemas/article';

/** Articles, in Traditional script. Files starting with `_` are skipped: editors keep drafts and notes there. */
const articles = defineCollection({
  loader: validatedGlob({
    pattern: ['**/*.md', '!**/_*', '!**/_*/**'],
    base: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/articles` : './content/articles',
    // `<slug>.md` and `<slug>/index.md` both become `<slug>`.
    generateId: ({ entry }) => entry.replace(/(\/index)?\.md$/, ''),
    // Rendered once, while the collection loads (validatedGlob makes a render error stop the build and keeps the
    // file's own line numbers). Not `deferRender`: that compiles every article twice as a Vite module, which made
    // the build of 1000 articles several times slower and heavier.
    schema: ArticleSchema,
  }),
  schema: ArticleSchema,
});

/** People, states and organisations, one YAML file each; the file name is the id. */
const actors = defineCollection({
  loader: validatedGlob({
    pattern: ['*.yaml', '!_*'],
    base: process.env.CONTENT_DIR ? `${process.env.CONTENT_DIR}/actors` : './content/actors',
    schema: ActorSchema,
  }),
  schema: ActorSchema,
});

export const collections = { articles, actors };

import { z } from 'astro/zod';
import { CalendarDateSchema } from './calendar-date';
import { ActorRolesSchema } from './actor-roles';
import { ConversionOverridesSchema } from './conversion';
import { CorrectionSchema } from './correction';
import { imageSchema, PictureFileSchema } from './image';
import { PublicationTimeSchema } from './publication-time';
import { SourceSchema } from './source';

/**
 * Frontmatter of `content/articles/<slug>.md`, as the content guide (docs/content.md) defines it. `picture`
 * validates image files (see imageSchema).
 */
export function articleSchema<Picture extends z.ZodType>(picture: Picture) {
  return z
    .strictObject({
      /** Headline in Traditional script. Required. */
      title: z.string({ error: 'every article needs a title' }).trim().min(1, 'every article needs a title'),
      /** Standfirst: one sentence under the headline. Optional. */
      dek: z.string().trim().min(1).optional(),
      /** Publication day, `YYYY-MM-DD`. Required. */
      date: CalendarDateSchema,
      /**
       * Time of publication on `date`, with its zone (`08:00+08:00`). Optional: without it the article is published
       * from the start of its day in the newsroom's zone. A build before then holds the article back (an embargo).
       */
      time: PublicationTimeSchema.optional(),
      /** Day of the last substantive update, `YYYY-MM-DD`. Optional. */
      updated: CalendarDateSchema.optional(),
      /** Dated corrections and updates made after publication, oldest first. Default none. */
      corrections: z.array(CorrectionSchema).default([]),
      /** Who wrote it, as printed under the headline. Optional. */
      byline: z.string().trim().min(1).optional(),
      /** Where the article comes from and what it cites. At least one. */
      sources: z
        .array(SourceSchema, { error: 'every article needs `sources`' })
        .min(1, 'every article needs at least one source'),
      /** Pictures with caption and credit; placed with `::image{ref=<id>}`, the hero at the top. Default none. */
      images: z.array(imageSchema(picture)).default([]),
      /** Topic words in Traditional script. Default none. */
      tags: z.array(z.string().trim().min(1)).default([]),
      /** Actor id → its role in this story, as of this article; the actor file's `role` elsewhere. Default none. */
      roles: ActorRolesSchema.default({}),
      /** Per-article overrides for the Simplified edition: Traditional text → Simplified text. Default none. */
      conversion: ConversionOverridesSchema.default({}),
      /** Keep out of the built site (work in progress). Default `false`. */
      draft: z.boolean().default(false),
      /** Lead the edition home (the newest featured article leads; without one, the newest). Default `false`. */
      featured: z.boolean().default(false),
    })
    .superRefine((article, ctx) => {
      const seen = new Set<string>();
      article.images.forEach((image, index) => {
        if (seen.has(image.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['images', index, 'id'],
            message: `image id "${image.id}" is used twice`,
          });
        }
        seen.add(image.id);
      });
      if (article.images.filter((image) => image.hero).length > 1) {
        ctx.addIssue({ code: 'custom', path: ['images'], message: 'only one image can be the hero' });
      }
      if (article.updated !== undefined && article.updated < article.date) {
        ctx.addIssue({ code: 'custom', path: ['updated'], message: 'is earlier than `date`' });
      }
      article.corrections.forEach((correction, index) => {
        if (correction.date < article.date) {
          ctx.addIssue({ code: 'custom', path: ['corrections', index, 'date'], message: `is earlier than the article's \`date\` (${article.date})` });
        }
      });
    });
}

/** The frontmatter as the editor wrote it, image files as paths. */
export const ArticleSchema = articleSchema(PictureFileSchema);

export type Article = z.infer<typeof ArticleSchema>;

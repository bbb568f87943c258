import { z } from 'astro/zod';
import { kebabCaseId } from './ids';

/** What an editor writes for a picture file: a path relative to the article, e.g. `./bombers.jpg`. */
export const PictureFileSchema = z.string().trim().min(1);

/**
 * A picture the article carries: caption and credit always, the file only once one is licensed.
 *
 * `picture` validates `src`: the plain path when checking what the editor wrote, Astro's `image()` in the
 * collection, which resolves the file beside the article wherever the content folder is and hands pages the
 * picture's metadata for optimisation.
 */
export function imageSchema<Picture extends z.ZodType>(picture: Picture) {
  return z
    .strictObject({
      /** Placed in the body with `::image{ref=<id>}`; ASCII kebab-case, used as the figure's anchor. */
      id: kebabCaseId({ example: 'bombers', why: 'it becomes the picture\'s anchor' }),
      /**
       * Caption in Traditional script, shown verbatim: one line of inline Markdown, which may carry annotations
       * (`:actor[…]{ref=…}`), under the same rules as the body (no raw HTML, no unsafe links: checked with the
       * article, src/inputs/article-checks.ts). Optional: the seed's hero has only a credit.
       */
      caption: z.string().trim().min(1).optional(),
      /** Who owns the picture, e.g. `Getty Images`. Required for every image, with or without a file. */
      credit: z.string({ error: 'every image needs a credit' }).trim().min(1, 'every image needs a credit'),
      /** Path of the picture file relative to the article, e.g. `./bombers.jpg`. Without it only caption and credit render. */
      src: picture.optional(),
      /** Text alternative for the picture; required when `src` is given. */
      alt: z.string().trim().min(1).optional(),
      /** The lead image, shown at the top of the article with no directive. Default `false`. */
      hero: z.boolean().default(false),
    })
    .superRefine((image, ctx) => {
      if (image.src !== undefined && image.alt === undefined) {
        ctx.addIssue({ code: 'custom', path: ['alt'], message: 'an image with `src` needs `alt` text' });
      }
    });
}

export const ImageSchema = imageSchema(PictureFileSchema);

export type Image = z.infer<typeof ImageSchema>;

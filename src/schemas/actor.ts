import { z } from 'astro/zod';

/** `content/actors/<id>.yaml`: a person, state or organisation that articles mention. The file name is the id. */
export const ActorSchema = z.strictObject({
  /** Display name in Traditional script, e.g. `尼古拉斯·馬杜羅`. Required. */
  name: z.string({ error: 'every actor needs a name' }).trim().min(1, 'every actor needs a name'),
  /** Short name used in running text, e.g. `馬杜羅`. Optional. */
  short: z.string().trim().min(1).optional(),
  /** Name in the actor's own language, e.g. `Nicolás Maduro`. Optional; never converted between scripts. */
  original: z.string().trim().min(1).optional(),
  /** `person`, `state` or `organisation`. Required. */
  kind: z.enum(['person', 'state', 'organisation']),
  /** What the actor is, in one line of Traditional script, e.g. `委內瑞拉總統`. Required. */
  role: z.string({ error: 'every actor needs a role' }).trim().min(1, 'every actor needs a role'),
  /** Other spellings found in articles (e.g. `川普` for Trump); used by the coverage report. Default none. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

export type Actor = z.infer<typeof ActorSchema>;

import { z } from 'astro/zod';

/** One place the article comes from or cites. */
export const SourceSchema = z.strictObject({
  /** Outlet, body or document as readers know it, e.g. `《華盛頓郵報》`. */
  name: z.string().trim().min(1, 'a source needs a name'),
  /** Optional link; must be an absolute http(s) URL (no `javascript:`, no relative paths). */
  url: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .optional(),
  /** `original` (who published it), `syndication` (a licensed copy) or `cited` (quoted in the text). */
  role: z.enum(['original', 'syndication', 'cited']),
});

export type Source = z.infer<typeof SourceSchema>;

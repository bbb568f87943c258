import { z } from 'astro/zod';
import { kebabCaseId } from './ids';

/**
 * An article's roles for its actors: actor id → what the actor is in this story, as of this article
 * (`united-states: 向加勒比海部署兵力、對委內瑞拉施壓的國家`). The actor file keeps who the actor is, lastingly;
 * the article's role replaces it in the article's sidebar, mark cards and JSON-LD, and the actor's page lists the
 * roles articles gave it over time. Whether each id names an actor is checked against the actor files.
 */
export const ActorRolesSchema = z.record(
  kebabCaseId({ example: 'united-states', why: 'it names an actor file, content/actors/<id>.yaml' }),
  z
    .string({ error: 'must be the role as text, one line' })
    .trim()
    .min(1, 'must not be empty: leave the actor out to show its own role')
    .refine((text) => !/\n/.test(text), 'must be one line'),
);

import { z } from 'astro/zod';

/**
 * What an id may be, wherever an editor chooses one: an article's file name (its address), an actor's file name,
 * a tag's id, an image's id. Ids become URLs, anchors and CSS selectors, so they are ASCII kebab-case: lower-case
 * letters and digits in words joined by single hyphens (`venezuela-allies`).
 */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A kebab-case id. `example` shows the kind of id asked for, `why` what the id becomes; `notText` is the message
 * for a value that is not a string at all.
 */
export function kebabCaseId({ example, why = 'it becomes the address', notText }: { example: string; why?: string; notText?: string }) {
  return z.string(notText === undefined ? undefined : { error: notText }).regex(KEBAB_CASE, `must be ASCII kebab-case, e.g. ${example}: ${why}`);
}

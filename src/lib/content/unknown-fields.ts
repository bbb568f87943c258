/**
 * A field the schema does not know (`bylin:` for `byline:`), reported at its own line with the known field
 * nearest to it. zod reports unknown keys once for the object holding them, at the object (the frontmatter's
 * first line); this splits that into one issue per key, each with the key's own path, and names the field the
 * editor may have meant from the schema's own fields at that place.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../text/closest-match';
import type { SchemaIssue } from './locate-issues';

interface ZodDefinition {
  type: string;
  shape?: Record<string, ZodLike>;
  element?: ZodLike;
  innerType?: ZodLike;
  in?: ZodLike;
  valueType?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDefinition };
}

/** The schema's object at `path`, through arrays, records, optional and default values and pipes. */
function objectAt(schema: ZodLike, path: readonly PropertyKey[]): Record<string, ZodLike> | undefined {
  let node: ZodLike | undefined = schema;
  let index = 0;
  while (node) {
    const def: ZodDefinition = node._zod.def;
    if (def.innerType) node = def.innerType;
    else if (def.type === 'pipe' && def.in) node = def.in;
    else if (index === path.length) return def.type === 'object' ? def.shape : undefined;
    else if (def.type === 'array') (node = def.element), index++;
    else if (def.type === 'record') (node = def.valueType), index++;
    else if (def.type === 'object') node = def.shape?.[String(path[index++])];
    else return undefined;
  }
  return undefined;
}

export function unknownFieldIssues(issues: readonly SchemaIssue[], schema: z.ZodType): SchemaIssue[] {
  return issues.flatMap((issue) => {
    const keys = (issue as SchemaIssue & { keys?: unknown }).keys;
    if (issue.code !== 'unrecognized_keys' || !Array.isArray(keys)) return [issue];
    const known = Object.keys(objectAt(schema as unknown as ZodLike, issue.path) ?? {});
    return keys.map((key) => ({
      path: [...issue.path, String(key)],
      message: `unknown field "${String(key)}"${didYouMean(String(key), known) || (known.length > 0 ? `: the fields here are ${known.join(', ')}` : '')}`,
    }));
  });
}

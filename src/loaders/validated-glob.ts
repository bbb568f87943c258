import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, locateIssues, readYamlPart } from '../lib/content/locate-issues';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * Astro's `glob()` loader, validating every entry against `schema` first so that an error names the file, the
 * line and the field (Astro's own message names the entry and field but not the line). The collection keeps the
 * same schema, so types and Astro's own validation are unchanged.
 */
export function validatedGlob(options: GlobOptions & { schema: z.ZodType }): Loader {
  const { schema, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    ...inner,
    name: 'validated-glob',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const source = await readFile(props.filePath, 'utf8');
            const file = relative(process.cwd(), props.filePath);
            // Validate what the editor wrote, read as YAML 1.2: Astro's YAML 1.1 reader turns `2025-13-45` into
            // a valid date in 2026 instead of an error.
            const result = await schema.safeParseAsync(readYamlPart(file, source));
            if (!result.success) throw new ContentError(locateIssues(file, source, result.error.issues));
          }
          return context.parseData(props);
        },
      }),
  };
}

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { ContentError, locateIssues, readYamlPart, type ContentIssue } from '../lib/content/locate-issues';

type GlobOptions = Parameters<typeof glob>[0];

/**
 * What glob reads from `context.entryTypes` (Astro passes it to loaders but leaves it out of `LoaderContext`'s
 * public type): per file extension, how to render an entry.
 */
type RenderFunction = (entry: { id: string; body?: string; filePath?: string }) => Promise<unknown>;
interface EntryType {
  getRenderFunction?(config: unknown): Promise<RenderFunction>;
}
type EntryTypes = Map<string, EntryType>;

/**
 * Astro's `glob()` loader, validating every entry against `schema` first so that an error names the file, the
 * line and the field (Astro's own message names the entry and field but not the line). The collection keeps the
 * same schema, so types and Astro's own validation are unchanged.
 *
 * Markdown is rendered while the collection loads (unless `deferRender`), with two changes to Astro's glob:
 * - a render error fails the load, where glob only logs "Error rendering …" and publishes the entry without a
 *   body. The entry is dropped from the store too, so the next build renders it again rather than reuse it;
 * - the Markdown plugins see the file as the deferred path (`render()` importing the .md) shows it: frontmatter
 *   blanked, not cut, so the lines they report and the offsets they slice by are the file's own. Glob hands
 *   them the body alone, which would shift every line by the length of the frontmatter.
 */
export function validatedGlob(options: GlobOptions & { schema: z.ZodType }): Loader {
  const { schema, ...globOptions } = options;
  const inner = glob(globOptions);
  return {
    ...inner,
    name: 'validated-glob',
    load: async (context) => {
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      // Without it, render errors would only be logged again: refuse rather than publish half-rendered articles.
      if (!entryTypes) throw new Error('validatedGlob: Astro no longer passes entryTypes to loaders; see src/loaders/validated-glob.ts');
      const renderFailures: { id: string; error: unknown }[] = [];
      const sources = new Map<string, string>();
      const innerContext: LoaderContext & { entryTypes: EntryTypes } = {
        ...context,
        entryTypes: withWholeFileRendering(entryTypes, sources, renderFailures),
        parseData: async (props) => {
          if (props.filePath) {
            const source = await readFile(props.filePath, 'utf8');
            sources.set(props.filePath, source);
            const file = relative(process.cwd(), props.filePath);
            // Validate what the editor wrote, read as YAML 1.2: Astro's YAML 1.1 reader turns `2025-13-45` into
            // a valid date in 2026 instead of an error.
            const result = await schema.safeParseAsync(readYamlPart(file, source));
            if (!result.success) throw new ContentError(locateIssues(file, source, result.error.issues));
          }
          return context.parseData(props);
        },
      };
      await inner.load(innerContext);
      if (renderFailures.length > 0) {
        for (const { id } of renderFailures) context.store.delete(id);
        throw combinedError(renderFailures.map(({ error }) => error));
      }
    },
  };
}

/** The same entry types, Markdown's render function wrapped to render the whole file and record failures. */
function withWholeFileRendering(entryTypes: EntryTypes, sources: Map<string, string>, failures: { id: string; error: unknown }[]): EntryTypes {
  const wrapped = new Map(entryTypes);
  for (const [extension, entryType] of entryTypes) {
    if (extension !== '.md' || !entryType.getRenderFunction) continue;
    const getRenderFunction = entryType.getRenderFunction.bind(entryType);
    wrapped.set(extension, {
      ...entryType,
      getRenderFunction: async (config: unknown) => {
        const render = await getRenderFunction(config);
        const renderWholeFile: RenderFunction = async (entry) => {
          try {
            const source = entry.filePath ? (sources.get(entry.filePath) ?? (await readFile(entry.filePath, 'utf8'))) : undefined;
            if (entry.filePath) sources.delete(entry.filePath);
            // What Astro's Markdown plugin renders on the deferred path: same text, same lines, same offsets.
            const body = source === undefined ? entry.body : parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).content;
            return await render({ ...entry, body });
          } catch (error) {
            failures.push({ id: entry.id, error });
            throw error;
          }
        };
        return renderWholeFile;
      },
    });
  }
  return wrapped;
}

/** One error for the build to stop on: every content issue of every file, or the first other error. */
function combinedError(errors: unknown[]): unknown {
  const issues: ContentIssue[] = [];
  for (const error of errors) {
    if (!(error instanceof ContentError)) return error;
    issues.push(...error.issues);
  }
  return new ContentError(issues);
}

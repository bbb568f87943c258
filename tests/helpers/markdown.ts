/** Renders Markdown through the site's real pipeline (Astro's unified processor with our plugin list). */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { markdownOptions } from '../../src/plugins/markdown-pipeline';

const processorPromise = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

export interface Rendered {
  html: string;
  frontmatter: Record<string, unknown>;
  /** What the pipeline printed while rendering (coverage warnings and lines), one entry per console call. */
  log: string[];
}

/**
 * Splits frontmatter off as Astro does (blanked, so lines keep their numbers) and renders the rest.
 *
 * The pipeline's console output is captured, not printed: coverage lines are returned in `log`, and the error
 * Astro's processor prints before rethrowing it (with its stack) is dropped, since the caller gets the error itself.
 */
export async function renderMarkdown(source: string, path = 'content/articles/fixture.md'): Promise<Rendered> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = match ? ((parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>) : {};
  const body = match ? source.replace(match[0], match[0].replace(/[^\n]/g, ' ')) : source;
  const processor = await processorPromise;
  const log: string[] = [];
  const result = await capturingConsole(log, () =>
    processor.render(body, { frontmatter, fileURL: new URL(`file://${process.cwd()}/${path}`) }),
  );
  return { html: result.code, frontmatter: result.metadata.frontmatter, log };
}

/** Runs `work` with console.warn and console.error writing into `log`. Renders are awaited one at a time. */
async function capturingConsole<T>(log: string[], work: () => Promise<T>): Promise<T> {
  const { warn, error } = console;
  const collect = (...parts: unknown[]) => void log.push(parts.map(String).join(' '));
  console.warn = collect;
  console.error = collect;
  try {
    return await work();
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

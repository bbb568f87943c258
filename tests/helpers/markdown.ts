/** Renders Markdown through the site's real pipeline (Astro's unified processor with our plugin list). */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { recordedIssues } from '../../src/lib/content/file-issues';
import { ContentError } from '../../src/lib/content/locate-issues';
import { markdownOptions } from '../../src/plugins/markdown-pipeline';

const processorPromise = createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

export interface Rendered {
  html: string;
  frontmatter: Record<string, unknown>;
}

/**
 * Splits frontmatter off as the content loader does (blanked, so lines keep their numbers) and renders the rest.
 * Content problems the plugins recorded are thrown, as the loader would report them.
 */
export async function renderMarkdown(source: string, path = 'content/articles/fixture.md'): Promise<Rendered> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const frontmatter = match ? ((parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>) : {};
  const body = match ? source.replace(match[0], match[0].replace(/[^\n]/g, ' ')) : source;
  const processor = await processorPromise;
  const result = await processor.render(body, { frontmatter, fileURL: new URL(`file://${process.cwd()}/${path}`) });
  const issues = recordedIssues(result.metadata.frontmatter);
  if (issues.length > 0) throw new ContentError(issues);
  return { html: result.code, frontmatter: result.metadata.frontmatter };
}

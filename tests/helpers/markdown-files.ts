/** Reading the project's own Markdown documents (README.md, docs/*.md) as mdast, as GitHub renders them. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Code, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { PROJECT_ROOT } from './build-site';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdownFile(file: string): Root {
  return parser.parse(readFileSync(file, 'utf8')) as Root;
}

/** README.md and every Markdown file in docs/. */
export function projectDocuments(): string[] {
  const docs = readdirSync(resolve(PROJECT_ROOT, 'docs')).filter((file) => file.endsWith('.md'));
  return [resolve(PROJECT_ROOT, 'README.md'), ...docs.map((file) => resolve(PROJECT_ROOT, 'docs', file))];
}

/** Fenced code blocks that name the file they show: ```yaml title="content/actors/x.yaml". */
export function titledCodeBlocks(file: string): { title: string; code: Code }[] {
  const blocks: { title: string; code: Code }[] = [];
  visit(parseMarkdownFile(file), 'code', (code: Code) => {
    const title = /(?:^|\s)title="([^"]+)"/.exec(code.meta ?? '')?.[1];
    if (title) blocks.push({ title, code });
  });
  return blocks;
}

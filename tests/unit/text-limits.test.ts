/**
 * The limits checked on a content file's text before any parser reads it (src/lib/content/text-limits.ts): each
 * kind of nesting is refused one level past the limit and accepted at it, whatever builds it, and code is not
 * Markdown.
 */
import { describe, expect, it } from 'vitest';
import { LINE_MAX_CHARACTERS, NESTING_MAX_LEVELS } from '../../src/lib/content/limits';
import { markdownNestingProblem, textLimitIssues } from '../../src/lib/content/text-limits';

const article = (body: string, yaml = 'title: x\n') => `---\n${yaml}---\n\n${body}\n`;
const issuesOf = (text: string, file = 'content/articles/x.md') => textLimitIssues(file, text).map(({ line, field, message }) => `${line}: ${field}: ${message}`);

/** Markdown nested `levels` deep in each way the scan knows. */
const BLOCK_NESTINGS: Record<string, (levels: number) => string> = {
  quotes: (levels) => `${'>'.repeat(levels)} x`,
  'spaced quotes': (levels) => `${'> '.repeat(levels)}x`,
  'bullets on one line': (levels) => `${'- '.repeat(levels)}x`,
  'star bullets': (levels) => `${'* '.repeat(levels)}x`,
  'ordered items': (levels) => `${'1. '.repeat(levels)}x`,
  'quotes holding lists': (levels) => `${'> - '.repeat(levels / 2)}x`,
  'indented lists': (levels) => Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- x`).join('\n'),
  'tab-indented lists': (levels) => Array.from({ length: levels }, (_, level) => `${'\t'.repeat(Math.floor(level / 2))}${level % 2 ? '  ' : ''}- x`).join('\n'),
};

const INLINE_NESTINGS: Record<string, (levels: number) => string> = {
  'emphasis run': (levels) => `${'*'.repeat(levels)}x${'*'.repeat(levels)}`,
  'underscore run': (levels) => `${'_'.repeat(levels)}x${'_'.repeat(levels)}`,
  'nested emphasis': (levels) => `${'*甲 '.repeat(levels)}x${' 乙*'.repeat(levels)}`,
  'nested links': (levels) => `${'['.repeat(levels)}x${'](#a)'.repeat(levels)}`,
  'nested annotations': (levels) => `${':nonmention['.repeat(levels)}x${']'.repeat(levels)}`,
  'emphasis over lines': (levels) => Array.from({ length: levels }, () => '_甲').join('\n'),
};

describe('nesting limits', () => {
  for (const [kind, nest] of Object.entries(BLOCK_NESTINGS)) {
    it(`refuses ${kind} one level past the limit, not at it`, () => {
      expect(issuesOf(article(nest(NESTING_MAX_LEVELS)))).toEqual([]);
      expect(issuesOf(article(nest(NESTING_MAX_LEVELS + 2))).join('\n')).toMatch(/body: quotations and lists nest \d+ levels deep here; at most 32/);
    });
  }

  for (const [kind, nest] of Object.entries(INLINE_NESTINGS)) {
    it(`refuses ${kind} past the limit, not at it`, () => {
      expect(markdownNestingProblem(nest(NESTING_MAX_LEVELS))).toBeUndefined();
      expect(markdownNestingProblem(nest(NESTING_MAX_LEVELS + 1))).toMatch(/nest \d+ levels deep in this paragraph; at most 32/);
    });
  }

  it('reports the line where the nesting passes the limit', () => {
    const body = ['開頭。', '', ...Array.from({ length: 40 }, (_, level) => `${'> '.repeat(level + 1)}第${level + 1}層`)].join('\n');
    expect(issuesOf(article(body))).toEqual(['39: body: quotations and lists nest 33 levels deep here; at most 32']);
  });

  it('reads code as code, not as Markdown that nests', () => {
    const deep = '>'.repeat(200);
    expect(issuesOf(article(`\`\`\`\n${deep}\n${'['.repeat(200)}\n\`\`\`\n\n~~~python\n${deep} print(x)\n~~~\n\n\`${'*'.repeat(200)}\``))).toEqual([]);
  });

  it('reads rules and emphasis that opens and closes as no nesting', () => {
    expect(issuesOf(article(`${'- - - '.repeat(1)}\n\n***\n\n${'**粗**與*斜* '.repeat(500)}`))).toEqual([]);
  });

  it('refuses YAML lists and maps nested past the limit, in the frontmatter and in YAML files', () => {
    const flow = (levels: number) => `tags: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    const block = (levels: number) => `${Array.from({ length: levels }, (_, level) => `${' '.repeat(level)}k${level}:`).join('\n')} v\n`;
    const items = (levels: number) => `images:\n  ${'- '.repeat(levels)}x\n`;
    for (const yaml of [flow, block, items]) {
      expect(issuesOf(article('x', yaml(NESTING_MAX_LEVELS - 2)))).toEqual([]);
      expect(issuesOf(article('x', yaml(NESTING_MAX_LEVELS + 2))).join('\n')).toMatch(/YAML: lists and maps nest \d+ levels deep here; at most 32/);
      expect(issuesOf(yaml(NESTING_MAX_LEVELS + 2), 'content/actors/x.yaml').join('\n')).toMatch(/YAML: lists and maps nest/);
    }
  });

  it('counts no bracket inside quoted YAML text', () => {
    expect(issuesOf(article('x', `caption: '${'['.repeat(100)}'\ndek: "${'{'.repeat(100)}"\n`))).toEqual([]);
  });
});

describe('line length limit', () => {
  it('refuses a line one character past the limit, counting characters, not bytes', () => {
    expect(issuesOf(article('字'.repeat(LINE_MAX_CHARACTERS)))).toEqual([]);
    expect(issuesOf(article('🇺'.repeat(LINE_MAX_CHARACTERS)))).toEqual([]);
    expect(issuesOf(article('字'.repeat(LINE_MAX_CHARACTERS + 1)))).toEqual([
      '5: text: the line has 10,001 characters; at most 10,000 (one paragraph is one line: split it into paragraphs)',
    ]);
  });
});

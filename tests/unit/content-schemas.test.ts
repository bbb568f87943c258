import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { locateIssues } from '../../src/lib/content/locate-issues';
import { ActorSchema } from '../../src/schemas/actor';
import { ArticleSchema } from '../../src/schemas/article';
import { SEED_MARKDOWN_FILE } from '../helpers/seed';

const seedSource = readFileSync(SEED_MARKDOWN_FILE, 'utf8');
const seedFrontmatter = () => parseYaml(/^---\n([\s\S]*?)\n---/.exec(seedSource)?.[1] ?? '') as Record<string, any>;

function issuesFor(data: unknown) {
  const result = ArticleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
}

describe('article frontmatter', () => {
  it('accepts the seed article and keeps its date as a calendar day', () => {
    const parsed = ArticleSchema.parse(seedFrontmatter());
    expect(parsed.date).toBe('2025-12-11');
    expect(parsed.sources.map((source) => source.role)).toContain('original');
  });

  it('accepts a date written as a quoted string', () => {
    expect(issuesFor({ ...seedFrontmatter(), date: '2025-12-11' })).toEqual([]);
  });

  it.each([
    ['a missing title', (fm: any) => delete fm.title, 'title'],
    ['a missing date', (fm: any) => delete fm.date, 'date'],
    ['an impossible date', (fm: any) => (fm.date = '2025-02-30'), 'date'],
    ['a date that is not a date', (fm: any) => (fm.date = 'last Tuesday'), 'date'],
    ['no sources', (fm: any) => (fm.sources = []), 'sources'],
    ['missing sources', (fm: any) => delete fm.sources, 'sources'],
    ['a javascript: source URL', (fm: any) => (fm.sources[0].url = 'javascript:alert(1)'), 'sources.0.url'],
    ['a relative source URL', (fm: any) => (fm.sources[0].url = '/news/1'), 'sources.0.url'],
    ['an unknown source role', (fm: any) => (fm.sources[0].role = 'rumour'), 'sources.0.role'],
    ['an image without credit', (fm: any) => delete fm.images[1].credit, 'images.1.credit'],
    ['an image with src but no alt', (fm: any) => (fm.images[1].src = './bombers.jpg'), 'images.1.alt'],
    ['two images with one id', (fm: any) => (fm.images[2].id = fm.images[1].id), 'images.2.id'],
    ['two hero images', (fm: any) => (fm.images[1].hero = true), 'images'],
    ['an update before publication', (fm: any) => (fm.updated = '2025-01-01'), 'updated'],
    ['a misspelt field', (fm: any) => (fm.titel = 'x'), ''],
  ])('rejects %s, naming the field', (_, change, field) => {
    const frontmatter = seedFrontmatter();
    change(frontmatter);
    const issues = issuesFor(frontmatter);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.map((issue) => issue.field)).toContain(field);
  });
});

describe('an article\'s own conversion overrides', () => {
  const frontmatter = { title: '標題', date: '2025-12-01', sources: [{ name: '本站', role: 'original' }] };
  it.each([
    ['an empty value', { 蘇愷: '' }, 'must not be empty'],
    ['markup in a value', { 蘇愷: '<i>苏霍伊</i>' }, 'must not contain markup characters'],
    ['an empty key', { '': '苏霍伊' }, 'must not be empty'],
  ])('are checked like the site file: %s', (_name, conversion, message) => {
    const result = ArticleSchema.safeParse({ ...frontmatter, conversion });
    expect(result.success).toBe(false);
    // A bad key's own messages sit inside zod's `invalid_key` issue.
    expect(JSON.stringify(result.error?.issues)).toContain(message);
  });

  it('accept a plain pair', () => {
    expect(ArticleSchema.safeParse({ ...frontmatter, conversion: { 蘇愷: '苏霍伊' } }).success).toBe(true);
  });
});

describe('actor files', () => {
  it('accepts a complete actor', () => {
    expect(ActorSchema.parse({ name: '尼古拉斯·馬杜羅', short: '馬杜羅', original: 'Nicolás Maduro', kind: 'person', role: '委內瑞拉總統' }).aliases).toEqual([]);
  });

  it.each([
    ['no name', { kind: 'person', role: 'x' }, 'name'],
    ['an unknown kind', { name: 'x', kind: 'company', role: 'x' }, 'kind'],
    ['no role', { name: 'x', kind: 'state' }, 'role'],
  ])('rejects an actor with %s', (_, data, field) => {
    const result = ActorSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('locating issues in the file', () => {
  it('names the line of a nested field in Markdown frontmatter', () => {
    const source = ['---', 'title: 標題', 'date: 2025-12-11', 'sources:', '  - name: 甲', '    url: ftp://x', '    role: cited', '---', '', '正文'].join('\n');
    const [issue] = locateIssues('content/articles/a.md', source, [{ path: ['sources', 0, 'url'], message: 'must be an absolute http(s) URL' }]);
    expect(issue).toEqual({ file: 'content/articles/a.md', line: 6, field: 'sources[0].url', message: 'must be an absolute http(s) URL' });
  });

  it('points a missing field at the nearest enclosing entry', () => {
    const source = ['---', 'title: 標題', 'images:', '  - id: a', '    caption: 說明', '---'].join('\n');
    const [issue] = locateIssues('content/articles/a.md', source, [{ path: ['images', 0, 'credit'], message: 'every image needs a credit' }]);
    expect(issue?.line).toBe(4);
    expect(issue?.field).toBe('images[0].credit');
  });

  it('counts lines from the top of a YAML file', () => {
    const [issue] = locateIssues('content/actors/x.yaml', 'name: 甲\nkind: company\nrole: 乙\n', [{ path: ['kind'], message: 'bad kind' }]);
    expect(issue?.line).toBe(2);
  });
});

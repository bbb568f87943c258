/**
 * `npm run new -- article <slug>` and `npm run new -- actor <id>`: a file with every field of the schema and a
 * comment on each, required fields left for the editor; names the build would refuse, and existing files, are
 * refused. Filled in minimally, the scaffolds build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ActorSchema } from '../../src/schemas/actor';
import { ArticleSchema } from '../../src/schemas/article';
import { ImageSchema } from '../../src/schemas/image';
import { SourceSchema } from '../../src/schemas/source';
import { buildSite, PROJECT_ROOT, SITES_DIR } from '../helpers/build-site';

const CONTENT = resolve(SITES_DIR, 'content-scaffolds');
const ARTICLE = resolve(CONTENT, 'articles/oil-exports.md');
const ACTOR = resolve(CONTENT, 'actors/pdvsa.yaml');

function runNew(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: CONTENT },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A line that sets a field, switched on or commented out: `title: ''`, `# dek: …`, `#   - id: bombers`. */
const FIELD_LINE = /^(\s*)(?:# )?(\s*(?:- )?[^\s#:]+:.*)$/;

/** The YAML with every commented-out field switched on. */
function allFieldsOn(yaml: string): Record<string, unknown> {
  return parseYaml(yaml.split('\n').map((line) => line.replace(FIELD_LINE, '$1$2')).join('\n')) as Record<string, unknown>;
}

const fieldLines = (yaml: string) => yaml.split('\n').filter((line) => FIELD_LINE.test(line));

const frontmatterOf = (markdown: string) => /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? '';
const keys = (value: unknown) => Object.keys(value as object).sort();
const sorted = (list: readonly string[]) => [...list].sort();

beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  // Fresh builds, not ones cached from an earlier run of the same scaffolds.
  for (const build of ['scaffolds-as-written', 'scaffolds-filled']) rmSync(resolve(SITES_DIR, `${build}.cache`), { recursive: true, force: true });
  mkdirSync(resolve(CONTENT, 'articles'), { recursive: true });
  mkdirSync(resolve(CONTENT, 'actors'), { recursive: true });
  expect(runNew('article', 'oil-exports')).toMatchObject({ status: 0, stdout: expect.stringContaining('oil-exports.md: fill in title') });
  expect(runNew('actor', 'pdvsa')).toMatchObject({ status: 0, stdout: expect.stringContaining('pdvsa.yaml: fill in name and role') });
});

describe('npm run new -- article', () => {
  it('writes every field of the article schema, sources and images included', () => {
    const fields = allFieldsOn(frontmatterOf(readFileSync(ARTICLE, 'utf8')));
    expect(keys(fields)).toEqual(sorted(Object.keys(ArticleSchema.shape)));
    expect(keys((fields.sources as unknown[])[0])).toEqual(sorted(Object.keys(SourceSchema.shape)));
    expect(keys((fields.images as unknown[])[0])).toEqual(sorted(Object.keys(ImageSchema.shape)));
  });

  it('comments on each field', () => {
    const lines = fieldLines(frontmatterOf(readFileSync(ARTICLE, 'utf8')));
    const schemaFields = [ArticleSchema, SourceSchema, ImageSchema].reduce((sum, schema) => sum + Object.keys(schema.shape).length, 0);
    expect(lines.length).toBeGreaterThanOrEqual(schemaFields);
    for (const line of lines) expect(line, line).toMatch(/\S\s+# \S/);
  });

  it("dates the article today and leaves what only the editor knows empty, so the build names it", () => {
    const fields = parseYaml(frontmatterOf(readFileSync(ARTICLE, 'utf8'))) as Record<string, unknown>;
    expect(fields.date).toBe(new Date().toLocaleDateString('sv-SE'));
    expect(fields.title).toBe('');
    expect(fields.sources).toEqual([{ name: '', role: 'original' }]);
  });
});

describe('npm run new -- article <slug> --folder', () => {
  it('writes the folder form, content/articles/<slug>/index.md, where its pictures go beside it', () => {
    const run = runNew('article', 'with-pictures', '--folder');
    expect(run).toMatchObject({ status: 0, stdout: expect.stringContaining('articles/with-pictures/index.md: fill in title') });
    expect(run.stdout).toMatch(/Put its pictures beside it in [^\n]*articles\/with-pictures\/ and give each image its file: src: \.\/<picture>\.jpg/);
    const fields = allFieldsOn(frontmatterOf(readFileSync(resolve(CONTENT, 'articles/with-pictures/index.md'), 'utf8')));
    expect(keys(fields)).toEqual(sorted(Object.keys(ArticleSchema.shape)));
    expect(existsSync(resolve(CONTENT, 'articles/with-pictures.md'))).toBe(false);
    rmSync(resolve(CONTENT, 'articles/with-pictures'), { recursive: true });
  });

  it('refuses a slug a single-file article already has', () => {
    expect(runNew('article', 'oil-exports', '--folder')).toMatchObject({ status: 2, stderr: expect.stringContaining('articles/oil-exports.md already exists') });
  });
});

describe('npm run new -- actor', () => {
  it('writes every field of the actor schema, each with a comment', () => {
    const yaml = readFileSync(ACTOR, 'utf8');
    expect(keys(allFieldsOn(yaml))).toEqual(sorted(Object.keys(ActorSchema.shape)));
    for (const line of fieldLines(yaml)) expect(line, line).toMatch(/\S\s+# \S/);
  });
});

describe('npm run new refuses', () => {
  it('an article that exists, in one line, leaving it as it was', () => {
    writeFileSync(ARTICLE, `${readFileSync(ARTICLE, 'utf8')}\n編輯寫的正文。\n`);
    const before = readFileSync(ARTICLE, 'utf8');
    const run = runNew('article', 'oil-exports');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^[^\n]*articles\/oil-exports\.md already exists: [^\n]*\n$/);
    expect(readFileSync(ARTICLE, 'utf8')).toBe(before);
  });

  it('an article whose slug a folder article already has', () => {
    mkdirSync(resolve(CONTENT, 'articles/in-a-folder'), { recursive: true });
    writeFileSync(resolve(CONTENT, 'articles/in-a-folder/index.md'), '');
    expect(runNew('article', 'in-a-folder')).toMatchObject({ status: 2, stderr: expect.stringContaining('in-a-folder/index.md already exists') });
    rmSync(resolve(CONTENT, 'articles/in-a-folder'), { recursive: true });
  });

  it('an actor that exists', () => {
    expect(runNew('actor', 'pdvsa')).toMatchObject({ status: 2, stderr: expect.stringContaining('actors/pdvsa.yaml already exists') });
  });

  it.each(['Oil-Exports', 'oil_exports', '石油出口', 'oil--exports', '-oil'])('the name %j, which is not ASCII kebab-case', (name) => {
    const run = runNew('article', name);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/must be ASCII kebab-case[^\n]*\n$/);
    expect(existsSync(resolve(CONTENT, `articles/${name}.md`))).toBe(false);
  });

  it('anything but article or actor', () => {
    expect(runNew('page', 'about')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^usage: npm run new -- article <slug> \[--folder\] \| npm run new -- actor <id>\n$/) });
  });
});

describe('the scaffolds, filled in minimally', () => {
  it('as written, fail the build naming the fields to fill in', () => {
    const build = buildSite('scaffolds-as-written', { contentDir: CONTENT, command: 'sync' });
    expect(build.ok).toBe(false);
    expect(build.output).toMatch(/articles\/oil-exports\.md:\d+: title: /);
  });

  it('build, with the article page and the actor page', () => {
    const article = readFileSync(ARTICLE, 'utf8')
      .replace("title: ''", 'title: 委內瑞拉的石油出口')
      .replace("- name: ''", '- name: 本站編輯部')
      .replace('\n編輯寫的正文。\n', '\n:actor[委內瑞拉國家石油公司]{ref=pdvsa}的出口下降。\n');
    writeFileSync(ARTICLE, article);
    writeFileSync(ACTOR, readFileSync(ACTOR, 'utf8').replace("name: ''", 'name: 委內瑞拉國家石油公司').replace("role: ''", 'role: 委內瑞拉的國營石油公司'));
    const build = buildSite('scaffolds-filled', { contentDir: CONTENT });
    expect(build.ok, build.output).toBe(true);
    expect(readFileSync(resolve(build.outDir, 'zh-hant/articles/oil-exports/index.html'), 'utf8')).toContain('委內瑞拉的石油出口');
    expect(readFileSync(resolve(build.outDir, 'zh-hant/actors/pdvsa/index.html'), 'utf8')).toContain('委內瑞拉國家石油公司');
  });
});

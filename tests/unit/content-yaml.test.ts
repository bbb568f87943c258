/** Reading the YAML of content files: every problem YAML itself finds names the file's own line. */
import { describe, expect, it } from 'vitest';
import { ContentError, readYamlPart } from '../../src/lib/content/locate-issues';
import { normaliseSource, splitMarkdown } from '../../src/lib/content/source-text';

function problems(file: string, source: string): string {
  try {
    readYamlPart(file, source);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return 'no problem';
}

describe('YAML problems, located', () => {
  it('names the line of a key given twice', () => {
    expect(problems('content/actors/x.yaml', 'name: 甲\nrole: 乙\nname: 丙\n')).toBe('content/actors/x.yaml:3: YAML: Map keys must be unique');
  });

  it('names the line of a syntax error in frontmatter, counted from the top of the file', () => {
    expect(problems('content/articles/x.md', '---\ntitle: 標題\ntags: [甲, 乙\ndate: 2025-12-01\n---\n正文\n')).toMatch(/^content\/articles\/x\.md:[34]: YAML: /);
  });

  it('refuses an alias bomb, naming the line of the first alias', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [previous, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e']] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    }
    expect(problems('content/conversion.yaml', `${levels.join('\n')}\n`)).toMatch(/^content\/conversion\.yaml:2: YAML: YAML aliases expand more than 100 times/);
  });

  it('reads a few aliases as the values they stand for', () => {
    expect(readYamlPart('x.yaml', 'a: &name 馬杜羅\nb: *name\n')).toEqual({ a: '馬杜羅', b: '馬杜羅' });
  });
});

describe('files written by any editor', () => {
  const clean = '---\ntitle: 標題\ndate: 2025-12-01\n---\n\n正文\n';

  it('reads a byte-order mark and Windows line ends as the clean file', () => {
    const windows = `\uFEFF${clean.replaceAll('\n', '\r\n')}`;
    expect(normaliseSource(windows)).toBe(clean);
    expect(readYamlPart('x.md', windows)).toEqual(readYamlPart('x.md', clean));
  });

  it('finds frontmatter below blank lines and keeps every line where it was', () => {
    const parts = splitMarkdown(`\n\n${clean}`);
    expect(parts.yaml).toBe('title: 標題\ndate: 2025-12-01\n');
    expect(parts.yamlFirstLine).toBe(4);
    expect(parts.body.split('\n')).toHaveLength(`\n\n${clean}`.split('\n').length);
    expect(parts.body.split('\n')[7]).toBe('正文');
    expect(problems('x.md', `\n\n${clean.replace('date: 2025-12-01', 'title: 又一個')}`)).toBe('x.md:5: YAML: Map keys must be unique');
  });

  it('keeps the frontmatter out of the text the Markdown plugins see', () => {
    expect(splitMarkdown(clean).body).toBe(`${' '.repeat(3)}\n${' '.repeat('title: 標題'.length)}\n${' '.repeat('date: 2025-12-01'.length)}\n${' '.repeat(3)}\n\n正文\n`);
  });
});

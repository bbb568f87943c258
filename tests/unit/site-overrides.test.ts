import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSiteOverrides, readSiteOverrides } from '../../src/inputs/conversion-file';
import { ContentError } from '../../src/lib/content/locate-issues';

describe('site-wide overrides (content/conversion.yaml)', () => {
  it('holds the mainland words the seed needs', () => {
    const overrides = readSiteOverrides(resolve(import.meta.dirname, '../../content/conversion.yaml'));
    expect(overrides).toMatchObject({ 報導: '报道', 查維斯: '查韦斯' });
  });

  it('is optional: no file, no overrides', () => {
    expect(readSiteOverrides(join(mkdtempSync(join(tmpdir(), 'no-overrides-')), 'conversion.yaml'))).toEqual({});
  });

  it('reads a file with comments only as no overrides', () => {
    expect(parseSiteOverrides('content/conversion.yaml', '# nothing yet\n')).toEqual({});
  });

  it('names the file, the line and the key of a value that is not text', () => {
    const source = '報導: 报道\n查維斯: 12\n';
    expect(() => parseSiteOverrides('content/conversion.yaml', source)).toThrow(ContentError);
    expect(() => parseSiteOverrides('content/conversion.yaml', source)).toThrow(/content\/conversion\.yaml:2: 查維斯: /);
  });

  it('names the line of an empty value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bad-overrides-'));
    writeFileSync(join(dir, 'conversion.yaml'), '# overrides\n報導: 报道\n蘇愷: ""\n');
    expect(() => readSiteOverrides(join(dir, 'conversion.yaml'))).toThrow(/conversion\.yaml:3: 蘇愷: must not be empty/);
  });

  it.each([
    ['markup in a value', '國際: <b>国际</b>\n', /conversion\.yaml:1: 國際: must not contain markup characters/],
    ['an ampersand in a key', 'A&B: 甲乙\n', /conversion\.yaml:1: A&B: must not contain markup characters/],
    ['a control character', '國際: "国\\u0007际"\n', /conversion\.yaml:1: 國際: must not contain markup characters \(< > & " '\) or control characters/],
    ['a sentence-long value', `國際: ${'国'.repeat(41)}\n`, /conversion\.yaml:1: 國際: must be at most 40 characters/],
    ['a value of spaces', '國際: " "\n', /conversion\.yaml:1: 國際: must not start or end with spaces/],
  ])('refuses %s, naming the line and the key', (_name, source, message) => {
    expect(() => parseSiteOverrides('content/conversion.yaml', source)).toThrow(message);
  });

  it('rejects a list where pairs are expected', () => {
    expect(() => parseSiteOverrides('content/conversion.yaml', '- 報導\n- 报道\n')).toThrow(/conversion\.yaml:1: /);
  });
});

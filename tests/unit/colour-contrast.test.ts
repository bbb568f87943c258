/**
 * Every colour pair the design sets text in reaches WCAG AA (4.5:1), in the light and the dark scheme, read from
 * src/styles/tokens.css itself. The WCAG formula is a few lines and hex is the only notation tokens use, so no
 * colour library is needed. (The highlight is told apart from the page by its hue, which a luminance ratio
 * does not measure: tests/e2e/design.test.ts checks it is painted, and the screenshots show it.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss, { type AtRule, type Declaration } from 'postcss';
import { describe, expect, it } from 'vitest';

const TOKENS_FILE = resolve(import.meta.dirname, '../../src/styles/tokens.css');

function readSchemes(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  postcss.parse(readFileSync(TOKENS_FILE, 'utf8')).walkDecls(/^--color-/, (decl: Declaration) => {
    const media = decl.parent?.parent?.type === 'atrule' ? (decl.parent.parent as AtRule).params : '';
    if (media === '') light.set(decl.prop, decl.value);
    else if (/prefers-color-scheme:\s*dark/.test(media)) dark.set(decl.prop, decl.value);
  });
  return { light, dark };
}

/** WCAG 2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const digits = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex)?.[1];
  if (!digits) throw new Error(`not a hex colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** [text, background]: every pair the stylesheets set text in. */
const TEXT_PAIRS = [
  ['--color-text', '--color-background'],
  ['--color-muted', '--color-background'],
  ['--color-link', '--color-background'],
  ['--color-accent', '--color-background'], // key figures, timeline dates
  ['--color-text', '--color-surface'], // the current edition in the toggle
  ['--color-muted', '--color-surface'],
  ['--color-text', '--color-highlight'], // a jumped-to passage, an actor's highlighted mentions, a search result's found words
  ['--color-background', '--color-text'], // the search button
] as const;

const schemes = readSchemes();

describe('colour contrast of the design tokens', () => {
  it('the formula gives the known extremes', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#777')).toBe(1);
  });

  it('both schemes define the same colour tokens', () => {
    expect([...schemes.dark.keys()].sort()).toEqual([...schemes.light.keys()].sort());
  });

  for (const [scheme, tokens] of Object.entries(schemes)) {
    it.each(TEXT_PAIRS)(`${scheme}: %s on %s reaches 4.5:1`, (text, background) => {
      expect(contrast(tokens.get(text) ?? '', tokens.get(background) ?? '')).toBeGreaterThanOrEqual(4.5);
    });

    it(`${scheme}: chart bars stand out from the page at 3:1 (non-text contrast)`, () => {
      expect(contrast(tokens.get('--color-chart') ?? '', tokens.get('--color-background') ?? '')).toBeGreaterThanOrEqual(3);
    });
  }
});

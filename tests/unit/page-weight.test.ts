/**
 * The bench's page weight (scripts/bench/page-weight.mjs) counts what a page's scripts load when first used (a
 * script named in a script, and what that one names in turn) apart from the page's own weight.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../scripts/bench/page-weight.mjs';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('weighPage', () => {
  it('counts the scripts and stylesheets a page loads on use, transitively, apart from its own weight', () => {
    const dir = site({
      'index.html': '<!doctype html><title>x</title><script type=module src=/_astro/page.js></script>',
      '_astro/page.js': 'addEventListener("click",()=>import("/_astro/card-Ab.js"));'.repeat(3),
      '_astro/card-Ab.js': 'document.head.append(Object.assign(document.createElement("link"),{href:"/_astro/card-Cd.css"}));import("/_astro/more.js")',
      '_astro/card-Cd.css': '#card{color:red}'.repeat(10),
      '_astro/more.js': 'console.log(1)',
      '_astro/unrelated.js': 'never named',
    });
    const weight = weighPage(dir, '/');
    expect(weight.onUseFiles.sort()).toEqual(['/_astro/card-Ab.js', '/_astro/card-Cd.css', '/_astro/more.js']);
    expect(weight.onUse.css.raw).toBe(160);
    expect(weight.onUse.js.raw).toBeGreaterThan(14);
    // The page's own weight holds its HTML and the script it links, nothing loaded later.
    expect(weight.parts.js.raw).toBe('addEventListener("click",()=>import("/_astro/card-Ab.js"));'.length * 3);
    expect(weight.parts.css.raw).toBe(0);
  });
});

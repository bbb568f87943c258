/**
 * The built pages work under the strict Content-Security-Policy of public/_headers: no inline script (JSON-LD
 * data blocks excepted), no <style>, no style= or on…= attributes, and the headers file ships with the site.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_SITE_DIR } from '../helpers/build-site';
import { inlineCodeOn } from '../helpers/inline-code';

describe('the seed build under a strict CSP', () => {
  it('has no inline script or style on any page', () => {
    expect(inlineCodeOn(SEED_SITE_DIR)).toEqual([]);
  });

  it('ships public/_headers unchanged at the root of the output', () => {
    expect(readFileSync(resolve(SEED_SITE_DIR, '_headers'), 'utf8')).toBe(readFileSync(resolve(PROJECT_ROOT, 'public/_headers'), 'utf8'));
  });
});

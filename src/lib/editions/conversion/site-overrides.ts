/**
 * Reads the site-wide overrides file, `<content>/conversion.yaml`, validated so that a mistake names the file,
 * the line and the key. Read again whenever its text changes, so `astro dev` picks up edits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { ConversionOverridesSchema } from '../../../schemas/conversion';
import { ContentError, locateIssues, readYamlPart } from '../../content/locate-issues';
import type { ConversionOverrides } from './overrides';

/** Parses and validates the text of an overrides file; `file` is only used in error messages. */
export function parseSiteOverrides(file: string, source: string): ConversionOverrides {
  const data = readYamlPart(file, source);
  const result = ConversionOverridesSchema.safeParse(data ?? {});
  if (!result.success) throw new ContentError(locateIssues(file, source, result.error.issues));
  return result.data;
}

let cached: { source: string; overrides: ConversionOverrides } | undefined;

/** The overrides in `<contentDir>/conversion.yaml`; none when the file does not exist. */
export function loadSiteOverrides(contentDir: string): ConversionOverrides {
  const path = resolve(contentDir, 'conversion.yaml');
  if (!existsSync(path)) return {};
  const source = readFileSync(path, 'utf8');
  if (cached?.source !== source) {
    cached = { source, overrides: parseSiteOverrides(relative(process.cwd(), path), source) };
  }
  return cached.overrides;
}

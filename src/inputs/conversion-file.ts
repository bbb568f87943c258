/**
 * `<content>/conversion.yaml`: the Simplified edition's site-wide overrides, one `Traditional: Simplified` pair a
 * line, validated so that a mistake names the file, the line and the key. Read by the site's inputs
 * (site-inputs.ts); how overrides apply lives in src/lib/editions/conversion/.
 */
import { lstatSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { readContentText } from './content-file';
import { ContentError, locateIssues, readYamlPart } from '../lib/content/locate-issues';
import type { ConversionOverrides } from '../lib/editions/conversion/overrides';
import { ConversionOverridesSchema } from '../schemas/conversion';

/** Parses and validates the text of an overrides file; `file` is only used in error messages. */
export function parseSiteOverrides(file: string, source: string): ConversionOverrides {
  const data = readYamlPart(file, source);
  const result = ConversionOverridesSchema.safeParse(data ?? {});
  if (!result.success) throw new ContentError(locateIssues(file, source, result.error.issues));
  return result.data;
}

/** The overrides in the file at `path`; none when it does not exist. */
export function readSiteOverrides(path: string): ConversionOverrides {
  // A link to nothing is there to be reported; only no entry at all means no file.
  if (!lstatSync(path, { throwIfNoEntry: false })) return {};
  const label = relative(process.cwd(), resolve(path));
  return parseSiteOverrides(label, readContentText(path, { root: dirname(path), label }));
}

import { ensureArchiveSite } from '../helpers/archive-site';
import { buildSite } from '../helpers/build-site';

/**
 * Builds the real site once (build-output tests read `tests/.sites/seed/`) and the generated archive
 * (`tests/.sites/archive/`, shared with the browser tests).
 */
export default function setup(): void {
  const build = buildSite('seed');
  if (!build.ok) throw new Error(`The site does not build:\n${build.output}`);
  ensureArchiveSite();
}

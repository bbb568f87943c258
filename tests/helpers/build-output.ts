/** Reading what a build printed, as an editor reads it. */
import { stripVTControlCharacters } from 'node:util';

/** Astro's own log lines start with the time: `13:19:37 [content] Syncing content`. */
const ASTRO_LOG_LINE = /^\d\d:\d\d:\d\d /;

/**
 * Everything the build printed that is not Astro's own log: the content problems and the coverage report (and
 * anything unexpected, a stack trace included). Astro's progress lines are timestamped or indented.
 */
export function problemLines(output: string): string[] {
  // Colours come and go with the terminal (CI=true turns them on): read the text alone.
  return stripVTControlCharacters(output)
    .split('\n').filter((line) => line.trim() !== '' && !ASTRO_LOG_LINE.test(line) && !/^\s/.test(line));
}

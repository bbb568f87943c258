/** Reading what a build printed, as an editor reads it. */

/** Astro's own log lines start with the time: `13:19:37 [content] Syncing content`. */
const ASTRO_LOG_LINE = /^\d\d:\d\d:\d\d /;

/** Everything the build printed that is not Astro's own log: the content problems (and anything unexpected). */
export function problemLines(output: string): string[] {
  return output.split('\n').filter((line) => line.trim() !== '' && !ASTRO_LOG_LINE.test(line));
}

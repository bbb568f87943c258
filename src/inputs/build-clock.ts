/**
 * The build's clock: the instant against which embargoes are judged (an article dated later is held back). The
 * machine's time, read once per build so every page agrees; `SITE_BUILD_TIME` sets it, for tests and for a preview
 * of the site as it will stand at a later hour (`SITE_BUILD_TIME=2027-03-01T08:00+08:00 npm run build`).
 */
import type { ContentIssue } from '../lib/content/locate-issues';
import { parseClock } from '../lib/publication/publication-time';

export const CLOCK_VARIABLE = 'SITE_BUILD_TIME';

export interface BuildClock {
  now: Date;
  /** Whether `SITE_BUILD_TIME` set it. */
  set: boolean;
  /** A `SITE_BUILD_TIME` that is not a time, reported with the content's problems (nothing is built). */
  issues: ContentIssue[];
}

export function readBuildClock(environment: NodeJS.ProcessEnv = process.env): BuildClock {
  const written = environment[CLOCK_VARIABLE];
  if (written === undefined || written.trim() === '') return { now: new Date(), set: false, issues: [] };
  const now = parseClock(written);
  if (now) return { now, set: true, issues: [] };
  return {
    now: new Date(),
    set: false,
    issues: [
      {
        file: CLOCK_VARIABLE,
        line: 0,
        field: '',
        message: `${JSON.stringify(written)} is not a time: write an ISO 8601 date-time with its zone (2027-03-01T08:00+08:00) or a day (2027-03-01)`,
      },
    ],
  };
}

/**
 * When an article is published (src/lib/publication/), the build's clock (src/inputs/build-clock.ts), the
 * frontmatter's `time` and the rule that a link may not lead to an article published later than its page.
 */
import { describe, expect, it } from 'vitest';
import { readBuildClock } from '../../src/inputs/build-clock';
import type { ArticleAnnotations } from '../../src/lib/annotations/types';
import { deadLinkIssues } from '../../src/lib/links/internal-links';
import { sitePages, type PublishedArticle } from '../../src/lib/links/site-pages';
import { heldBackLines } from '../../src/lib/publication/held-back';
import { formatPublication, parseClock, publicationInstant, publicationState } from '../../src/lib/publication/publication-time';
import { ArticleSchema } from '../../src/schemas/article';

const at = (text: string) => new Date(text);

describe('publication time', () => {
  it('reads a day alone as the start of that day in the newsroom (UTC+8)', () => {
    expect(publicationInstant({ date: '2026-03-01' })).toBe(Date.parse('2026-02-28T16:00:00Z'));
    expect(publicationState({ date: '2026-03-01' }, at('2026-02-28T15:59:59Z'))).toBe('embargoed');
    expect(publicationState({ date: '2026-03-01' }, at('2026-02-28T16:00:00Z'))).toBe('published');
  });

  it('reads a time in the zone written with it', () => {
    expect(publicationState({ date: '2026-03-01', time: '08:00+08:00' }, at('2026-02-28T23:59:59Z'))).toBe('embargoed');
    expect(publicationState({ date: '2026-03-01', time: '08:00+08:00' }, at('2026-03-01T00:00:00Z'))).toBe('published');
    expect(publicationState({ date: '2026-03-01', time: '08:00Z' }, at('2026-03-01T07:59:00Z'))).toBe('embargoed');
    expect(formatPublication({ date: '2026-03-01', time: '08:00:30-05:00' })).toBe('2026-03-01 08:00:30 (UTC-05:00)');
  });

  it('keeps a draft a draft, whatever its date', () => {
    expect(publicationState({ date: '2020-01-01', draft: true }, at('2026-01-01T00:00Z'))).toBe('draft');
  });
});

describe("the build's clock", () => {
  it('is SITE_BUILD_TIME when set: a date-time with its zone, or a day', () => {
    expect(readBuildClock({ SITE_BUILD_TIME: '2027-03-01T08:00+08:00' })).toEqual({ now: at('2027-03-01T00:00Z'), set: true, issues: [] });
    expect(readBuildClock({ SITE_BUILD_TIME: '2027-03-01' }).now).toEqual(at('2027-02-28T16:00Z'));
    expect(parseClock('2027-03-01T08:00:00.000Z')).toEqual(at('2027-03-01T08:00Z'));
  });

  it('is the machine clock otherwise', () => {
    const before = Date.now();
    const clock = readBuildClock({});
    expect(clock.set).toBe(false);
    expect(clock.now.getTime()).toBeGreaterThanOrEqual(before);
  });

  it('refuses a clock without a zone or not a time, as a problem that stops the build', () => {
    for (const written of ['2027-03-01T08:00', 'tomorrow', '2027-02-30', '2027-13-01']) {
      const { issues } = readBuildClock({ SITE_BUILD_TIME: written });
      expect(issues, written).toEqual([expect.objectContaining({ file: 'SITE_BUILD_TIME', line: 0, message: expect.stringContaining('is not a time') })]);
    }
  });
});

describe('the frontmatter', () => {
  const base = { title: '標題', date: '2026-03-01', sources: [{ name: '本站', role: 'original' }] };
  const problems = (data: object) => {
    const result = ArticleSchema.safeParse({ ...base, ...data });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };

  it('takes a time with its zone', () => {
    expect(problems({ time: '08:00+08:00' })).toEqual([]);
    expect(problems({ time: '23:59:59Z' })).toEqual([]);
  });

  it('says what is missing from a time without a zone, and where a time written into the date goes', () => {
    expect(problems({ time: '08:00' })).toEqual(['time: must say its zone: 08:00+08:00 for Taipei, 08:00Z for UTC']);
    expect(problems({ time: '25:00+08:00' })[0]).toContain('must be a time with its zone');
    expect(problems({ date: '2026-03-01T08:00+08:00' })).toEqual([
      'date: must be a day, YYYY-MM-DD: write the time of publication in `time` (date: 2026-03-01, time: "08:00+08:00")',
    ]);
  });
});

describe('what the build prints about the articles it holds back', () => {
  it('names each embargo with its end and the clock, and each draft', () => {
    const lines = heldBackLines(
      [
        { file: 'a.md', date: '2026-03-01', time: '08:00+08:00' },
        { file: 'b.md', date: '2020-01-01', draft: true },
        { file: 'c.md', date: '2020-01-01' },
      ],
      { now: at('2026-02-01T00:00Z'), set: false },
      false,
    );
    expect(lines).toEqual([
      "a.md: held back until 2026-03-01 08:00 (UTC+08:00) (the build's clock: 2026-02-01 08:00 (UTC+08:00)); the first build after then publishes it",
      'b.md: draft (draft: true): not published',
    ]);
  });
});

describe('links to an article held back', () => {
  const NONE: ArticleAnnotations = { mentions: [], quotes: [], figures: [] };
  const page = (slug: string): PublishedArticle => ({ slug, date: '2026-03-01', topicIds: [], annotations: NONE, textIds: [], hasTimeline: false });
  const judge = (from: string, releases: Record<string, number>) =>
    deadLinkIssues(
      [{ file: `${from}.md`, slug: from, links: [{ url: '../later/', line: 3 }] }],
      sitePages([page('now'), page('later'), page('same')], []),
      new Map(),
      new Map(Object.entries(releases).map(([slug, instant]) => [slug, { at: instant, written: `t${instant}` }])),
    ).map((issue) => issue.message);

  it('refuses a link from a page published earlier than the article it leads to', () => {
    expect(judge('now', { now: 1, later: 2 })).toEqual([
      '../later/: article "later" is held back until t2, after this article is published: the link would lead nowhere until then; give this article a later time or link once it is out',
    ]);
  });

  it('accepts it from a page published at the same time or later', () => {
    expect(judge('same', { same: 2, later: 2 })).toEqual([]);
  });
});

/**
 * The lines a build prints about the articles it does not publish: each draft, and each embargoed article with
 * the time it is held back until, so an editor sees at once what the next scheduled build will release.
 */
import { formatInstant, formatPublication, publicationState, type PublicationFields } from './publication-time';

export interface ArticleToPublish extends PublicationFields {
  /** How messages name the file: `content/articles/x.md`. */
  file: string;
}

/** `preview`: `astro dev`, which shows both kinds, marked; a build leaves them out. */
export function heldBackLines(articles: readonly ArticleToPublish[], clock: { now: Date; set: boolean }, preview: boolean): string[] {
  const lines: string[] = [];
  const clockText = `${formatInstant(clock.now)}${clock.set ? ', from SITE_BUILD_TIME' : ''}`;
  for (const article of articles) {
    const state = publicationState(article, clock.now);
    if (state === 'draft') {
      lines.push(`${article.file}: draft (draft: true): ${preview ? 'shown here, marked as a draft; a build does not publish it' : 'not published'}`);
    } else if (state === 'embargoed') {
      const until = formatPublication(article);
      lines.push(
        preview
          ? `${article.file}: embargoed until ${until}: shown here, marked; a build before then holds it back`
          : `${article.file}: held back until ${until} (the build's clock: ${clockText}); the first build after then publishes it`,
      );
    }
  }
  return lines;
}

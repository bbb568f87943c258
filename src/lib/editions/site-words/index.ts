/**
 * The site's own words (labels, headings, messages), one catalogue per edition: ./zh-hant.ts, and ./zh-hans.ts
 * written for mainland readers rather than converted. Components and pages take their words from here and never
 * write one of their own (tests/unit/site-words.test.ts checks both), so a label is changed in one place per
 * edition.
 */
import { editionById, type Edition, type EditionId } from '../editions';
import { zhHans } from './zh-hans';
import { zhHant, type SiteWords } from './zh-hant';

export type { SiteWords };

export const SITE_WORDS: Readonly<Record<EditionId, SiteWords>> = { 'zh-hant': zhHant, 'zh-hans': zhHans };

/**
 * The words of an edition, given the edition or its id: a page's `edition` prop, or `Astro.params.edition` in a
 * component that renders inside an edition's page. An unknown edition throws, naming it.
 */
export function siteWords(edition: Edition | string | undefined): SiteWords {
  if (edition === undefined) throw new Error('siteWords: no edition (is this component rendered outside /<edition>/ pages?)');
  const id = typeof edition === 'string' ? editionById(edition).id : edition.id;
  return SITE_WORDS[id];
}

/**
 * Each edition says the same thing in every output that shows an article: its page, its annotations.json and its
 * JSON-LD, built from the two-article fixture (tests/fixtures/sites/two-articles). The Simplified outputs are
 * converted with the same overrides (the article's own map on top of the site's), and what is never converted
 * (names in an actor's own language) stays as the actor file writes it in all three.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { simplifiedConverter } from '../../src/lib/editions/conversion/converter';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site';
import { ACTOR_ENTRY, ACTOR_NAME, ACTOR_ORIGINAL, ACTOR_ROLE } from '../helpers/annotation-selectors';
import { all, one, readPage, textOf } from '../helpers/html';

const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/sites/two-articles');
const SLUGS = ['earlier-article', 'later-article'];
const EDITIONS = ['zh-hant', 'zh-hans'] as const;

interface OpenData {
  actors: { id: string; name: string; original: string | null; role: string }[];
  quotes: { id: string; text: string }[];
}

function openData(dir: string, edition: string, slug: string): OpenData {
  return JSON.parse(readFileSync(resolve(dir, `${edition}/articles/${slug}/annotations.json`), 'utf8')) as OpenData;
}

/** Each mention is a schema.org Role around the actor (src/lib/structured-data/news-article.ts). */
function jsonLd(dir: string, edition: string, slug: string): { mentions?: { roleName: string; mentions: { name: string; alternateName?: string } }[] } {
  return JSON.parse(textOf(one(readPage(dir, `/${edition}/articles/${slug}/`), 'script[type="application/ld+json"]')));
}

function actorFile(id: string): { original?: string } {
  return parseYaml(readFileSync(resolve(FIXTURE, `actors/${id}.yaml`), 'utf8')) as { original?: string };
}

describe('an article in every output, in each edition', () => {
  let dir = '';
  beforeAll(() => {
    const build = buildSite('edition-agreement', { contentDir: FIXTURE });
    if (!build.ok) throw new Error(`the fixture site does not build:\n${build.output}`);
    dir = build.outDir;
  });

  it('reads in annotations.json as on its page: the same words, with the article’s own overrides', () => {
    for (const edition of EDITIONS) {
      for (const slug of SLUGS) {
        const page = readPage(dir, `/${edition}/articles/${slug}/`);
        for (const quote of openData(dir, edition, slug).quotes) {
          expect(quote.text, `${edition} ${slug} ${quote.id}`).toBe(textOf(one(page, `q[id="${quote.id}"]`)));
        }
        for (const actor of openData(dir, edition, slug).actors) {
          const entry = one(page, `${ACTOR_ENTRY}[id="actor-${actor.id}"]`);
          expect(textOf(one(entry, ACTOR_NAME)), `${edition} ${slug} ${actor.id}`).toBe(actor.name);
          expect(textOf(one(entry, ACTOR_ROLE)), `${edition} ${slug} ${actor.id}`).toBe(actor.role);
        }
      }
    }
    // The earlier article's own map (軍事合作: 军事协作) reaches its Simplified open data as it reaches its page.
    expect(openData(dir, 'zh-hans', 'earlier-article').quotes.map((quote) => quote.text)).toEqual(['扩大军事协作']);
  });

  it('keeps every name in its own language as the actor file writes it, in the page, annotations.json and the JSON-LD', () => {
    // The fixture holds an original name OpenCC would change (東京電力ホールディングス), or this test could not fail.
    expect(simplifiedConverter().convert(actorFile('tepco').original ?? '')).not.toBe(actorFile('tepco').original);
    for (const edition of EDITIONS) {
      for (const slug of SLUGS) {
        const actors = openData(dir, edition, slug).actors;
        const originals = actors.flatMap((actor) => (actor.original ? [actor.original] : []));
        for (const actor of actors) expect(actor.original ?? undefined, `${edition} ${actor.id}`).toBe(actorFile(actor.id).original);
        const alternateNames = (jsonLd(dir, edition, slug).mentions ?? []).flatMap(({ mentions: actor }) => (actor.alternateName ? [actor.alternateName] : []));
        expect(alternateNames.length, `${edition} ${slug}`).toBeGreaterThan(0);
        for (const name of alternateNames) expect(originals, `${edition} ${slug}`).toContain(name);
        const shown = all(readPage(dir, `/${edition}/articles/${slug}/`), ACTOR_ENTRY).flatMap((entry) => all(entry, ACTOR_ORIGINAL).map(textOf));
        for (const name of shown) expect(originals, `${edition} ${slug}`).toContain(name);
      }
    }
    const earlier = jsonLd(dir, 'zh-hans', 'earlier-article').mentions ?? [];
    expect(earlier.map(({ mentions: actor }) => actor.alternateName)).toContain('東京電力ホールディングス');
  });
});

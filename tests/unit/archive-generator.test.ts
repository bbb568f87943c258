/** The generated archive the bench and the archive tests build: deterministic, and varied the way a real one is. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ARCHIVE_TAGS, generateArchive, plainText } from '../../scripts/lib/archive-generator.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'archive-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ARTICLES = 400;
const manifest = generateArchive(join(scratch, 'a'), { articles: ARTICLES, seed: 7 });

/** A hash of every file's name and bytes. */
function folderHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    hash.update(file);
    try {
      hash.update(readFileSync(join(dir, file)));
    } catch {
      // a folder
    }
  }
  return hash.digest('hex');
}

function frontmatterOf(slug: string): Record<string, unknown> {
  const text = readFileSync(join(scratch, 'a/articles', `${slug}.md`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

const DAY_MS = 86_400_000;

describe('the archive generator', () => {
  it('writes the same files for the same seed number, and different ones for another', () => {
    generateArchive(join(scratch, 'b'), { articles: ARTICLES, seed: 7 });
    generateArchive(join(scratch, 'c'), { articles: ARTICLES, seed: 8 });
    expect(folderHash(join(scratch, 'b'))).toBe(folderHash(join(scratch, 'a')));
    expect(folderHash(join(scratch, 'c'))).not.toBe(folderHash(join(scratch, 'a')));
  });

  it('writes one file per article, with the date, title and tags the manifest gives', () => {
    const files = readdirSync(join(scratch, 'a/articles')).sort();
    expect(files).toEqual(manifest.articles.map((article) => `${article.slug}.md`).sort());
    for (const article of manifest.articles.slice(0, 50)) {
      const data = frontmatterOf(article.slug);
      expect(data.date).toBe(article.date);
      expect(data.title).toBe(article.title);
      expect(data.tags).toEqual(article.tags);
    }
  });

  it('spreads articles over at least ten years, several on a publishing day', () => {
    const dates = manifest.articles.map((article) => article.date);
    expect([...dates].sort()).toEqual(dates);
    const span = (Date.parse(dates.at(-1)!) - Date.parse(dates[0]!)) / DAY_MS;
    expect(span).toBeGreaterThanOrEqual(365 * 9.5);
    const perDay = new Map<string, number>();
    for (const date of dates) perDay.set(date, (perDay.get(date) ?? 0) + 1);
    expect(ARTICLES / perDay.size).toBeGreaterThanOrEqual(2);
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(4);
  });

  it('makes articles of many lengths, from a few blocks to most of the seed', () => {
    const lengths = manifest.articles.map((article) => article.blocks);
    expect(Math.min(...lengths)).toBeLessThanOrEqual(5);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(40);
    expect(new Set(lengths).size).toBeGreaterThan(20);
  });

  it('gives each article one to three tags from a vocabulary of fifty, some far more used than others', () => {
    const words = new Set<string>(ARCHIVE_TAGS.map(([word]) => word));
    expect(words.size).toBe(50);
    expect(new Set(ARCHIVE_TAGS.map(([, id]) => id)).size).toBe(50);
    for (const [, id] of ARCHIVE_TAGS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const uses = new Map<string, number>();
    for (const article of manifest.articles) {
      expect(article.tags.length).toBeGreaterThanOrEqual(1);
      expect(article.tags.length).toBeLessThanOrEqual(3);
      expect(new Set(article.tags).size).toBe(article.tags.length);
      for (const tag of article.tags) {
        expect(words.has(tag)).toBe(true);
        uses.set(tag, (uses.get(tag) ?? 0) + 1);
      }
    }
    const counts = [...uses.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(5 * counts.at(-1)!);
    const tagsFile = parseYaml(readFileSync(join(scratch, 'a/tags.yaml'), 'utf8')) as Record<string, string>;
    expect(Object.entries(tagsFile)).toEqual(ARCHIVE_TAGS.map(([word, id]) => [word, id]));
  });

  it('adds about one actor per ten articles, named first by the article that introduces it, then by later ones', () => {
    expect(manifest.actors).toHaveLength(ARTICLES / 10);
    const order = new Map(manifest.articles.map((article, index) => [article.slug, index]));
    const mentionedBy = new Map<string, number[]>();
    for (const [index, article] of manifest.articles.entries()) {
      for (const id of article.generatedActors) mentionedBy.set(id, [...(mentionedBy.get(id) ?? []), index]);
    }
    for (const actor of manifest.actors) {
      const introduced = order.get(actor.introducedBy)!;
      expect(Math.min(...mentionedBy.get(actor.id)!), actor.id).toBe(introduced);
      const file = parseYaml(readFileSync(join(scratch, 'a/actors', `${actor.id}.yaml`), 'utf8')) as Record<string, string>;
      expect(file.name).toBe(actor.name);
    }
    expect(new Set(manifest.actors.map((actor) => actor.name)).size).toBe(manifest.actors.length);
    const laterMentions = [...mentionedBy.values()].reduce((sum, indices) => sum + indices.length - 1, 0);
    expect(laterMentions).toBeGreaterThan(manifest.actors.length);
    const source = readFileSync(join(scratch, 'a/articles', `${manifest.articles.at(-1)!.slug}.md`), 'utf8');
    for (const id of manifest.articles.at(-1)!.generatedActors) expect(source).toContain(`{ref=${id}}`);
  });

  it('starts a figure series every fifty articles, followed by later articles in one unit, as the manifest says', () => {
    expect(manifest.series).toHaveLength(ARTICLES / 50);
    expect(new Set(manifest.series.map((series) => series.label)).size).toBe(manifest.series.length);
    const points = new Map<string, number>();
    for (const article of manifest.articles) {
      const source = readFileSync(join(scratch, 'a/articles', `${article.slug}.md`), 'utf8');
      const written = [...source.matchAll(/:figure\[[^\]]*\]\{value=([\d.]+) unit=(\S+) label="[^"]*" series=([a-z0-9-]+)\}/g)];
      expect(written.map(([, value, , id]) => ({ series: id, value: Number(value) })), article.slug).toEqual(article.series);
      for (const [, , unit, id] of written) {
        expect(unit).toBe(manifest.series.find((series) => series.id === id)?.unit);
        points.set(id!, (points.get(id!) ?? 0) + 1);
      }
    }
    // Every series is followed by several articles: a chart of one point would test nothing.
    for (const series of manifest.series) expect(points.get(series.id) ?? 0, series.id).toBeGreaterThanOrEqual(3);
  });

  it('reads annotation syntax out of excerpts', () => {
    expect(plainText('## 「:actor[馬杜羅]{ref=maduro}孤立無援」')).toBe('「馬杜羅孤立無援」');
    expect(plainText('「:quote[:actor[美國]{ref=united-states}和委內瑞拉]{by=maduro}」')).toBe('「美國和委內瑞拉」');
  });
});

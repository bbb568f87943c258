// @ts-check
/**
 * A realistic news archive made from the seed article, for the bench and for the tests that need many articles.
 *
 * Copies of one article under new slugs hide what an archive costs: every copy has the same date, the same actors
 * and the same length, so lists, months and topics never grow. Here every article differs, deterministically from
 * a seed number:
 *
 * - dates: publishing days spread over ten years (more when the archive needs them), each with several articles;
 * - length: an ordered choice of the seed's blocks (paragraphs, headings, placed pictures), from a few to all;
 *   the seed actors an article names are those of the blocks it took;
 * - generated actors: about one per ten articles (`gen-0001.yaml`…), introduced by one article and mentioned,
 *   and quoted, by later ones (sometimes reported by one of the seed's media), so the actor count grows with the
 *   archive as it does on a real site;
 * - tags: one to three from a vocabulary of fifty (`tags.yaml`), a few of them far more common than the rest;
 * - figure series: about one per fifty articles (`series-001`…), each followed by some of the articles after it
 *   (a paragraph with a `:figure{… series=<id>}` whose value drifts from article to article), so series exist and
 *   stay a realistic length however large the archive. Drawn from a random sequence of their own, so the rest of
 *   the archive is what it was before series were added.
 *
 * Everything the generator chose is returned as a manifest, so tests can check the built site against what was
 * written rather than against the site's own output.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { PROJECT_ROOT } from './project-root.mjs';

export const SEED_ARTICLE = resolve(PROJECT_ROOT, 'content/articles/venezuela-china-russia-allies.md');

/** Tag vocabulary of the generated archive: the word editors write → its URL id (the format of tags.yaml). */
export const ARCHIVE_TAGS = /** @type {const} */ ([
  ['委內瑞拉', 'venezuela'], ['中國', 'china'], ['俄羅斯', 'russia'], ['美國', 'united-states'],
  ['拉丁美洲', 'latin-america'], ['能源', 'energy'], ['石油', 'oil'], ['制裁', 'sanctions'],
  ['貿易', 'trade'], ['關稅', 'tariffs'], ['外交', 'diplomacy'], ['選舉', 'elections'],
  ['軍事', 'military'], ['核武', 'nuclear-weapons'], ['人權', 'human-rights'], ['移民', 'migration'],
  ['經濟', 'economy'], ['金融', 'finance'], ['債務', 'debt'], ['科技', 'technology'],
  ['網絡安全', 'cybersecurity'], ['氣候', 'climate'], ['糧食', 'food'], ['衛生', 'health'],
  ['烏克蘭戰爭', 'war-in-ukraine'], ['中東', 'middle-east'], ['伊朗', 'iran'], ['敘利亞', 'syria'],
  ['歐盟', 'european-union'], ['北約', 'nato'], ['聯合國', 'united-nations'], ['非洲', 'africa'],
  ['東南亞', 'southeast-asia'], ['朝鮮半島', 'korean-peninsula'], ['台海', 'taiwan-strait'], ['南海', 'south-china-sea'],
  ['印太', 'indo-pacific'], ['一帶一路', 'belt-and-road'], ['媒體', 'media'], ['輿論', 'public-opinion'],
  ['抗議', 'protests'], ['憲政', 'constitution'], ['司法', 'judiciary'], ['腐敗', 'corruption'],
  ['毒品', 'drugs'], ['難民', 'refugees'], ['航運', 'shipping'], ['軍售', 'arms-sales'],
  ['太空', 'space'], ['人工智能', 'artificial-intelligence'],
]);

/** The last day of the archive; the first is ten years (or more, for very large archives) before it. */
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
const MIN_SPAN_DAYS = 3653;
/** Publishing days are chosen so that a day has about this many articles. */
const ARTICLES_PER_DAY = 3;
/** One generated actor per this many articles. */
const ARTICLES_PER_NEW_ACTOR = 10;
/** The fewest blocks an article takes from the seed. */
const MIN_BLOCKS = 3;
/** One figure series per this many articles. */
const ARTICLES_PER_NEW_SERIES = 50;
/** Series still followed: the newest few. */
const LIVE_SERIES = 3;
/** The share of articles that carry a figure of a live series. */
const SERIES_SHARE = 0.3;
/** What generated series measure: label, unit, a starting value. No actor's name in the label or the words. */
const SERIES_MEASURES = [
  ['原油日產量', '萬桶', 80],
  ['外匯儲備', '億美元', 90],
  ['年通脹率', '%', 40],
  ['出口總額', '億美元', 300],
  ['失業率', '%', 8],
  ['難民人數', '萬人', 150],
];

// Generated actor names: compound surnames and given-name characters that occur in no seed actor's names, so the
// coverage report finds no unannotated mention. generateArchive() checks this anyway.
const SURNAMES = ['歐陽', '司馬', '上官', '諸葛', '東方', '皇甫', '尉遲', '公孫', '慕容', '長孫', '宇文', '司徒', '令狐', '夏侯', '軒轅', '端木', '獨孤', '南宮', '聞人', '百里', '呼延', '赫連', '澹臺', '鍾離'];
const GIVEN = [...'思遠雅婷建志明嘉欣子涵浩然文博曉東靜怡俊傑淑芬家豪玲宏偉麗華承恩若晴立誠心安芷瑜宇軒'];
const PLACES = ['東亞', '南洋', '環球', '太平洋', '大西洋', '西岸', '內陸', '沿海', '高原', '海峽', '島嶼', '半島'];
const FIELDS = ['安全', '戰略', '發展', '能源', '貿易', '和平', '治理', '未來', '公共政策', '區域'];
const ORG_SUFFIXES = ['研究院', '基金會', '論壇', '研究中心'];
const PERSON_ROLES = ['研究員', '分析師', '前外交官', '評論員', '經濟學家', '教授'];
/** What generated actors say: no actor's name in them, so they need no annotation. */
const PHRASES = [
  '局勢仍然存在很大的不確定性',
  '我們會密切關注事態的發展',
  '這不是一個可以輕易解決的問題',
  '各方都應該保持克制',
  '真正的考驗還在後頭',
  '這一決定的影響將持續多年',
  '現在下結論還為時過早',
  '對話是唯一可行的出路',
  '經濟壓力正在改變各方的計算',
  '這反映出更深層的結構性問題',
];
/** Seed actors that report quotes (`via`). */
const MEDIA = [
  ['tass', '塔斯社'],
  ['washington-post', '《華盛頓郵報》'],
  ['bbc-world-service', 'BBC全球新聞部'],
];

/**
 * @typedef {object} GeneratedActor
 * @property {string} id e.g. `gen-0001`
 * @property {string} name
 * @property {'person' | 'organisation'} kind
 * @property {string} introducedBy Slug of the first article that names it.
 */

/**
 * @typedef {object} GeneratedArticle
 * @property {string} slug `YYYY-MM-DD-NN`, NN counting the day's articles from 01.
 * @property {string} title
 * @property {string} date `YYYY-MM-DD`
 * @property {string[]} tags Tag words, as written in the frontmatter.
 * @property {number} blocks How many of the seed's blocks it took.
 * @property {string[]} generatedActors Ids of the generated actors it names (each once, quoted).
 * @property {{ series: string, value: number }[]} series The figures of a series it carries (at most one).
 */

/**
 * @typedef {object} GeneratedSeries
 * @property {string} id e.g. `series-001`
 * @property {string} label
 * @property {string} unit
 */

/**
 * @typedef {object} ArchiveManifest
 * @property {number} seed
 * @property {GeneratedArticle[]} articles Oldest first.
 * @property {GeneratedActor[]} actors The generated actors only (the seed's are copied as they are).
 * @property {GeneratedSeries[]} series The figure series, in the order introduced.
 * @property {ReadonlyArray<readonly [string, string]>} tags Tag word → id.
 */

/**
 * Writes `articles/`, `actors/`, `tags.yaml` and `conversion.yaml` into `contentDir` (emptied first).
 * @param {string} contentDir
 * @param {{ articles: number, seed?: number }} options
 * @returns {ArchiveManifest}
 */
export function generateArchive(contentDir, { articles: count, seed = 1 }) {
  if (!Number.isInteger(count) || count < 1) throw new Error(`generateArchive: articles must be a positive integer, got ${count}`);
  const random = mulberry32(seed);
  const seriesRandom = mulberry32(seed * 7919 + 1);
  /** @type {(GeneratedSeries & { value: number })[]} */
  const series = [];
  const source = readSeed();
  const days = publishingDays(count, random);
  const actors = generatedActors(Math.ceil(count / ARTICLES_PER_NEW_ACTOR), random);
  checkNamesDistinct(actors, resolve(PROJECT_ROOT, 'content/actors'));
  const tagWeights = ARCHIVE_TAGS.map((_, rank) => 1 / (rank + 1));

  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(join(contentDir, 'articles'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/actors'), join(contentDir, 'actors'), { recursive: true });
  cpSync(resolve(PROJECT_ROOT, 'content/conversion.yaml'), join(contentDir, 'conversion.yaml'));
  writeFileSync(join(contentDir, 'tags.yaml'), `# Generated archive: tag word → id.\n${ARCHIVE_TAGS.map(([word, id]) => `${word}: ${id}`).join('\n')}\n`);

  /** @type {GeneratedArticle[]} */
  const written = [];
  for (const [index, day] of days.entries()) {
    const date = isoDay(day.time);
    const slug = `${date}-${String(day.number).padStart(2, '0')}`;
    const newActor = index % ARTICLES_PER_NEW_ACTOR === 0 ? actors[index / ARTICLES_PER_NEW_ACTOR] : undefined;
    if (newActor) newActor.introducedBy = slug;
    // Actors introduced by earlier articles (actor k is introduced by article k × ARTICLES_PER_NEW_ACTOR).
    const known = actors.slice(0, Math.ceil(index / ARTICLES_PER_NEW_ACTOR));
    const mentioned = [...(newActor ? [newActor] : []), ...pickDistinct(known, Math.floor(random() * 3), random)];
    if (index % ARTICLES_PER_NEW_SERIES === 0) series.push(newSeries(series.length, seriesRandom));
    const followed = seriesRandom() < SERIES_SHARE ? series.slice(-LIVE_SERIES)[Math.floor(seriesRandom() * Math.min(LIVE_SERIES, series.length))] : undefined;

    const blocks = orderedSubset(source.blocks, MIN_BLOCKS + Math.floor(random() * (source.blocks.length - MIN_BLOCKS + 1)), random);
    const body = [...blocks.map((block) => block.text)];
    for (const actor of mentioned) body.splice(1 + Math.floor(random() * body.length), 0, actorParagraph(actor, random));
    if (followed) {
      followed.value = driftedValue(followed, seriesRandom);
      body.splice(1 + Math.floor(seriesRandom() * body.length), 0, seriesParagraph(followed));
    }
    const placed = new Set(blocks.flatMap((block) => (block.image ? [block.image] : [])));
    const images = source.images.filter((image) => placed.has(image.id) || (image.hero && random() < 0.5));

    const tags = pickWeighted(ARCHIVE_TAGS.map(([word]) => word), tagWeights, 1 + Math.floor(random() * 3), random);
    const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
    const excerpt = firstClause(plainText(paragraphs[Math.floor(random() * paragraphs.length)]?.text ?? source.title));
    const title = `${tags[0]}觀察（${index + 1}）：${excerpt}`;
    const frontmatter = {
      title,
      ...(random() < 0.8 ? { dek: random() < 0.5 ? source.dek : `${excerpt}……` } : {}),
      date,
      ...(random() < 0.5 ? { byline: source.byline } : {}),
      sources: source.sources,
      ...(images.length > 0 ? { images } : {}),
      tags,
      ...(body.some((text) => text.includes('蘇愷')) ? { conversion: source.conversion } : {}),
    };
    writeFileSync(join(contentDir, 'articles', `${slug}.md`), `---\n${stringifyYaml(frontmatter, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`);
    written.push({
      slug,
      title,
      date,
      tags,
      blocks: blocks.length,
      generatedActors: mentioned.map((actor) => actor.id),
      series: followed ? [{ series: followed.id, value: followed.value }] : [],
    });
  }

  for (const actor of actors) {
    const role = actor.kind === 'person' ? actor.role : '獨立智庫';
    writeFileSync(join(contentDir, 'actors', `${actor.id}.yaml`), stringifyYaml({ name: actor.name, kind: actor.kind, role }, { lineWidth: 0 }));
  }
  return {
    seed,
    articles: written,
    actors: actors.map(({ id, name, kind, introducedBy }) => ({ id, name, kind, introducedBy })),
    series: series.map(({ id, label, unit }) => ({ id, label, unit })),
    tags: ARCHIVE_TAGS,
  };
}

/**
 * The seed article cut into blocks (paragraphs, headings, `::image` lines) and the frontmatter fields articles
 * reuse.
 */
function readSeed() {
  const text = readFileSync(SEED_ARTICLE, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${SEED_ARTICLE}: no frontmatter`);
  const data = parseYaml(match[1] ?? '');
  const blocks = (match[2] ?? '')
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const image = /^::image\{ref=([a-z0-9-]+)\}$/.exec(block)?.[1];
      return { text: block, kind: image ? 'image' : block.startsWith('#') ? 'heading' : 'paragraph', image };
    });
  /** @type {{ id: string, hero?: boolean }[]} */
  const images = data.images ?? [];
  return { title: String(data.title), dek: String(data.dek), byline: String(data.byline), sources: data.sources, conversion: data.conversion, images, blocks };
}

/**
 * One entry per article, oldest first: its day and its number within the day. Publishing days are a random
 * choice of the span's days (about one in three articles starts a new day); the remaining articles fall on
 * random publishing days, so days carry from one to several articles.
 * @param {number} count
 * @param {() => number} random
 */
function publishingDays(count, random) {
  const wanted = Math.ceil(count / ARTICLES_PER_DAY);
  const spanDays = Math.max(MIN_SPAN_DAYS, wanted);
  const firstDay = LAST_DAY - (spanDays - 1) * DAY_MS;
  const chosen = pickDistinct([...Array(spanDays).keys()], Math.min(wanted, spanDays), random).sort((a, b) => a - b);
  const perDay = chosen.map(() => 1);
  for (let extra = chosen.length; extra < count; extra++) perDay[Math.floor(random() * chosen.length)] += 1;
  return chosen.flatMap((offset, index) =>
    Array.from({ length: perDay[index] ?? 1 }, (_, number) => ({ time: firstDay + offset * DAY_MS, number: number + 1 })),
  );
}

/**
 * @param {number} count
 * @param {() => number} random
 * @returns {(GeneratedActor & { role: string })[]}
 */
function generatedActors(count, random) {
  const personNames = SURNAMES.flatMap((surname) => GIVEN.flatMap((first) => GIVEN.filter((second) => second !== first).map((second) => `${surname}${first}${second}`)));
  const orgNames = PLACES.flatMap((place) => FIELDS.flatMap((field) => ORG_SUFFIXES.map((suffix) => `${place}${field}${suffix}`)));
  // Shuffled once, so consecutive actors do not share a surname; then taken in order, so names never repeat.
  const people = pickDistinct(personNames, Math.min(personNames.length, count), random);
  const orgs = pickDistinct(orgNames, Math.min(orgNames.length, Math.ceil(count / 4)), random);
  if (people.length + orgs.length < count) throw new Error(`generateArchive: only ${people.length + orgs.length} actor names for ${count} actors`);
  return Array.from({ length: count }, (_, index) => {
    const isOrg = index % 4 === 3 && orgs.length > 0;
    const name = isOrg ? /** @type {string} */ (orgs.shift()) : /** @type {string} */ (people.shift() ?? orgs.shift());
    const role = PERSON_ROLES[Math.floor(random() * PERSON_ROLES.length)] ?? '研究員';
    return { id: `gen-${String(index + 1).padStart(4, '0')}`, name, kind: isOrg ? 'organisation' : 'person', role, introducedBy: '' };
  });
}

/**
 * A paragraph that mentions and quotes a generated actor, sometimes as reported by one of the seed's media.
 * @param {GeneratedActor} actor
 * @param {() => number} random
 */
function actorParagraph(actor, random) {
  const phrase = PHRASES[Math.floor(random() * PHRASES.length)];
  const media = random() < 0.3 ? MEDIA[Math.floor(random() * MEDIA.length)] : undefined;
  if (media) return `據:actor[${media[1]}]{ref=${media[0]}}報導，:actor[${actor.name}]{ref=${actor.id}}表示：「:quote[${phrase}]{by=${actor.id} via=${media[0]}}」。`;
  return `:actor[${actor.name}]{ref=${actor.id}}認為：「:quote[${phrase}]{by=${actor.id}}」。`;
}

/**
 * The `number`th series (0-based): a measure of the list, numbered so labels never repeat.
 * @param {number} number
 * @param {() => number} random
 */
function newSeries(number, random) {
  const [measure, unit, start] = /** @type {[string, string, number]} */ (SERIES_MEASURES[number % SERIES_MEASURES.length]);
  const round = Math.floor(number / SERIES_MEASURES.length) + 1;
  return {
    id: `series-${String(number + 1).padStart(3, '0')}`,
    label: `${measure}（第${round}組）`,
    unit,
    value: Math.round(start * (0.8 + random() * 0.4) * 10) / 10,
  };
}

/**
 * The series' next value: a step of up to 8 % either way, one decimal, never below zero.
 * @param {{ value: number }} series
 * @param {() => number} random
 */
function driftedValue(series, random) {
  return Math.max(0, Math.round(series.value * (0.92 + random() * 0.16) * 10) / 10);
}

/** A paragraph with one figure of a series. @param {GeneratedSeries & { value: number }} series */
function seriesParagraph(series) {
  return `據最新統計，${series.label.replace(/（.*$/, '')}為:figure[${series.value}${series.unit}]{value=${series.value} unit=${series.unit} label="${series.label}" series=${series.id}}。`;
}

/**
 * Refuses names that would make the coverage report flag text: a generated name inside a seed actor's name or the
 * seed article, or a seed actor's name inside a generated one.
 * @param {readonly GeneratedActor[]} actors
 * @param {string} actorsDir
 */
function checkNamesDistinct(actors, actorsDir) {
  const seedText = readFileSync(SEED_ARTICLE, 'utf8');
  const seedNames = readdirSync(actorsDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = parseYaml(readFileSync(join(actorsDir, file), 'utf8')) ?? {};
      return [data.name, data.short, data.original, ...(data.aliases ?? [])].filter((name) => typeof name === 'string');
    });
  for (const { name } of actors) {
    const clash = seedText.includes(name) ? 'the seed article' : seedNames.find((seedName) => seedName.includes(name) || name.includes(seedName));
    if (clash) throw new Error(`generated actor name ${name} clashes with ${clash}`);
  }
}

/** Text without annotation syntax: `:actor[馬杜羅]{ref=maduro}` → `馬杜羅`, innermost first. @param {string} markdown */
export function plainText(markdown) {
  let text = markdown.replace(/^#+\s*/, '');
  for (;;) {
    const next = text.replace(/:[a-z]+\[([^[\]]*)\]\{[^}]*\}/g, '$1');
    if (next === text) return text.replace(/\\/g, '');
    text = next;
  }
}

/** Up to the first comma or full stop, at most 24 characters: a headline-length excerpt. @param {string} text */
function firstClause(text) {
  return (text.split(/[，。；：？（]/)[0] ?? text).slice(0, 24);
}

/** @param {number} time */
function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}

/**
 * `count` items in their original order.
 * @template T @param {readonly T[]} items @param {number} count @param {() => number} random
 */
function orderedSubset(items, count, random) {
  const keep = new Set(pickDistinct([...items.keys()], count, random));
  return items.filter((_, index) => keep.has(index));
}

/**
 * `count` distinct items in random order (a partial Fisher–Yates shuffle).
 * @template T @param {readonly T[]} items @param {number} count @param {() => number} random @returns {T[]}
 */
function pickDistinct(items, count, random) {
  const pool = [...items];
  const take = Math.min(count, pool.length);
  for (let index = 0; index < take; index++) {
    const other = index + Math.floor(random() * (pool.length - index));
    [pool[index], pool[other]] = [/** @type {T} */ (pool[other]), /** @type {T} */ (pool[index])];
  }
  return pool.slice(0, take);
}

/**
 * `count` distinct items, each drawn with probability proportional to its weight.
 * @template T @param {readonly T[]} items @param {readonly number[]} weights @param {number} count @param {() => number} random
 */
function pickWeighted(items, weights, count, random) {
  /** @type {T[]} */
  const picked = [];
  const left = items.map((item, index) => ({ item, weight: weights[index] ?? 0 }));
  while (picked.length < count && left.length > 0) {
    let target = random() * left.reduce((sum, entry) => sum + entry.weight, 0);
    const index = Math.max(0, left.findIndex((entry) => (target -= entry.weight) < 0));
    picked.push(/** @type {T} */ (left[index]?.item));
    left.splice(index, 1);
  }
  return picked;
}

/**
 * A small, well-known seeded generator (Mulberry32): Math.random cannot be seeded, and the archive must be the same
 * on every machine for a given seed. Not for cryptography.
 * @param {number} seed
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs in the browser on the search page. Loads the edition's Pagefind bundle and its query table on the first
 * search (not on page load); turns the query into the edition's script (src/lib/search/query-script.ts); searches
 * each word as the exact phrase of its characters and ranks pages holding more of the words first
 * (src/lib/search/ranked-results.ts); narrows by topic and year and orders by relevance or date with Pagefind's
 * filters and sort key (src/lib/search/search-document.ts writes them); shows ten results at a time, each with its
 * date, topics and an excerpt marking the whole words found. The address carries the query and the choices
 * (`?q=…&topic=…&year=…&sort=newest`), and so does the edition toggle.
 */
import { formatDay } from '../lib/format-date';
import { SEARCH_PARTS_FILE, SEARCH_QUERY_SCRIPT_FILE } from '../lib/paths';
import { queryScript, type QueryScript, type QueryScriptTable } from '../lib/search/query-script';
import { queryWords, rankResults, type RankedResult } from '../lib/search/ranked-results';
import { SEARCH_FIELDS, TOPIC_SEPARATOR } from '../lib/search/search-fields';
import { indexedPhrase, markedRuns, tidyExcerpt } from '../lib/search/search-text';

interface PagefindFragment {
  url: string;
  plain_excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

type Filters = Record<string, string>;

interface Pagefind {
  options(options: { excerptLength?: number }): Promise<void>;
  search(query: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string): Promise<void>;
}

interface Search {
  pagefind: Pagefind;
  /** How many index parts the edition has, merged into `pagefind`. */
  parts: number;
  script: QueryScript;
}

/** Results shown at once, and added by each "more". */
const PAGE_SIZE = 10;
/** Pagefind counts an excerpt in words; the index holds each Han character as one (search-text.ts). */
const EXCERPT_CHARACTERS = 64;

/**
 * The edition's bundle, with its further index parts merged in (a large edition is indexed in parts, which
 * `parts.json` lists), and the table that turns a query into the edition's script.
 */
async function loadSearch(bundle: string): Promise<Search> {
  const json = <T>(file: string, fallback: T): Promise<T> =>
    fetch(`${bundle}${file}`)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback);
  const [pagefind, list, table] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    json<{ parts?: string[] }>(SEARCH_PARTS_FILE, {}),
    json<QueryScriptTable>(SEARCH_QUERY_SCRIPT_FILE, { characters: '', words: {} }),
  ]);
  await pagefind.options({ excerptLength: EXCERPT_CHARACTERS });
  for (const part of list.parts ?? []) await pagefind.mergeIndex(`${bundle}${part}`);
  return { pagefind, parts: 1 + (list.parts ?? []).length, script: queryScript(table) };
}

/**
 * Every page the filters let through, newest first. Pagefind orders by the sort key within one index part, and
 * merged parts come back interleaved; the parts hold stretches of time, oldest first, and each page carries its
 * part's number as a filter (src/lib/search/search-document.ts), so the parts are asked one by one, newest first.
 */
async function newestFirst({ pagefind, parts }: Search, filters: Filters): Promise<string[]> {
  const numbers = Array.from({ length: parts }, (_, index) => parts - index);
  const results = await Promise.all(
    numbers.map((part) => pagefind.search(null, { filters: { ...filters, [SEARCH_FIELDS.part]: String(part) }, sort: { [SEARCH_FIELDS.date]: 'desc' } })),
  );
  return results.flatMap(({ results: page }) => page.map((result) => result.id));
}

/** What the reader asked for, as the address carries it. */
interface Asked {
  query: string;
  topic: string;
  year: string;
  newest: boolean;
}

function askedIn(params: URLSearchParams): Asked {
  return { query: params.get('q') ?? '', topic: params.get('topic') ?? '', year: params.get('year') ?? '', newest: params.get('sort') === 'newest' };
}

function withAsked(href: string, asked: Asked): string {
  const url = new URL(href, location.href);
  url.search = '';
  if (asked.query) url.searchParams.set('q', asked.query);
  if (asked.topic) url.searchParams.set('topic', asked.topic);
  if (asked.year) url.searchParams.set('year', asked.year);
  if (asked.newest) url.searchParams.set('sort', 'newest');
  return url.href;
}

export function connectSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-bundle]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const narrowing = form?.querySelector<HTMLElement>('.search-narrowing');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  const more = document.querySelector<HTMLButtonElement>('.search-more');
  if (!form || !input || !narrowing || !status || !list || !more) return;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  const [topicSelect, yearSelect, sortSelect] = [select('topic'), select('year'), select('sort')];
  const bundle = form.dataset.searchBundle ?? '/pagefind/';
  const lang = form.dataset.lang ?? document.documentElement.lang;
  const message = (name: string, values: Record<string, string | number> = {}) =>
    (document.querySelector(`[data-message="${name}"]`)?.textContent ?? '').replace(/%(\w+)%/g, (_, key: string) => String(values[key] ?? ''));
  let loaded: Promise<Search> | undefined;
  let filtersShown = false;
  let latest = 0;

  const asked = (): Asked => ({ query: input.value.trim(), topic: topicSelect?.value ?? '', year: yearSelect?.value ?? '', newest: sortSelect?.value === 'newest' });

  /** The address, and the edition toggle's link, carry what was asked (the other edition converts the query). */
  const carry = (what: Asked) => {
    history.replaceState(null, '', withAsked(location.href, what));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition]')) link.href = withAsked(link.href, what);
  };

  /** The topic and year choices, from the index's own counts, once it is loaded. */
  const showFilters = async (pagefind: Pagefind, what: Asked) => {
    if (filtersShown) return;
    filtersShown = true;
    const counts = await pagefind.filters();
    const fill = (element: HTMLSelectElement | null, values: string[], label: (value: string) => string, chosen: string) => {
      if (!element) return;
      element.append(...values.map((value) => new Option(label(value), value, false, value === chosen)));
      element.value = chosen;
    };
    const topics = Object.entries(counts[SEARCH_FIELDS.topic] ?? {}).sort(([, a], [, b]) => b - a).map(([topic]) => topic);
    const years = Object.keys(counts[SEARCH_FIELDS.year] ?? {}).sort().reverse();
    fill(topicSelect, topics, (topic) => topic, what.topic);
    fill(yearSelect, years, (year) => message('year', { year }), what.year);
    if (sortSelect) sortSelect.value = what.newest ? 'newest' : '';
    narrowing.hidden = false;
  };

  /** `fromAddress`: the query came with the address (another edition's toggle, a link): shown in this edition's script. */
  const run = async (fromAddress = false): Promise<void> => {
    const run = ++latest;
    const what = asked();
    list.replaceChildren();
    more.hidden = true;
    if (!what.query) {
      status.textContent = '';
      carry(what);
      return;
    }
    status.textContent = message('searching');
    let search: Search;
    try {
      search = await (loaded ??= loadSearch(bundle));
    } catch {
      loaded = undefined;
      status.textContent = message('failed');
      return;
    }
    const { pagefind, script } = search;
    const words = queryWords(what.query, (word) => script.convert(word));
    const converted = words.join(' ');
    if (fromAddress) input.value = converted;
    carry({ ...what, query: converted });
    const filters: Filters = {};
    if (what.topic) filters[SEARCH_FIELDS.topic] = what.topic;
    if (what.year) filters[SEARCH_FIELDS.year] = what.year;
    const [perWord, byDate] = await Promise.all([
      Promise.all(words.map((word) => pagefind.search(`"${indexedPhrase(word)}"`, { filters }))),
      what.newest ? newestFirst(search, filters) : undefined,
    ]);
    if (run !== latest) return; // a newer search has started
    const resultsById = new Map(perWord.flatMap(({ results }) => results.map((result) => [result.id, result] as const)));
    const ranked = rankResults(
      perWord.map(({ results }) => results),
      byDate,
    );
    const all = ranked.filter((result) => result.words === words.length).length;
    const summary = ranked.length === 0 ? message('none') : words.length > 1 ? message('found-all', { count: ranked.length, all }) : message('found', { count: ranked.length });
    const note = converted !== what.query.replace(/\s+/g, ' ') ? message('converted', { query: converted }) : '';

    let shown = 0;
    const showMore = async () => {
      const next = ranked.slice(shown, shown + PAGE_SIZE);
      const fragments = await Promise.all(next.map((result: RankedResult) => resultsById.get(result.id)?.data()));
      if (run !== latest) return;
      list.append(...fragments.filter((fragment) => fragment !== undefined).map((fragment) => renderResult(fragment, words, lang)));
      shown += next.length;
      more.hidden = shown >= ranked.length;
      status.textContent = `${summary}${ranked.length > shown ? message('shown', { shown }) : ''}${note}`;
    };
    more.onclick = () => void showMore();
    if (ranked.length === 0) status.textContent = `${summary}${note}`;
    else await showMore();
    // The topic and year choices once the first results are on screen: their counts are not needed before.
    void showFilters(pagefind, what);
  };

  // The bundle starts loading as the reader starts typing, so it is there (or nearly) by the time they press Enter.
  input.addEventListener('input', () => void (loaded ??= loadSearch(bundle)).catch(() => (loaded = undefined)), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  for (const element of [topicSelect, yearSelect, sortSelect]) element?.addEventListener('change', () => void run());

  const initial = askedIn(new URLSearchParams(location.search));
  if (initial.query) {
    input.value = initial.query;
    // The choices exist once the index is loaded: kept until then as options of their own.
    for (const [element, value] of [[topicSelect, initial.topic], [yearSelect, initial.year]] as const) {
      if (element && value) element.append(new Option(value, value, true, true));
    }
    if (sortSelect) sortSelect.value = initial.newest ? 'newest' : '';
    void run(true);
  } else {
    input.focus();
  }
}

/** One result: the title linking to the article, its date and topics, and the excerpt with the words marked. */
function renderResult(data: PagefindFragment, words: readonly string[], lang: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta[SEARCH_FIELDS.title] ?? data.url;
  const heading = document.createElement('h2');
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'search-result-facts';
  const date = data.meta[SEARCH_FIELDS.date];
  if (date) {
    const time = document.createElement('time');
    time.dateTime = date;
    time.textContent = formatDay(date, lang);
    facts.append(time);
  }
  const topics = (data.meta[SEARCH_FIELDS.topics] ?? '').split(TOPIC_SEPARATOR).filter(Boolean);
  if (topics.length > 0) {
    const list = document.createElement('span');
    list.className = 'search-result-topics';
    list.textContent = topics.join(TOPIC_SEPARATOR);
    facts.append(list);
  }
  const excerpt = document.createElement('p');
  // Pagefind escapes < and > in the text it excerpts; the excerpt is set as text, so they are unescaped.
  const plain = data.plain_excerpt.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  for (const run of markedRuns(tidyExcerpt(plain), words)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else {
      excerpt.append(run.text);
    }
  }
  // A window of the article's text, cut anywhere: the ellipses say so (an excerpt starting at 「）」 reads as broken).
  excerpt.prepend('…');
  excerpt.append('…');
  item.append(heading, facts, excerpt);
  return item;
}

/**
 * Runs in the browser on the search page. Loads the edition's Pagefind index and its query table as soon as the
 * page is idle (a reader opens this page to search, and typing a name takes seconds that hide the loading) and the
 * index chunks of the words as they are typed; turns the query into the edition's script (src/lib/search/query-script.ts);
 * searches each word as the exact phrase of its characters and ranks pages holding more of the words first
 * (src/lib/search/ranked-results.ts); narrows by topic and year and orders by relevance or date with Pagefind's
 * filters and sort key (src/lib/search/search-document.ts writes them); shows ten results at a time, each with its
 * date, topics and an excerpt marking the whole words found. The index comes in parts, a year each: the newest
 * year is searched first and older ones only as far as the results shown need, so a first search fetches about a
 * year of the archive's index whatever its size. The address carries the query and the choices
 * (`?q=…&topic=…&year=…&sort=newest`), and so does the edition toggle.
 */
import { formatDay } from '../lib/format-date';
import { SEARCH_PARTS_FILE, SEARCH_QUERY_SCRIPT_FILE } from '../lib/paths';
import { queryScript, type QueryScript, type QueryScriptTable } from '../lib/search/query-script';
import type { IndexPartsList } from '../lib/search/index-parts';
import { acrossYears, queryWords, rankResults, type RankedResult } from '../lib/search/ranked-results';
import { SEARCH_FIELDS, TOPIC_SEPARATOR } from '../lib/search/search-fields';
import { dotsHeldTogether, indexedPhrase, markedRuns, tidyExcerpt } from '../lib/search/search-text';

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
  options(options: { basePath?: string; excerptLength?: number }): Promise<void>;
  /** Starts Pagefind's worker, entry, metadata and WebAssembly loading (a search would, later). */
  init(): Promise<void>;
  /** Loads the index chunks a search for `query` needs, without searching. */
  preload(query: string, options?: { filters?: Filters }): Promise<void>;
  search(query: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] }>;
  mergeIndex(path: string): Promise<void>;
}

interface Search {
  /** Undefined when the edition has no article to search. */
  pagefind: Pagefind | undefined;
  /** The years of the edition's articles, newest first: each is one index part or more. */
  years: string[];
  /** The year's index parts (a busy year is indexed in runs), newest first. */
  partsOf(year: string): string[];
  /** Merges the year's index parts into `pagefind`, once. */
  load(year: string): Promise<void>;
  topics: [string, number][];
  script: QueryScript;
}

/** A pause in typing this long preloads the index chunks of the words typed. */
const TYPING_PAUSE_MS = 150;

/** The longest the engine waits for the page to be idle before it loads anyway. */
const IDLE_WAIT_MS = 1500;

/** Any day: formatted once while the engine loads, to make the edition's date format ahead of the results. */
const FIRST_DAY = '2000-01-01';

/** Results shown at once, and added by each "more". */
const PAGE_SIZE = 10;
/** Pagefind counts an excerpt in words; the index holds each Han character as one (search-text.ts). */
const EXCERPT_CHARACTERS = 64;

/**
 * The edition's index parts (a year of articles each, listed in `parts.json`, newest first) and the table that
 * turns a query into the edition's script. Pagefind starts from the newest part, whose year is merged at once;
 * the older years are merged only when a search reaches them (src/lib/search/index-parts.ts says why).
 */
async function loadSearch(bundle: string): Promise<Search> {
  const json = <T>(file: string, fallback: T): Promise<T> =>
    fetch(`${bundle}${file}`)
      .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
      .catch(() => fallback);
  // Pagefind's script is the same in every part; a copy beside parts.json loads while the list is fetched.
  const [list, table, pagefind] = await Promise.all([
    json<Partial<IndexPartsList>>(SEARCH_PARTS_FILE, {}),
    json<QueryScriptTable>(SEARCH_QUERY_SCRIPT_FILE, { characters: '', words: {} }),
    import(/* @vite-ignore */ `${bundle}pagefind.js`).catch(() => undefined) as Promise<Pagefind | undefined>,
  ]);
  const parts = list.parts ?? [];
  const script = queryScript(table);
  const topics = list.topics ?? [];
  const [newest] = parts;
  // An edition with no article has no part and no script to load: every search finds nothing.
  if (!newest) return { pagefind: undefined, years: [], partsOf: () => [], load: async () => {}, topics, script };
  if (!pagefind) throw new Error(`Pagefind's script did not load from ${bundle}`);
  // The newest part is the one Pagefind starts from (its WebAssembly, worker and index); older ones are merged.
  await pagefind.options({ basePath: `${bundle}${newest.id}/`, excerptLength: EXCERPT_CHARACTERS });
  // Not left to the first search: the worker, metadata and WebAssembly are four round trips of their own.
  await pagefind.init();
  const partsOf = (year: string) => parts.filter((part) => part.year === year).map((part) => part.id);
  const merging = new Map<string, Promise<void>>();
  const load = (year: string) => {
    let merged = merging.get(year);
    if (!merged) {
      merged = (async () => {
        for (const id of partsOf(year)) if (id !== newest.id) await pagefind.mergeIndex(`${bundle}${id}/`);
      })();
      merging.set(year, merged);
    }
    return merged;
  };
  await load(newest.year);
  return { pagefind, years: [...new Set(parts.map((part) => part.year))], partsOf, load, topics, script };
}

/** One year's results, ranked, and Pagefind's results by id (to fetch the excerpts of those shown). */
interface YearResults {
  ranked: RankedResult[];
  byId: Map<string, PagefindResult>;
}

/**
 * Searches one year's part(s) for each word as a phrase. Asked for the newest first, the year is also listed by
 * date, run by run: Pagefind sorts within one part only.
 */
async function searchYear(search: Search & { pagefind: Pagefind }, year: string, words: readonly string[], filters: Filters, newest: boolean): Promise<YearResults> {
  const { pagefind } = search;
  const inYear = { ...filters, [SEARCH_FIELDS.year]: year };
  const byDate = async () => {
    const runs = await Promise.all(
      search.partsOf(year).map((part) => pagefind.search(null, { filters: { ...inYear, [SEARCH_FIELDS.part]: part }, sort: { [SEARCH_FIELDS.date]: 'desc' } })),
    );
    return runs.flatMap(({ results }) => results.map((result) => result.id));
  };
  const [perWord, newestFirst] = await Promise.all([
    Promise.all(words.map((word) => pagefind.search(`"${indexedPhrase(word)}"`, { filters: inYear }))),
    newest ? byDate() : undefined,
  ]);
  return {
    ranked: rankResults(
      perWord.map(({ results }) => results),
      newestFirst,
    ),
    byId: new Map(perWord.flatMap(({ results }) => results.map((result) => [result.id, result] as const))),
  };
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
  const moreLabel = more.textContent ?? '';
  let loaded: Promise<Search> | undefined;
  let filtersShown = false;
  let latest = 0;

  const asked = (): Asked => ({ query: input.value.trim(), topic: topicSelect?.value ?? '', year: yearSelect?.value ?? '', newest: sortSelect?.value === 'newest' });

  /** The address, and the edition toggle's link, carry what was asked (the other edition converts the query). */
  const carry = (what: Asked) => {
    history.replaceState(null, '', withAsked(location.href, what));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-edition]')) link.href = withAsked(link.href, what);
  };

  /** The topic and year choices, from the list of index parts (every topic and year of the edition), once. */
  const showFilters = (search: Search, what: Asked) => {
    if (filtersShown) return;
    filtersShown = true;
    const fill = (element: HTMLSelectElement | null, values: string[], label: (value: string) => string, chosen: string) => {
      if (!element) return;
      // The choice the address carried was kept as an option of its own until now.
      for (const option of [...element.options].slice(1)) option.remove();
      element.append(...values.map((value) => new Option(label(value), value, false, value === chosen)));
      element.value = chosen;
    };
    fill(topicSelect, search.topics.map(([topic]) => topic), (topic) => topic, what.topic);
    fill(yearSelect, search.years, (year) => message('year', { year }), what.year);
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
      search = await load();
    } catch {
      status.textContent = message('failed');
      return;
    }
    const { script } = search;
    const words = queryWords(what.query, (word) => script.convert(word));
    const converted = words.join(' ');
    if (fromAddress) input.value = converted;
    // The address, the toggle and the choices are set once the first results are on screen: on a phone's CPU they
    // cost tens of milliseconds the reader would otherwise wait for the results.
    const settle = () => {
      if (run !== latest) return;
      carry({ ...what, query: converted });
      showFilters(search, what);
    };
    const filters: Filters = {};
    if (what.topic) filters[SEARCH_FIELDS.topic] = what.topic;
    const years = what.year ? search.years.filter((year) => year === what.year) : search.years;
    const note = converted !== what.query.replace(/\s+/g, ' ') ? message('converted', { query: converted }) : '';

    // The years are searched newest first, one at a time, as far as the results shown need (acrossYears).
    const searched: YearResults[] = [];
    let order = acrossYears([], words.length, years.length === 0);
    const reach = async (wanted: number) => {
      const { pagefind } = search;
      while (pagefind && order.showable < wanted && searched.length < years.length) {
        const year = years[searched.length]!;
        await search.load(year);
        searched.push(await searchYear({ ...search, pagefind }, year, words, filters, what.newest));
        order = acrossYears(
          searched.map((results) => results.ranked),
          words.length,
          searched.length === years.length,
        );
      }
    };
    const summary = () => {
      const count = order.results.length;
      const all = order.results.filter((result) => result.words === words.length).length;
      if (count === 0 && order.complete) return message('none');
      const since = order.complete ? '' : years[searched.length - 1];
      const name = `${words.length > 1 ? 'found-all' : 'found'}${since ? '-since' : ''}`;
      return message(name, { count, all, since: since ?? '' });
    };

    let shown = 0;
    // "More" shows what the years searched hold, then (its label says so) searches the next earlier year.
    const showMore = async () => {
      if (shown >= order.showable) await reach(shown + PAGE_SIZE);
      if (run !== latest) return; // a newer search has started
      const next = order.results.slice(shown, Math.min(order.showable, shown + PAGE_SIZE));
      const byId = (id: string) => searched.find((results) => results.byId.has(id))?.byId.get(id);
      const fragments = await Promise.all(next.map((result) => byId(result.id)?.data()));
      if (run !== latest) return;
      list.append(...fragments.filter((fragment) => fragment !== undefined).map((fragment) => renderResult(fragment, words, lang)));
      shown += next.length;
      more.hidden = shown >= order.showable && order.complete;
      more.textContent = shown >= order.showable ? message('earlier') : moreLabel;
      status.textContent = `${summary()}${order.results.length > shown ? message('shown', { shown }) : ''}${note}`;
    };
    more.onclick = () => void showMore();
    try {
      await showMore();
    } finally {
      settle();
    }
  };

  const load = () => {
    if (!loaded) {
      loaded = loadSearch(bundle);
      // While its files download: a phone's CPU takes some 40 ms to make the first Chinese date format (the
      // locale's data), which would otherwise be made by the first result shown, after the excerpts arrive.
      formatDay(FIRST_DAY, lang);
    }
    const loading = loaded;
    loading.catch(() => (loaded = undefined));
    return loading;
  };
  // While the reader types, the newest year's index chunks of the words typed so far are fetched, so pressing
  // Enter waits for the excerpts only. Each pause in typing preloads the words as they then stand.
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    void load();
    clearTimeout(typing);
    typing = setTimeout(() => {
      void load().then(({ pagefind, script, years: [newestYear] }) => {
        const words = queryWords(input.value, (word) => script.convert(word));
        if (!pagefind || !newestYear) return;
        for (const word of words) void pagefind.preload(`"${indexedPhrase(word)}"`, { filters: { [SEARCH_FIELDS.year]: newestYear } });
      });
    }, TYPING_PAUSE_MS);
  });
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
    // The page is idle once it has painted: the engine loads then, not in the way of the page's own first paint.
    if ('requestIdleCallback' in window) requestIdleCallback(() => void load(), { timeout: IDLE_WAIT_MS });
    else setTimeout(() => void load(), IDLE_WAIT_MS);
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
  for (const group of dotsHeldTogether(markedRuns(tidyExcerpt(plain), words))) {
    // A name's middle dot and the characters beside it stay on one line (typography.css: .nb).
    const into = group.together ? excerpt.appendChild(Object.assign(document.createElement('span'), { className: 'nb' })) : excerpt;
    for (const run of group.runs) {
      if (run.marked) {
        const mark = document.createElement('mark');
        mark.textContent = run.text;
        into.append(mark);
      } else {
        into.append(run.text);
      }
    }
  }
  // A window of the article's text, cut anywhere: the ellipses say so (an excerpt starting at 「）」 reads as broken).
  excerpt.prepend('…');
  excerpt.append('…');
  item.append(heading, facts, excerpt);
  return item;
}

/**
 * Runs in the browser on the search page. Loads the edition's Pagefind bundle on the first search (not on page
 * load) and renders results as plain links with Pagefind's highlighted excerpt.
 */
import { SEARCH_PARTS_FILE } from '../lib/paths';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  mergeIndex(path: string): Promise<void>;
}

/**
 * The edition's bundle, with its further index parts merged in: a large edition is indexed in parts
 * (src/integrations/pagefind-editions.ts), which `parts.json` in the bundle lists.
 */
async function loadPagefind(bundle: string): Promise<Pagefind> {
  const [pagefind, list] = await Promise.all([
    import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
    fetch(`${bundle}${SEARCH_PARTS_FILE}`)
      .then((response): Promise<{ parts?: string[] }> => (response.ok ? response.json() : Promise.resolve({})))
      .catch((): { parts?: string[] } => ({})),
  ]);
  for (const part of list.parts ?? []) await pagefind.mergeIndex(`${bundle}${part}`);
  return pagefind;
}

const MAX_RESULTS = 20;

export function connectSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-bundle]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('.search-status');
  const list = document.querySelector<HTMLOListElement>('.search-results');
  if (!form || !input || !status || !list) return;
  const bundle = form.dataset.searchBundle ?? '/pagefind/';
  let pagefind: Promise<Pagefind> | undefined;

  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = status.dataset.searching ?? '';
    pagefind ??= loadPagefind(bundle);
    const { results } = await (await pagefind).search(query);
    const found = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    if (input.value.trim() !== query) return; // a newer search has started
    list.replaceChildren(...found.map(renderResult));
    status.textContent = found.length > 0 ? (status.dataset.found ?? '').replace('{count}', String(results.length)) : (status.dataset.nothingFound ?? '');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run();
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is the page's own text with <mark> around matches; keep only the marks.
  for (const [index, part] of data.excerpt.split(/<\/?mark>/).entries()) {
    const text = document.createTextNode(decodeEntities(part));
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      excerpt.append(mark);
    } else {
      excerpt.append(text);
    }
  }
  item.append(link, excerpt);
  return item;
}

function decodeEntities(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return doc.documentElement.textContent ?? '';
}

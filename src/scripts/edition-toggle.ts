/**
 * The edition toggle, with JavaScript: remember the edition the reader chose (so `/` sends them there next time)
 * and carry their place to the other edition. Both editions have the same blocks in the same order (one is
 * converted from the other), so "the 12th block, 80px from the top" is the same paragraph in both.
 */
import { CARRIED_POSITION_KEY, REMEMBERED_EDITION_KEY } from '../lib/editions/reader-choice';

/** Blocks a reader's place is measured by. */
const BLOCKS = 'main :is(p, h1, h2, h3, h4, li, figure, blockquote, dt, dd, tr)';

interface CarriedPosition {
  path: string;
  index: number;
  top: number;
}

function blocks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(BLOCKS));
}

/** The first block whose bottom is below the top of the viewport: the one being read. */
function positionInView(path: string): CarriedPosition | undefined {
  const list = blocks();
  const index = list.findIndex((block) => block.getBoundingClientRect().bottom > 0);
  const block = list[index];
  return block ? { path, index, top: block.getBoundingClientRect().top } : undefined;
}

// Storage can be off (private modes, blocked cookies): the link still works, only the extras are lost.
function store(storage: () => Storage, key: string, value: string): void {
  try {
    storage().setItem(key, value);
  } catch {
    /* nothing to remember with */
  }
}

function takeCarriedPosition(): CarriedPosition | undefined {
  try {
    const saved = sessionStorage.getItem(CARRIED_POSITION_KEY);
    sessionStorage.removeItem(CARRIED_POSITION_KEY);
    return saved ? (JSON.parse(saved) as CarriedPosition) : undefined;
  } catch {
    return undefined;
  }
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-edition]') : null;
  if (!link?.dataset.edition) return;
  store(() => localStorage, REMEMBERED_EDITION_KEY, link.dataset.edition);
  const position = window.scrollY > 0 ? positionInView(new URL(link.href).pathname) : undefined;
  if (position) store(() => sessionStorage, CARRIED_POSITION_KEY, JSON.stringify(position));
});

const carried = takeCarriedPosition();
// Only on the page the toggle led to, and not when the address names a place of its own.
if (carried && carried.path === location.pathname && !location.hash) {
  const block = blocks()[carried.index];
  if (block) window.scrollTo({ top: block.getBoundingClientRect().top + window.scrollY - carried.top, behavior: 'instant' });
}

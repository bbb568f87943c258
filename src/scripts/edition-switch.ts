/**
 * Switching edition, with JavaScript (loaded by edition-toggle.ts when a reader reaches for the toggle, or when
 * the page was reached by it): remember the edition the reader chose (so `/` sends them there next time) and
 * carry their place to the other edition. Both editions have the same blocks in the same order (one is converted
 * from the other), so "the 12th block, 80px from the top" is the same paragraph in both.
 */
import { CARRIED_POSITION_KEY, REMEMBERED_EDITION_KEY } from '../lib/editions/reader-choice';
import { SWITCH_EVENT, type SwitchEvent } from './edition-events';

/**
 * Blocks a reader's place is measured by: the text's, not those of a sticky index or sidebar beside it, which are
 * in view wherever the reader is (an article's sidebars are in an <aside>, their index in a <nav>).
 */
const BLOCKS = 'main :is(p,h1,h2,h3,h4,li,figure,blockquote,dt,dd,tr):not(nav *,aside *)';

interface CarriedPosition {
  path: string;
  index: number;
  top: number;
}

const blocks = () => [...document.querySelectorAll<HTMLElement>(BLOCKS)];

/** Storage can be off (private modes, blocked cookies): the link still works, only the extras are lost. */
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

addEventListener(SWITCH_EVENT, (event) => {
  const link = (event as SwitchEvent).detail;
  attempt(() => localStorage.setItem(REMEMBERED_EDITION_KEY, link.dataset.edition ?? ''));
  const list = blocks();
  // The first block whose bottom is below the top of the viewport: the one being read.
  const index = list.findIndex((block) => block.getBoundingClientRect().bottom > 0);
  const block = list[index];
  if (scrollY > 0 && block) {
    const position: CarriedPosition = { path: new URL(link.href).pathname, index, top: block.getBoundingClientRect().top };
    attempt(() => sessionStorage.setItem(CARRIED_POSITION_KEY, JSON.stringify(position)));
  }
  location.assign(link.href);
});

const carried = attempt(() => {
  const saved = sessionStorage.getItem(CARRIED_POSITION_KEY);
  sessionStorage.removeItem(CARRIED_POSITION_KEY);
  return saved ? (JSON.parse(saved) as CarriedPosition) : undefined;
});
// Only on the page the toggle led to, and not when the address names a place of its own.
if (carried?.path === location.pathname && !location.hash) {
  const block = blocks()[carried.index];
  if (block) scrollTo({ top: block.getBoundingClientRect().top + scrollY - carried.top, behavior: 'instant' });
}

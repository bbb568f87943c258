/**
 * The edition toggle, with JavaScript: what it does (remember the choice, carry the reader's place to the other
 * edition) is edition-switch.ts, which loads when a reader reaches for the toggle, and on a page the toggle led
 * to; this file, which every page loads, only hands it the click. Without JavaScript, or if the switch cannot
 * load, the toggle is a plain link.
 */
import { CARRIED_POSITION_KEY } from '../lib/editions/reader-choice';
import { SWITCH_EVENT, type SwitchEvent } from './edition-events';
// Built on its own by Vite (`?worker&url`, as mark-cards.ts explains), so this file stays small.
import switchUrl from './edition-switch.ts?worker&url';

let loaded: Promise<unknown> | undefined;
const load = () => (loaded ??= import(/* @vite-ignore */ switchUrl));

try {
  if (sessionStorage.getItem(CARRIED_POSITION_KEY)) void load();
} catch {
  // Storage is off: there is no place to carry.
}

const toggleOf = (event: Event) => (event.target as Element).closest?.<HTMLAnchorElement>('a[data-edition]');
addEventListener('pointerdown', (event) => toggleOf(event) && load(), { passive: true });
addEventListener('click', (event) => {
  const link = toggleOf(event);
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  void load().then(
    () => dispatchEvent(new CustomEvent(SWITCH_EVENT, { detail: link }) satisfies SwitchEvent),
    () => location.assign(link.href),
  );
});

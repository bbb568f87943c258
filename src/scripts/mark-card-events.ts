/**
 * What mark-cards.ts (loaded by every article page) and mark-card-view.ts (the card, loaded when first needed)
 * share. The card's module is built on its own, as an entry whose exports a bundler drops, so the page hands it
 * each click as an event on the window, once it has loaded.
 */

/** Where the reader was reading, and the mark they last opened: kept by mark-cards.ts from the page's start. */
export interface ReaderPlace {
  top: number;
  mark?: HTMLAnchorElement;
}

export const FOLLOW_EVENT = 'mark-card:follow';

export type FollowEvent = CustomEvent<{ link: HTMLAnchorElement; place: ReaderPlace }>;

/**
 * What edition-toggle.ts (on every page) and edition-switch.ts (loaded when needed) share: the toggle hands the
 * switch each click as an event on the window, once it has loaded (a module built on its own, see
 * edition-toggle.ts, keeps its side effects, not its exports).
 */
export const SWITCH_EVENT = 'edition:switch';

export type SwitchEvent = CustomEvent<HTMLAnchorElement>;

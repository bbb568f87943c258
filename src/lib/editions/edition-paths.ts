/**
 * The same page in another edition. Every route lives under its edition's segment (`/zh-hant/…`,
 * `/zh-hans/…`), after the base path, so switching edition swaps that one segment and keeps the rest: the
 * article, anchors and all.
 */
import { EDITIONS, type Edition } from './editions';

function withoutBase(pathname: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && pathname.startsWith(`${trimmedBase}/`) ? pathname.slice(trimmedBase.length) : pathname;
}

/** The edition a path belongs to (`/news/zh-hans/articles/x/` with base `/news/` → zh-hans), if any. */
export function editionOfPath(pathname: string, base: string): Edition | undefined {
  const [, first] = withoutBase(pathname, base).split('/');
  return EDITIONS.find((edition) => edition.id === first);
}

/** `pathname` in `target`'s edition; the path itself when it belongs to no edition. */
export function pathInEdition(pathname: string, base: string, target: Edition): string {
  const current = editionOfPath(pathname, base);
  if (!current) return pathname;
  const rest = withoutBase(pathname, base).slice(`/${current.id}`.length);
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}/${target.id}${rest}`;
}

// @ts-check
/**
 * Content types by file extension, as a CDN sends them. Text types carry `charset=utf-8` so the browser never
 * guesses an encoding for Chinese text. Pagefind's index files are opaque (already compressed) binary.
 */

/** @type {Record<string, string>} */
const BY_EXTENSION = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  xsl: 'application/xslt+xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  // Pagefind ships these already compressed and unpacks them itself.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/**
 * @param {string} path A file path or URL path.
 * @returns {string}
 */
export function contentTypeFor(path) {
  const extension = /\.([A-Za-z0-9_]+)$/.exec(path)?.[1]?.toLowerCase();
  return (extension && BY_EXTENSION[extension]) || 'application/octet-stream';
}

/**
 * Types worth compressing on the wire (images, fonts and Pagefind's files already are).
 * @param {string} contentType
 */
export function isCompressible(contentType) {
  return /^(text\/|application\/(json|manifest\+json|xml|rss\+xml|xslt\+xml|wasm)|image\/svg\+xml)/.test(contentType);
}

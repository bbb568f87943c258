#!/usr/bin/env node
// @ts-check
/**
 * Serves a built site the way a static host / CDN does, so browser tests, Lighthouse and people see what a deploy
 * serves: `dir/` → `dir/index.html`, `dir` → 301 to `dir/`, unknown paths → the nearest `404.html` up the path
 * (an edition's own, else the site's) with status 404, the `_headers` file's rules applied (and the file itself
 * never served), gzip when the browser accepts it.
 * `npm start` (build, then `npm run preview`) and the browser tests both serve through this file.
 *
 *   node scripts/serve-static.mjs [dist] [--port 4321] [--host 127.0.0.1]
 *
 * Plain node:http: a framework would add nothing a test needs and hide what the server does. Measured against
 * the alternatives (see the commit that made it `npm start`): `wrangler pages dev` applies `_headers` exactly as
 * Cloudflare does, but adds 195 MB to node_modules and takes 1.3 s to start; `@netlify/headers-parser` only
 * parses (no matching or merging), drops Cloudflare's `! Name` lines and reads a `https://host/…` rule as a
 * header named `https`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentTypeFor, isCompressible } from './lib/content-types.mjs';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';

/** Files a host reads as configuration and never serves. */
const CONFIG_FILES = new Set(['/_headers', '/_redirects']);

/**
 * @typedef {object} ServerOptions
 * @property {string} root Folder to serve (a built `dist/`).
 * @property {number} [port] 0 (default) picks a free port.
 * @property {string} [host] Default 127.0.0.1.
 * @property {string | null} [headersFile] A `_headers` file; default `<root>/_headers` when it exists; null for none.
 */

/**
 * @param {ServerOptions} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} `url` ends without a slash.
 */
export async function startServer({ root, port = 0, host = '127.0.0.1', headersFile }) {
  const siteRoot = resolve(root);
  const headersPath = headersFile === undefined ? resolve(siteRoot, '_headers') : headersFile;
  // Read once at start, as a host reads it at deploy time.
  const rules = headersPath && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requestHost = (request.headers.host ?? '').replace(/:\d+$/, '');
    const decoded = decodePath(url.pathname);
    // Headers rules match the decoded path, as hosts match them.
    const pathname = decoded ?? url.pathname;
    /** @param {number} status @param {Record<string, string>} headers @param {Buffer | string} [body] */
    const send = (status, headers, body) => {
      // The file's rules override the server's defaults, as they do on Netlify and Cloudflare.
      const all = withOverrides(headers, headersFor(rules, pathname, requestHost));
      const type = Object.entries(all).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
      let payload = body === undefined ? undefined : Buffer.from(body);
      if (payload && isCompressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        payload = gzipSync(payload);
        all['Content-Encoding'] = 'gzip';
        all['Vary'] = 'Accept-Encoding';
      }
      if (payload) all['Content-Length'] = String(payload.length);
      response.writeHead(status, all);
      response.end(request.method === 'HEAD' ? undefined : payload);
    };

    if (decoded === undefined) {
      return send(400, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Bad request\n');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
    }

    const file = resolve(siteRoot, `.${pathname}`);
    const inside = file === siteRoot || file.startsWith(siteRoot + sep);
    const stat = inside && !CONFIG_FILES.has(pathname) ? statOrNull(file) : null;
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) return send(301, { Location: `${url.pathname}/${url.search}` });
      const index = resolve(file, 'index.html');
      if (statOrNull(index)?.isFile()) return send(200, { 'Content-Type': contentTypeFor(index) }, readFileSync(index));
    } else if (stat?.isFile()) {
      return send(200, { 'Content-Type': contentTypeFor(file) }, readFileSync(file));
    }
    // The nearest 404.html up the path, as Cloudflare Pages looks for it: /zh-hans/x/ gets the Simplified edition's.
    for (let folder = inside ? dirname(file) : siteRoot; ; folder = dirname(folder)) {
      const notFound = resolve(folder, '404.html');
      if (statOrNull(notFound)?.isFile()) return send(404, { 'Content-Type': contentTypeFor(notFound) }, readFileSync(notFound));
      if (folder === siteRoot || !folder.startsWith(siteRoot)) break;
    }
    return send(404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
  });

  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => done(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * @param {Record<string, string>} defaults
 * @param {Record<string, string>} overrides
 */
function withOverrides(defaults, overrides) {
  const names = new Set(Object.keys(overrides).map((name) => name.toLowerCase()));
  const kept = Object.entries(defaults).filter(([name]) => !names.has(name.toLowerCase()));
  return { ...Object.fromEntries(kept), ...overrides };
}

/** @param {string} path */
function decodePath(path) {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** @param {string} path */
function statOrNull(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** @param {string[]} argv */
function parseArguments(argv) {
  const options = { root: 'dist', port: 4321, host: '127.0.0.1' };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--port') options.port = Number(argv[++index]);
    else if (argument === '--host') options.host = String(argv[++index]);
    else options.root = String(argument);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const options = parseArguments(process.argv.slice(2));
  if (!existsSync(options.root)) {
    console.error(`No folder ${options.root}: build the site first (npm run build).`);
    process.exit(1);
  }
  const started = await startServer(options).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} on ${options.host} is in use: pick another with --port (npm start -- --port 4322, or npm run preview -- --port 4322 for the last build).`);
    process.exit(1);
  });
  const headers = existsSync(resolve(options.root, '_headers')) ? 'with its _headers' : 'no _headers file';
  console.log(`Serving ${resolve(options.root)} (${headers}) on ${started.url}/`);
}

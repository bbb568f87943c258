/**
 * Serves a built site folder on 127.0.0.1 at a free port, the way a static host would: `/x/` serves
 * `x/index.html`, unknown paths get `404.html`. Small on purpose; any static server that returns
 * `{ origin, close }` can replace it.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.wasm': 'application/wasm',
};

/** @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function serveStatic(rootDir) {
  const root = resolve(rootDir);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = resolve(root, `.${path}`);
    // Never serve anything outside the site folder.
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      const notFound = await readFile(join(root, '404.html')).catch(() => 'not found');
      response.writeHead(404, { 'content-type': CONTENT_TYPES['.html'] }).end(notFound);
    }
  });
  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}

/** The local static server behaves like a CDN in front of a built site (a fixture folder here). */
import { request } from 'node:http';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve-static.mjs';

const root = resolve(import.meta.dirname, '../fixtures/static-site');
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  server = await startServer({ root });
});
afterAll(async () => {
  await server.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, { redirect: 'manual', ...init });

/** A request sent exactly as written: fetch would normalise `..` away and unpack gzip itself. */
function rawGet(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; encoding?: string; bytes: Buffer }>((done, fail) => {
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, encoding: response.headers['content-encoding'], bytes: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('serve-static', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a folder’s index.html as HTML', async () => {
    const response = await get('/docs/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('Docs page');
  });

  it('redirects a folder without its trailing slash to the slash, keeping the query', async () => {
    const response = await get('/docs?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/docs/?x=1');
  });

  it('answers an unknown path with /404.html and status 404', async () => {
    const response = await get('/nowhere/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Custom not-found page');
  });

  it('answers 404 in plain text when the site has no 404 page', async () => {
    const bare = await startServer({ root: resolve(root, 'docs') });
    try {
      const response = await fetch(`${bare.url}/nowhere`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    } finally {
      await bare.close();
    }
  });

  it('sends the content type of each kind of file', async () => {
    expect((await get('/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/module.wasm')).headers.get('content-type')).toBe('application/wasm');
    expect((await get('/feed.xml')).headers.get('content-type')).toBe('application/xml; charset=utf-8');
  });

  it('applies the _headers rules matching the path, merged', async () => {
    const response = await get('/docs/');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-section')).toBe('docs');
    expect((await get('/')).headers.get('x-section')).toBeNull();
  });

  it('applies the _headers rules to the 404 page too', async () => {
    expect((await get('/nowhere/')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('never serves the _headers file itself', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  it('never serves a file outside the root', async () => {
    const response = await rawGet('/..%2fheaders/_headers');
    expect(response.status).toBe(404);
    expect(response.bytes.toString()).toContain('Custom not-found page');
  });

  it('gzips text when the client accepts it', async () => {
    const response = await rawGet('/style.css', { 'Accept-Encoding': 'gzip' });
    expect(response.encoding).toBe('gzip');
    expect(gunzipSync(response.bytes).toString()).toContain('font-family');
  });

  it('sends text uncompressed to a client that does not accept gzip', async () => {
    const response = await rawGet('/style.css');
    expect(response.encoding).toBeUndefined();
    expect(response.bytes.toString()).toContain('font-family');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });
});

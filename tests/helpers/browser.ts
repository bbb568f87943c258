/**
 * Just enough of a browser for the few behaviours only a browser shows (the edition toggle's script, `/`'s
 * redirect): Debian's Chromium driven over the DevTools protocol with Node's own WebSocket, and the built site
 * served from a folder. No test tool downloads a browser here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** Serves a built site on 127.0.0.1 at a free port; `/x/` serves `x/index.html`. */
export async function serveSite(siteDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = resolve(siteDir, `.${path}`);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
}

type Message = { id?: number; method?: string; params?: any; result?: any; error?: { message: string }; sessionId?: string };

export interface Tab {
  send(method: string, params?: Record<string, unknown>): Promise<any>;
  /** Evaluates an expression in the page and returns its value (awaiting promises). */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Goes to a URL and waits for the page (and whatever it redirects to) to load. */
  goto(url: string): Promise<void>;
  /** Waits until the page's address satisfies `test` and the page has loaded. */
  waitForUrl(test: (url: string) => boolean, timeoutMs?: number): Promise<string>;
}

export interface Browser {
  newTab(options?: { javaScript?: boolean }): Promise<Tab>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  const chromium: ChildProcess = spawn('/usr/bin/chromium', [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=1000,800', 'about:blank',
  ]);
  const endpoint = await new Promise<string>((found, fail) => {
    let output = '';
    chromium.stderr?.on('data', (chunk) => {
      output += String(chunk);
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match?.[1]) found(match[1]);
    });
    chromium.on('exit', () => fail(new Error(`chromium exited:\n${output}`)));
  });
  const socket = new WebSocket(endpoint);
  await new Promise((open) => socket.addEventListener('open', open, { once: true }));
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  const listeners = new Set<(message: Message) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(message.error.message));
      else waiter?.resolve(message.result);
    } else {
      for (const listener of listeners) listener(message);
    }
  });
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<any> =>
    new Promise((resolvePromise, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolvePromise, reject });
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    });

  return {
    async newTab({ javaScript = true } = {}) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const tabSend = (method: string, params?: Record<string, unknown>) => send(method, params, sessionId);
      await tabSend('Page.enable');
      await tabSend('Runtime.enable');
      if (!javaScript) await tabSend('Emulation.setScriptExecutionDisabled', { value: true });
      const currentUrl = async () => {
        const history = await tabSend('Page.getNavigationHistory');
        return String(history.entries[history.currentIndex].url);
      };
      const loaded = (timeoutMs: number) =>
        new Promise<void>((done, fail) => {
          const timer = setTimeout(() => (listeners.delete(listener), fail(new Error('page did not load'))), timeoutMs);
          const listener = (message: Message) => {
            if (message.sessionId === sessionId && message.method === 'Page.loadEventFired') {
              clearTimeout(timer);
              listeners.delete(listener);
              done();
            }
          };
          listeners.add(listener);
        });
      const tab: Tab = {
        send: tabSend,
        async evaluate(expression) {
          const { result, exceptionDetails } = await tabSend('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
          if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value;
        },
        async goto(url) {
          const load = loaded(10_000);
          await tabSend('Page.navigate', { url });
          await load;
        },
        async waitForUrl(test, timeoutMs = 10_000) {
          const deadline = Date.now() + timeoutMs;
          let url = '';
          for (;;) {
            try {
              url = await currentUrl();
              const ready = test(url) ? await tabSend('Runtime.evaluate', { expression: 'document.readyState', returnByValue: true }) : undefined;
              if (ready?.result?.value === 'complete') return url;
            } catch {
              // Between two documents (a redirect under way) the page cannot answer for a moment.
            }
            if (Date.now() > deadline) throw new Error(`still at ${url}`);
            await new Promise((wait) => setTimeout(wait, 50));
          }
        },
      };
      return tab;
    },
    async close() {
      socket.close();
      chromium.kill();
      await new Promise((done) => chromium.once('exit', done));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

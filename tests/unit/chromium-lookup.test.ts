/** Where the browser tests look for Chromium, and the one line they fail with when there is none. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findChromium, launchChromium, NO_CHROMIUM } from '../../scripts/lib/chromium.mjs';

const PLAYWRIGHT = '/home/editor/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';
const only = (...present: string[]) => (path: string) => present.includes(path);

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first', () => {
    const found = findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, executable: only('/opt/chrome', DEBIAN_CHROMIUM), playwrightPath: PLAYWRIGHT });
    expect(found).toEqual({ path: '/opt/chrome' });
  });

  it('names a CHROMIUM_PATH that is not there rather than quietly using another browser', () => {
    const found = findChromium({ env: { CHROMIUM_PATH: '/opt/none' }, executable: only(DEBIAN_CHROMIUM), playwrightPath: PLAYWRIGHT });
    expect(found).toEqual({ problem: 'CHROMIUM_PATH=/opt/none is not an executable file.' });
  });

  it("then Debian's package", () => {
    expect(findChromium({ env: {}, executable: only(DEBIAN_CHROMIUM, PLAYWRIGHT), playwrightPath: PLAYWRIGHT })).toEqual({ path: DEBIAN_CHROMIUM });
  });

  it('then the one playwright-core installed', () => {
    expect(findChromium({ env: {}, executable: only(PLAYWRIGHT), playwrightPath: PLAYWRIGHT })).toEqual({ path: PLAYWRIGHT });
  });

  it('with none, says in one line how to get one', () => {
    const found = findChromium({ env: {}, executable: only(), playwrightPath: PLAYWRIGHT });
    expect(found).toEqual({ problem: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toMatch(/apt-get install chromium.*playwright-core install chromium.*CHROMIUM_PATH/);
  });
});

describe('launchChromium without a browser', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails with that one line and no stack trace', async () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    const error = await launchChromium().then(
      () => undefined,
      (reason: unknown) => reason as Error,
    );
    expect(error?.message).toBe('CHROMIUM_PATH=/nonexistent/chromium is not an executable file.');
    expect(error?.stack).toBe(`Error: ${error?.message}`);
  });
});

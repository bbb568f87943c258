/**
 * The edition toggle and `/` in a real browser, on the built seed site: a plain link without JavaScript; with
 * JavaScript, the reader's place is kept and the choice remembered, and `/` sends a returning reader back to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveSite, type Browser, type Tab } from '../helpers/browser';
import { SEED_SITE_DIR } from '../helpers/build-site';
import { SEED_SLUG } from '../helpers/seed';

let browser: Browser;
let site: Awaited<ReturnType<typeof serveSite>>;
const article = (edition: string) => `${site.origin}/${edition}/articles/${SEED_SLUG}/`;

beforeAll(async () => {
  site = await serveSite(SEED_SITE_DIR);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Clicks the middle of the first element matching `selector`, as a mouse would. */
async function click(tab: Tab, selector: string): Promise<void> {
  const { root } = await tab.send('DOM.getDocument');
  const { nodeId } = await tab.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  await tab.send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { model } = await tab.send('DOM.getBoxModel', { nodeId });
  const [x1, y1, , , x2, y2] = model.content as number[];
  const at = { x: ((x1 ?? 0) + (x2 ?? 0)) / 2, y: ((y1 ?? 0) + (y2 ?? 0)) / 2, button: 'left', clickCount: 1 };
  await tab.send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
  await tab.send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
}

/** Index of the first paragraph-like block in view, as the toggle script measures it. */
const BLOCK_IN_VIEW = `(() => {
  const blocks = [...document.querySelectorAll('main :is(p, h1, h2, h3, h4, li, figure, blockquote, dt, dd, tr)')];
  return blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
})()`;

describe('without JavaScript', () => {
  it('the toggle is a link to the same article in the other edition', async () => {
    const tab = await browser.newTab({ javaScript: false });
    await tab.goto(article('zh-hant'));
    await click(tab, '.edition-toggle a');
    expect(await tab.waitForUrl((url) => url.includes('/zh-hans/'))).toBe(article('zh-hans'));
  });

  it('/ forwards to the Traditional edition', async () => {
    const tab = await browser.newTab({ javaScript: false });
    await tab.send('Page.navigate', { url: `${site.origin}/` });
    expect(await tab.waitForUrl((url) => url.includes('/zh-han'))).toBe(`${site.origin}/zh-hant/`);
  });
});

describe('with JavaScript', () => {
  it('keeps the paragraph in view when switching edition, and remembers the choice', async () => {
    const tab = await browser.newTab();
    await tab.goto(article('zh-hant'));
    await tab.evaluate(`document.querySelectorAll('.article-body > p')[20].scrollIntoView()`);
    const before = await tab.evaluate<number>(BLOCK_IN_VIEW);
    expect(before).toBeGreaterThan(10);
    await tab.evaluate(`document.querySelector('.edition-toggle a').click()`);
    await tab.waitForUrl((url) => url === article('zh-hans'));
    expect(await tab.evaluate<number>(BLOCK_IN_VIEW)).toBe(before);
    expect(await tab.evaluate<string>(`localStorage.getItem('news-analysis:edition')`)).toBe('zh-hans');
  });

  it('sends a returning reader from / to the edition they chose', async () => {
    const tab = await browser.newTab();
    await tab.goto(article('zh-hant'));
    await tab.evaluate(`localStorage.setItem('news-analysis:edition', 'zh-hans')`);
    await tab.send('Page.navigate', { url: `${site.origin}/` });
    expect(await tab.waitForUrl((url) => url.includes('/zh-han'))).toBe(`${site.origin}/zh-hans/`);
    await tab.evaluate(`localStorage.setItem('news-analysis:edition', 'zh-hant')`);
    await tab.send('Page.navigate', { url: `${site.origin}/` });
    expect(await tab.waitForUrl((url) => url.endsWith('/zh-hant/'))).toBe(`${site.origin}/zh-hant/`);
  });

  it('the toggle is reached with the keyboard and followed with Enter', async () => {
    const tab = await browser.newTab();
    await tab.goto(`${site.origin}/zh-hans/`);
    // Tab order: skip link, masthead, then the toggle's one link.
    for (let press = 0; press < 3; press += 1) {
      await tab.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
      await tab.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    }
    expect(await tab.evaluate<string>(`document.activeElement.textContent`)).toBe('繁體');
    await tab.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, text: '\r' });
    await tab.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    expect(await tab.waitForUrl((url) => url.endsWith('/zh-hant/'))).toBe(`${site.origin}/zh-hant/`);
  });
});

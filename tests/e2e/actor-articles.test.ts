/**
 * An actor page lists its articles as a list reads: date, title and mention count on one line, with no
 * punctuation left dangling between them, in both editions; on a phone, date and count share the line above the
 * title, which gets the whole width. The actor index lists each actor as a row of its own lines.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './helpers/browser';

const browser = useBrowser();
const EDITIONS = ['zh-hant', 'zh-hans'] as const;
const WIDTHS = [1280, 375] as const;

describe.each(EDITIONS.flatMap((edition) => WIDTHS.map((width) => [edition, width] as const)))('%s actor page at %d px', (edition, width) => {
  it(width === 375 ? 'puts each article’s date and mention count on one line, the title under them' : 'puts each article’s date, title and mention count on one line', async () => {
    const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
    const { page } = await openPage(context, `/${edition}/actors/maduro/`);
    const rows = await page.locator('.actor-article').evaluateAll((items) =>
      items.map((item) => {
        const firstLine = (element: Element | null) => element?.getClientRects()[0] ?? new DOMRect(Number.NaN);
        const [date, title, count] = ['time', 'a', '.actor-article-mentions'].map((selector) => firstLine(item.querySelector(selector)));
        return { text: item.textContent ?? '', date: date!.top, dateBottom: date!.bottom, title: title!.top, count: count!.top, countText: item.querySelector('.actor-article-mentions')?.textContent ?? '' };
      }),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Baselines are shared; the boxes of a smaller date and count sit a few pixels lower than the title's.
      expect(Math.abs(row.count - row.date), row.text).toBeLessThan(8);
      if (width === 375) {
        expect(row.title, row.text).toBeGreaterThanOrEqual(row.dateBottom - 2);
        expect(row.title - row.dateBottom, row.text).toBeLessThan(16);
      } else {
        expect(Math.abs(row.date - row.title), row.text).toBeLessThan(8);
      }
      expect(row.countText).toMatch(/^提及\d+次$/);
      expect(row.text).not.toMatch(/[，、,]\s*提及|日[，、,]/);
    }
    await context.close();
  });
});

describe.each(EDITIONS)('%s actor index', (edition) => {
  for (const { width, most } of [
    { width: 1280, most: 2 },
    { width: 375, most: 3 },
  ]) {
    it(`shows each actor as a compact row, at most ${most} lines at ${width} px: name, original name, role, count`, async () => {
      const context = await browser().newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const { page } = await openPage(context, `/${edition}/actors/`);
      const rows = await page.locator('.actor-group .actor').evaluateAll((items) =>
        items.map((item) => {
          const box = (selector: string) => item.querySelector(selector)?.getBoundingClientRect();
          const name = box('.actor-name');
          return {
            text: item.textContent ?? '',
            bullet: getComputedStyle(item).listStyleType,
            lines: (box('.actor-article-count')!.bottom - name!.top) / name!.height,
            countAtEnd: box('.actor-article-count')!.right >= item.getBoundingClientRect().right - 1,
          };
        }),
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.bullet, row.text).toBe('none');
        expect(Math.round(row.lines), row.text).toBeLessThanOrEqual(most);
        expect(row.countAtEnd, row.text).toBe(true);
      }
      // Most actors (short role, short original) take one line on a wide screen.
      if (width === 1280) expect(rows.filter((row) => Math.round(row.lines) === 1).length).toBeGreaterThan(rows.length / 2);
      await context.close();
    });
  }
});

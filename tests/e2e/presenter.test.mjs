// Presenter mode as a teacher uses it with a clicker: the keys a clicker
// sends step through the events like slides, B or . blanks the screen, the
// type is large and the contrast high.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, axeAudit, expectCleanLoad, historyEvents, launchBrowser, openApp, screenshot } from './support/browser.mjs';

const PROJECTOR = { width: 1024, height: 768 };

let browser;
let events;
before(async () => {
  browser = await launchBrowser();
  events = await historyEvents();
}, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

const shownTitle = (page) => page.locator('.event-panel h2').innerText();
const titleOf = (id) => events.find((e) => e.id === id).title;

describe('presenter mode', () => {
  test('a clicker steps through the events like slides, wherever the focus is', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: PROJECTOR, query: '?mode=present&event=etr-declared' });
    try {
      assert.equal(await shownTitle(page), titleOf('etr-declared'));
      const seen = [await shownTitle(page)];
      // Clickers send PageDown/PageUp; keyboards →/←/Space. Focus on a button must not swallow them.
      await page.locator('#next-event').focus();
      for (const key of ['PageDown', 'ArrowRight', ' ']) {
        await page.keyboard.press(key);
        await page.waitForFunction((before) => document.querySelector('.event-panel h2')?.innerText !== before, seen.at(-1));
        seen.push(await shownTitle(page));
      }
      assert.equal(new Set(seen).size, 4, `four different events: ${seen.join(' | ')}`);
      await page.locator('#date-slider').focus();
      await page.keyboard.press('PageUp');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('PageUp');
      await page.waitForFunction((t) => document.querySelector('.event-panel h2')?.innerText === t, seen[0]);

      // B blanks the projector; B again (or .) brings the atlas back.
      await page.keyboard.press('b');
      await page.locator('#blank-screen').waitFor();
      const black = await page.locator('#blank-screen').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return getComputedStyle(el).backgroundColor === 'rgb(0, 0, 0)' && r.width >= innerWidth && r.height >= innerHeight;
      });
      assert.ok(black, 'the blank covers the whole screen in black');
      await screenshot(page, 'presenter-blank-1024x768');
      await page.keyboard.press('b');
      await page.locator('#blank-screen').waitFor({ state: 'detached' });
      await page.keyboard.press('.');
      await page.locator('#blank-screen').waitFor();
      await page.keyboard.press('.');
      await page.locator('#blank-screen').waitFor({ state: 'detached' });
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('large type and strong contrast for a washed-out projector', { timeout: 60_000 }, async () => {
    const plain = await openApp(browser, { viewport: PROJECTOR, query: '?event=manasi-river-front' });
    const present = await openApp(browser, { viewport: PROJECTOR, query: '?mode=present&event=manasi-river-front' });
    try {
      const size = (page) => page.locator('.event-panel p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      assert.ok(await size(present.page) >= 1.2 * await size(plain.page), 'text is at least a fifth larger');
      const ink = await present.page.locator('.event-panel h2').evaluate((el) => getComputedStyle(el).color);
      assert.equal(ink, 'rgb(0, 0, 0)', 'text is black');
      assert.equal(await present.page.locator('.player-option:visible').count(), 0, 'no speed or loop options to distract');
      await screenshot(present.page, 'presenter-1024x768');
      await axeAudit(present.page);
      expectCleanLoad(present.record);
    } finally {
      await plain.context.close();
      await present.context.close();
    }
  });
});

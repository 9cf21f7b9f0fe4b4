// Comparing two dates as a teacher does: the header's Compare button puts a
// second map beside the first (below it on a tall screen), at the same view,
// with the zones as held on a second date that its own slider picks; the
// address keeps both dates; the keyboard works it; Stop comparing ends it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TEST_TIMEOUT, axeAudit, expectCleanLoad, launchBrowser, openApp, screenshot } from './support/browser.mjs';

const SCREEN = { width: 1280, height: 800 };
const TALL = { width: 1080, height: 1920 };

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** Who holds each zone on a map: { zone id: controller id }. */
const holders = (page, map) => page.locator(`${map} g.zone[data-controller]`).evaluateAll((gs) =>
  Object.fromEntries(gs.map((g) => [g.dataset.zone ?? g.id, g.dataset.controller])));

const query = (page) => new URL(page.url()).searchParams;

describe('compare two dates', () => {
  test('Compare puts the map of another date beside the first, at the same view, and Stop comparing takes it away', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: '?date=1945-09-15' });
    try {
      assert.equal(await page.locator('.compare-pane').count(), 0, 'no second map before asking');
      await page.locator('#compare').click();
      await page.locator('.compare-pane svg.compare-map').waitFor();
      assert.equal(await page.locator('#compare').getAttribute('aria-pressed'), 'true');
      // The second date: the end of the timeline, and the address says so.
      assert.equal(await page.locator('#compare-date').innerText(), '31 December 1949');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '1949-12-31');
      assert.equal(query(page).get('date'), '1945-09-15');
      // Side by side, the same size, the same view.
      const [first, second] = [await page.locator('svg#map').boundingBox(), await page.locator('svg.compare-map').boundingBox()];
      assert.ok(second.x >= first.x + first.width - 1, `side by side: ${JSON.stringify([first, second])}`);
      assert.ok(Math.abs(first.width - second.width) <= 6 && Math.abs(first.height - second.height) <= 1, `the same size: ${JSON.stringify([first, second])}`);
      assert.equal(await page.locator('svg.compare-map g.geometry').getAttribute('transform'), await page.locator('svg#map g.geometry').getAttribute('transform'));
      // The zones as held on each date: the same zones, other holders.
      const [then, later] = [await holders(page, 'svg#map'), await holders(page, 'svg.compare-map')];
      assert.deepEqual(Object.keys(later).sort(), Object.keys(then).sort());
      assert.ok(Object.keys(then).some((z) => then[z] !== later[z]), `some zone changed hands between the dates: ${JSON.stringify({ then, later })}`);
      assert.ok(Object.values(later).includes('pla'), `the People's Liberation Army holds land at the end of 1949: ${JSON.stringify(later)}`);
      await screenshot(page, 'compare-1945-09-15-1949-12-31');
      await axeAudit(page);

      // Moving the first map's view moves the second's.
      await page.locator('svg#map').focus();
      await page.keyboard.press('+');
      await page.waitForFunction(() => document.querySelector('svg.compare-map g.geometry').getAttribute('transform') === document.querySelector('svg#map g.geometry').getAttribute('transform')
        && document.querySelector('svg#map g.geometry').getAttribute('transform') !== null);

      await page.locator('#stop-comparing').click();
      await page.locator('.compare-pane').waitFor({ state: 'detached' });
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('compare'));
      assert.equal(await page.locator('#compare').getAttribute('aria-pressed'), 'false');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('the second slider works by keyboard, and a link opens both dates', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: '?date=1945-09-15&compare=1946-06-06' });
    try {
      await page.locator('.compare-pane').waitFor();
      assert.equal(await page.locator('#compare-date').innerText(), '6 June 1946');
      await page.locator('#compare-slider').focus();
      await page.keyboard.press('Home');
      await page.locator('#compare-date', { hasText: '1 September 1944' }).waitFor();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('compare') === '1944-09-01');
      assert.equal(await page.locator('#compare-slider').getAttribute('aria-valuetext'), '1 September 1944');
      await page.keyboard.press('End');
      await page.locator('#compare-date', { hasText: '31 December 1949' }).waitFor();
      // The first map keeps its own date.
      assert.equal(query(page).get('date'), '1945-09-15');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('on a tall screen the second map goes below the first; in Uyghur the page mirrors and the maps do not', { timeout: 60_000 }, async () => {
    for (const [size, lang, name] of [[TALL, 'en', 'compare-tall-1080x1920'], [SCREEN, 'ug', 'compare-ug-1280x800']]) {
      const { page, context, record } = await openApp(browser, { viewport: size, query: `?date=1945-09-15&compare=1949-12-31&lang=${lang}` });
      try {
        await page.locator('.compare-pane').waitFor();
        const [first, second] = [await page.locator('svg#map').boundingBox(), await page.locator('svg.compare-map').boundingBox()];
        if (size === TALL) {
          assert.ok(second.y >= first.y + first.height - 1, `one above the other: ${JSON.stringify([first, second])}`);
        } else {
          // Right to left the first map is on the right, the second on its left.
          assert.ok(second.x + second.width <= first.x + 1, `the second map on the left: ${JSON.stringify([first, second])}`);
        }
        assert.equal(await page.locator('svg.compare-map g.geometry').getAttribute('transform'), await page.locator('svg#map g.geometry').getAttribute('transform'));
        await screenshot(page, name);
        await axeAudit(page);
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    }
  });
});

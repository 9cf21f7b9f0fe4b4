// Kiosk mode as a touch wall lives it: the attract loop plays by itself, a
// touch hands the atlas to the visitor, after a while alone it asks "still
// there?" and then resets; staff can leave; targets are big enough for a hand.
// Time is driven by Playwright's clock, so the test waits for no real minute.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { SIZES, TEST_TIMEOUT, axeAudit, expectCleanLoad, launchBrowser, openApp, screenshot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** The countdown runs in real time while it is screenshotted and audited
 *  (the audit needs the page's timers), so it is long enough to outlast them
 *  on a slow machine: five seconds was not, once in a few runs. */
const COUNTDOWN_SECONDS = 30;

/** Kiosk settings with short times (the shortest the settings file allows,
 *  but for the countdown). */
const SETTINGS = {
  mode: 'kiosk',
  kiosk: { idle_seconds: 20, countdown_seconds: COUNTDOWN_SECONDS, seconds_per_moment: 6, key_moments: ['ghulja-rising', 'etr-declared', 'manasi-river-front'] },
};

async function openKiosk(query = '') {
  return openApp(browser, {
    viewport: SIZES.desktop,
    hasTouch: true,
    query,
    setup: async (page) => {
      await page.clock.install();
      await page.route('**/assets/settings.json', (route) => route.fulfill({ json: SETTINGS }));
    },
  });
}

const dateShown = (page) => page.locator('#date-display').innerText();
const eventTitle = (page) => page.locator('.event-panel h2').innerText();

describe('kiosk mode', () => {
  test('the attract loop plays through the key moments; a touch stops it; idle brings the countdown, then the reset', { timeout: 90_000 }, async () => {
    // The settings file alone makes this a kiosk: the address names no mode.
    const { page, context, record } = await openKiosk();
    try {
      await page.locator('#kiosk-invitation').waitFor();
      // From here the test alone moves the clock (a slow machine may have let it run a little).
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 10));
      const order = ['7 November 1944', '12 November 1944', '1 September 1945'];
      const first = order.indexOf(await dateShown(page));
      assert.ok(first >= 0, 'the loop shows a key moment');
      await screenshot(page, 'kiosk-attract-1920x1080');
      await page.clock.runFor(6_500);
      assert.equal(await dateShown(page), order[(first + 1) % 3], 'six seconds on, the next key moment');
      await page.clock.runFor(6_000);
      assert.equal(await dateShown(page), order[(first + 2) % 3]);
      await page.clock.runFor(6_000);
      assert.equal(await dateShown(page), order[first], 'and round again');
      // Time flows again (the page renders on timers), still driven on by the test.
      await page.clock.resume();

      // A touch hands the atlas over: the invitation goes, the loop stops.
      const map = await page.locator('svg#map').boundingBox();
      await page.touchscreen.tap(map.x + map.width * 0.6, map.y + map.height * 0.8);
      await page.locator('#kiosk-invitation').waitFor({ state: 'detached' });
      const handedOver = await dateShown(page);
      await page.clock.runFor(12_000);
      assert.equal(await dateShown(page), handedOver, 'nothing moves while the visitor has the atlas');

      // The visitor wanders off: "still there?" after the idle time…
      await page.locator('#next-event').click();
      await page.clock.runFor(20_500);
      await page.locator('#kiosk-countdown').waitFor();
      assert.match(await page.locator('#kiosk-countdown').innerText(), /Still there\?[\s\S]*in \d+ seconds?\./);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'kiosk-continue', 'the countdown takes focus');
      await screenshot(page, 'kiosk-countdown-1920x1080');
      await axeAudit(page);
      // …a touch on the countdown keeps the visitor's view…
      await page.locator('#kiosk-continue').tap();
      await page.locator('#kiosk-countdown').waitFor({ state: 'detached' });
      // …and when nobody answers, the atlas returns to its start and attracts again.
      await page.clock.runFor(20_500);
      await page.locator('#kiosk-countdown').waitFor();
      await page.clock.runFor(COUNTDOWN_SECONDS * 1000 + 500);
      await page.locator('#kiosk-invitation').waitFor();
      assert.equal(await dateShown(page), '7 November 1944');
      assert.equal(await page.locator('.place-card').count(), 0);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a touch wall behaves like one: big targets, no context menu, no text selection, no way out but the staff\'s', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openKiosk('?mode=kiosk');
    try {
      await page.locator('#kiosk-invitation').waitFor();
      // Checkboxes count by their labels, which take the touch.
      const small = await page.evaluate(() => [...document.querySelectorAll('button, select, label.player-option, input[type=range], a[href], summary')]
        .filter((el) => !el.closest('.visually-hidden, .skip-link'))
        .map((el) => ({ el: el.id || el.className || el.tagName, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.height > 0 && (r.width < 47.5 || r.height < 47.5))
        .map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`));
      assert.deepEqual(small, [], 'every target is at least 48 px');
      const prevented = await page.evaluate(() => {
        const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        document.querySelector('svg#map').dispatchEvent(e);
        return e.defaultPrevented;
      });
      assert.ok(prevented, 'a long press opens no context menu');
      assert.equal(await page.locator('.atlas').evaluate((el) => getComputedStyle(el).userSelect), 'none');
      assert.equal(await page.locator('a[href^="http"]').count(), 0, 'no link leads out of the atlas');
      assert.equal(await page.locator('#open-embed').count(), 0, 'no embed dialog on a kiosk');

      // Staff hold the title for five seconds, and confirm.
      const title = await page.locator('h1').boundingBox();
      await page.mouse.move(title.x + 20, title.y + title.height / 2);
      await page.mouse.down();
      await page.clock.runFor(5_200);
      await page.mouse.up();
      await page.locator('#kiosk-leave').waitFor();
      await screenshot(page, 'kiosk-staff-exit-1920x1080');
      await page.locator('#kiosk-stay').click();
      await page.locator('#kiosk-leave').waitFor({ state: 'detached' });
      // A short press does nothing.
      await page.mouse.down();
      await page.clock.runFor(2_000);
      await page.mouse.up();
      await page.clock.runFor(4_000);
      assert.equal(await page.locator('#kiosk-leave').count(), 0);
      await page.mouse.move(title.x + 20, title.y + title.height / 2);
      await page.mouse.down();
      await page.clock.runFor(5_200);
      await page.mouse.up();
      await Promise.all([page.waitForURL(/mode=explore/), page.locator('#kiosk-leave').click()]);
      await page.locator('svg#map path.feature').first().waitFor();
      assert.equal(await page.locator('#kiosk-invitation').count(), 0, 'out of kiosk mode, no attract loop');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });
});

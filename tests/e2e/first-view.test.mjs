// The page's first view: the opening map that the build draws into the page
// shows before the atlas's module has arrived (for a visit it fits), every
// place to find labelled and readable on every screen, and gives way to the
// atlas once its own map is drawn, or to a message when it cannot start.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, SIZES, TEST_TIMEOUT, expectCleanLoad, launchBrowser, recordProblems, screenshot, sizeLabel, sizeSlug, waitForMap } from './support/browser.mjs';

/** Screens from a 4K wall to a small phone, upright and on their side. */
const SCREENS = [
  { width: 3840, height: 2160 }, SIZES.desktop, { width: 1366, height: 768 }, { width: 1280, height: 800 },
  SIZES.laptop, { width: 800, height: 600 }, { width: 768, height: 1024 }, SIZES.phone,
  { width: 360, height: 640 }, { width: 1080, height: 1920 },
];
const PLACES_TO_FIND = ['Ghulja', 'Dihua', 'Manasi River front', 'Tashkurgan'];
/** The smallest label a visitor should have to read, in CSS pixels of text height. */
const SMALLEST_LABEL_PX = 12;

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** Opens the page with the WebAssembly held back until `release()`. */
async function openHeld(viewport, { query = '', ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const record = recordProblems(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue().catch(() => {}); });
  await page.goto(ATLAS_URL + query, { waitUntil: 'domcontentloaded' });
  return { context, page, record, release };
}

/** What the first view shows now: its drawing, and its labels with their boxes and whether anything covers them. */
const looking = (page) => page.evaluate(() => {
  const view = document.getElementById('first-view');
  // Inert content is never hit: let it be hit for the measure, and no longer.
  if (view) view.inert = false;
  const drawings = [...document.querySelectorAll('.fv-map')].filter((d) => getComputedStyle(d).display !== 'none');
  const labels = [...document.querySelectorAll('.first-view .place-label')]
    .map((label) => {
      const box = label.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return { text: label.textContent, x: box.x, y: box.y, width: box.width, height: box.height, uncovered: !!hit && hit.closest('svg.map') === label.closest('svg.map') };
    })
    .filter((l) => l.width > 0);
  if (view) view.inert = true;
  return {
    shown: document.documentElement.classList.contains('first-view-shown') && !!view && view.getBoundingClientRect().height > 0,
    drawings: drawings.map((d) => d.className),
    labels,
    window: [innerWidth, innerHeight],
  };
});

const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the first view', () => {
  let app;
  afterEach(async () => { app?.release(); await app?.context.close(); app = undefined; });

  for (const size of SCREENS) {
    test(`before the module runs, the map shows the four places to find, readable and uncovered, at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
      app = await openHeld(size);
      await app.page.locator('.first-view svg.map').first().waitFor({ state: 'attached' });
      const seen = await looking(app.page);
      assert.ok(seen.shown, 'the first view does not show');
      assert.equal(seen.drawings.length, 1, `one drawing should show, not ${JSON.stringify(seen.drawings)}`);
      for (const name of PLACES_TO_FIND) {
        const label = seen.labels.find((l) => l.text === name);
        assert.ok(label, `${name} has no label in ${seen.drawings[0]}`);
        assert.ok(label.x >= 0 && label.y >= 0 && label.x + label.width <= size.width && label.y + label.height <= size.height, `${name} is off screen: ${JSON.stringify(label)}`);
        assert.ok(label.height >= SMALLEST_LABEL_PX, `${name} is ${label.height.toFixed(1)} px high in ${seen.drawings[0]}`);
        assert.ok(label.uncovered, `${name} is covered in ${seen.drawings[0]}`);
      }
      for (const [i, a] of seen.labels.entries()) {
        for (const b of seen.labels.slice(i + 1)) assert.ok(!overlap(a, b), `${a.text} overlaps ${b.text} in ${seen.drawings[0]}`);
      }
      assert.ok(await app.page.getByText('Loading the atlas…').isVisible(), 'the view does not say that the atlas is loading');
      await screenshot(app.page, `first-view-${sizeSlug(size)}`);
    });
  }

  test('gives way to the atlas once its map is drawn, with a clean load', { timeout: TEST_TIMEOUT }, async () => {
    app = await openHeld({ width: 1366, height: 768 });
    await app.page.locator('#first-view').waitFor({ state: 'visible' });
    // Nothing in it takes the keyboard: it is a picture until the atlas runs.
    await app.page.keyboard.press('Tab');
    assert.equal(await app.page.evaluate(() => !!document.activeElement?.closest('#first-view')), false, 'Tab reached the first view');
    app.release();
    await waitForMap(app.page);
    // The atlas takes it away in the effect after the render that drew its map.
    await app.page.waitForFunction(() => !document.getElementById('first-view'), undefined, { timeout: 5_000 });
    const after = await app.page.evaluate(() => ({
      view: !!document.getElementById('first-view'),
      shown: document.documentElement.classList.contains('first-view-shown'),
      atlas: getComputedStyle(document.getElementById('app')).visibility,
    }));
    assert.deepEqual(after, { view: false, shown: false, atlas: 'visible' });
    await app.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
    expectCleanLoad(app.record);
  });

  for (const [what, options] of [
    ['a link that asks for a date', { query: '?date=1946-06-06' }],
    ['a link in Russian', { query: '?lang=ru' }],
    ['a browser that prefers Russian', { locale: 'ru-RU' }],
    ['an embed', { query: '?mode=embed' }],
  ]) {
    test(`does not show for ${what}, which it would not fit`, { timeout: TEST_TIMEOUT }, async () => {
      app = await openHeld(SIZES.laptop, options);
      await app.page.locator('#boot-loading').waitFor({ state: 'visible' });
      assert.equal((await looking(app.page)).shown, false);
      // Dropped from the page as soon as it is read, so it costs no memory.
      await app.page.waitForFunction(() => !document.getElementById('first-view'), undefined, { timeout: 5_000 });
    });
  }

  test('gives way to the message when the map data cannot be had', { timeout: TEST_TIMEOUT }, async () => {
    app = await openHeld(SIZES.laptop);
    await app.page.route('**/assets/map/base.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    app.release();
    await app.page.locator('[role="alert"].load-error').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal((await looking(app.page)).shown, false, 'the first view hides the message');
  });

  test('gives way to the message when the module cannot start', { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: SIZES.laptop });
    const page = await context.newPage();
    app = { context, release: () => {} };
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not a module') }));
    await page.goto(ATLAS_URL, { waitUntil: 'domcontentloaded' });
    await page.locator('#fatal').waitFor({ state: 'visible', timeout: 15_000 });
    assert.equal((await looking(page)).shown, false, 'the first view stays under the message');
  });
});

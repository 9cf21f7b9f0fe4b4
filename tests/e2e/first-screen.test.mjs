// What a visitor sees first: the page loads cleanly at kiosk, projector and
// phone sizes, the map of real geography fills the screen, nothing scrolls sideways.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SIZES, TEST_TIMEOUT, expectCleanLoad, launchBrowser, openApp, screenshot, sizeLabel, sizeSlug,
} from './support/browser.mjs';

const MIN_MAP_HEIGHT = { desktop: 0.4, laptop: 0.4, phone: 0.3 };

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

const rect = (page, selector) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });

for (const [kind, size] of Object.entries(SIZES)) {
  describe(`first screen at ${sizeLabel(size)}`, () => {
    let app;
    before(async () => { app = await openApp(browser, { viewport: size }); }, { timeout: TEST_TIMEOUT });
    after(async () => { await app?.context.close(); });

    test(`the app loads without errors at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
      await screenshot(app.page, `first-screen-${sizeSlug(size)}`);
      expectCleanLoad(app.record);
      const { page } = app;
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.notEqual((await page.title()).trim(), '', 'the document title is empty');
      assert.match(await page.locator('header h1').innerText(), /Ili/);
      assert.equal(await page.locator('#fatal').isVisible(), false, 'the fatal-error panel shows on a clean load');
    });

    test(`the map fills the viewport at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
      const map = await rect(app.page, 'svg#map');
      const { width, height } = size;
      const where = `svg#map box ${JSON.stringify(map)} in a ${width}×${height} viewport`;
      assert.ok(map.left >= -0.5 && map.top >= -0.5, `${where} starts outside the viewport`);
      assert.ok(map.right <= width + 0.5 && map.bottom <= height + 0.5, `${where} ends outside the viewport`);
      // The event panel sits beside the map on wide screens, below it on narrow ones.
      const panel = await rect(app.page, '.atlas-card');
      if (panel.left >= map.right - 0.5) {
        assert.ok(map.width + panel.width >= 0.98 * width, `${where} and the panel ${JSON.stringify(panel)} leave a gap`);
        assert.ok(map.width >= 0.6 * width, `${where} is narrower than 60% of the viewport beside the panel`);
      } else {
        assert.ok(map.width >= 0.9 * width, `${where} is narrower than 90% of the viewport`);
      }
      assert.ok(map.height >= MIN_MAP_HEIGHT[kind] * height,
        `${where} is shorter than ${MIN_MAP_HEIGHT[kind] * 100}% of the viewport`);
    });

    test(`the map sits between the header and the date control at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
      const header = await rect(app.page, 'header');
      const map = await rect(app.page, 'svg#map');
      const slider = await rect(app.page, '#date-slider');
      const boxes = JSON.stringify({ header, map, slider });
      assert.ok(map.top >= header.bottom - 0.5, `the map overlaps the header: ${boxes}`);
      assert.ok(slider.top >= map.bottom - 0.5, `the date control is not below the map: ${boxes}`);
      assert.ok(slider.bottom <= size.height + 0.5, `the date control is off the first screen: ${boxes}`);
    });

    test(`the page does not scroll horizontally at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
      const { scrollWidth, innerWidth } = await app.page.evaluate(() => ({
        scrollWidth: document.scrollingElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      assert.ok(scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}`);
    });
  });
}

describe('the map', () => {
  let app;
  before(async () => { app = await openApp(browser, { viewport: SIZES.laptop }); }, { timeout: TEST_TIMEOUT });
  after(async () => { await app?.context.close(); });

  test('the map draws Xinjiang and its neighbours as real geography', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const features = await page.locator('svg#map path.feature').count();
    assert.ok(features >= 5, `expected at least 5 path.feature, found ${features}`);
    const province = page.locator('svg#map path.feature.province').first();
    const box = await province.boundingBox();
    assert.ok(box, 'no path.feature.province is rendered');
    assert.ok(box.width > 100, `the province is only ${box.width} px wide at 1024×768`);
  });

  test('the map is a named group (its places are buttons inside it), named by a title inside it', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const map = page.locator('svg#map');
    assert.equal(await map.getAttribute('role'), 'group');
    const labels = await map.evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean).map((id) => {
        const el = document.getElementById(id);
        return { id, tag: el?.tagName.toLowerCase(), inside: !!el && svg.contains(el), text: el?.textContent.trim() };
      }));
    const described = `aria-labelledby resolves to ${JSON.stringify(labels)}`;
    assert.ok(labels.every((l) => l.inside), `svg#map is labelled by something outside it: ${described}`);
    assert.ok(labels.some((l) => l.tag === 'title' && l.text), `svg#map is not labelled by a non-empty <title>: ${described}`);
    const named = await page.getByRole('group', { name: /\S/ }).and(map).count();
    assert.equal(named, 1, 'svg#map has no accessible name');
  });
});

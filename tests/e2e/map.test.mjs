// The map as a visitor uses it: the Three Districts and the named places are
// there, wheel, drag, keys and buttons move the view, and a place's card opens
// by click and by keyboard. Screenshots at kiosk, projector, phone and iframe sizes.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ATLAS_URL, TEST_TIMEOUT, axeAudit, expectCleanLoad, launchBrowser, openApp, screenshot } from './support/browser.mjs';

const KIOSK_4K = { width: 3840, height: 2160 };
const PROJECTOR = { width: 1024, height: 768 };
const PHONE = { width: 390, height: 844 };
const IFRAME = { width: 320, height: 240 };

/** Places a visitor must find within seconds. */
const MUST_FIND = { ghulja: 'Ghulja', dihua: 'Dihua', 'manasi-river-front': 'Manasi River front', tashkurgan: 'Tashkurgan' };

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

const transform = (page) => page.locator('svg#map g.geometry').getAttribute('transform');
const scaleOf = (t) => Number(/matrix\(([-\d.]+)/.exec(t)[1]);

// Every screen labels the places to find, down to a 320×240 frame on a news
// page (where the zoom buttons step aside: they would cover those very places).
const SCREENS = {
  'kiosk-4k': [KIOSK_4K, ''],
  projector: [PROJECTOR, ''],
  // A teacher's projector: the presenter's larger type and key.
  'projector-present': [PROJECTOR, '?mode=present'],
  phone: [PHONE, ''],
  // The most common small phones, and a tablet beside the event panel: a map
  // narrower than 600 px keeps its key in the south-east, clear of Tashkurgan.
  'small-phone': [{ width: 360, height: 640 }, ''],
  'smallest-phone': [{ width: 320, height: 568 }, ''],
  'tablet-with-panel': [{ width: 800, height: 600 }, ''],
  iframe: [IFRAME, ''],
  'iframe-embed': [IFRAME, '?mode=embed'],
};

for (const [name, [size, query]] of Object.entries(SCREENS)) {
  test(`the map at ${name} size (${size.width}×${size.height}) shows the districts and labels the places to find`, { timeout: TEST_TIMEOUT }, async () => {
    const { context, page, record } = await openApp(browser, { viewport: size, query });
    try {
      await screenshot(page, `map-${name}-${size.width}x${size.height}`);
      expectCleanLoad(record);
      const xinjiang = await page.locator('#feature-xinjiang').boundingBox();
      assert.ok(xinjiang && xinjiang.height >= 60, `Xinjiang is drawn too small to see: ${JSON.stringify(xinjiang)}`);
      for (const district of ['ili', 'tarbagatay', 'altay']) {
        assert.equal(await page.locator(`svg#map path.feature.district#feature-${district}`).count(), 1, `district ${district} is not drawn`);
      }
      const map = await page.locator('svg#map').boundingBox();
      const labels = [];
      for (const [id, label] of Object.entries(MUST_FIND)) {
        const marker = page.locator(`svg#map #place-${id}`);
        assert.equal(await marker.count(), 1, `${id} has no marker`);
        const box = await marker.boundingBox();
        assert.ok(box && box.width >= 43.5 && box.height >= 43.5, `${id}'s touch target is smaller than 44 px: ${JSON.stringify(box)}`);
        const text = page.locator('svg#map text.place-label', { hasText: label });
        assert.ok(await text.first().isVisible(), `${label} has no visible label`);
        const at = await text.first().boundingBox();
        assert.ok(at.x >= map.x - 0.5 && at.x + at.width <= map.x + map.width + 0.5 && at.y >= map.y - 0.5 && at.y + at.height <= map.y + map.height + 0.5,
          `${label}'s label runs off the map: ${JSON.stringify(at)} in ${JSON.stringify(map)}`);
        // Nothing of the page is over it (a control, a panel): the point at its
        // middle is on the map, on the label or the place's own touch target.
        const hit = await page.evaluate(({ x, y }) => {
          const el = document.elementFromPoint(x, y);
          return { map: Boolean(el?.closest('svg#map')), text: el?.closest('text')?.textContent ?? null, place: el?.closest('[id^="place-"]')?.id ?? null };
        }, { x: at.x + at.width / 2, y: at.y + at.height / 2 });
        assert.ok(hit.map && (hit.text === null || hit.text.includes(label)), `${label}'s label is covered: ${JSON.stringify(hit)}`);
        labels.push([label, at]);
      }
      assert.equal(labels.length, 4);
      // The opening view keeps every place out from under the key, towns and
      // regions alike (on a 1024×768 projector in present mode it hid Altay and
      // Tarbagatay, two of the Three Districts, before).
      const key = await page.locator('.key-overlay').boundingBox();
      if (key) {
        const dots = await page.locator('svg#map [id^="place-"]').evaluateAll((gs) => gs.map((g) => {
          const r = g.getBoundingClientRect();
          return [g.id, r.x + r.width / 2, r.y + r.height / 2];
        }));
        assert.ok(dots.length >= 10, `only ${dots.length} places`);
        for (const [id, x, y] of dots) {
          const under = x > key.x && x < key.x + key.width && y > key.y && y < key.y + key.height;
          assert.ok(!under, `${id} lies under the key: ${x}, ${y} in ${JSON.stringify(key)}`);
        }
      }
      // The map says that its boundaries are approximate (in one short line on a phone),
      // except in a frame too small to spare the line.
      if (size.height > 300) {
        const note = page.locator('.map-note').filter({ visible: true });
        assert.equal(await note.count(), 1, 'one note on the map');
        assert.match(await note.innerText(), /Boundaries are approximate reconstructions/);
      }
      // Every header button is wholly on screen (none pushed past the edge).
      const buttons = await page.locator('.header-buttons > *').evaluateAll((els) => els
        .filter((e) => getComputedStyle(e).display !== 'none')
        .map((e) => { const r = e.getBoundingClientRect(); return [e.id || e.className, r.left, r.right]; }));
      for (const [what, left, right] of buttons) {
        assert.ok(left >= -0.5 && right <= size.width + 0.5, `${what} runs off the screen: ${left}–${right} of ${size.width}`);
      }
      // No two labels on the map overlap as drawn (the core places them by
      // estimated widths, which must not fall short of the font's).
      const drawn = await page.locator('svg#map text.place-label, svg#map text.edge-label').evaluateAll((ts) => ts.map((t) => {
        const r = t.getBoundingClientRect();
        return [t.textContent, { x: r.x, y: r.y, width: r.width, height: r.height }];
      }));
      // Lines are spaced by the core's line box (1.25 em), a little shorter than the font's own.
      const slack = 3;
      for (const [i, [a, ra]] of drawn.entries()) {
        for (const [b, rb] of drawn.slice(i + 1)) {
          const apart = ra.x + ra.width <= rb.x + 0.5 || rb.x + rb.width <= ra.x + 0.5 || ra.y + ra.height <= rb.y + slack || rb.y + rb.height <= ra.y + slack;
          assert.ok(apart, `"${a}" and "${b}" overlap: ${JSON.stringify([ra, rb])}`);
        }
      }
    } finally {
      await context.close();
    }
  });
}

describe('zoom and pan', () => {
  let app;
  before(async () => { app = await openApp(browser, { viewport: PROJECTOR }); }, { timeout: TEST_TIMEOUT });
  after(async () => { await app?.context.close(); });

  test('the wheel zooms in about the pointer', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const before = scaleOf(await transform(page));
    const box = await page.locator('svg#map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((s) => Number(/matrix\(([-\d.]+)/.exec(document.querySelector('svg#map g.geometry').getAttribute('transform'))[1]) > s, before);
  });

  test('dragging moves the map, and its paths stay untouched', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const d = await page.locator('#feature-xinjiang').getAttribute('d');
    const before = await transform(page);
    const box = await page.locator('svg#map').boundingBox();
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 380, box.y + 340, { steps: 8 });
    await page.mouse.up();
    assert.notEqual(await transform(page), before, 'the drag did not move the map');
    assert.equal(await page.locator('#feature-xinjiang').getAttribute('d'), d, 'the paths were rewritten');
  });

  test('during a drag, places and their labels move with the map as one; its end places the labels again', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Show the whole region' }).click();
    const centre = async (selector) => {
      const box = await page.locator(selector).first().boundingBox();
      return [box.x + box.width / 2, box.y + box.height / 2];
    };
    const feature = () => centre('#feature-xinjiang');
    const dot = () => centre('svg#map #place-dihua');
    const label = () => centre('svg#map text.place-label >> text="Dihua"');
    const [f0, d0, l0] = [await feature(), await dot(), await label()];
    const box = await page.locator('svg#map').boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 25, { steps: 6 });
    // Held: the map, the place and its label have all moved by the drag.
    const [f1, d1, l1] = [await feature(), await dot(), await label()];
    const near = (a, b, what) => assert.ok(Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1, `${what}: ${a} against ${b}`);
    near([f1[0] - f0[0], f1[1] - f0[1]], [-60, 25], 'the map did not follow the pointer');
    near([d1[0] - d0[0], d1[1] - d0[1]], [-60, 25], 'the place did not move with the map');
    near([l1[0] - l0[0], l1[1] - l0[1]], [-60, 25], 'the label did not move with its place');
    assert.match(await page.locator('#map-labels').getAttribute('transform'), /^translate\(-60(\.0)? 25(\.0)?\)$/);
    await page.mouse.up();
    // Released: the labels are placed again for the view the drag reached,
    // drawn where they are without a shift; the place stays where it was dropped.
    await page.waitForFunction(() => !document.querySelector('#map-labels').hasAttribute('transform'));
    assert.equal(await page.locator('svg#map g.places').first().getAttribute('transform'), null);
    near(await dot(), d1, 'the place moved when the drag ended');
  });

  test('the reset button brings back the whole region', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Show the whole region' }).click();
    const home = await transform(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    assert.ok(scaleOf(await transform(page)) > scaleOf(home), 'the zoom-in button did not zoom in');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Show the whole region' }).click();
    assert.equal(await transform(page), home);
  });

  test('keys zoom and pan the focused map, and the map cannot be lost', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    await page.locator('svg#map').focus();
    const home = await transform(page);
    await page.keyboard.press('+');
    assert.ok(scaleOf(await transform(page)) > scaleOf(home), '+ did not zoom in');
    const zoomed = await transform(page);
    await page.keyboard.press('ArrowLeft');
    assert.notEqual(await transform(page), zoomed, 'ArrowLeft did not pan');
    for (let i = 0; i < 200; i++) await page.keyboard.press('ArrowRight');
    // However far it is pushed, some of Xinjiang stays on screen.
    const visible = await page.locator('#feature-xinjiang').evaluate((el) => {
      const r = el.getBoundingClientRect();
      const s = el.ownerSVGElement.getBoundingClientRect();
      return r.right > s.left && r.left < s.right && r.bottom > s.top && r.top < s.bottom;
    });
    assert.ok(visible, 'Xinjiang was pushed off the screen');
    await page.keyboard.press('0');
    assert.equal(await transform(page), home, '0 did not reset the view');
  });
});

test('a place hidden under a more important one is still reachable from the keyboard', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page } = await openApp(browser, { viewport: PROJECTOR });
  try {
    // At the opening view Airambek (Ghulja's airfield) sits on Ghulja.
    const crowded = page.locator('svg#map g.place.crowded');
    assert.ok(await crowded.count() > 0, 'no place is crowded out at the opening view');
    const id = await crowded.first().getAttribute('id');
    await page.locator(`#${id}`).focus();
    await page.keyboard.press('Enter');
    await page.locator('.place-card').waitFor({ state: 'visible' });
  } finally {
    await context.close();
  }
});

describe('place cards', () => {
  let app;
  before(async () => { app = await openApp(browser, { viewport: { width: 1920, height: 1080 } }); }, { timeout: TEST_TIMEOUT });
  after(async () => { await app?.context.close(); });

  test('a click on Ghulja opens its card with its names in several scripts and its sources', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    await page.locator('#place-ghulja').click();
    const card = page.locator('.place-card');
    await card.waitFor({ state: 'visible' });
    await assert.doesNotReject(card.locator('h2', { hasText: 'Ghulja' }).waitFor());
    const text = await card.innerText();
    for (const name of ['Yining', '伊宁', 'Кульджа']) assert.ok(text.includes(name), `the card lacks ${name}: ${text}`);
    assert.equal(await card.locator('[lang="ug"]').getAttribute('dir'), 'rtl');
    assert.match(text, /Named in/);
    // The Chinese name is drawn with the atlas's own cut of Noto Sans SC, so
    // that it reads on a machine without a Chinese font (no boxes).
    await page.evaluate(() => document.fonts.ready);
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Atlas Noto Sans SC"', '伊宁')), 'the Chinese font did not load');
    const used = await page.evaluate(() => [...document.fonts].filter((f) => f.family.includes('Atlas Noto Sans SC') && f.status === 'loaded').length);
    // (The pieces follow Noto's own cut of the characters; a card's few names fall in a handful.)
    assert.ok(used >= 1 && used <= 8, `${used} pieces of the Chinese font loaded for one card`);
    // And the name is drawn with it, not with boxes from a system font.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.place-card dd[lang="zh-Hans"]' });
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    assert.ok(fonts.some((f) => f.isCustomFont), `the Chinese name is drawn with ${JSON.stringify(fonts)}`);
    await cdp.detach();
    await screenshot(page, 'place-card-ghulja-1920x1080');
    await axeAudit(page);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  test('Tab and Enter open Tashkurgan\'s card, with focus moved into it', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    // The first card zoomed in on Ghulja; start again from the whole region.
    await page.getByRole('button', { name: 'Show the whole region' }).click();
    await page.locator('#place-tashkurgan').focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('.place-card h2');
    await heading.waitFor();
    assert.equal(await heading.innerText(), 'Tashkurgan');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'side-panel-title', 'focus did not move into the card');
    await page.getByRole('button', { name: 'Close the place card' }).click();
    await heading.waitFor({ state: 'detached' });
  });
});

test('every file a fresh load requests is counted by the size report', { timeout: TEST_TIMEOUT }, async (t) => {
  const manifest = path.join(process.env.ATLAS_ARTIFACTS || 'artifacts', 'first-view-files.json');
  const listed = JSON.parse(await readFile(manifest, 'utf8').catch(() => 'null'));
  if (!listed) return t.skip('no size report yet (run `cargo xtask size`)');
  const { context, page } = await openApp(browser, { viewport: PROJECTOR, setup: (p) => {
    p.requested = [];
    p.on('request', (r) => p.requested.push(new URL(r.url()).pathname));
  } });
  try {
    const base = new URL(ATLAS_URL).pathname;
    const files = page.requested.map((p) => p.slice(base.length) || 'index.html');
    const missing = files.filter((f) => !listed.includes(f));
    assert.deepEqual(missing, [], `requests the size report does not count: ${missing.join(', ')}`);
  } finally {
    await context.close();
  }
});

test('"About this map" lists every source with its licence and says boundaries are approximate', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page } = await openApp(browser, { viewport: PROJECTOR });
  try {
    await page.getByRole('button', { name: 'About this map' }).click();
    const panel = page.locator('.about-panel');
    await panel.waitFor({ state: 'visible' });
    const text = await panel.innerText();
    for (const needle of ['Natural Earth', 'echarts', 'GSHHG', 'public domain', 'LGPL', 'Albers', 'approximate']) {
      assert.ok(text.includes(needle), `the About panel does not mention ${needle}`);
    }
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'side-panel-title', 'focus did not move into the panel');
    await screenshot(page, 'about-this-map-1024x768');
    await axeAudit(page);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  } finally {
    await context.close();
  }
});

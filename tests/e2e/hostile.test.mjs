// Hostile input in the browser: markup in the data is shown as text, random
// links open the atlas without an error, and a monkey's worth of random taps,
// drags, wheels and keys leaves no console error and a working slider.
// ATLAS_SOAK=1 runs the long versions (10,000 actions, 10,000 links).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { SIZES, TEST_TIMEOUT, expectCleanLoad, launchBrowser, openApp, waitForMap, ATLAS_URL } from './support/browser.mjs';

const SOAK = Boolean(process.env.ATLAS_SOAK);
const ACTIONS = SOAK ? 10_000 : 1_000;
const LINKS = SOAK ? 10_000 : 40;

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed) {
  let s = seed >>> 0;
  const next = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return s / 2 ** 32; };
  return { next, below: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

const MARKUP = ' <img src=x onerror="window.__atlasInjected=1"><script>window.__atlasInjected=1</script><b>bold</b>';
/** Titles are limited to 80 characters by the data checks; they get a shorter dose. */
const SHORT_MARKUP = '<b>b</b>';

/** Appends markup to every text a visitor reads in a data file (not ids or dates). */
function poison(value, key = '') {
  const TEXT = new Set(['en', 'name', 'short', 'description', 'note', 'title', 'summary', 'says', 'disagreement', 'detail']);
  if (Array.isArray(value)) return value.map((v) => poison(v, key === 'also' || key === 'aliases' ? 'name' : ''));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  if (typeof value === 'string' && key === 'title') return value.slice(0, 70) + SHORT_MARKUP;
  if (typeof value === 'string' && TEXT.has(key)) return value + MARKUP;
  return value;
}

test('markup in every text field of the data is shown as text, never run', { timeout: 60_000 }, async () => {
  const files = {};
  for (const name of ['assets/history/events.json', 'assets/history/actors.json', 'assets/history/zones.json', 'assets/places/places.json']) {
    files[name] = JSON.stringify(poison(JSON.parse(await readFile(new URL(`../../${name}`, import.meta.url), 'utf8'))));
  }
  const { page, context, record } = await openApp(browser, {
    viewport: SIZES.desktop,
    query: '?date=1944-11-12&event=etr-declared',
    setup: async (p) => {
      for (const [name, body] of Object.entries(files)) {
        await p.route(`**/${name}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      }
    },
  });
  try {
    const panel = await page.locator('#event-panel').innerText();
    assert.ok(panel.includes('<img src=x onerror='), 'the markup is not shown as text in the event panel');
    assert.ok(panel.includes('<script>'), panel.slice(0, 300));
    await page.locator('#open-table').click();
    assert.ok((await page.locator('#places-table').innerText()).includes('<b>bold</b>'));
    await page.goto(`${ATLAS_URL}?date=1945-10-01&place=ghulja`);
    await waitForMap(page);
    assert.ok((await page.locator('.place-card').innerText()).includes('<script>'));
    assert.equal(await page.evaluate(() => window.__atlasInjected), undefined, 'injected markup ran');
    assert.equal(await page.locator('#app img, #app script, #app b').count(), 0, 'injected markup became elements');
    expectCleanLoad(record);
  } finally {
    await context.close();
  }
});

test(`${LINKS} random links open the atlas without an error`, { timeout: SOAK ? 3_600_000 : 120_000 }, async () => {
  const rng = generator(7);
  const pieces = ['date=', 'event=', 'place=', 'span=', '&', '=', '%', '%3C', '%00', '%E2%82', '1944-11-12', '1949-12-31', '0000-00-00',
    '99999-01-01', 'etr-declared', 'ghulja', 'all', '<script>', '"', "'", '+', '?', '#', 'é', '\u202e', 'x'.repeat(300)];
  const context = await browser.newContext({ viewport: SIZES.laptop });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  try {
    for (let i = 0; i < LINKS; i++) {
      let query = '?';
      for (let k = rng.below(8); k > 0; k--) query += rng.pick(pieces);
      await page.goto(ATLAS_URL + query, { waitUntil: 'load' });
      await page.waitForSelector('#date-display');
      await waitForMap(page);
      assert.match(await page.locator('#date-display').innerText(), /^\d{1,2} \w+ \d{4}$/, `after ${query}`);
      assert.deepEqual(errors, [], `after ${query}`);
    }
  } finally {
    await context.close();
  }
});

test(`${ACTIONS} random taps, drags, wheels and keys leave no error and a working atlas`, { timeout: SOAK ? 3_600_000 : 180_000 }, async () => {
  const { page, context, record } = await openApp(browser, { viewport: SIZES.laptop });
  const rng = generator(42);
  const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'PageUp', 'PageDown',
    'Home', 'End', 'Tab', 'Shift+Tab', 'Enter', 'Space', 'Escape', '+', '-', '0'];
  const { width, height } = SIZES.laptop;
  try {
    for (let i = 0; i < ACTIONS; i++) {
      const x = rng.below(width);
      const y = rng.below(height);
      switch (rng.below(5)) {
        case 0: await page.mouse.click(x, y); break;
        case 1:
          await page.mouse.move(x, y);
          await page.mouse.down();
          await page.mouse.move(rng.below(width), rng.below(height), { steps: 3 });
          await page.mouse.up();
          break;
        case 2: await page.mouse.move(x, y); await page.mouse.wheel(0, rng.below(600) - 300); break;
        default: await page.keyboard.press(rng.pick(keys));
      }
      // The monkey stays in the atlas: a link it followed (the skip link's
      // fragment) is fine, another page is not.
      assert.ok(page.url().startsWith(ATLAS_URL.replace(/\/$/, '')), `left the atlas for ${page.url()}`);
    }
    // Still responsive: the slider moves the date.
    const shown = await page.locator('#date-display').innerText();
    await page.locator('#date-slider').evaluate((el) => {
      el.value = String(Number(el.value) > 100 ? 10 : 200);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((old) => document.querySelector('#date-display')?.textContent !== old, shown, { timeout: 5_000 });
    assert.equal(await page.locator('#fatal').isVisible(), false, 'the crash panel is showing');
    expectCleanLoad(record);
  } finally {
    await context.close();
  }
});

test('every request stays on the atlas\'s own origin, and nothing is stored', { timeout: TEST_TIMEOUT }, async () => {
  const requests = [];
  const { page, context, record } = await openApp(browser, {
    viewport: SIZES.laptop,
    setup: async (p) => { p.on('request', (r) => requests.push(r.url())); },
  });
  try {
    // A visitor's ordinary use: a place, the table, the player, the next event.
    await page.locator('#place-ghulja').click();
    await page.locator('#open-table').click();
    await page.locator('#play').click();
    await page.waitForTimeout(600);
    await page.locator('#play').click();
    await page.locator('#next-event').click();
    const origin = new URL(ATLAS_URL).origin;
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to other origins');
    const stored = await page.evaluate(async () => ({
      cookies: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases?.())?.length ?? 0,
      caches: 'caches' in self ? (await caches.keys()).length : 0,
    }));
    assert.deepEqual(stored, { cookies: '', local: 0, session: 0, databases: 0, caches: 0 });
    expectCleanLoad(record);
  } finally {
    await context.close();
  }
});

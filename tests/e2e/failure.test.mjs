// Failure at the edge: a missing or corrupt map file, a broken wasm module and
// a crash after start all leave the visitor with a readable message, not a blank page.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { ATLAS_URL, SIZES, TEST_TIMEOUT, launchBrowser, message, openApp, screenshot, sizeSlug, waitForMap } from './support/browser.mjs';

const BASE_MAP = '**/assets/map/base.json';
const PLACES = '**/assets/places/places.json';

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** Open the app with `url` answered by `response` instead of the server. */
const openWith = (url, response, options = {}) =>
  openApp(browser, {
    viewport: SIZES.laptop,
    waitForMap: false,
    setup: (page) => page.route(url, (route) => route.fulfill(response)),
    ...options,
  });

async function expectLoadError(page, file = /base\.json/) {
  const alert = page.locator('[role="alert"].load-error');
  await alert.first().waitFor({ state: 'visible', timeout: 15_000 });
  assert.match(await alert.first().innerText(), file, 'the load error does not name the file');
  assert.ok(await page.locator('header h1').isVisible(), 'the page went blank: header h1 is not visible');
}

async function expectFatal(page, pattern) {
  const fatal = page.locator('#fatal');
  await fatal.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await fatal.innerText(), pattern);
}

describe('failure at the edge', () => {
  let app;
  afterEach(async () => { await app?.context.close(); app = undefined; });

  test('a missing base map shows an alert naming the file, and Reload brings the map back', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith(BASE_MAP, { status: 404, contentType: 'text/plain', body: 'not found' });
    await expectLoadError(app.page);
    await screenshot(app.page, `load-error-${sizeSlug(SIZES.laptop)}`);
    // The file is back: the button is the way back.
    await app.page.unroute(BASE_MAP);
    await app.page.getByRole('button', { name: 'Reload the atlas' }).click();
    await waitForMap(app.page);
  });

  test('a corrupt base map shows an alert naming the file', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith(BASE_MAP, { status: 200, contentType: 'application/json', body: '{"features": 12' });
    await expectLoadError(app.page);
  });

  test('a missing place catalogue shows an alert naming that file', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith(PLACES, { status: 404, contentType: 'text/plain', body: 'not found' });
    await expectLoadError(app.page, /places\.json/);
  });

  test('a place catalogue with a broken record shows an alert naming that file', { timeout: TEST_TIMEOUT }, async () => {
    const body = JSON.stringify({ places: [{ id: 'x', kind: 'castle', lon: 500, lat: 0, coordinates: { method: '', precision_km: 0 }, names: { en: '' } }] });
    app = await openWith(PLACES, { status: 200, contentType: 'application/json', body });
    await expectLoadError(app.page, /places\.json/);
  });

  test('a missing history file shows an alert naming that file', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith('**/assets/history/events.json', { status: 404, contentType: 'text/plain', body: 'not found' });
    await expectLoadError(app.page, /events\.json/);
  });

  test('a history file with a broken record shows an alert naming that file', { timeout: TEST_TIMEOUT }, async () => {
    const body = JSON.stringify({ actors: [{ id: 'etr', name: 'E', short: 'E', description: 'd', holds_territory: true, colour: '#123456', pattern: 'solid', sources: [{ source: 'wp-etr', section: 'Lead' }] }] })
      .replace('"#123456"', '"not a colour"');
    app = await openWith('**/assets/history/actors.json', { status: 200, contentType: 'application/json', body });
    await expectLoadError(app.page, /actors\.json/);
  });

  test('a wasm module that cannot be instantiated shows that the atlas could not start', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith('**/*.wasm', { status: 200, contentType: 'application/wasm', body: 'not wasm at all' });
    await expectFatal(app.page, /could not start/i);
  });

  test('a module that cannot start says so in the language of the link', { timeout: TEST_TIMEOUT }, async () => {
    app = await openWith('**/*.wasm', { status: 200, contentType: 'application/wasm', body: 'not wasm at all' }, { query: '?lang=ru' });
    await expectFatal(app.page, new RegExp(await message('ru', 'crash-start-failed')));
    assert.equal(await app.page.locator('#fatal-reload').innerText(), await message('ru', 'load-reload'));
    assert.equal(await app.page.evaluate(() => document.documentElement.lang), 'ru');
    await screenshot(app.page, 'start-failed-ru');
  });

  test('while the module loads, the page speaks the browser\'s language', { timeout: TEST_TIMEOUT }, async () => {
    // The module never arrives: the page stays at its first words.
    const context = await browser.newContext({ viewport: SIZES.laptop, locale: 'zh-CN' });
    app = { context };
    const page = await context.newPage();
    await page.route('**/*.wasm', () => {});
    await page.goto(ATLAS_URL, { waitUntil: 'domcontentloaded' });
    await page.locator('#boot-loading', { hasText: await message('zh-Hans', 'boot-loading') }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#boot-title').innerText(), await message('zh-Hans', 'atlas-title'));
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]),
      ['zh-Hans', 'ltr', await message('zh-Hans', 'atlas-title')]);
    await screenshot(page, 'boot-zh-Hans');
  });

  test('without scripts the page says what it needs in every language', { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: SIZES.laptop, javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(ATLAS_URL, { waitUntil: 'load' });
      const notes = await page.locator('#boot .boot-message[lang]').evaluateAll((ps) => ps.map((p) => [p.lang, p.dir, p.textContent]));
      const expected = [];
      for (const [lang, dir] of [['en', 'ltr'], ['ug', 'rtl'], ['zh-Hans', 'ltr'], ['ru', 'ltr']]) expected.push([lang, dir, await message(lang, 'boot-no-script')]);
      assert.deepEqual(notes, expected);
      assert.ok(await page.locator('#boot .boot-message[lang="ug"]').isVisible(), 'the notes show');
      assert.equal(await page.locator('#boot-loading').isVisible(), false, 'nothing says it is loading');
      await screenshot(page, 'no-script');
    } finally {
      await context.close();
    }
  });

  test('a crash after start speaks the language on show, right to left in Uyghur', { timeout: TEST_TIMEOUT }, async () => {
    app = await openApp(browser, { viewport: SIZES.laptop, query: '?lang=ug' });
    const { page } = app;
    await page.evaluate(() => {
      window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'unreachable' }));
    });
    await expectFatal(page, new RegExp(await message('ug', 'crash-stopped')));
    assert.equal(await page.locator('#fatal-reload').innerText(), await message('ug', 'load-reload'));
    assert.equal(await page.locator('#fatal').getAttribute('dir'), 'rtl');
    await screenshot(page, 'crash-ug');
  });

  test('a crash after start shows the fatal error panel', { timeout: TEST_TIMEOUT }, async () => {
    app = await openApp(browser, { viewport: SIZES.laptop });
    const { page } = app;
    assert.equal(await page.locator('#fatal').isVisible(), false, '#fatal is visible before any crash');
    await page.evaluate(() => {
      window.dispatchEvent(new ErrorEvent('error', {
        error: new WebAssembly.RuntimeError('unreachable'),
        message: 'unreachable',
      }));
    });
    await expectFatal(page, /\S/);
    // The way back: the button reloads the page and the atlas starts again.
    await page.locator('#fatal-reload').click();
    await waitForMap(page);
    assert.equal(await page.locator('#fatal').isVisible(), false);
  });
});

// The kiosk offline: after one load of `?mode=kiosk` online, the atlas runs
// with the network gone, through a reload (map, history, Chinese names);
// in the other modes no service worker is registered and nothing is stored.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ATLAS_URL, SIZES, TEST_TIMEOUT, expectCleanLoad, launchBrowser, recordProblems, screenshot, sizeSlug, waitForMap,
} from './support/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** The build's list of files to keep, as sw.js carries it. */
async function keptFiles() {
  const text = await (await fetch(new URL('sw.js', ATLAS_URL))).text();
  const line = /^const BUILD = (.*);$/m.exec(text);
  assert.ok(line, 'sw.js has no BUILD line: was it written by `cargo xtask build`?');
  return JSON.parse(line[1]);
}

/** Lets late requests (the icon, fonts) finish, so that leaving the page does not abort them. */
const settle = (page) => page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});

/** What the page has stored: service workers, caches and other storage. */
const stored = (page) => page.evaluate(async () => ({
  workers: (await navigator.serviceWorker.getRegistrations()).length,
  caches: (await caches.keys()).length,
  local: localStorage.length,
  session: sessionStorage.length,
  databases: (await indexedDB.databases?.())?.length ?? 0,
  cookies: document.cookie,
}));

/**
 * Opens `?mode=kiosk` online in a fresh context and waits until the worker
 * has kept every file, is active and controls the page.
 */
async function openKioskOnline(viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record = recordProblems(page);
  await page.goto(`${ATLAS_URL}?mode=kiosk`, { waitUntil: 'load' });
  await waitForMap(page);
  await settle(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker claims the open page once active; reload once if it has not yet.
  const controlled = () => page.evaluate(() => Boolean(navigator.serviceWorker.controller));
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 5_000 }).catch(() => {});
  if (!(await controlled())) {
    await page.reload({ waitUntil: 'load' });
    await waitForMap(page);
    await settle(page);
  }
  assert.ok(await controlled(), 'the service worker does not control the kiosk page');
  const build = await keptFiles();
  const cache = await page.evaluate(async () => {
    const names = await caches.keys();
    const keys = names.length === 1 ? await (await caches.open(names[0])).keys() : [];
    return { names, urls: keys.map((r) => r.url) };
  });
  assert.deepEqual(cache.names, [`ili-atlas-${build.version}`], 'one cache, named after this build');
  assert.deepEqual(cache.urls.sort(), build.files.map((f) => new URL(f, ATLAS_URL).href).sort(), 'the cache holds every file of the build');
  for (const needed of ['index.html', 'assets/history/events.json', 'assets/fonts/cjk.css', 'assets/icons/atlas.svg', 'manifest.webmanifest']) {
    assert.ok(build.files.includes(needed), `${needed} is not kept`);
  }
  assert.ok(build.files.some((f) => f.endsWith('.wasm')) && build.files.some((f) => /^assets\/fonts\/.*\.woff2$/.test(f)));
  assert.ok(!build.files.includes('sw.js'), 'the worker keeps itself');
  return { context, page, record };
}

/** The atlas works: map drawn, history loaded (slider, a zone filled), a place card with its Chinese name in the atlas's font. */
async function expectWorkingAtlas(page, name) {
  await waitForMap(page);
  await settle(page);
  await page.locator('#date-slider').waitFor();
  assert.ok(await page.locator('.zone-fill[fill]').count() > 0, 'no zone is filled: the history did not load');
  await page.locator('#place-ghulja').focus();
  await page.keyboard.press('Enter');
  const chinese = page.locator('.place-card [lang="zh-Hans"]').first();
  await chinese.waitFor();
  assert.match(await chinese.innerText(), /伊宁/);
  const font = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Atlas Noto Sans SC"', '伊宁')
      && [...document.fonts].some((f) => f.family.includes('Atlas Noto Sans SC') && f.status === 'loaded');
  });
  assert.ok(font, 'the Chinese font pieces did not load');
  await screenshot(page, name);
}

/** Cut the network two ways: the browser's offline switch, or every request aborted. */
const CUTS = {
  'the browser offline': (context) => context.setOffline(true),
  'every request aborted': (context) => context.route('**/*', (route) => route.abort('internetdisconnected')),
};

describe('the kiosk offline', () => {
  for (const [cut, cutNetwork] of Object.entries(CUTS)) {
    test(`after one load online, the kiosk runs with ${cut} and survives a reload`, { timeout: 90_000 }, async (t) => {
      const { context, page, record } = await openKioskOnline(SIZES.desktop);
      try {
        await cutNetwork(context);
        // The network is really gone, for a page and for the worker: a file
        // the worker does not keep cannot be had, nor can the worker reach the server.
        const probe = await context.newPage();
        await probe.goto(ATLAS_URL, { waitUntil: 'load' });
        const fetchProbe = () => fetch('not-kept.txt', { cache: 'no-store' }).then((r) => `answered ${r.status}`, () => 'failed');
        assert.equal(await probe.evaluate(fetchProbe), 'failed', 'the page fetched a file outside the copy: the network is not cut');
        await probe.close();
        const [worker] = context.serviceWorkers();
        assert.ok(worker, 'no service worker');
        const reached = await worker.evaluate(fetchProbe);
        if (reached !== 'failed' && cut === 'the browser offline') {
          // Some Chromium releases (148) leave a service worker's own requests
          // out of the offline switch: that cut is not a cut there, and the
          // other one (every request aborted) still proves the kiosk offline.
          t.skip(`this browser's offline switch does not reach the service worker (it ${reached})`);
          return;
        }
        assert.equal(reached, 'failed', 'the worker reached the server: the network is not cut');

        await page.reload({ waitUntil: 'load' });
        await expectWorkingAtlas(page, `offline-kiosk-${cut.split(' ').at(-1)}-${sizeSlug(SIZES.desktop)}`);
        // Again through the kiosk's own address, as after a power cut.
        await page.goto(`${ATLAS_URL}?mode=kiosk&date=1945-10-01`, { waitUntil: 'load' });
        await waitForMap(page);
        await settle(page);
        assert.equal(await page.locator('#fatal').isVisible(), false, 'the crash panel is showing');
        // The page icon's request may be cut short by the next navigation; that is no fault.
        record.failedRequests = record.failedRequests.filter((r) => !/atlas-[0-9a-f]+\.svg: net::ERR_ABORTED$/.test(r));
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    });
  }

  test('a kiosk whose worker cannot be registered still runs, with a warning', { timeout: TEST_TIMEOUT }, async () => {
    const context = await browser.newContext({ viewport: SIZES.laptop });
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    const record = recordProblems(page);
    // As a browser that refuses service workers (a policy, a private window) answers.
    await page.addInitScript(() => {
      navigator.serviceWorker.register = () => Promise.reject(new DOMException('refused for the test', 'SecurityError'));
    });
    try {
      await page.goto(`${ATLAS_URL}?mode=kiosk`, { waitUntil: 'load' });
      await waitForMap(page);
      await expectPoll(() => warnings.some((w) => /cannot keep an offline copy/.test(w)), `no warning; console warnings: ${warnings.join(' | ')}`);
      expectCleanLoad(record);
      assert.equal((await stored(page)).workers, 0);
    } finally {
      await context.close();
    }
  });

  for (const [mode, query] of [['the default mode', ''], ['embed mode', '?mode=embed']]) {
    test(`${mode} registers no service worker and stores nothing`, { timeout: TEST_TIMEOUT }, async () => {
      const context = await browser.newContext({ viewport: SIZES.laptop });
      const page = await context.newPage();
      const record = recordProblems(page);
      const workers = [];
      context.on('serviceworker', (w) => workers.push(w.url()));
      try {
        await page.goto(ATLAS_URL + query, { waitUntil: 'load' });
        await waitForMap(page);
        await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
        await page.waitForTimeout(1_000);
        assert.deepEqual(workers, [], 'a service worker started');
        assert.deepEqual(await stored(page), { workers: 0, caches: 0, local: 0, session: 0, databases: 0, cookies: '' });
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the web app manifest', () => {
  test('is linked from the page and opens the kiosk full screen', { timeout: TEST_TIMEOUT }, async () => {
    const page = await (await fetch(ATLAS_URL)).text();
    assert.match(page, /<link[^>]+rel="?manifest"?[^>]*>/);
    const response = await fetch(new URL('manifest.webmanifest', ATLAS_URL));
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.start_url, './?mode=kiosk');
    assert.equal(manifest.display, 'fullscreen');
    assert.ok(manifest.name && manifest.short_name && manifest.description, JSON.stringify(manifest));
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
    for (const icon of manifest.icons) {
      assert.equal(icon.sizes, 'any');
      assert.equal((await fetch(new URL(icon.src, response.url))).status, 200, `icon ${icon.src}`);
    }
  });
});

async function expectPoll(condition, message, timeout = 5_000) {
  const end = Date.now() + timeout;
  while (!condition()) {
    if (Date.now() > end) assert.fail(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}

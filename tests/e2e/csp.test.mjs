// The atlas under its Content-Security-Policy (no inline code, no inline
// styles, no eval; see "Content-Security-Policy for hosts" in the README): in
// every state a visitor can reach, with the visitor's ordinary actions, the
// browser reports no violation and no console error. The policy must really
// be in force, and the detector must really see a violation.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  ATLAS_URL, SIZES, TEST_TIMEOUT, describeRecord, expectCleanLoad, launchBrowser, openApp, screenshot, waitForMap,
} from './support/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** Runs in the page before its own scripts: keeps every violation report. */
function recordViolations() {
  window.__atlasViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__atlasViolations.push(
      `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile || '?'}:${e.lineNumber} ${e.sample || ''}`.trim(),
    );
  });
}

const violations = (page) => page.evaluate(() => window.__atlasViolations);

/** Opens the atlas recording violations and the page's own response; returns its policy header too. */
async function openWatched(query, options = {}) {
  const documents = [];
  const app = await openApp(browser, {
    viewport: SIZES.laptop,
    ...options,
    query,
    setup: async (page) => {
      await page.addInitScript(recordViolations);
      page.on('response', (r) => { if (r.request().isNavigationRequest()) documents.push(r); });
      await options.setup?.(page);
    },
  });
  const policy = (await documents[0]?.headerValue('content-security-policy')) ?? null;
  return { ...app, policy };
}

/** The header is there, strict, and the same as the page's own <meta> copy. */
async function expectStrictPolicy(page, policy) {
  assert.ok(policy, 'the page came without a Content-Security-Policy header');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['script-src'], ["'self'", "'wasm-unsafe-eval'"], policy);
  assert.deepEqual(directives['style-src'], ["'self'"], policy);
  assert.deepEqual(directives['default-src'], ["'self'"], policy);
  assert.ok(!/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/.test(policy), `the policy is not strict: ${policy}`);
  assert.ok(!('frame-ancestors' in directives), 'the atlas is made to be embedded: no frame-ancestors');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.equal(meta, policy, 'the <meta> copy of the policy differs from the header');
  // A JSON data block (the page's words in every language) is data the browser never runs.
  assert.equal(await page.locator('script:not([src]):not([type="application/json"]), style').count(), 0, 'inline scripts or <style> elements in the page');
  assert.equal(await page.locator('script[type="application/json"]').count(), 1, 'one data block: the page\'s own words');
}

/** No violation reported and nothing in the console. */
async function expectNoViolation(app, when) {
  const seen = await violations(app.page);
  assert.deepEqual(seen, [], `Content-Security-Policy violations ${when}:\n${seen.join('\n')}\n${describeRecord(app.record)}`);
  expectCleanLoad(app.record);
}

/** A visitor's ordinary actions: slider, its keys, the map's keys, a place, the table, the key, About. */
async function useTheAtlas(page) {
  const note = page.locator('.url-note button');
  if (await note.count()) await note.click();
  const slider = page.locator('#date-slider');
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await slider.focus();
  for (const key of ['ArrowRight', 'Shift+ArrowRight', 'PageDown', 'PageUp', 'End', 'Home', 'ArrowLeft']) await page.keyboard.press(key);
  await page.locator('#map').focus();
  for (const key of ['+', 'ArrowLeft', 'ArrowDown', '-', '0']) await page.keyboard.press(key);
  // By its keys: on a small screen the place may be covered by the key or crowded.
  await page.locator('#place-ghulja').focus();
  await page.keyboard.press('Enter');
  await page.locator('.place-card').waitFor();
  await page.locator('#open-table').click();
  await page.locator('#places-table').waitFor();
  await page.locator('#open-table').click();
  // The key's button and About are not on every screen (a small embed folds them away).
  const keyToggle = page.locator('.map-key-toggle');
  if (await keyToggle.isVisible()) {
    await keyToggle.click();
    await keyToggle.click();
  }
  const about = page.getByRole('button', { name: /About/ });
  if (await about.isVisible()) {
    await about.click();
    await page.locator('.about-panel').waitFor();
    await page.keyboard.press('Escape');
  }
  await page.locator('#next-event').click();
  await page.locator('#play').click();
  await page.waitForTimeout(500);
  await page.locator('#play').click();
  // Late work (effects, fonts, the address) has its turn.
  await page.waitForTimeout(300);
}

const STATES = [
  ['the opening view', '', SIZES.laptop],
  ['a link to a day and an event', '?date=1945-09-15&event=battles-wusu-shihezi-jinghe', SIZES.desktop],
  ['a link to a place', '?date=1945-10-01&place=ghulja', SIZES.phone],
  ['kiosk mode', '?mode=kiosk', SIZES.desktop],
  ['embed mode', '?mode=embed', { width: 640, height: 480 }],
  ['the whole span', '?span=all', SIZES.laptop],
  ['a bad link', '?date=1944-13-45&event=%3Cscript%3E&place=nowhere&span=x', SIZES.laptop],
];

describe('the Content-Security-Policy', () => {
  for (const [name, query, viewport] of STATES) {
    test(`${name} runs under the policy without a violation`, { timeout: 60_000 }, async () => {
      const app = await openWatched(query, { viewport });
      try {
        await expectStrictPolicy(app.page, app.policy);
        await expectNoViolation(app, `on loading ${query || '/'}`);
        await useTheAtlas(app.page);
        await expectNoViolation(app, `after using ${query || '/'}`);
        if (query === '') await screenshot(app.page, 'csp-after-use-1024x768');
      } finally {
        await app.context.close();
      }
    });
  }

  test('a file that fails to load and a crash show their messages without a violation', { timeout: 60_000 }, async () => {
    const broken = await openWatched('', {
      waitForMap: false,
      setup: (page) => page.route('**/assets/map/base.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'x' })),
    });
    try {
      await broken.page.locator('.load-error').first().waitFor({ timeout: 15_000 });
      assert.deepEqual(await violations(broken.page), []);
    } finally {
      await broken.context.close();
    }
    const app = await openWatched('');
    try {
      await app.page.evaluate(() => {
        window.dispatchEvent(new ErrorEvent('error', { error: new WebAssembly.RuntimeError('unreachable'), message: 'unreachable' }));
      });
      await app.page.locator('#fatal').waitFor({ state: 'visible' });
      await app.page.locator('#fatal-reload').click();
      await waitForMap(app.page);
      assert.deepEqual(await violations(app.page), []);
    } finally {
      await app.context.close();
    }
  });

  test('the detector sees a violation: an inline style and an inline script are refused and reported', { timeout: TEST_TIMEOUT }, async () => {
    const app = await openWatched('');
    try {
      assert.deepEqual(await violations(app.page), []);
      const ran = await app.page.evaluate(() => {
        const probe = document.createElement('div');
        document.body.append(probe);
        probe.setAttribute('style', 'color: red');
        const script = document.createElement('script');
        script.textContent = 'window.__atlasInlineRan = true;';
        document.body.append(script);
        return { colour: getComputedStyle(probe).color, script: window.__atlasInlineRan === true };
      });
      assert.notEqual(ran.colour, 'rgb(255, 0, 0)', 'the inline style was applied');
      assert.equal(ran.script, false, 'the inline script ran');
      await app.page.waitForFunction(() => window.__atlasViolations.length >= 2, undefined, { timeout: 5_000 });
      const seen = (await violations(app.page)).join('\n');
      assert.match(seen, /^style-src(-attr)? refused inline/m, seen);
      assert.match(seen, /^script-src(-elem)? refused inline/m, seen);
      assert.ok(app.record.consoleErrors.some((e) => /Content Security Policy/i.test(e)), 'the console did not report the refusals');
    } finally {
      await app.context.close();
    }
  });
});

test('the policy is sent with the page itself, not only with the app\'s first address', { timeout: TEST_TIMEOUT }, async () => {
  for (const path of ['', 'index.html', '?mode=embed']) {
    const response = await fetch(ATLAS_URL + path);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /script-src 'self' 'wasm-unsafe-eval'/, path);
  }
});

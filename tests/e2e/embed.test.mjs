// Embed mode as a host site lives it: a page on another origin frames the
// atlas, steers it through postMessage and follows its notices; hostile
// messages change nothing; an origin the settings do not allow is ignored;
// the "Embed this view" dialog writes an <iframe> that opens the same view.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { ATLAS_URL, TEST_TIMEOUT, axeAudit, describeRecord, launchBrowser, recordProblems, screenshot } from './support/browser.mjs';

// Two host sites on origins other than the atlas's, each a small server on
// this machine (Chromium blocks a page with no address from framing a local
// server, so they must be real). Each serves whatever page `pages` holds.
const pages = new Map();
const servers = [];
let browser;
let HOST;
let EVIL;

async function startHostServer() {
  const server = http.createServer((req, res) => {
    const origin = `http://localhost:${server.address().port}`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(pages.get(origin) ?? '<!doctype html><title>empty</title>');
  });
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  servers.push(server);
  return `http://localhost:${server.address().port}`;
}

before(async () => {
  browser = await launchBrowser();
  HOST = await startHostServer();
  EVIL = await startHostServer();
}, { timeout: TEST_TIMEOUT });
after(async () => {
  await browser?.close();
  for (const s of servers) s.close();
});

/** A host page that frames the atlas, records its messages and can send it some. */
function hostPage(src, { width = 800, height = 600, sibling = false } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body>
<main><h1>A newspaper article</h1>
<iframe id="atlas" src="${src}" width="${width}" height="${height}" title="Interactive atlas of the Ili Rebellion" style="border:0"></iframe>
${sibling ? '<iframe id="sibling" title="Another frame" srcdoc="<p>an advert</p>"></iframe>' : ''}
</main>
<script>
  window.received = [];
  addEventListener('message', (e) => {
    if (e.source === document.getElementById('atlas').contentWindow) received.push({ origin: e.origin, data: e.data });
  });
  window.send = (message) => document.getElementById('atlas').contentWindow.postMessage(message, '*');
</script></body></html>`;
}

/** Opens a host page at `origin` framing the atlas at `query`; `settings` replaces the atlas's settings file. */
async function openHost({ origin = HOST, query = '?mode=embed', settings, viewport = { width: 1024, height: 768 }, ...frame } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const record = recordProblems(page);
  pages.set(origin, hostPage(ATLAS_URL + query, frame));
  if (settings) await page.route('**/assets/settings.json', (route) => route.fulfill({ json: settings }));
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${origin}/article.html`);
  const atlas = page.frameLocator('#atlas');
  await atlas.locator('svg#map path.feature').first().waitFor({ timeout: 20_000 });
  return { context, page, record, atlas, warnings };
}

const received = (page, type) => page.evaluate((t) => received.filter((m) => m.data?.type === t), type);
const waitForNotice = (page, type, test = '() => true') =>
  page.waitForFunction(([t, f]) => received.some((m) => m.data?.type === t && new Function('m', `return (${f})(m)`)(m.data)), [type, test], { timeout: 5_000 });

function expectNoErrors(record) {
  const errors = [...record.consoleErrors, ...record.pageErrors];
  assert.deepEqual(errors, [], describeRecord(record));
}

describe('embed mode', () => {
  test('a host page on another origin steers the atlas and follows it', { timeout: 60_000 }, async () => {
    const { context, page, record, atlas } = await openHost({ query: '?mode=embed&controls=slider,panel' });
    try {
      await page.waitForFunction(() => received.some((m) => m.data?.type === 'atlas:ready'), undefined, { timeout: 10_000 });
      const [ready] = await received(page, 'atlas:ready');
      assert.equal(ready.origin, new URL(ATLAS_URL).origin, 'the notice comes from the atlas');
      assert.equal(ready.data.version, 1);
      assert.equal(ready.data.date, '1944-09-01');
      // Only the controls the link asked for.
      assert.equal(await atlas.locator('.atlas-header').count(), 0);
      assert.equal(await atlas.locator('#play').count(), 0);
      assert.equal(await atlas.locator('.map-controls, #zoom-in').count(), 0);
      assert.equal(await atlas.locator('#date-slider').count(), 1);

      await page.evaluate(() => send({ type: 'atlas:set-date', date: '1945-09-15' }));
      await atlas.locator('#date-display', { hasText: '15 September 1945' }).waitFor({ timeout: 5_000 });
      await page.waitForFunction(() => received.some((m) => m.data.type === 'atlas:date-changed' && m.data.date === '1945-09-15'));

      await page.evaluate(() => send({ type: 'atlas:select-place', place: 'ghulja' }));
      await atlas.locator('.place-card').waitFor({ timeout: 5_000 });
      await page.waitForFunction(() => received.some((m) => m.data.type === 'atlas:selection-changed' && m.data.place === 'ghulja'));
      await page.evaluate(() => send({ type: 'atlas:select-place', place: null }));
      await atlas.locator('.place-card').waitFor({ state: 'detached', timeout: 5_000 });

      await page.evaluate(() => send(JSON.stringify({ type: 'atlas:select-event', event: 'etr-declared' })));
      await atlas.locator('#date-display', { hasText: '12 November 1944' }).waitFor({ timeout: 5_000 });
      await page.waitForFunction(() => received.some((m) => m.data.type === 'atlas:selection-changed' && m.data.event === 'etr-declared'));
      await page.evaluate(() => send({ type: 'atlas:next-event' }));
      await page.waitForFunction(() => received.at(-1).data.type === 'atlas:selection-changed' && received.at(-1).data.event !== 'etr-declared');

      // The host's page is in Russian: so is the atlas, from the slider's date to its cards.
      await page.evaluate(() => send({ type: 'atlas:set-language', language: 'ru' }));
      await atlas.locator('html[lang="ru"]').waitFor({ state: 'attached', timeout: 5_000 });
      await atlas.locator('#date-display', { hasText: 'г.' }).waitFor({ timeout: 5_000 });
      await page.evaluate(() => send({ type: 'atlas:set-language', language: 'en' }));
      await atlas.locator('html[lang="en"]').waitFor({ state: 'attached', timeout: 5_000 });

      await page.evaluate(() => send({ type: 'atlas:play' }));
      await page.waitForFunction(() => received.filter((m) => m.data.type === 'atlas:date-changed').length >= 4, undefined, { timeout: 5_000 });
      await page.evaluate(() => send({ type: 'atlas:pause' }));
      await page.waitForTimeout(400);
      const paused = await atlas.locator('#date-display').innerText();
      await page.waitForTimeout(800);
      assert.equal(await atlas.locator('#date-display').innerText(), paused, 'pause stops the clock');
      expectNoErrors(record);
    } finally {
      await context.close();
    }
  });

  test('hostile messages change nothing and break nothing', { timeout: 90_000 }, async () => {
    const { context, page, record, atlas, warnings } = await openHost({ query: '?mode=embed&date=1946-06-06', sibling: true });
    try {
      await page.waitForFunction(() => received.some((m) => m.data?.type === 'atlas:ready'));
      const before = await atlas.locator('#date-display').innerText();
      const outcome = await page.evaluate(() => {
        const hostile = [
          null, undefined, 42, true, 'atlas:play', '', '{', '[]', [], {}, { type: 'atlas:dance' },
          { type: 'atlas:set-date' }, { type: 'atlas:set-date', date: 19450915 }, { type: 'atlas:set-date', date: '1945-02-30' },
          { type: 'atlas:set-date', date: '1945-09-15', extra: 1 }, { type: 'atlas:select-place', place: '<img src=x onerror=alert(1)>' },
          { type: 'atlas:set-date', date: 'x'.repeat(1_000_000) }, 'y'.repeat(5_000_000), new ArrayBuffer(1024), new Date(), /re/,
          { type: ['atlas:play'] }, { type: { toString() { return 'atlas:play'; } } },
        ];
        let deep = {}; const root = deep; for (let i = 0; i < 5_000; i++) { deep.a = {}; deep = deep.a; }
        hostile.push(root);
        const cyclic = { type: 'atlas:play' }; cyclic.self = cyclic; hostile.push(cyclic);
        let refused = 0;
        for (const m of hostile) { try { send(m); } catch { refused++; } }
        // Thousands in a burst, and a second frame of the page that is not the embedder.
        for (let i = 0; i < 3_000; i++) send({ type: 'atlas:dance', n: i });
        return { sent: hostile.length, refused };
      });
      assert.ok(outcome.sent > 20);
      // Ten thousand random payloads, some of them well-formed: no error, still responsive.
      await page.evaluate(() => {
        let seed = 12345;
        const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        const pick = (xs) => xs[Math.floor(rand() * xs.length)];
        const value = (depth) => pick([
          () => null, () => rand() * 1e6, () => 'atlas:' + pick(['play', 'pause', 'set-date', 'select-place', 'x']),
          () => pick(['1944-11-12', '1949-13-01', '', 'ghulja', 'Ghulja', '\u0000', '../../etc']),
          () => (depth > 3 ? 1 : Object.fromEntries([['type', value(depth + 1)], [pick(['date', 'place', 'event', 'z']), value(depth + 1)]])),
          () => (depth > 3 ? [] : [value(depth + 1), value(depth + 1)]),
        ])();
        for (let i = 0; i < 10_000; i++) send(value(0));
      });
      // Messages are handled in order: once this one shows, the flood is through.
      await page.evaluate(() => send({ type: 'atlas:set-date', date: '1947-08-12' }));
      await atlas.locator('#date-display', { hasText: '12 August 1947' }).waitFor({ timeout: 20_000 });
      // Another frame of the host page, not the embedder, is ignored even with a good message
      // (after a second, so that the log's limit for the flood has passed).
      await page.waitForTimeout(1_100);
      await page.evaluate(() => document.getElementById('sibling').contentWindow.eval(
        "parent.document.getElementById('atlas').contentWindow.postMessage({ type: 'atlas:set-date', date: '1949-12-31' }, '*')"));
      await page.waitForTimeout(500);
      assert.equal(await atlas.locator('#date-display').innerText(), '12 August 1947');
      assert.ok(warnings.some((w) => w.includes('did not come from the page that embeds')), 'the stray message is logged');
      assert.notEqual(before, '12 August 1947');
      await atlas.locator('#date-slider').focus();
      await page.keyboard.press('ArrowRight');
      await atlas.locator('#date-display', { hasText: '13 August 1947' }).waitFor({ timeout: 5_000 });
      expectNoErrors(record);
      assert.ok(warnings.some((w) => w.startsWith('Atlas: ignored a message')), 'refusals are logged');
      assert.ok(warnings.length < 200, `the log is not flooded (${warnings.length} warnings)`);
    } finally {
      await context.close();
    }
  });

  test('a page whose origin the settings do not allow can neither steer nor follow the atlas', { timeout: 60_000 }, async () => {
    const settings = { embed: { allowed_origins: [HOST] } };
    const evil = await openHost({ origin: EVIL, query: '?mode=embed&date=1945-01-01', settings });
    try {
      await evil.page.evaluate(() => send({ type: 'atlas:set-date', date: '1949-10-01' }));
      await evil.page.waitForTimeout(1_000);
      assert.equal(await evil.atlas.locator('#date-display').innerText(), '1 January 1945');
      assert.deepEqual(await evil.page.evaluate(() => received), [], 'no notice reaches an origin the settings do not allow');
      assert.ok(evil.warnings.some((w) => w.includes('allowed_origins')), evil.warnings.join('\n'));
      expectNoErrors(evil.record);
    } finally {
      await evil.context.close();
    }
    // The allowed origin, with the same settings, is obeyed.
    const good = await openHost({ origin: HOST, query: '?mode=embed&date=1945-01-01', settings });
    try {
      await good.page.waitForFunction(() => received.some((m) => m.data?.type === 'atlas:ready'));
      await good.page.evaluate(() => send({ type: 'atlas:set-date', date: '1949-10-01' }));
      await good.atlas.locator('#date-display', { hasText: '1 October 1949' }).waitFor({ timeout: 5_000 });
      expectNoErrors(good.record);
    } finally {
      await good.context.close();
    }
  });

  test('"Embed this view" writes an iframe that opens the same view in a small frame, accessibly', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ATLAS_URL).origin });
    const page = await context.newPage();
    const record = recordProblems(page);
    try {
      await page.goto(ATLAS_URL + '?date=1945-09-15&event=igiz-yar-taken');
      await page.locator('svg#map path.feature').first().waitFor();
      await page.locator('#open-embed').click();
      await page.locator('#embed-snippet').waitFor();
      await page.locator('#embed-size').selectOption({ label: '320 × 240, a small box' });
      await page.locator('#embed-show-header').uncheck();
      await page.locator('#embed-show-key').uncheck();
      await page.locator('#copy-embed').click();
      await page.locator('.embed-copied', { hasText: 'Copied' }).waitFor();
      const snippet = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(snippet, await page.locator('#embed-snippet').inputValue());
      assert.match(snippet, /^<iframe src="[^"]*date=1945-09-15&amp;event=igiz-yar-taken&amp;mode=embed&amp;controls=slider,player,zoom,panel,inset" width="320" height="240" title="[^"]+"/);
      await screenshot(page, 'embed-dialog-1280x800');
      await axeAudit(page);
      expectNoErrors(record);

      // Pasted into a page on another origin, it opens the same view.
      const host = await context.newPage();
      const hostRecord = recordProblems(host);
      pages.set(HOST, `<!doctype html><html lang="en"><head><title>Pasted</title></head><body><main><h1>Pasted</h1>${snippet}</main></body></html>`);
      await host.goto(`${HOST}/pasted.html`);
      const frame = host.frameLocator('iframe');
      await frame.locator('#date-display', { hasText: '15 September 1945' }).waitFor({ timeout: 20_000 });
      // A frame this small folds the event card away; the link still holds the event.
      assert.match(await frame.locator('body').evaluate(() => location.search), /event=igiz-yar-taken/);
      assert.equal(await frame.locator('.atlas-header').count(), 0);
      await host.waitForTimeout(800);
      await screenshot(host, 'embed-320x240-in-host');
      await axeAudit(host);
      expectNoErrors(hostRecord);
    } finally {
      await context.close();
    }
  });
});

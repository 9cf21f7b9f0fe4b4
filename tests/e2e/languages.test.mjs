// The atlas in its four languages: every visible word comes from the
// language's file (no message id shows), the page's lang and dir follow the
// language, Uyghur mirrors the layout (but not the map or the time axis),
// the browser's preference chooses the language, the picker changes it, and
// every language passes the accessibility audit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, SIZES, TEST_TIMEOUT, axeAudit, expectCleanLoad, idsShownIn, launchBrowser, messageIds as readMessageIds, openApp, screenshot } from './support/browser.mjs';

let browser;
let messageIds;
before(async () => {
  browser = await launchBrowser();
  messageIds = await readMessageIds();
}, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

describe('languages', () => {
  for (const language of LANGUAGES) {
    test(`${language.code}: every word is translated, the page says its language, and the audit is clean`, { timeout: 60_000 }, async () => {
      const { page, context, record } = await openApp(browser, { viewport: SIZES.laptop, query: `?lang=${language.code}&date=1945-09-15&event=igiz-yar-taken` });
      try {
        // The page's own words switch at once; the atlas's follow when its language's files are in.
        await page.waitForFunction((date) => document.querySelector('#date-display')?.innerText.replace(/[\u2066-\u2069]/g, '') === date, language.date, { timeout: 15_000 })
          .catch(() => {});
        const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(root, { lang: language.code, dir: language.dir });
        // Right to left, values carry bidirectional isolation marks; what a reader sees is the same.
        const unmarked = (text) => text.replace(/[\u2066-\u2069]/g, '');
        assert.equal(unmarked(await page.locator('#date-display').innerText()), language.date);
        assert.equal((await page.locator('label[for="date-slider"]').innerText()).trim(), language.slider);
        const text = await page.locator('body').innerText();
        const shown = idsShownIn(text, messageIds);
        assert.deepEqual(shown, [], 'no message id shows instead of its words');
        if (language.code !== 'en') {
          const title = await page.locator('.event-panel h2').innerText();
          assert.doesNotMatch(title, /Igiz-Yar/, 'the event itself is translated');
        }
        await screenshot(page, `language-${language.code}-1024x768`);
        await axeAudit(page);
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    });
  }

  test('Uyghur mirrors the page but not the map or the time axis', { timeout: 60_000 }, async () => {
    const { page, context } = await openApp(browser, { viewport: SIZES.desktop, query: '?lang=ug&event=etr-declared' });
    try {
      const card = await page.locator('.atlas-card').boundingBox();
      const map = await page.locator('.atlas-map').boundingBox();
      assert.ok(card.x < map.x, 'the card sits on the left of the map');
      const zoom = await page.locator('.map-controls').boundingBox();
      assert.ok(zoom.x < map.x + map.width / 2, 'the zoom buttons move to the left');
      // West stays west: Kashgar is drawn left of Kumul.
      const kashgar = await page.locator('#place-kashgar').boundingBox();
      const kumul = await page.locator('#place-kumul').boundingBox();
      assert.ok(kashgar.x < kumul.x);
      // Time runs left to right: the first day is at the slider's left end.
      await page.locator('#date-slider').focus();
      await page.keyboard.press('Home');
      const slider = await page.locator('#date-slider').boundingBox();
      const thumbAtStart = await page.locator('#date-slider').evaluate((el) => getComputedStyle(el).direction);
      assert.equal(thumbAtStart, 'ltr');
      assert.ok(slider.width > 0);
      await screenshot(page, 'language-ug-rtl-1920x1080');
      await axeAudit(page);
    } finally {
      await context.close();
    }
  });

  test('the browser\'s language is used when the link names none, and the picker changes it', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SIZES.laptop, locale: 'ru-RU', query: '?date=1944-11-12' });
    try {
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
      assert.equal(await page.locator('#date-display').innerText(), '12 ноября 1944 г.');
      await page.locator('#language').selectOption('zh-Hans');
      await page.locator('#date-display', { hasText: '1944年11月12日' }).waitFor({ timeout: 10_000 });
      await page.waitForFunction(() => location.search.includes('lang=zh-Hans'), undefined, { timeout: 5_000 });
      // A link with a language keeps it after a reload.
      await page.reload();
      await page.locator('#date-display', { hasText: '1944年11月12日' }).waitFor({ timeout: 20_000 });
      // (A reload may abort the icon's request; only errors count here.)
      assert.deepEqual([...record.consoleErrors, ...record.pageErrors], []);
    } finally {
      await context.close();
    }
  });
});

// Every mode in every language: the page says its language, no message id
// shows instead of words, and the accessibility audit is clean — the kiosk
// with its invitation, the embed, the presenter. (The explore mode in each
// language is in languages.test.mjs.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, SIZES, TEST_TIMEOUT, axeAudit, idsShownIn, launchBrowser, messageIds as readMessageIds, openApp, screenshot } from './support/browser.mjs';
const MODES = ['kiosk', 'embed', 'present'];

let browser;
let messageIds;
before(async () => {
  browser = await launchBrowser();
  messageIds = await readMessageIds();
}, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

describe('every mode in every language', () => {
  for (const mode of MODES) {
    for (const { code: lang, dir, slider } of LANGUAGES) {
      test(`${mode} in ${lang}`, { timeout: 60_000 }, async () => {
        const { page, context, record } = await openApp(browser, { viewport: SIZES.laptop, hasTouch: mode === 'kiosk', query: `?mode=${mode}&lang=${lang}&date=1945-09-15` });
        try {
          if (mode === 'kiosk') await page.locator('#kiosk-invitation').waitFor();
          // The page's own words say the language at once; the atlas's words, once its files are in.
          await page.waitForFunction((words) => document.querySelector('label[for="date-slider"]')?.textContent.trim() === words, slider, { timeout: 15_000 })
            .catch(() => {});
          assert.equal((await page.locator('label[for="date-slider"]').textContent()).trim(), slider, 'the atlas speaks the language');
          assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), [lang, dir]);
          const text = await page.locator('body').innerText();
          const shown = idsShownIn(text, messageIds);
          assert.deepEqual(shown, [], 'no message id shows instead of its words');
          if (lang === 'ug') await screenshot(page, `${mode}-ug-1024x768`);
          await axeAudit(page);
          assert.deepEqual([...record.consoleErrors, ...record.pageErrors], []);
        } finally {
          await context.close();
        }
      });
    }
  }
});

// Accessibility: axe finds no WCAG 2.0/2.1 A or AA or best-practice violations
// on the first screen at kiosk size and at phone size.
import { test, before, after } from 'node:test';
import { SIZES, TEST_TIMEOUT, axeAudit, launchBrowser, openApp, sizeLabel } from './support/browser.mjs';

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

for (const size of [SIZES.desktop, SIZES.phone]) {
  test(`axe finds no accessibility violations at ${sizeLabel(size)}`, { timeout: TEST_TIMEOUT }, async () => {
    const { context, page } = await openApp(browser, { viewport: size });
    try {
      await axeAudit(page);
    } finally {
      await context.close();
    }
  });
}

// The date slider: named, speaks a human date, and moves by keyboard and by mouse.
import { describe, test, before, after, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_PATTERN, LANGUAGES, SIZES, TEST_TIMEOUT, launchBrowser, openApp, parseHumanDate } from './support/browser.mjs';

const DAY_MS = 24 * 60 * 60 * 1000;
const EXACT_DATE = new RegExp(`^${DATE_PATTERN.source}$`);

let browser;
before(async () => { browser = await launchBrowser(); }, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** The slider's aria-valuetext and the date in #date-display, parsed. */
async function readDate(page) {
  const valuetext = (await page.locator('#date-slider').getAttribute('aria-valuetext')) ?? '';
  const display = await page.locator('#date-display').innerText();
  return { valuetext, display, shown: parseHumanDate(display) };
}

/** Wait until #date-display no longer shows `before`, then read the new date. */
async function readChangedDate(page, before) {
  await page
    .waitForFunction((old) => document.querySelector('#date-display')?.textContent.trim() !== old, before.display.trim(), { timeout: 5_000 })
    .catch(() => { throw new Error(`#date-display still shows ${JSON.stringify(before.display)}`); });
  return readDate(page);
}

/** aria-valuetext begins with the date shown, then may say what changed. */
function assertConsistent({ valuetext, shown }) {
  const date = valuetext.split(' — ')[0];
  assert.match(date, EXACT_DATE, 'aria-valuetext does not begin with a "D Month YYYY" date');
  assert.equal(shown.text, date, '#date-display and aria-valuetext disagree');
}

describe('the date control', () => {
  let app;
  beforeEach(async () => { app = await openApp(browser, { viewport: SIZES.laptop }); }, { timeout: TEST_TIMEOUT });
  afterEach(async () => { await app?.context.close(); });

  test('the date slider is a named range that speaks a human date', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const slider = page.locator('input#date-slider');
    assert.equal(await slider.getAttribute('type'), 'range');
    assert.equal(await page.getByRole('slider', { name: /\S/ }).and(slider).count(), 1, '#date-slider has no accessible name');
    assertConsistent(await readDate(page));
  });

  test('pressing ArrowRight on the slider moves the date on by one day', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const start = await readDate(page);
    await page.locator('#date-slider').focus();
    await page.keyboard.press('ArrowRight');
    const next = await readChangedDate(page, start);
    assertConsistent(next);
    assert.equal(next.shown.date - start.shown.date, DAY_MS,
      `expected the day after ${start.shown.text}, got ${next.shown.text}`);
  });

  test('dragging the slider to the right end shows a later year', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const start = await readDate(page);
    const slider = page.locator('#date-slider');
    const box = await slider.boundingBox();
    const fraction = await slider.evaluate((el) => (el.value - el.min) / (el.max - el.min || 1));
    const y = box.y + box.height / 2;
    const thumbX = box.x + box.height / 2 + fraction * (box.width - box.height);
    await page.mouse.move(thumbX, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 1, y, { steps: 10 });
    await page.mouse.up();
    const end = await readChangedDate(page, start);
    assertConsistent(end);
    assert.ok(end.shown.date.getUTCFullYear() > start.shown.date.getUTCFullYear(),
      `dragging from ${start.shown.text} ended at ${end.shown.text}`);
  });

  test('setting the slider value through an input event updates the date', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = app;
    const start = await readDate(page);
    await page.locator('#date-slider').evaluate((el) => {
      el.value = el.max;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const end = await readChangedDate(page, start);
    assertConsistent(end);
    assert.ok(end.shown.date.getUTCFullYear() > start.shown.date.getUTCFullYear(),
      `setting the maximum moved ${start.shown.text} to ${end.shown.text}`);
  });
});

// A slider step lays out the date and the slider alone: each is a layout
// boundary (size and layout containment), the date's box sized once by the
// language's longest date. So every date must fit that box, and nothing
// beside it may move as the dates go by.
describe('the date\'s own box', () => {
  const SCREENS = { phone: SIZES.phone, 'small phone': { width: 320, height: 568 }, projector: SIZES.laptop, desktop: SIZES.desktop };
  for (const language of LANGUAGES) {
    for (const [name, viewport] of Object.entries(SCREENS)) {
      test(`${language.code}, ${name}: every date fits the box, and a step moves nothing beside it`, { timeout: 60_000 }, async () => {
        // The whole span (1934–1955), so that every year's dates are there.
        const { page, context } = await openApp(browser, { viewport, query: `?lang=${language.code}&span=all` });
        try {
          await page.waitForFunction(() => document.documentElement.lang !== '' && !/^\s*$/.test(document.querySelector('#date-display')?.textContent ?? ''));
          const contained = await page.evaluate(() => ['#date-display', '#date-slider'].map((s) => getComputedStyle(document.querySelector(s)).contain));
          for (const value of contained) assert.match(value, /size/, 'the date and the slider are layout boundaries');
          // The 1st and the 28th of every month of a year (short and long
          // dates), and a day of every year of the span.
          const seen = await page.evaluate(async () => {
            const slider = document.querySelector('#date-slider');
            const text = document.querySelector('#date-display');
            const room = text.parentElement;
            const beside = ['#play', '.date-label', '.date-track-area', '.player-options', 'svg#map'].map((s) => document.querySelector(s)).filter(Boolean);
            const where = () => JSON.stringify([room, ...beside].map((e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); }));
            const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            const start = Date.UTC(1934, 0, 1);
            const offsets = [];
            for (let m = 0; m < 12; m++) for (const d of [1, 28]) offsets.push((Date.UTC(1946, m, d) - start) / 864e5);
            for (let y = 1934; y <= 1955; y++) offsets.push((Date.UTC(y, 8, 28) - start) / 864e5);
            const first = where();
            const out = { overflow: [], moved: [] };
            for (const offset of offsets.filter((o) => o >= Number(slider.min) && o <= Number(slider.max))) {
              slider.value = String(offset);
              slider.dispatchEvent(new Event('input', { bubbles: true }));
              await frame();
              if (text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1) {
                out.overflow.push(`${text.textContent}: ${text.scrollWidth}x${text.scrollHeight} in ${text.clientWidth}x${text.clientHeight}`);
              }
              if (where() !== first) out.moved.push(text.textContent);
            }
            return out;
          });
          assert.deepEqual(seen.overflow, [], 'a date overflows its box');
          assert.deepEqual(seen.moved, [], 'a date step moved the date\'s box or what stands beside it');
        } finally {
          await context.close();
        }
      });
    }
  }
});

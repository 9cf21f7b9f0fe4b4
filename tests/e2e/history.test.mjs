// History on the time slider, as a visitor uses it: the map and the table
// follow the slider, the keyboard walks through every event, a link restores
// the view, and where the sources disagree both claims are shown.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  SIZES, TEST_TIMEOUT, axeAudit, expectCleanLoad, historyEvents, launchBrowser, openApp, screenshot, sizeSlug,
} from './support/browser.mjs';

const TIMELINE_START = Date.UTC(1944, 8, 1);
const TIMELINE_END = Date.UTC(1949, 11, 31);
const DAY_MS = 24 * 60 * 60 * 1000;

let browser;
let events;
before(async () => {
  browser = await launchBrowser();
  events = await historyEvents();
}, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** The first day an EDTF date of the data stands for, as UTC ms. */
function firstDay(edtf) {
  const [y, m, d] = edtf.split('/')[0].replace(/[?~%]$/, '').split('-').map(Number);
  const month = m === undefined ? 0 : m > 20 ? [2, 5, 8, 11][m - 21] : m - 1;
  return Date.UTC(y, month, d ?? 1);
}

/** Who holds a place on the map now (the holder's actor id). */
const holderOnMap = (page, place) => page.locator(`#place-${place}`).getAttribute('data-holder');

/** The "Held by" cell of a place's row in the table. */
const holderInTable = (page, place) => page.locator(`#places-table tr[data-place="${place}"] td`).first().innerText();

/** Drag the slider's thumb to the given day. */
async function dragSliderTo(page, utcMs) {
  const slider = page.locator('#date-slider');
  const box = await slider.boundingBox();
  const thumb = await slider.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--thumb')) * parseFloat(getComputedStyle(document.documentElement).fontSize));
  const { value, max } = await slider.evaluate((el) => ({ value: Number(el.value), max: Number(el.max) }));
  const xAt = (offset) => box.x + thumb / 2 + (offset / max) * (box.width - thumb);
  const y = box.y + box.height / 2;
  await page.mouse.move(xAt(value), y);
  await page.mouse.down();
  await page.mouse.move(xAt((utcMs - TIMELINE_START) / DAY_MS), y, { steps: 12 });
  await page.mouse.up();
}

describe('history on the time slider', () => {
  test('dragging the slider across November 1944 hands Ghulja to the republic on the map and in the table', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SIZES.desktop, query: '?date=1944-10-20' });
    try {
      await page.locator('#open-table').click();
      assert.equal(await holderOnMap(page, 'ghulja'), 'roc');
      assert.match(await holderInTable(page, 'ghulja'), /Republic of China/);
      await dragSliderTo(page, Date.UTC(1944, 11, 5));
      await page.waitForFunction(() => document.querySelector('#place-ghulja')?.dataset.holder === 'etr', undefined, { timeout: 5_000 });
      assert.match(await page.locator('#date-display').innerText(), /(November|December) 1944/);
      assert.match(await holderInTable(page, 'ghulja'), /East Turkestan Republic/);
      const zone = page.locator('#map g.zone[data-zone="ghulja"]');
      assert.equal(await zone.getAttribute('data-controller'), 'etr');
      // And back again before the rising.
      await dragSliderTo(page, Date.UTC(1944, 9, 1));
      await page.waitForFunction(() => document.querySelector('#place-ghulja')?.dataset.holder === 'roc', undefined, { timeout: 5_000 });
      assert.match(await holderInTable(page, 'ghulja'), /Republic of China/);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('the keyboard alone walks through every event of 1944–1949 in order, and back', { timeout: 120_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SIZES.laptop });
    try {
      const expected = events
        .map((e) => ({ id: e.id, day: firstDay(e.date) }))
        .filter((e) => e.day >= TIMELINE_START && e.day <= TIMELINE_END)
        .sort((a, b) => a.day - b.day)
        .map((e) => e.id);
      // The first Tab reaches the skip link, which leads past the map's places to the slider.
      await page.keyboard.press('Tab');
      // Where the focus went, and the page around it, should the skip link not have it.
      const focus = await page.evaluate(() => ({
        text: document.activeElement?.textContent,
        element: document.activeElement?.tagName,
        pageHasFocus: document.hasFocus(),
        firstView: document.documentElement.classList.contains('first-view-shown') || !!document.getElementById('first-view'),
        atlasVisible: getComputedStyle(document.getElementById('app')).visibility,
      }));
      assert.equal(focus.text, 'Skip to the time slider', `the first Tab did not reach the skip link: ${JSON.stringify(focus)}`);
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'date-slider', 'the skip link did not lead to the slider');
      await page.keyboard.press('Home');
      // What the panel shows on the first day counts as visited when it lies in the timeline.
      const first = await page.locator('#event-panel').getAttribute('data-event');
      const seen = expected.includes(first) ? [first] : [];
      for (let i = 0; i < expected.length + 2; i++) {
        const before = await page.locator('#event-panel').getAttribute('data-event');
        await page.keyboard.press('PageDown');
        const moved = await page
          .waitForFunction((old) => document.querySelector('#event-panel')?.dataset.event !== old, before, { timeout: 2_000 })
          .then(() => true, () => false);
        if (!moved) break;
        const id = await page.locator('#event-panel').getAttribute('data-event');
        seen.push(id);
        // The slider shows the event's day.
        const text = await page.locator('#date-slider').getAttribute('aria-valuetext');
        assert.ok(text.length > 0);
      }
      assert.deepEqual(seen, expected);
      // PageUp goes back one event at a time.
      await page.keyboard.press('PageUp');
      await page.waitForFunction((id) => document.querySelector('#event-panel')?.dataset.event === id, expected.at(-2), { timeout: 2_000 });
      // Shift+ArrowLeft moves a month back.
      const before = await page.locator('#date-display').innerText();
      await page.keyboard.press('Shift+ArrowLeft');
      await page.waitForFunction((old) => document.querySelector('#date-display')?.textContent !== old, before, { timeout: 2_000 });
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a link restores the date and the event, and the address follows the view', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { query: '?date=1945-09-15&event=etr-declared' });
    try {
      // The event wins over the date: the panel and the slider show 12 November 1944.
      assert.equal(await page.locator('#event-panel').getAttribute('data-event'), 'etr-declared');
      assert.equal(await page.locator('#date-display').innerText(), '12 November 1944');
      await page.locator('#next-event').click();
      await page.waitForFunction(() => !location.search.includes('etr-declared') && location.search.includes('event='), undefined, { timeout: 3_000 });
      // The event reached by the button is read out by the polite status line.
      const title = await page.locator('#event-title').innerText();
      assert.ok((await page.locator('[role="status"][aria-live="polite"]').innerText()).includes(title));
      const url = page.url();
      const event = await page.locator('#event-panel').getAttribute('data-event');
      const date = await page.locator('#date-display').innerText();
      await page.reload();
      await page.waitForSelector('#event-panel');
      assert.equal(page.url(), url);
      assert.equal(await page.locator('#event-panel').getAttribute('data-event'), event);
      assert.equal(await page.locator('#date-display').innerText(), date);
      // A place in the link opens its card.
      await page.goto(url.split('?')[0] + '?date=1945-10-01&place=tashkurgan');
      await page.waitForSelector('.place-card');
      assert.match(await page.locator('.place-card').innerText(), /held by Pamir rebels/i);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a malformed link opens the atlas on a sensible day with a polite note', { timeout: TEST_TIMEOUT }, async () => {
    const { page, context, record } = await openApp(browser, { query: '?date=1944-99-99&event=%3Cscript%3Ealert(1)%3C/script%3E&place=atlantis' });
    try {
      const note = page.locator('.url-note');
      await note.waitFor();
      assert.equal(await note.getAttribute('role'), 'status');
      const text = await note.innerText();
      assert.match(text, /not a date/);
      assert.match(text, /<script>/, 'the bad value is quoted as text');
      assert.match(text, /atlantis/);
      assert.equal(await page.locator('#date-display').innerText(), '1 September 1944');
      assert.equal(await page.locator('.url-note script').count(), 0);
      await page.getByRole('button', { name: 'Dismiss' }).click();
      assert.equal(await note.count(), 0);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('where the sources disagree, each claim is shown with its source side by side', { timeout: TEST_TIMEOUT }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SIZES.desktop, query: '?event=national-army-merged-into-pla' });
    try {
      const panel = page.locator('#event-panel');
      assert.match(await panel.locator('.disagreement').innerText(), /The sources disagree/);
      const claims = panel.locator('.claim');
      assert.ok((await claims.count()) >= 2);
      const dates = await panel.locator('.claim-date').allInnerTexts();
      assert.ok(dates.some((d) => d.includes('20 December 1949')) && dates.some((d) => d.includes('22 December 1949')), dates.join(' | '));
      // Side by side on a wide screen: the first two claims share a row.
      const [a, b] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
      assert.ok(Math.abs(a.y - b.y) < 2 && b.x > a.x, 'the claims are not side by side');
      // The event's place is ringed on the map.
      assert.ok((await page.locator('#map .place.highlighted').count()) >= 1);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a date step that changes no holder leaves the map untouched', { timeout: TEST_TIMEOUT }, async () => {
    // 2–9 March 1947: no zone changes hands and no event begins in that week.
    const { page, context, record } = await openApp(browser, { query: '?date=1947-03-02' });
    try {
      const changes = await page.evaluate(async () => {
        let count = 0;
        const observer = new MutationObserver((list) => { count += list.length; });
        observer.observe(document.querySelector('svg#map'), { subtree: true, childList: true, attributes: true, characterData: true });
        const slider = document.querySelector('#date-slider');
        for (let i = 0; i < 7; i++) {
          slider.value = String(Number(slider.value) + 1);
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((r) => setTimeout(r, 30));
        }
        observer.disconnect();
        return count;
      });
      assert.match(await page.locator('#date-display').innerText(), /9 March 1947/);
      assert.equal(changes, 0, 'the map was redrawn although nothing on it changed');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('play moves the date on by itself and pause stops it', { timeout: TEST_TIMEOUT }, async () => {
    const { page, context, record } = await openApp(browser, { query: '?date=1945-01-01' });
    try {
      await page.locator('#play').click();
      await page.waitForFunction(() => document.querySelector('#date-display')?.textContent !== '1 January 1945', undefined, { timeout: 3_000 });
      await page.locator('#play').click();
      const stopped = await page.locator('#date-display').innerText();
      await page.waitForTimeout(800);
      assert.equal(await page.locator('#date-display').innerText(), stopped, 'the date moved after pause');
      assert.equal(await page.locator('#play').getAttribute('aria-pressed'), 'false');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  for (const [date, size] of [['1944-10-20', SIZES.desktop], ['1945-10-15', SIZES.desktop], ['1949-12-25', SIZES.laptop], ['1946-07-01', SIZES.phone]]) {
    test(`the map of ${date} at ${sizeSlug(size)}: screenshot and accessibility audit`, { timeout: 60_000 }, async () => {
      const { page, context, record } = await openApp(browser, { viewport: size, query: `?date=${date}` });
      try {
        assert.ok((await page.locator('#map g.zone').count()) >= 8, 'the zones are drawn');
        await page.waitForTimeout(700); // let the fills finish their transition
        await screenshot(page, `history-${date}-${sizeSlug(size)}`);
        await axeAudit(page);
        await page.locator('#open-table').click();
        await page.locator('#places-table').waitFor();
        await axeAudit(page);
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    });
  }
});

// Print and export as a teacher uses them for a handout: the Export control
// in the header, by keyboard, saves the view as SVG or PNG (each carrying the
// date, the key, the sources and the attribution), or prints it on one
// landscape page.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SCREENSHOT_DIR, TEST_TIMEOUT, axeAudit, expectCleanLoad, launchBrowser, message, openApp, screenshot } from './support/browser.mjs';

const QUERY = '?date=1945-09-15&event=igiz-yar-taken';
const SCREEN = { width: 1280, height: 800 };
const EXPORT_DIR = path.join(SCREENSHOT_DIR, '..', 'exports');
const NOTE = 'Boundaries are approximate reconstructions';
const SOURCE_TITLE = 'Encyclopedia article “Ili National Army”';

let browser;
let actors;
before(async () => {
  browser = await launchBrowser();
  actors = JSON.parse(await readFile(new URL('../../assets/history/actors.json', import.meta.url), 'utf8')).actors;
  await mkdir(EXPORT_DIR, { recursive: true });
}, { timeout: TEST_TIMEOUT });
after(async () => { await browser?.close(); });

/** The names of the parties holding a zone on the map now. */
async function holdersOnScreen(page) {
  const ids = await page.locator('svg#map g.zone[data-controller]').evaluateAll((gs) => [...new Set(gs.map((g) => g.dataset.controller).filter(Boolean))]);
  return ids.map((id) => actors.find((a) => a.id === id).name);
}

/** Opens the Export options from the keyboard and tabs to the option `id`. */
async function openAndTabTo(page, id) {
  await page.locator('#open-export').focus();
  await page.keyboard.press('Enter');
  await page.locator('#export-options').waitFor();
  for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.id)) !== id; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), id, `Tab reaches #${id}`);
}

/** Chooses an option by keyboard; resolves to the download it offers. */
async function exportByKeyboard(page, id) {
  await openAndTabTo(page, id);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

/** The colours at `points` of a PNG (in a page, through a canvas). */
function pixels(page, png, points) {
  return page.evaluate(async ({ b64, points }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return points.map(([x, y]) => Array.from(ctx.getImageData(x, y, 1, 1).data).slice(0, 3));
  }, { b64: png.toString('base64'), points });
}

/** Pages in a PDF made by Chromium. */
const pdfPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;

describe('export and print', () => {
  test('Save as SVG: a standalone picture with the date, key, sources, attribution and the screen\'s colours', { timeout: 90_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: QUERY });
    const picture = await context.newPage();
    try {
      const holders = await holdersOnScreen(page);
      assert.ok(holders.length >= 2, `parties hold the map: ${holders}`);
      const download = await exportByKeyboard(page, 'export-svg');
      assert.equal(download.suggestedFilename(), 'ili-atlas-1945-09-15.svg');
      const file = path.join(EXPORT_DIR, download.suggestedFilename());
      await download.saveAs(file);
      await page.locator('#export-status', { hasText: 'Saved as ili-atlas-1945-09-15.svg' }).waitFor();
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'open-export', 'the focus is back on Export');
      assert.equal(await page.locator('#export-options').count(), 0, 'the options closed');

      const svg = await readFile(file, 'utf8');
      assert.match(svg, /^<\?xml [^>]*\?>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);

      // Opened alone in the browser, as a teacher would open the file.
      await picture.goto(pathToFileURL(file).href);
      const opened = await picture.evaluate(() => ({
        root: document.documentElement.localName,
        texts: [...document.querySelectorAll('text')].map((t) => t.textContent).join(' '),
        title: document.querySelector('svg > title')?.textContent,
        width: document.documentElement.width.baseVal.value,
        height: document.documentElement.height.baseVal.value,
      }));
      assert.equal(opened.root, 'svg');
      assert.match(opened.title, /Ili Rebellion.*15 September 1945/);
      for (const wanted of ['15 September 1945', 'Pamir rebels take Igiz-Yar', SOURCE_TITLE, 'Natural Earth', NOTE, ...holders.map((h) => `Held by ${h}`)]) {
        assert.ok(opened.texts.includes(wanted), `the picture says ${JSON.stringify(wanted)}:\n${opened.texts}`);
      }
      await picture.setViewportSize({ width: Math.ceil(opened.width), height: Math.ceil(opened.height) });
      await screenshot(picture, 'export-svg-1945-09-15');

      // The same colours as on screen: the computed paint of the map's parts…
      const PARTS = ['.feature.neighbour-country', '.feature.neighbour-province', '.feature.province', '.feature.district',
        '.feature.lake', '.feature.river', '.zone-fill', '.place-marker', '.place-ring', '.place-label', '.range-label', '.edge-arrow'];
      const paint = (root) => (parts) => parts.map((sel) => {
        const el = document.querySelector(`${root} ${sel}`);
        if (!el) return [sel, null];
        const s = getComputedStyle(el);
        return [sel, [s.fill, s.stroke, s.strokeWidth, s.fontSize, s.opacity, s.display].join(' | ')];
      });
      const live = await page.evaluate(`(${paint.toString()})('svg#map')(${JSON.stringify(PARTS)})`);
      const exported = await picture.evaluate(`(${paint.toString()})('svg > svg')(${JSON.stringify(PARTS)})`);
      assert.deepEqual(exported, live, 'computed fills and strokes in the file are those on screen');
      assert.ok(live.filter(([, p]) => p).length >= 10, `most parts are on the map: ${JSON.stringify(live)}`);

      // …and the pixels: points of the map where no label, place or overlay is.
      const liveBox = await page.locator('svg#map').boundingBox();
      // The map's place in the file, from its attributes (an inner svg's box would take in its overflow).
      const fileBox = await picture.locator('svg > svg').evaluate((s) => Object.fromEntries(['x', 'y', 'width', 'height'].map((k) => [k, s[k].baseVal.value])));
      const points = await page.evaluate(({ x, y, width, height }) => {
        const avoid = [...document.querySelectorAll('svg#map text, svg#map .place, svg#map .edge-pointer')].map((e) => e.getBoundingClientRect());
        const out = [];
        for (let i = 1; i < 16; i++) for (let j = 1; j < 10; j++) {
          const [px, py] = [Math.round(x + (width * i) / 16), Math.round(y + (height * j) / 10)];
          const el = document.elementFromPoint(px, py);
          if (!el?.closest('svg#map') || el.closest('.place, .edge-pointer')) continue;
          if (avoid.some((r) => px > r.left - 6 && px < r.right + 6 && py > r.top - 6 && py < r.bottom + 6)) continue;
          out.push([px - x, py - y]);
        }
        return out;
      }, liveBox);
      assert.ok(points.length >= 30, `enough clear points to compare: ${points.length}`);
      const liveShot = await page.screenshot({ clip: liveBox });
      const fileShot = await picture.screenshot({ clip: fileBox });
      const near = (p) => [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => [p[0] + dx, p[1] + dy]));
      // Decoded in a blank page: the atlas's own page, under its strict policy, loads no data: images.
      const blank = await context.newPage();
      const seen = await pixels(blank, liveShot, points);
      const there = await pixels(blank, fileShot, points.flatMap(near));
      await blank.close();
      const differ = points.filter((p, i) => !there.slice(i * 9, i * 9 + 9).some((c) => c.every((v, k) => Math.abs(v - seen[i][k]) <= 8)));
      assert.equal(differ.length, 0, `pixels that differ between screen and file at ${JSON.stringify(differ.slice(0, 10))} of ${points.length}`);
      console.log(`# exported SVG: ${(svg.length / 1024).toFixed(0)} KB, ${opened.width}×${opened.height}; ${points.length} pixels compared`);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('in Russian and in Uyghur the saved picture and the printed page speak that language; Uyghur runs right to left', { timeout: 120_000 }, async () => {
    for (const lang of ['ru', 'ug']) {
      const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: `${QUERY}&lang=${lang}` });
      const picture = await context.newPage();
      try {
        const words = {};
        for (const id of ['atlas-title', 'key-title', 'key-boundaries-approximate', 'print-sources', 'print-map-data', 'about-in-english']) {
          words[id] = await message(lang, id);
        }
        const download = await exportByKeyboard(page, 'export-svg');
        const file = path.join(EXPORT_DIR, `${lang}-${download.suggestedFilename()}`);
        await download.saveAs(file);
        await picture.goto(pathToFileURL(file).href);
        const opened = await picture.evaluate(() => ({
          lang: document.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
          texts: [...document.querySelectorAll('text')].map((t) => t.textContent).join(' '),
          first: (() => {
            const t = document.querySelector(':root > g > text');
            return { direction: t.getAttribute('direction'), x: t.x.baseVal[0].value, right: t.getBBox().x + t.getBBox().width };
          })(),
          width: document.documentElement.width.baseVal.value,
          height: document.documentElement.height.baseVal.value,
        }));
        assert.equal(opened.lang, lang);
        for (const [id, text] of Object.entries(words)) assert.ok(opened.texts.includes(text), `${lang}: the picture says ${id} (${text}):\n${opened.texts}`);
        for (const english of [NOTE, 'Held by', 'Sources of what is shown', SOURCE_TITLE]) {
          assert.ok(!opened.texts.includes(english), `${lang}: English left in the picture: ${english}`);
        }
        if (lang === 'ug') {
          assert.equal(opened.first.direction, 'rtl');
          assert.ok(opened.first.x > opened.width / 2 && opened.first.right <= opened.width, `the title starts on the right: ${JSON.stringify(opened.first)}`);
        }
        await picture.setViewportSize({ width: Math.ceil(opened.width), height: Math.ceil(opened.height) });
        await screenshot(picture, `export-svg-${lang}-1945-09-15`);

        await page.emulateMedia({ media: 'print' });
        const footer = await page.locator('.print-footer').innerText();
        for (const id of ['print-sources', 'key-boundaries-approximate', 'about-in-english']) {
          assert.ok(footer.includes(words[id]), `${lang}: the printed page says ${id}: ${footer}`);
        }
        assert.ok(!footer.includes(NOTE) && !footer.includes(SOURCE_TITLE), `${lang}: English left on the printed page: ${footer}`);
        await screenshot(page, `print-${lang}-1945-09-15`);
        expectCleanLoad(record);
      } finally {
        await context.close();
      }
    }
  });

  test('in Chinese the saved picture carries the pieces of the atlas\'s Chinese font it needs, for machines without one', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: `${QUERY}&lang=zh-Hans` });
    const picture = await context.newPage();
    try {
      const download = await exportByKeyboard(page, 'export-svg');
      const file = path.join(EXPORT_DIR, `zh-Hans-${download.suggestedFilename()}`);
      await download.saveAs(file);
      const svg = await readFile(file, 'utf8');
      const faces = svg.match(/@font-face \{ font-family: "Atlas Noto Sans SC"; src: url\(data:font\/woff2;base64,/g) ?? [];
      const pieces = (await readFile(new URL('../../assets/fonts/cjk.css', import.meta.url), 'utf8')).match(/@font-face/g).length;
      assert.ok(faces.length >= 3 && faces.length < pieces, `some pieces of the font, not all: ${faces.length} of ${pieces}`);
      // Opened alone, the picture draws its Chinese with the font it carries.
      await picture.goto(pathToFileURL(file).href);
      const used = await picture.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts].filter((f) => f.family.includes('Atlas Noto Sans SC')).map((f) => f.status);
      });
      assert.ok(used.includes('loaded'), `the carried font is used: ${used}`);
      await picture.setViewportSize({ width: 1330, height: 1100 });
      await screenshot(picture, 'export-svg-zh-Hans-1945-09-15');

      // The PNG, drawn from that picture, has its words: the title's band is not blank.
      const png = await readFile(await (await exportByKeyboard(page, 'export-png')).path());
      await writeFile(path.join(EXPORT_DIR, 'zh-Hans-ili-atlas-1945-09-15.png'), png);
      const band = [];
      for (let x = 40; x < 1200; x += 4) for (let y = 40; y < 110; y += 3) band.push([x, y]);
      const blank = await context.newPage();
      const ink = (await pixels(blank, png, band)).filter(([r, g, b]) => r + g + b < 200).length;
      await blank.close();
      assert.ok(ink > 100, `the PNG's title is drawn: ${ink} dark pixels in its band`);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('Save as PNG: twice the map\'s size, crisp on a projector', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: QUERY });
    try {
      const map = await page.locator('svg#map').boundingBox();
      const download = await exportByKeyboard(page, 'export-png');
      assert.equal(download.suggestedFilename(), 'ili-atlas-1945-09-15.png');
      const file = path.join(EXPORT_DIR, download.suggestedFilename());
      await download.saveAs(file);
      const png = await readFile(file);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      assert.ok(width >= 2 * map.width && height >= 2 * map.height, `${width}×${height} holds the ${map.width}×${map.height} map twice over`);
      await page.locator('#export-status', { hasText: 'Saved as ili-atlas-1945-09-15.png' }).waitFor();
      console.log(`# exported PNG: ${width}×${height}, ${(png.length / 1024).toFixed(0)} KB`);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a PNG the browser cannot make is said politely, never a crash', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: QUERY });
    try {
      const warnings = [];
      page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
      await page.evaluate(() => { HTMLCanvasElement.prototype.toBlob = function (done) { done(null); }; });
      await openAndTabTo(page, 'export-png');
      await page.keyboard.press('Enter');
      const status = page.locator('#export-status', { hasText: 'could not be made' });
      await status.waitFor();
      assert.ok(await status.isVisible(), 'the message shows');
      assert.ok(warnings.some((w) => w.includes('PNG')), `the console has the details: ${warnings}`);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('the options open and close by keyboard, in presenter mode too, with 44 px targets and no axe violation', { timeout: 60_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: { width: 1024, height: 768 }, query: `${QUERY}&mode=present` });
    try {
      await openAndTabTo(page, 'export-svg');
      for (const id of ['open-export', 'export-svg', 'export-png', 'export-print']) {
        const box = await page.locator(`#${id}`).boundingBox();
        assert.ok(box.height >= 44 && box.width >= 44, `#${id} is ${box.width}×${box.height}`);
      }
      await screenshot(page, 'export-menu-present-1024x768');
      await axeAudit(page);
      await page.keyboard.press('Escape');
      await page.locator('#export-options').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'open-export', 'Escape gives the focus back');
      // Print asks the browser's print dialog.
      await page.evaluate(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
      await openAndTabTo(page, 'export-print');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => window.printed === 1);
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });

  test('a museum wall offers no export, nor does a frame in another site', { timeout: 60_000 }, async () => {
    for (const mode of ['kiosk', 'embed']) {
      const { page, context } = await openApp(browser, { viewport: { width: 1280, height: 800 }, query: `${QUERY}&mode=${mode}` });
      try {
        await page.locator('.header-buttons').waitFor();
        assert.equal(await page.locator('#open-export').count(), 0, `no Export in ${mode} mode`);
      } finally {
        await context.close();
      }
    }
  });

  test('print: one landscape page with the date large, the map, the panel, the key unfolded and the sources', { timeout: 90_000 }, async () => {
    const { page, context, record } = await openApp(browser, { viewport: SCREEN, query: QUERY });
    try {
      const holders = await holdersOnScreen(page);
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'print-1945-09-15');
      for (const hidden of ['.header-buttons', '.atlas-controls', '#date-slider', '.map-controls', '.map-key', '.locator']) {
        assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
      }
      for (const shown of ['svg#map', '#event-panel', '.print-key', '.print-scale', '.print-date', '.print-footer']) {
        assert.ok(await page.locator(shown).isVisible(), `${shown} is printed`);
      }
      // The map takes the page's main cell: the left two thirds, between the date and the key.
      const map = await page.locator('svg#map').boundingBox();
      const dateBox = await page.locator('.print-date').boundingBox();
      const keyBox = await page.locator('.print-key').boundingBox();
      assert.ok(map.width >= 0.55 * (await page.evaluate(() => innerWidth)), `the printed map is wide: ${map.width} px`);
      assert.ok(map.y >= dateBox.y + dateBox.height - 1 && map.y + map.height <= keyBox.y + 1, 'the printed map lies between the date and the key');
      const date = page.locator('.print-date .print-day');
      assert.equal(await date.innerText(), '15 September 1945');
      const size = (l) => l.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      assert.ok(await size(date) >= 2 * await size(page.locator('.event-summary')), 'the date is large');
      const footer = await page.locator('.print-footer').innerText();
      for (const wanted of [SOURCE_TITLE, 'Natural Earth', NOTE]) assert.ok(footer.includes(wanted), `the footer says ${wanted}: ${footer}`);
      const legend = await page.locator('.print-key').innerText();
      for (const h of holders) assert.ok(legend.includes(h), `the key names ${h}`);
      const ink = await page.locator('.event-title').evaluate((e) => [getComputedStyle(e).color, getComputedStyle(document.querySelector('.atlas')).backgroundColor]);
      assert.deepEqual(ink, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'black on white');

      for (const format of ['A4', 'Letter']) {
        const pdf = await page.pdf({ format, landscape: true });
        await writeFile(path.join(EXPORT_DIR, `print-1945-09-15-${format}.pdf`), pdf);
        assert.equal(pdfPages(pdf), 1, `one ${format} page`);
      }
      const css = await page.pdf({ preferCSSPageSize: true });
      assert.equal(pdfPages(css), 1, 'one page at the style sheet\'s size');
      expectCleanLoad(record);
    } finally {
      await context.close();
    }
  });
});

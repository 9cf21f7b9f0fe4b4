// Shared helpers for the end-to-end tests: one headless Chromium per test
// file, a page opener that records everything that went wrong while loading,
// screenshots and an axe accessibility audit.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Base URL of the served app (the static build in dist/). */
export const ATLAS_URL = process.env.ATLAS_URL || 'http://127.0.0.1:8123/';

/** Where screenshots are written. */
export const SCREENSHOT_DIR = path.join(process.env.ATLAS_ARTIFACTS || 'artifacts', 'screenshots');

/** Per-test timeout: the CI machine has two cores, so be generous. */
export const TEST_TIMEOUT = 30_000;

/** How long to wait for the map to be drawn. */
const READY_TIMEOUT = 20_000;

export const SIZES = {
  desktop: { width: 1920, height: 1080 },
  laptop: { width: 1024, height: 768 },
  phone: { width: 390, height: 844 },
};

/** "1920×1080" for test names, "1920x1080" for file names. */
export const sizeLabel = ({ width, height }) => `${width}×${height}`;
export const sizeSlug = ({ width, height }) => `${width}x${height}`;

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Start recording console errors, page errors, failed requests and HTTP errors. */
export function recordProblems(page) {
  const record = { consoleErrors: [], pageErrors: [], failedRequests: [], badResponses: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const { url, lineNumber } = msg.location();
      record.consoleErrors.push(`${msg.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (err) => record.pageErrors.push(err.stack || String(err)));
  page.on('requestfailed', (req) =>
    record.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400) record.badResponses.push(`${res.status()} ${res.request().method()} ${res.url()}`);
  });
  return record;
}

export function describeRecord(record) {
  const lines = [];
  for (const [kind, items] of Object.entries(record)) {
    lines.push(`${kind}: ${items.length === 0 ? 'none' : ''}`);
    for (const item of items) lines.push(`  - ${item}`);
  }
  return lines.join('\n');
}

/** Resolves when the map has drawn at least one feature. */
export async function waitForMap(page, timeout = READY_TIMEOUT) {
  await page.waitForFunction(
    () => document.querySelectorAll('svg#map path.feature').length > 0,
    undefined,
    { timeout },
  );
}

/**
 * Open the app in a fresh context.
 *
 * options:
 *   viewport  – { width, height }, default 1024×768
 *   query     – a query string for the page's address, e.g. '?date=1944-11-12' 
 *   setup     – async (page) => {} run before navigation (e.g. page.route)
 *   waitForMap – wait until the map is drawn (default true)
 *   plus any other browser.newContext() options.
 *
 * Returns { context, page, record }.
 */
export async function openApp(browser, options = {}) {
  const { setup, waitForMap: shouldWait = true, viewport = SIZES.laptop, query = '', ...contextOptions } = options;
  const context = await browser.newContext({ viewport, ...contextOptions });
  const page = await context.newPage();
  const record = recordProblems(page);
  if (setup) await setup(page);
  await page.goto(ATLAS_URL + query, { waitUntil: 'load' });
  if (shouldWait) {
    try {
      await waitForMap(page);
    } catch (err) {
      const body = (await page.locator('body').innerText().catch(() => '')).slice(0, 500);
      throw new Error(
        `the map never drew a path.feature inside svg#map within ${READY_TIMEOUT} ms at ${ATLAS_URL}\n` +
          `${describeRecord(record)}\nvisible text: ${JSON.stringify(body)}\n(${err.message.split('\n')[0]})`,
      );
    }
    // Let late requests (fonts, further data) settle so that they are recorded too.
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => {});
  }
  return { context, page, record };
}

/** Assert that nothing went wrong while loading. */
export function expectCleanLoad(record) {
  const total = Object.values(record).reduce((n, items) => n + items.length, 0);
  assert.equal(total, 0, `expected a clean load, but:\n${describeRecord(record)}`);
}

/** Save a viewport screenshot as <artifacts>/screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Run axe (WCAG 2.0/2.1 A and AA plus best practice); fail on any violation. */
export async function axeAudit(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const report = results.violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    at ${n.target.join(' ')}`).join('\n');
      return `- ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
  assert.equal(results.violations.length, 0, `axe found ${results.violations.length} violation(s):\n${report}`);
  return results;
}

/** Parse "1 September 1944" as a UTC date; throws on anything else. */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
export const DATE_PATTERN = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`);

export function parseHumanDate(text) {
  const m = DATE_PATTERN.exec(text ?? '');
  if (!m) throw new Error(`not a "D Month YYYY" date: ${JSON.stringify(text)}`);
  const [, day, month, year] = m;
  return { text: m[0], date: new Date(Date.UTC(Number(year), MONTHS.indexOf(month), Number(day))) };
}

/** The atlas's four languages: the page's direction, the time slider's label
 *  and 15 September 1945 as the atlas writes them in each. */
export const LANGUAGES = [
  { code: 'en', dir: 'ltr', slider: 'Date', date: '15 September 1945' },
  { code: 'ug', dir: 'rtl', slider: 'چېسلا', date: '1945-يىلى 15-سېنتەبىر' },
  { code: 'zh-Hans', dir: 'ltr', slider: '日期', date: '1945年9月15日' },
  { code: 'ru', dir: 'ltr', slider: 'Дата', date: '15 сентября 1945 г.' },
];

/** The events of the history, as the data file holds them. */
export async function historyEvents() {
  return JSON.parse(await readFile(new URL('../../../assets/history/events.json', import.meta.url), 'utf8')).events;
}

/** The ids of the English interface's messages that could be mistaken for
 *  nothing but an id (those with a hyphen: `table-title`, not `Key`). */
export async function messageIds() {
  const ftl = await readFile(new URL('../../../assets/i18n/en/atlas.ftl', import.meta.url), 'utf8');
  return [...ftl.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]).filter((id) => id.includes('-'));
}

/** The message ids that show in `text` instead of their words. */
export const idsShownIn = (text, ids) => ids.filter((id) => new RegExp(`(^|\\s)${id}(\\s|$)`).test(text));

/** The words of a one-line message in a language's interface file, e.g.
 *  `await message('ru', 'key-title')` → "Условные обозначения". */
export async function message(language, id) {
  const ftl = await readFile(new URL(`../../../assets/i18n/${language}/atlas.ftl`, import.meta.url), 'utf8');
  const found = ftl.match(new RegExp(`^${id} = (.+)$`, 'm'));
  if (!found) throw new Error(`assets/i18n/${language}/atlas.ftl has no one-line message ${id}`);
  return found[1].trim();
}

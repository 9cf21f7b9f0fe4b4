// Browser figures for the atlas, measured in headless Chromium through the
// DevTools protocol: time to the first painted map, WebAssembly download and
// instantiation, slider step to painted frame (with and without animation), a
// drag's pointer move on the map to painted frame, memory and DOM size over a
// long run of date steps, and the browser's floor (one text changed on an
// empty page). CPU throttled 1× and 6×. Prints median, p95 and max; never
// fails on a time.
//
// Run by `cargo xtask bench` (which builds and serves the bundle); directly:
//   ATLAS_URL=http://127.0.0.1:8080/ node tests/bench/browser.mjs
import { chromium } from 'playwright-core';

const URL = process.env.ATLAS_URL || 'http://127.0.0.1:8080/';
const STEPS = Number(process.env.ATLAS_BENCH_STEPS || 500);
const LONG_RUN = Number(process.env.ATLAS_BENCH_LONG_RUN || 10_000);
const LOADS = Number(process.env.ATLAS_BENCH_LOADS || 5);
const VIEWPORT = { width: 1920, height: 1080 };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** "median 12.3 ms  p95 15.0 ms  max 20.1 ms  (500 runs)" */
function figures(name, samples, unit = 'ms') {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.round((s.length - 1) * q)];
  const f = (v) => `${v.toFixed(1).padStart(8)} ${unit}`;
  return `${name.padEnd(52)} median ${f(at(0.5))}  p95 ${f(at(0.95))}  max ${f(s[s.length - 1])}  (${s.length} runs)`;
}

/** A fresh page with the CPU slowed `rate` times. */
async function open(rate, { reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { context, page, cdp, errors };
}

/** Marks, as ms since navigation, the first frame painted with a map: the
 *  page's first view (the map the build draws into the page, shown while the
 *  module loads) and the atlas's own map (`svg#map`, drawn by the module).
 *  Each is the frame whose animation callbacks first find its zones in the
 *  page, timed by a message sent from that callback, which runs once that
 *  frame is painted. */
const FIRST_MAP_PROBE = () => {
  const mark = (name) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => { window[name] ??= performance.now(); };
    channel.port2.postMessage(0);
  };
  const watch = () => {
    if (window.__atlasFirstView === undefined && document.documentElement.classList.contains('first-view-shown') && document.querySelector('.first-view g.zone')) {
      mark('__atlasFirstView');
    }
    if (document.querySelector('svg#map g.zone')) {
      mark('__atlasFirstMap');
    } else {
      requestAnimationFrame(watch);
    }
  };
  requestAnimationFrame(watch);
};

async function loadFigures(rate) {
  const firstView = [];
  const firstMap = [];
  const download = [];
  const instantiate = [];
  for (let i = 0; i < LOADS; i++) {
    const { context, page, errors } = await open(rate);
    await page.addInitScript(FIRST_MAP_PROBE);
    await page.goto(URL, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__atlasFirstMap !== undefined, undefined, { timeout: 120_000 });
    const t = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const ready = performance.getEntriesByName('atlas-wasm-instantiated')[0];
      return { view: window.__atlasFirstView, first: window.__atlasFirstMap, wasmStart: wasm?.startTime, wasmEnd: wasm?.responseEnd, ready: ready?.startTime };
    });
    firstMap.push(t.first);
    // A first view drawn after the atlas's own map would never show; count the atlas's then.
    firstView.push(Math.min(t.view ?? t.first, t.first));
    if (t.wasmStart !== undefined) download.push(t.wasmEnd - t.wasmStart);
    if (t.ready !== undefined && t.wasmStart !== undefined) instantiate.push(t.ready - t.wasmStart);
    if (errors.length) console.log(`  errors while loading: ${errors.join('; ')}`);
    await context.close();
  }
  console.log(figures(`first painted map: the page's first view (${rate}x CPU)`, firstView));
  console.log(figures(`first map drawn by the atlas (${rate}x CPU)`, firstMap));
  if (download.length) console.log(figures(`wasm download (${rate}x CPU)`, download));
  if (instantiate.length) console.log(figures(`wasm request to instantiated (${rate}x CPU)`, instantiate));
}

/** Runs `steps` steps in the page and returns each one's time and what it
 *  changed. The change happens at the start of a frame (in a
 *  requestAnimationFrame callback), as a pointer event's would; the time runs
 *  until the task after that frame's paint, so a step that fits in the frame
 *  counts its own cost, and one that does not counts the frames it spills
 *  into. `slider`: the atlas's slider walks forward four days at a time
 *  across the timeline, wrapping around; `text`: the text of the page's only
 *  element changes (the floor). What a step changed is read between steps,
 *  outside the time: `holder` (a zone changed hands, and so the event too),
 *  `event` (the event shown changed), or `date` (only the date). */
const STEP_RUN = async ([steps, what]) => {
  const slider = document.querySelector('#date-slider');
  const text = document.querySelector('#floor');
  const max = Number(slider?.max);
  const shown = () => ({
    event: document.querySelector('#event-panel')?.dataset.event,
    holders: [...document.querySelectorAll('svg#map g.zone')].map((z) => z.dataset.controller).join(),
  });
  const step = (i) => new Promise((resolve) => requestAnimationFrame(() => {
    const start = performance.now();
    if (what === 'slider') {
      slider.value = String((i * 4) % (max + 1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    } else {
      text.firstChild.nodeValue = `step ${i}`;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now() - start);
    channel.port2.postMessage(0);
  }));
  const out = [];
  let before = shown();
  for (let i = 0; i < steps; i++) {
    const ms = await step(i);
    const after = shown();
    const kind = after.holders !== before.holders ? 'holder' : after.event !== before.event ? 'event' : 'date';
    out.push({ ms, kind });
    before = after;
  }
  return out;
};

/** The same step on a page holding one line of text: what any change costs
 *  this browser on this machine, whatever the page, to read the atlas's
 *  figures against. */
async function floorFigures(rate) {
  const { context, page } = await open(rate, { reducedMotion: 'reduce' });
  await page.setContent('<p id="floor">step</p>');
  const samples = (await page.evaluate(STEP_RUN, [STEPS, 'text'])).map((s) => s.ms);
  console.log(figures(`one text changed on an empty page, the floor (${rate}x CPU)`, samples));
  await context.close();
}

/** Time from a slider input to the frame painted after it, over `steps` dates. */
async function stepFigures(rate, reducedMotion) {
  const { context, page, cdp } = await open(rate, { reducedMotion });
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForSelector('svg#map g.zone', { timeout: 120_000 });
  await cdp.send('Performance.enable');
  const durations = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await durations();
  const steps = await page.evaluate(STEP_RUN, [STEPS, 'slider']);
  const samples = steps.map((s) => s.ms);
  const after = await durations();
  const label = reducedMotion === 'reduce' ? 'without animation' : 'with animation';
  console.log(figures(`slider step to painted frame, ${label} (${rate}x CPU)`, samples));
  // The same steps by what they changed: the p95 is set by the steps that
  // bring a new event or a new holder, the median by those of a date alone.
  for (const [kind, name] of [['date', 'only the date changes'], ['event', 'a new event shows'], ['holder', 'a zone changes hands']]) {
    const some = steps.filter((s) => s.kind === kind).map((s) => s.ms);
    if (some.length) console.log(figures(`  steps where ${name}`, some));
  }
  // Where a step's main-thread time goes, on average (DevTools' own counters).
  const per = (name) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000 / samples.length).toFixed(2);
  console.log(`  per step: script ${per('ScriptDuration')} ms, style ${per('RecalcStyleDuration')} ms, layout ${per('LayoutDuration')} ms, all tasks ${per('TaskDuration')} ms`);
  await context.close();
}

/** Time from a pointer move of a drag on the map to the frame painted after
 *  it, over `moves` moves of 3 px (back and forth, as a hand would), each at
 *  the start of a frame as in STEP_RUN. The drag is a mouse's, dispatched on
 *  the map itself. */
const DRAG_RUN = async (moves) => {
  const svg = document.querySelector('svg#map');
  const box = svg.getBoundingClientRect();
  const [x0, y0] = [box.left + box.width / 2, box.top + box.height / 2];
  const pointer = (type, x, y) => svg.dispatchEvent(new PointerEvent(type, {
    pointerId: 7, pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y, bubbles: true, buttons: type === 'pointerup' ? 0 : 1,
  }));
  pointer('pointerdown', x0, y0);
  const out = [];
  for (let i = 1; i <= moves; i++) {
    const dx = 3 * (i % 80 < 40 ? i % 40 : 40 - (i % 40));
    out.push(await new Promise((resolve) => requestAnimationFrame(() => {
      const start = performance.now();
      pointer('pointermove', x0 + dx, y0 + dx / 2);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    })));
  }
  pointer('pointerup', x0, y0);
  return out;
};

/** Time from a drag's pointer move to the painted frame, over `STEPS` moves. */
async function dragFigures(rate) {
  const { context, page } = await open(rate, { reducedMotion: 'reduce' });
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForSelector('svg#map g.zone', { timeout: 120_000 });
  const samples = await page.evaluate(DRAG_RUN, STEPS);
  console.log(figures(`map dragged: pointer move to painted frame (${rate}x CPU)`, samples));
  await context.close();
}

/** JS heap (after a garbage collection) and DOM nodes now. */
async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name) => list.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes') };
}

/** Prints heap and DOM nodes before and after a run (all at 1x CPU). */
function reportMemory(run, before, after, errors) {
  const mb = (b) => (b / 1048576).toFixed(2);
  console.log(`JS heap before / after ${run} (1x CPU)`.padEnd(60) +
    `${mb(before.heap)} MB / ${mb(after.heap)} MB  (growth ${mb(after.heap - before.heap)} MB)`);
  console.log(`DOM nodes before / after ${run}`.padEnd(60) + `${before.nodes} / ${after.nodes}`);
  if (errors.length) console.log(`  errors during the run: ${errors.join('; ')}`);
}

/** JS heap and DOM nodes before and after a long run of date steps. */
async function memoryFigures() {
  const { context, page, cdp, errors } = await open(1);
  await page.goto(URL, { waitUntil: 'load' });
  await page.waitForSelector('svg#map g.zone', { timeout: 120_000 });
  await cdp.send('Performance.enable');
  const before = await memory(cdp);
  await page.evaluate(async (steps) => {
    const slider = document.querySelector('#date-slider');
    const max = Number(slider.max);
    let seed = 12345;
    for (let i = 0; i < steps; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      slider.value = String(seed % (max + 1));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 500));
  }, LONG_RUN);
  const after = await memory(cdp);
  reportMemory(`${LONG_RUN} date steps`, before, after, errors);
  await context.close();
}

/** JS heap and DOM nodes before and after many turns of the kiosk's attract
 *  loop, its clock driven by Playwright's (a day of kiosk use in seconds). */
async function attractFigures() {
  const CYCLES = Number(process.env.ATLAS_BENCH_ATTRACT_CYCLES || 200);
  const { context, page, cdp, errors } = await open(1);
  const settings = { kiosk: { seconds_per_moment: 4, key_moments: ['ghulja-rising', 'etr-declared', 'manasi-river-front', 'coalition-collapses'] } };
  await page.clock.install();
  await page.route('**/assets/settings.json', (route) => route.fulfill({ json: settings }));
  await page.goto(URL + '?mode=kiosk', { waitUntil: 'load' });
  await page.waitForSelector('#kiosk-invitation', { timeout: 120_000 });
  await cdp.send('Performance.enable');
  const before = await memory(cdp);
  const moments = settings.kiosk.key_moments.length;
  for (let i = 0; i < CYCLES * moments; i++) await page.clock.runFor(4_000);
  const after = await memory(cdp);
  reportMemory(`${CYCLES} attract-loop cycles`, before, after, errors);
  await context.close();
}

console.log(`atlas at ${URL}, ${VIEWPORT.width}x${VIEWPORT.height}, Chromium ${browser.version()}`);
// ATLAS_BENCH_ONLY=attract runs the attract-loop figures alone; =steps the slider steps
// and the map's drag alone; =load the start-up figures alone (ATLAS_BENCH_LOADS loads each).
const only = process.env.ATLAS_BENCH_ONLY;
if (only === 'load') {
  for (const rate of [1, 6]) await loadFigures(rate);
} else if (only === 'steps') {
  for (const rate of [1, 6]) {
    await floorFigures(rate);
    await stepFigures(rate, 'reduce');
    await stepFigures(rate, 'no-preference');
    await dragFigures(rate);
  }
} else if (only !== 'attract') {
  for (const rate of [1, 6]) {
    await loadFigures(rate);
    await floorFigures(rate);
    await stepFigures(rate, 'reduce');
    await stepFigures(rate, 'no-preference');
    await dragFigures(rate);
  }
  await memoryFigures();
}
if (only !== 'steps' && only !== 'load') await attractFigures();
await browser.close();

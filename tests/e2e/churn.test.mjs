// Quick ogw.mount / ogw.unmount cycles of every widget with a feed object,
// as a single-page app does when it changes routes: unmounted at once (in
// the same task as the mount) or 0-5 ms after the mount resolved, in Danish
// and English. Whatever a widget left to run (a frame, a timeout, a scroll
// handler, the feed's task) must find it gone without a panic (a trap kills
// the core and every widget of its kind on the page), no DOM may stay
// behind, and a widget mounted afterwards must work. The JS heap and the
// core's memory are reported per cycle (a report; the bound is generous).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';
import { daycareFeed } from './daycare-feed.mjs';

const CYCLES_PER_LANG = 110; // 220 measured cycles per widget, after 20 to warm up
const WARM_UP = 20;
const plan = JSON.parse(await readFile(new URL('../../www/feeds/handlingsplan-2017-2019.json', import.meta.url), 'utf8'));
const FEEDS = { status: plan, timeline: plan, daycare: daycareFeed(300) };

let servers, browser;
before(async () => {
  servers = await startServers({
    '/churn.html': (cdn) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Churn</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Churn</h1>
<ogw-status id="status"><p>Fallback</p></ogw-status>
<ogw-timeline id="timeline"><p>Fallback</p></ogw-timeline>
<ogw-daycare id="daycare"><p>Fallback</p></ogw-daycare>
</main></body></html>`,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** Mount/unmount cycles in the page; returns what went wrong in them. */
function cycles({ widget, lang, count, first }) {
  const el = document.getElementById(widget);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const problems = [];
  return (async () => {
    for (let i = first; i < first + count; i++) {
      const mode = i % 7; // 0: unmount in the same task; 1-6: 0-5 ms after the mount resolved
      try {
        const mounted = window.ogw.mount(el, { feed: window.churnFeed, lang });
        if (mode > 0) {
          await mounted;
          await sleep(mode - 1);
        }
        await window.ogw.unmount(el);
      } catch (e) {
        problems.push(`cycle ${i}: ${e}`);
      }
      const root = el.shadowRoot;
      const left = root ? [...root.children].filter((c) => c.tagName !== 'SLOT').length : 0;
      if (left > 0 || !root?.querySelector('slot')) problems.push(`cycle ${i}: ${left} elements left in the shadow root`);
    }
    await sleep(400); // past the frames, scroll events and the daycare address's 250 ms
    return problems;
  })();
}

/** The core's linear memory (it only grows) and the JS heap after a full GC. */
async function memory(p, cdp, widget) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await p.evaluate(async (w) => {
    const base = new URL('.', document.querySelector('script[src$="ogw.js"]').src).href;
    // The loader's module instance: a second import is the same module, and init returns its exports.
    // dist/ogw-cores.json names each core's content-hashed files (.ci/pin-cores).
    const cores = await (await fetch(`${base}ogw-cores.json`)).json();
    // The core the loader chose: a page with both plan widgets gets the shared one.
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    const name = w !== 'daycare' && cores.plan && loaded.includes(base + cores.plan.js) ? 'plan' : w;
    const glue = await import(base + cores[name].js);
    // The exports have short names (.ci/minify-names.mjs): the memory is the one that is a Memory.
    const exports = await glue.default();
    return Object.values(exports).find((v) => v instanceof WebAssembly.Memory).buffer.byteLength;
  }, widget);
  return { heap: usedSize, wasm };
}

for (const widget of Object.keys(FEEDS)) {
  test(`${widget}: ${WARM_UP + 2 * CYCLES_PER_LANG} mounts and unmounts, then one that works`, { timeout: 180_000 }, async (t) => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error' && /panicked|unreachable/.test(m.text())) errors.push(`console: ${m.text()}`); });
    await p.goto(`${servers.hostUrl}/churn.html`);
    await p.evaluate(() => window.ogw.ready);
    await p.evaluate((feed) => { window.churnFeed = feed; }, FEEDS[widget]);
    const cdp = await context.newCDPSession(p);
    const started = Date.now();

    assert.deepEqual(await p.evaluate(cycles, { widget, lang: 'da', count: WARM_UP, first: 0 }), []);
    const before = await memory(p, cdp, widget);
    let n = WARM_UP;
    for (const lang of ['da', 'en']) {
      const problems = await p.evaluate(cycles, { widget, lang, count: CYCLES_PER_LANG, first: n });
      n += CYCLES_PER_LANG;
      assert.deepEqual(problems, [], `${lang}: every cycle mounts, unmounts and leaves nothing`);
      assert.deepEqual(errors, [], `${lang}: nothing thrown on the page`);
    }
    const afterCycles = await memory(p, cdp, widget);
    const measured = 2 * CYCLES_PER_LANG;
    const heapPerCycle = (afterCycles.heap - before.heap) / measured;
    const wasmPerCycle = (afterCycles.wasm - before.wasm) / measured;
    const report = `${widget}: ${n} cycles in ${((Date.now() - started) / 1000).toFixed(1)} s; JS heap ${(before.heap / 1e6).toFixed(2)} → ${(afterCycles.heap / 1e6).toFixed(2)} MB `
      + `(${(heapPerCycle / 1024).toFixed(2)} KB per cycle), core memory ${(before.wasm / 1048576).toFixed(2)} → ${(afterCycles.wasm / 1048576).toFixed(2)} MiB `
      + `(${(wasmPerCycle / 1024).toFixed(2)} KB per cycle)`;
    t.diagnostic(report);
    console.log(report);
    // Generous: a widget that kept its DOM, its feed or its closures alive
    // per cycle would pass these in a few dozen cycles.
    assert.ok(heapPerCycle < 20 * 1024, `JS heap growth per cycle: ${heapPerCycle.toFixed(0)} B`);
    assert.ok(wasmPerCycle < 64 * 1024, `core memory growth per cycle: ${wasmPerCycle.toFixed(0)} B`);

    // A widget mounted afterwards draws its summary and its table, and answers.
    await p.evaluate((w) => window.ogw.mount(document.getElementById(w), { feed: window.churnFeed, lang: 'en' }), widget);
    const summary = p.locator(`#${widget} .ogw-summary`).first();
    await summary.waitFor({ timeout: 10_000 });
    assert.ok((await summary.textContent()).trim().length > 10, 'a summary');
    assert.ok(await p.locator(`#${widget} table tbody tr`).count() > 0, 'a table with rows');
    if (widget === 'daycare') {
      const count = p.locator('#daycare .ogw-dc-count');
      assert.equal(await count.textContent(), 'Showing 300 of 300 institutions');
      await p.locator('#daycare .ogw-dc-search input').fill('Egernet');
      await p.waitForFunction(() => document.getElementById('daycare').shadowRoot.querySelector('.ogw-dc-count').textContent !== 'Showing 300 of 300 institutions', null, { timeout: 5000 });
    } else {
      // The table's button shows the numbers (the widget still answers a click).
      await p.locator(`#${widget} button[aria-controls="ogw-table"]`).click();
      assert.equal(await p.locator(`#${widget} button[aria-controls="ogw-table"]`).getAttribute('aria-expanded'), 'true');
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

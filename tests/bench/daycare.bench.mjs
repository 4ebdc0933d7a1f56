// The daycare dashboard's speed on a whole country, as the issue asks: in
// headless Chromium, on the 4,600-institution synthetic feed, parse + first
// render of the table, re-sort and re-filter after a keystroke, each beside a
// plain hand-written DOM table of the same rows (the floor), in the same run.
// Targets: below (COLD_MS, FIRST_RENDER_MS, FRAME_MS); FEED= for another feed.
//
// A report, not a test: it prints the figures and exits 0 whatever they are,
// and non-zero only when something could not be measured (a page error, a
// widget that never rendered, a floor that shows other rows than the widget).
//
//   node tests/bench/daycare.bench.mjs            (make bench runs it)
//   RUNS=25 node tests/bench/daycare.bench.mjs    (more runs; default 15)
//
// How it measures, in the page, with performance.now() (0.1 ms steps):
// - t0 is taken just before the element is appended (or ogw.mount is called,
//   or the sort button is clicked, or the search box gets its `input` event);
// - "DOM": the MutationObserver callback that first sees the result (a table
//   row; the first row's text changed; the count line changed);
// - "frame" (the main table): the end of the next animation frame after that.
//   Its first rAF callback forces style and layout ("layout"), and a message
//   posted there runs once the frame is painted;
// - how much of "frame" is waiting for the frame to begin (up to 16.7 ms at
//   60 Hz; headless Chromium begins one as soon as there is something to
//   paint): t0 to the last DOM change before the frame, plus the frame itself,
//   is the work; a rAF chain begun at t0 says when the frame began.
// Cold mounts each get a new browser context (empty cache, ogw.js loaded, no
// core yet); warm ones re-mount on a page whose core is instantiated. Garbage
// is collected (CDP) before every measured step. Widget and floor runs
// alternate, so a busy machine slows both; the load average is printed.
import os from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import { startServers } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

// FEED=/feeds/generated/dagtilbud-60000.json for a larger country (make bench
// makes it with `ogw generate daycare --institutions 60000`).
const FEED = process.env.FEED || '/feeds/generated/dagtilbud-syntetisk.json';
const FEED_FILE = new URL('../../www' + FEED, import.meta.url);
// The core's content-hashed name (.ci/pin-cores).
const CORE_NAME = JSON.parse(await readFile(new URL('../../dist/ogw-cores.json', import.meta.url), 'utf8')).daycare.wasm;
const CORE_FILE = new URL(`../../dist/${CORE_NAME}`, import.meta.url);
const RUNS = Number(process.env.RUNS) || 15;
const VIEWPORT = { width: 1280, height: 900 };
// The first figure column's sort button ("Børn pr. voksen, 0-2 år": lower is
// better, so the first click sorts ascending): buttons are Name, Kommune, Type, figures.
const SORT_BUTTON = 3;
// One keystroke into the empty search box: 627 of 4,600 names and addresses have a "c".
const KEY = 'c';
// Targets (issue 13): at 4,600 institutions a cold first render (wasm, feed
// and render) within 250 ms, a sort or keystroke within a frame; at 60,000
// (make bench sets them) first rows within 1.5 s, sort and keystroke 50 ms.
const COLD_MS = Number(process.env.COLD_MS) || 250;
const FIRST_RENDER_MS = Number(process.env.FIRST_RENDER_MS) || 100;
const FRAME_MS = Number(process.env.FRAME_MS) || 16;

// ---------------------------------------------------------------------------
// In both pages: the measuring harness. `bench.until(t0, cond)` resolves with
// the times (from t0) at which `cond()` first held after a DOM change, of the
// last DOM change before the next frame, of the style and layout forced in that
// frame, and of the frame's end.
const HARNESS = String.raw`
(function () {
  'use strict';
  var bench = window.bench = {};
  // A widget's shadow root is attached inside ogw.mount; watch it from then on.
  var attach = Element.prototype.attachShadow, shadowWatchers = new Map();
  Element.prototype.attachShadow = function (init) {
    var root = attach.call(this, init), watch = shadowWatchers.get(this);
    if (watch) { shadowWatchers.delete(this); watch(root); }
    return root;
  };
  bench.onShadow = function (host, watch) { shadowWatchers.set(host, watch); };

  // Every frame from t0 on is noted by a requestAnimationFrame chain begun at
  // t0, so its callback runs first in each frame (before any the change adds).
  bench.until = function (t0, cond, layoutProbe) {
    var observer, seen = null, changes = [], frames = [], ended = false, done, added = 0;
    (function tick() {
      if (ended) return;
      requestAnimationFrame(function () { frames.push(performance.now()); tick(); });
    })();
    var promise = new Promise(function (resolve, reject) {
      var timer = setTimeout(function () { done(new Error('nothing changed within 30 s')); }, 30000);
      function frame() {
        requestAnimationFrame(function () {
          var raf = performance.now();
          layoutProbe(); // style and layout of the change, which the frame needs anyway
          var laidOut = performance.now();
          var channel = new MessageChannel();
          channel.port1.onmessage = function () {
            var end = performance.now();
            ended = true;
            clearTimeout(timer);
            observer.disconnect();
            // The frame that showed the change, and the last DOM change before it.
            var start = frames.filter(function (f) { return f > seen; })[0];
            var last = changes.filter(function (c) { return c < start; }).pop();
            resolve({
              t0: t0,
              dom: seen - t0,
              settled: last - t0,
              layout: laidOut - raf,
              frame: end - t0,
              // What the change cost the main thread until painted: without the
              // idle wait, if any, from its last DOM change to that frame.
              work: (last - t0) + (end - start),
              added: added,
            });
          };
          channel.port2.postMessage(null);
        });
      }
      done = function (error) {
        ended = true;
        clearTimeout(timer);
        if (observer) observer.disconnect();
        reject(error);
      };
      observer = new MutationObserver(function (records) {
        var now = performance.now();
        changes.push(now);
        if (bench.counting) {
          // Elements added since the last callback, each once: a node added
          // inside another added one is already among its descendants.
          var batch = new Set();
          records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (n.nodeType === 1) batch.add(n); }); });
          batch.forEach(function (n) {
            for (var p = n.parentNode; p; p = p.parentNode) if (batch.has(p)) return;
            added += 1 + n.getElementsByTagName('*').length;
          });
        }
        var state = cond();
        if (state instanceof Error) return done(state);
        if (seen === null && state) { seen = now; frame(); }
      });
    });
    return {
      promise: promise,
      watch: function (root) { observer.observe(root, { subtree: true, childList: true, characterData: true }); },
    };
  };

  // The feed's text, fetched once, for the mounts that are given it.
  bench.prefetch = function (url) {
    return fetch(url).then(function (r) { return r.text(); }).then(function (t) { bench.feedText = t; return t.length; });
  };

  bench.frames = function (n) {
    return new Promise(function (resolve) {
      (function next() { if (n-- <= 0) resolve(); else requestAnimationFrame(next); })();
    });
  };

  // The same steps on the widget or the floor, given where its parts are.
  // target: { root(), row, name, sort, search, count, error }: selectors in root()
  bench.sort = function (target, index) {
    var root = target.root();
    var button = root.querySelectorAll(target.sort)[index];
    if (!button) return Promise.reject(new Error('no sort button ' + index));
    var firstText = function () { var r = root.querySelector(target.row); return r ? r.textContent : ''; };
    var before = firstText();
    var t0 = performance.now();
    var wait = bench.until(t0, function () { return firstText() !== before; }, function () { return root.querySelector(target.row).getBoundingClientRect(); });
    wait.watch(root);
    button.click();
    return wait.promise;
  };
  bench.type = function (target, text) {
    var root = target.root();
    var input = root.querySelector(target.search), count = root.querySelector(target.count);
    var before = count.textContent;
    var t0 = performance.now();
    var wait = bench.until(t0, function () { return count.textContent !== before; }, function () { var r = root.querySelector(target.row); return (r || count).getBoundingClientRect(); });
    wait.watch(root);
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    return wait.promise;
  };
  // What the table shows: the count line and the rendered rows' names.
  bench.shows = function (target) {
    var root = target.root();
    return {
      count: root.querySelector(target.count).textContent,
      rows: root.querySelectorAll(target.row).length,
      names: Array.prototype.map.call(root.querySelectorAll(target.name), function (n) { return n.textContent; }),
    };
  };
  bench.firstRowOrError = function (root, target) {
    var error = root.querySelector(target.error);
    if (error) return new Error('the widget says: ' + error.textContent);
    return root.querySelector(target.row) !== null;
  };
})();
`;

// The widget page: ogw.js from the CDN origin, as the e2e tests embed it; each
// mount is a new element in #stage.
const WIDGET_JS = String.raw`
(function () {
  var stage = document.getElementById('stage'), current = null;
  var target = {
    root: function () { return current.shadowRoot; },
    row: '.ogw-dc-table tbody tr:not(.ogw-dc-spacer)',
    name: '.ogw-dc-table tbody tr:not(.ogw-dc-spacer) th',
    sort: 'th button.ogw-dc-sort',
    search: '.ogw-dc-search input[type=search]',
    count: '.ogw-dc-count',
    error: '.ogw-error',
  };
  window.widget = {
    target: target,
    // A new element each time, and no state left in the address by the last one.
    mount: function (how) {
      if (current) throw new Error('unmount first');
      history.replaceState(null, '', location.pathname);
      var el = document.createElement(how === 'element' ? 'ogw-daycare' : 'div');
      if (how === 'element') el.setAttribute('src', ${JSON.stringify(FEED)});
      current = el;
      var t0 = performance.now();
      var wait = bench.until(t0, function () { return bench.firstRowOrError(el.shadowRoot, target); },
        function () { return el.shadowRoot.querySelector(target.row).getBoundingClientRect(); });
      bench.onShadow(el, wait.watch);
      stage.appendChild(el);
      if (how === 'text') ogw.mount(el, { widget: 'daycare', feed: bench.feedText, lang: 'da' }).catch(function () {});
      return wait.promise;
    },
    unmount: function () {
      var el = current;
      current = null;
      el.remove();
      history.replaceState(null, '', location.pathname);
      return ogw.unmount(el); // <ogw-daycare> also unmounts itself once removed: the second is a no-op
    },
  };
})();
`;

// The floor: plain hand-written JavaScript and a plain <table> of the same
// columns as text, the same window of rows as the widget has in its DOM, sorted
// and filtered over all rows with Array.prototype.sort and .filter.
const FLOOR_JS = String.raw`
(function () {
  var stage = document.getElementById('stage'), box = null;
  var TYPES = { nursery: 'Vuggestue', kindergarten: 'Børnehave', integrated: 'Integreret institution',
                family_daycare: 'Dagpleje', other: 'Anden institution' };
  var MISSING = { suppressed: 'for få børn', not_reported: 'ikke oplyst', not_applicable: 'ikke relevant',
                  diskretioneret: 'for få børn', 'ikke oplyst': 'ikke oplyst', 'ikke relevant': 'ikke relevant' };
  var RANK = { 'for få børn': 1, 'ikke oplyst': 2, 'ikke relevant': 3 };
  var ROW_H = 44;
  // Names sort the Danish way: case aside, æ ø å after z.
  function collate(s) {
    return s.toLowerCase().replace(/[æä]/g, '{').replace(/[øö]/g, '|').replace(/å/g, '}').replace(/é/g, 'e').replace(/ü/g, 'y');
  }
  function fold(s) {
    return s.toLowerCase().replace(/å/g, 'aa').replace(/[æä]/g, 'ae').replace(/[øö]/g, 'oe').replace(/[éèê]/g, 'e').replace(/ü/g, 'u');
  }
  function thousands(n) { return String(n).replace(/\B(?=(\d{3})+$)/g, '.'); }
  function clock(hhmm) { var p = hhmm.split(':'); return Number(p[0]) + '.' + p[1]; }

  var target = {
    root: function () { return box; },
    row: 'tbody tr:not(.spacer)',
    name: 'tbody tr:not(.spacer) th',
    sort: 'th button',
    search: 'input[type=search]',
    count: '.count',
    error: '.error',
  };

  function Floor(window_, text, into) {
    var feed = JSON.parse(text);
    var areas = {};
    feed.areas.forEach(function (a) { areas[a.code] = a.name; });
    var figures = feed.figures.filter(function (f) { return f.presence === 'mandatory'; });
    var byName = feed.units.map(function (u) {
      return { u: u, area: areas[u.area] || u.area || '', key: collate(u.name),
               hay: fold(u.name) + '\n' + fold(u.address || '') };
    });
    byName.sort(function (a, b) { return a.key < b.key ? -1 : a.key > b.key ? 1 : 0; });
    var sorted = byName, shown = byName, needle = '', sortedBy = null, descending = false;

    var count = document.createElement('p');
    count.className = 'count';
    var search = document.createElement('input');
    search.type = 'search';
    search.addEventListener('input', function () {
      needle = fold(search.value.trim());
      refilter();
      render();
    });
    var scroller = document.createElement('div');
    scroller.className = 'scroll';
    var table = document.createElement('table');
    var head = table.createTHead().insertRow();
    ['Navn', 'Kommune', 'Type'].concat(figures.map(function (f) { return typeof f.label === 'string' ? f.label : f.label.da; }), ['Åbner', 'Lukker'])
      .forEach(function (label, i) {
        var th = document.createElement('th');
        th.scope = 'col';
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = label;
        if (i >= 3 && i < 3 + figures.length) button.addEventListener('click', function () { sortBy(figures[i - 3]); });
        th.appendChild(button);
        head.appendChild(th);
      });
    var body = table.createTBody();
    var spacer = document.createElement('tr');
    spacer.className = 'spacer';
    spacer.appendChild(document.createElement('td')).colSpan = 5 + figures.length;
    scroller.appendChild(table);
    into.append(search, count, scroller);

    function value(u, f) {
      var v = u.values && u.values[f.id];
      if (typeof v === 'number') return v;
      return MISSING[v] || 'ikke oplyst';
    }
    function sortBy(f) {
      descending = sortedBy === f ? !descending : f.better === 'higher';
      sortedBy = f;
      var sign = descending ? -1 : 1;
      // Numbers first in the chosen direction, then the kinds of missing value; ties in name order.
      sorted = byName.slice().sort(function (a, b) {
        var x = value(a.u, f), y = value(b.u, f);
        var nx = typeof x === 'number', ny = typeof y === 'number';
        if (nx && ny) return sign * (x - y);
        if (nx || ny) return nx ? -1 : 1;
        return RANK[x] - RANK[y];
      });
      refilter();
      render();
    }
    function refilter() {
      shown = needle ? sorted.filter(function (r) { return r.hay.indexOf(needle) >= 0; }) : sorted;
    }
    function cell(tr, tag, text) {
      var c = document.createElement(tag);
      c.textContent = text;
      tr.appendChild(c);
    }
    function hours(u, end) {
      var best = null, h = u.opening_hours;
      if (!h) return 'ikke oplyst';
      for (var day in h) {
        var m = /^(\d\d:\d\d)-(\d\d:\d\d)$/.exec(h[day]);
        if (!m) continue;
        var t = m[end ? 2 : 1];
        if (best === null || (end ? t > best : t < best)) best = t;
      }
      return best === null ? 'ikke oplyst' : clock(best);
    }
    function render() {
      var rows = document.createDocumentFragment(), n = Math.min(window_, shown.length);
      for (var i = 0; i < n; i++) {
        var r = shown[i], u = r.u, tr = document.createElement('tr');
        var th = document.createElement('th');
        th.scope = 'row';
        th.textContent = u.name;
        tr.appendChild(th);
        cell(tr, 'td', r.area);
        cell(tr, 'td', TYPES[u.type] || 'Anden institution');
        for (var j = 0; j < figures.length; j++) {
          var v = value(u, figures[j]);
          cell(tr, 'td', typeof v === 'number' ? v.toFixed(figures[j].decimals || 0).replace('.', ',') : v);
        }
        cell(tr, 'td', hours(u, false));
        cell(tr, 'td', hours(u, true));
        rows.appendChild(tr);
      }
      spacer.firstChild.style.height = (shown.length - n) * ROW_H + 'px';
      rows.appendChild(spacer);
      scroller.scrollTop = 0;
      body.replaceChildren(rows);
      count.textContent = 'Viser ' + thousands(shown.length) + ' af ' + thousands(byName.length) + ' institutioner';
    }
    render();
  }

  window.floor = {
    target: target,
    mount: function (how, rows) {
      if (box) throw new Error('unmount first');
      box = document.createElement('div');
      var el = box;
      var t0 = performance.now();
      var wait = bench.until(t0, function () { return el.querySelector(target.row) !== null; },
        function () { return el.querySelector(target.row).getBoundingClientRect(); });
      wait.watch(el);
      stage.appendChild(el);
      var start = how === 'text' ? Promise.resolve(bench.feedText)
        : fetch(${JSON.stringify(FEED)}).then(function (r) { if (!r.ok) throw new Error('HTTP ' + r.status); return r.text(); });
      start.then(function (t) { Floor(rows, t, el); }).catch(function (e) {
        var p = document.createElement('p'); p.className = 'error'; p.textContent = String(e); el.appendChild(p);
      });
      return wait.promise;
    },
    unmount: function () { box.remove(); box = null; },
  };
})();
`;

// What the floor's table looks like: the widget's row height and scroll box.
const FLOOR_CSS = `
  body { font: 16px/1.4 system-ui, sans-serif; }
  .scroll { max-height: min(70vh, 640px); overflow: auto; border: 1px solid #b3b3b3; }
  table { border-collapse: collapse; width: max-content; min-width: 100%; }
  th, td { white-space: nowrap; padding: 0 .5rem; height: 44px; text-align: start; }
  thead th { position: sticky; top: 0; background: #eef1f4; }
  .spacer td { padding: 0; height: auto; }
`;

const page = (title, head, script) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">${head}<script>${HARNESS}</script></head>
<body><main><h1>${title}</h1><div id="stage"></div></main><script>${script}</script></body></html>`;

const PAGES = {
  '/widget.html': (cdn) => page('Dagtilbud: widget', `<script src="${cdn}ogw.js" defer></script>`, WIDGET_JS),
  '/floor.html': () => page('Dagtilbud: gulv', `<style>${FLOOR_CSS}</style>`, FLOOR_JS),
};

// ---------------------------------------------------------------------------

// Set when the floor does not show what the widget shows: the figures are
// printed, but the comparison is not fair, so the exit status says so.
const failures = [];
// Console errors, printed at the end (a page error stops the run).
const notes = [];
const samples = new Map(); // "side|step|phase" -> [ms]
function record(side, step, timing) {
  for (const phase of ['dom', 'settled', 'layout', 'frame', 'work']) {
    const key = `${side}|${step}|${phase}`;
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key).push(timing[phase]);
  }
}

let servers, browser;

async function open(path) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(`${path}: ${e}`));
  p.on('console', (m) => { if (m.type() === 'error') notes.push(`${path}: console: ${m.text()}`); });
  // The wasm memories instantiated in the page, for the memory figure.
  await p.addInitScript(() => {
    const memories = window.__wasmMemories = [];
    for (const name of ['instantiate', 'instantiateStreaming']) {
      const original = WebAssembly[name];
      WebAssembly[name] = function (...args) {
        return original.apply(this, args).then((result) => {
          // Exports have short names (.ci/minify-names.mjs): the memory is the one that is a Memory.
          const memory = Object.values((result.instance || result).exports || {}).find((v) => v instanceof WebAssembly.Memory);
          if (memory instanceof WebAssembly.Memory) memories.push(memory);
          return result;
        });
      };
    }
  });
  await p.goto(servers.hostUrl + path);
  const cdp = await context.newCDPSession(p);
  const gc = () => cdp.send('HeapProfiler.collectGarbage');
  // The page's memory after a collection: the JS heap, the buffers behind it
  // and the wasm memories (which only grow: their size is their peak).
  const memory = async () => {
    await gc();
    const heap = await cdp.send('Runtime.getHeapUsage');
    const wasm = await p.evaluate(() => window.__wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0));
    return heap.usedSize + (heap.backingStorageSize || 0) + wasm;
  };
  const settle = async () => { await p.evaluate(() => bench.frames(3)); await gc(); };
  return { p, errors, gc, settle, memory, close: () => context.close() };
}

async function widgetReady(w) {
  await w.p.waitForFunction(() => window.ogw && window.bench && window.widget);
  await w.p.evaluate(() => ogw.ready);
}

class Unmeasured extends Error {}

// One step, timed in the page. A step that cannot be measured ends the run.
async function step(tab, side, name, fn, arg) {
  await tab.settle();
  let timing;
  try {
    timing = await tab.p.evaluate(fn, arg);
  } catch (e) {
    throw new Unmeasured(`${side}, ${name || 'warm-up'}: ${String(e.message || e).split('\n')[0]}`);
  }
  if (tab.errors.length) throw new Unmeasured(`${side}, ${name || 'warm-up'}: ${tab.errors.join('; ')}`);
  if (name) record(side, name, timing);
  return timing;
}

// The same view in both: after mounting, after sorting, after typing.
async function sameRows(w, f, when) {
  const [a, b] = await Promise.all([
    w.p.evaluate(() => bench.shows(widget.target)),
    f.p.evaluate(() => bench.shows(floor.target)),
  ]);
  const same = a.count === b.count && a.rows === b.rows && a.names.join('\n') === b.names.join('\n');
  if (!same) {
    const diff = a.names.findIndex((n, i) => n !== b.names[i]);
    failures.push(`the floor does not show what the widget shows ${when}: widget "${a.count}", ${a.rows} rows; floor "${b.count}", ${b.rows} rows` +
      (diff >= 0 ? `; row ${diff + 1}: "${a.names[diff]}" vs "${b.names[diff]}"` : ''));
  }
  return a;
}

const mountWidget = ([how]) => widget.mount(how);
const mountFloor = ([how, rows]) => floor.mount(how, rows);

/** One cold mount each: a new context, the loader (widget) or page (floor) loaded, nothing mounted yet. */
async function coldRun(rows, keep) {
  const w = await open('/widget.html');
  await widgetReady(w);
  const wt = await step(w, 'widget', keep ? 'cold' : null, mountWidget, ['element']);
  // When the core and the feed arrived, from the mount's start.
  const resources = wt && await w.p.evaluate((t0) => performance.getEntriesByType('resource')
    .filter((r) => /\.wasm$|\.json$|ogw-daycare\.js$/.test(r.name))
    .map((r) => ({ name: r.name.split('/').pop(), start: r.startTime - t0, end: r.responseEnd - t0 })), wt.t0);
  await w.close();
  const f = await open('/floor.html');
  await f.p.waitForFunction(() => window.bench && window.floor);
  await step(f, 'floor', keep ? 'cold' : null, mountFloor, ['fetch', rows]);
  await f.close();
  return resources;
}

const sort = ([t, i]) => bench.sort(window[t].target, i);
const type = ([t, k]) => bench.type(window[t].target, k);

/** One warm run on each page: mount (with the fetch), sort three times, type, unmount; then mount from text. */
async function warmRun(w, f, rows, keep) {
  const name = (s) => (keep ? s : null);
  const sides = [[w, 'widget', mountWidget, 'element'], [f, 'floor', mountFloor, 'fetch']];
  for (const [tab, side, mount, how] of sides) {
    await step(tab, side, name('warm'), mount, [how, rows]);
    await tab.p.evaluate(() => bench.frames(5)); // the widget measures its scroll box in its first frame
    await step(tab, side, name('sort1'), sort, [side, SORT_BUTTON]);
    await step(tab, side, name('sort2'), sort, [side, SORT_BUTTON]);
    await step(tab, side, name('sort3'), sort, [side, SORT_BUTTON]);
    await step(tab, side, name('filter'), type, [side, KEY]);
    await tab.p.evaluate((t) => window[t].unmount(), side);
  }
  for (const [tab, side, mount] of sides) {
    await step(tab, side, name('text'), mount, ['text', rows]);
    await tab.p.evaluate((t) => window[t].unmount(), side);
  }
}

/**
 * Not timed: the floor shows the widget's count, rows and their order after
 * every step, and how many elements each step adds to the DOM.
 */
async function checkSameRows(w, f, rows) {
  const added = [];
  await Promise.all([w, f].map((t) => t.p.evaluate(() => { bench.counting = true; })));
  const both = async (label, fnW, argW, fnF, argF) => {
    const a = await step(w, 'widget', null, fnW, argW);
    const b = await step(f, 'floor', null, fnF, argF);
    await Promise.all([w, f].map((t) => t.p.evaluate(() => bench.frames(5))));
    added.push([label, a?.added, b?.added]);
    await sameRows(w, f, `after ${label}`);
  };
  await both('mounting', mountWidget, ['element'], mountFloor, ['fetch', rows]);
  for (let i = 1; i <= 3; i++) await both(`sort click ${i}`, sort, ['widget', SORT_BUTTON], sort, ['floor', SORT_BUTTON]);
  await both(`typing "${KEY}"`, type, ['widget', KEY], type, ['floor', KEY]);
  await w.p.evaluate(() => widget.unmount());
  await f.p.evaluate(() => floor.unmount());
  await Promise.all([w, f].map((t) => t.p.evaluate(() => { bench.counting = false; })));
  return added;
}

// ---------------------------------------------------------------------------

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x < 100 ? x.toFixed(1) : x.toFixed(0));

function table(rows, header) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

const STEPS = [
  ['cold', 'first render, cold: fetch + wasm + parse + render', COLD_MS],
  ['warm', 'first render, warm: fetch + parse + render', FIRST_RENDER_MS],
  ['text', 'first render, feed text given: parse + render', FIRST_RENDER_MS],
  ['sort1', 'sort by a figure (1st click)', FRAME_MS],
  ['sort2', 're-sort (2nd click: reversed)', FRAME_MS],
  ['sort3', 're-sort (3rd click: back)', FRAME_MS],
  ['filter', `re-filter after a keystroke ("${KEY}")`, FRAME_MS],
];

function report(phase, judged = true) {
  const rows = [];
  for (const [key, label, target] of STEPS) {
    const w = samples.get(`widget|${key}|${phase}`) || [];
    const f = samples.get(`floor|${key}|${phase}`) || [];
    if (!w.length && !f.length) continue;
    const [wm, wp, fm, fp] = [quantile(w, 0.5), quantile(w, 0.9), quantile(f, 0.5), quantile(f, 0.9)];
    const within = !w.length ? '–' : wp < target ? 'yes' : wm < target ? 'median only' : 'no';
    const row = [label, ms(wm), ms(wp), ms(fm), ms(fp), `${(wm / fm).toFixed(1)}×`];
    rows.push(judged ? [...row, `< ${target}`, within] : row);
  }
  const header = ['operation', 'widget median', 'p90', 'floor median', 'p90', 'ratio'];
  return table(rows, judged ? [...header, 'target', 'within?'] : header);
}

async function main() {
  const started = new Date();
  const load = os.loadavg();
  const text = await readFile(FEED_FILE, 'utf8');
  const institutions = JSON.parse(text).units.length.toLocaleString('en');
  const core = await stat(CORE_FILE);
  servers = await startServers(PAGES);
  browser = await launch();

  // Cold: one discarded, then RUNS, each pair in new contexts.
  let resources = [];
  let rows = 31;
  // The window: as many rows as the widget has in its DOM once it has settled.
  {
    const w = await open('/widget.html');
    await widgetReady(w);
    await step(w, 'widget', null, mountWidget, ['element']);
    await w.p.evaluate(() => bench.frames(5));
    rows = await w.p.evaluate(() => bench.shows(widget.target).rows);
    await w.close();
  }
  await coldRun(rows, false);
  for (let i = 0; i < RUNS; i++) resources.push(await coldRun(rows, true));

  // Warm: both pages open; the first run of each is the warm-up (and the same-rows check).
  const w = await open('/widget.html');
  const f = await open('/floor.html');
  await widgetReady(w);
  await f.p.waitForFunction(() => window.bench && window.floor);
  const before = await Promise.all([w.memory(), f.memory()]);
  await step(w, 'widget', null, mountWidget, ['element']); // the core, instantiated
  await step(f, 'floor', null, mountFloor, ['element', rows]);
  const mounted = await Promise.all([w.memory(), f.memory()]);
  await f.p.evaluate(() => floor.unmount());
  await w.p.evaluate(() => widget.unmount());
  await Promise.all([w.p.evaluate((u) => bench.prefetch(u), FEED), f.p.evaluate((u) => bench.prefetch(u), FEED)]);
  const added = await checkSameRows(w, f, rows);
  await warmRun(w, f, rows, false);
  for (let i = 0; i < RUNS; i++) await warmRun(w, f, rows, true);
  // Fetching the feed alone, for reference.
  const fetches = [];
  for (let i = 0; i < RUNS; i++) {
    await w.settle();
    fetches.push(await w.p.evaluate(async (url) => {
      const t0 = performance.now();
      await (await fetch(url)).text();
      return performance.now() - t0;
    }, FEED));
  }
  const parses = [];
  for (let i = 0; i < RUNS; i++) {
    await f.settle();
    parses.push(await f.p.evaluate(async (url) => {
      const t = await (await fetch(url)).text();
      const t0 = performance.now();
      JSON.parse(t);
      return performance.now() - t0;
    }, FEED));
  }
  const version = browser.version();
  await w.close();
  await f.close();
  await browser.close();
  await servers.close();

  const cpus = os.cpus();
  console.log(`<ogw-daycare> speed on ${text.length.toLocaleString('en')} characters of feed (${FEED}, ${institutions} institutions)`);
  console.log(`${started.toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpus.length} × ${cpus[0]?.model.trim()} · ${os.platform()} ${os.release()} · load average ${load.map((x) => x.toFixed(2)).join(' ')} before the run`);
  console.log(`Chromium ${version} headless (${VIEWPORT.width}×${VIEWPORT.height}) · node ${process.version} · ${CORE_NAME} ${core.size.toLocaleString('en')} B of ${core.mtime.toISOString().slice(0, 16).replace('T', ' ')}`);
  console.log(`${RUNS} runs of each after a discarded warm-up; cold runs each in a new browser context. Widget and floor render ${rows} rows (the widget's window in a ${VIEWPORT.height} px high viewport); sorting and filtering go over all ${institutions}.`);
  console.log(`The feed is fetched from a local server (the host origin) where it says "fetch": fetch + text() alone takes ${ms(quantile(fetches, 0.5))} ms (median; p90 ${ms(quantile(fetches, 0.9))}). JSON.parse alone in the floor: ${ms(quantile(parses, 0.5))} ms (p90 ${ms(quantile(parses, 0.9))}).`);
  console.log('');
  console.log('Ratio: widget median / floor median. Within: "yes" when the p90 is under the target, "median only" when only the median is.');
  console.log('');
  console.log('Until painted (ms): the end of the next animation frame after the change, from t0.');
  console.log(report('frame'));
  const waits = STEPS.map(([key]) => ['widget', 'floor'].map((side) => {
    const frame = samples.get(`${side}|${key}|frame`), work = samples.get(`${side}|${key}|work`);
    return frame && work ? quantile(frame, 0.5) - quantile(work, 0.5) : 0;
  })).flat();
  console.log(`Of which waiting for that frame to begin: at most ${ms(Math.max(...waits))} ms of any median above (the rest is work: script, DOM, style, layout, paint).`);
  console.log('');
  console.log('Until the result is in the DOM (ms): the MutationObserver callback that first sees it.');
  console.log(report('dom'));
  console.log('');
  console.log('Style and layout still to do when that frame began (ms), forced in its first requestAnimationFrame callback.');
  console.log(report('layout', false));
  console.log('');
  console.log(`Elements added to the DOM until the result is seen (widget / floor): ${added.map(([l, a, b]) => `${l} ${a ?? '–'} / ${b ?? '–'}`).join('; ')}.`);
  const mb = (x) => (x / 1e6).toFixed(1);
  console.log(`Memory once mounted (JS heap + array buffers + wasm memory, after a GC; the page before the mount in brackets): widget ${mb(mounted[0])} MB (${mb(before[0])}), floor ${mb(mounted[1])} MB (${mb(before[1])}).`);
  if (resources.length && resources[0]) {
    const end = (name) => resources.filter(Boolean).map((r) => r.find((x) => x.name === name)?.end).filter((x) => x !== undefined);
    const feedEnd = end(FEED.split('/').pop());
    const wasmEnd = end(CORE_NAME);
    const wasmStart = resources.filter(Boolean).map((r) => r.find((x) => x.name === CORE_NAME)?.start).filter((x) => x !== undefined);
    console.log('');
    console.log(`Cold mounts (median ms after the element was appended): the core's wasm requested at ${ms(quantile(wasmStart, 0.5))}, downloaded by ${ms(quantile(wasmEnd, 0.5))}; the feed downloaded by ${ms(quantile(feedEnd, 0.5))}.`);
  }
  const coreAfter = await stat(CORE_FILE);
  if (coreAfter.mtimeMs !== core.mtimeMs) notes.push(`dist/${CORE_NAME} was rebuilt during the run: the figures mix two builds`);
  if (notes.length) {
    console.log('');
    console.log('Notes:');
    [...new Set(notes)].forEach((e) => console.log(`  ${e}`));
  }
  if (failures.length) {
    console.log('');
    console.log('The floor is not a fair comparison:');
    failures.forEach((e) => console.log(`  ${e}`));
    process.exitCode = 1;
  }
}

main().catch(async (e) => {
  console.log(e instanceof Unmeasured ? `Could not measure: ${e.message}` : e);
  await browser?.close().catch(() => {});
  await servers?.close().catch(() => {});
  process.exit(1);
});

// The plan widgets beside the charts people would pick instead (issue 13), in
// ONE headless Chromium run, on the same data (the seed plan), cold cache:
//   <ogw-status>    vs Chart.js 4 (stacked bars) and Highcharts + accessibility
//   <ogw-timeline>  vs vis-timeline and Highcharts Gantt + accessibility
//   <ogw-status> + <ogw-timeline> on one page
// The peers are pinned npm devDependencies (package.json), used only here and
// served from this machine: the browser never reaches the internet.
//
// A report, not a test: it prints a table (first paint, brotli bytes fetched,
// ratios against each peer) and exits 0 whatever the figures are, and
// non-zero only when something could not be measured (a page that never
// drew, a page error).
//
//   node tests/bench/peers.bench.mjs          (make bench runs it)
//   RUNS=15 node tests/bench/peers.bench.mjs  (median of more runs; default 9)
//
// How it measures:
// - every run of every page gets a new browser context: empty HTTP cache, no
//   compiled code kept, nothing instantiated. Pages take turns within a round,
//   so a busy machine slows all of them alike; the load average is printed.
// - "first paint": from the navigation's start (performance.now() is 0 there)
//   to the end of the first frame in which the chart is drawn. A rAF loop
//   begun by an init script asks the page's `ready()` in each frame; the
//   frame that first finds it true is the one that paints it, and a message
//   posted from that rAF callback runs once that frame is done.
// - "bytes": what the page fetched from the library's origin (the "CDN":
//   ogw.js, the core's glue and wasm; or the peer's scripts and CSS), each
//   file counted as `brotli -q 11` would send it. The feed (the same file for
//   every page) and the page's own HTML are left out of the sum.
// - The peers get what a page author would write for them: fetch the feed,
//   count or list it, draw without animation (the widgets do not animate, and
//   an animation would only delay their final picture).
import os from 'node:os';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { launch } from '../e2e/browser.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = Number(process.env.RUNS) || 9;
const FEED = '/feeds/handlingsplan-2017-2019.json';
const VIEWPORT = { width: 1100, height: 900 };

// The library origin serves dist/ and exactly these peer files.
const PEER_FILES = {
  '/peers/chart.umd.min.js': 'node_modules/chart.js/dist/chart.umd.min.js',
  '/peers/highcharts.js': 'node_modules/highcharts/highcharts.js',
  '/peers/highcharts-gantt.js': 'node_modules/highcharts/highcharts-gantt.js',
  '/peers/accessibility.js': 'node_modules/highcharts/modules/accessibility.js',
  '/peers/vis-timeline-graph2d.min.js': 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js',
  '/peers/vis-timeline-graph2d.min.css': 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.json': 'application/json', '.css': 'text/css' };
// The studio's embed code carries the chart pre-rendered inside the element
// (core::studio::embed: the summary and `ogw render`'s SVG), so a reader sees
// the chart before any script runs and the widget takes over when its core is
// ready. Those pages are measured too, with both moments; the goals are
// judged on the bare element.
const render = (widget) => execFileSync('cargo', ['run', '-q', '--bin', 'ogw', '--', 'render', `www${FEED}`,
  '--widget', widget, '--lang', 'da', '--width', '640'], { cwd: ROOT, encoding: 'utf8' }).trim();
const FALLBACK = Object.fromEntries(['status', 'timeline'].map((widget) => {
  const svg = render(widget);
  const summary = svg.slice(svg.indexOf('<desc'), svg.indexOf('</desc>')).replace(/^<desc[^>]*>/, '');
  return [widget, `\n  <p>${summary}</p>\n  ${svg}\n`];
}));
const versions = {};
for (const name of ['chart.js', 'highcharts', 'vis-timeline']) {
  versions[name] = JSON.parse(await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------------------
// Servers: the page's origin (pages and the feed) and the library's origin.
const brotliSizes = new Map();
async function fileFor(dirs, path) {
  for (const dir of dirs) {
    const file = normalize(join(ROOT, dir, path));
    if (!file.startsWith(join(ROOT, dir))) return null;
    try { return { file, body: await readFile(file) }; } catch { /* next */ }
  }
  return null;
}
function brotliSize(file, body) {
  if (!brotliSizes.has(file)) {
    brotliSizes.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brotliSizes.get(file);
}
function listen(handler) {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
// Each library file's brotli size, by its path on the library origin.
const sizeOf = new Map();
const cdn = await listen(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const found = PEER_FILES[url.pathname]
    ? await fileFor(['.'], PEER_FILES[url.pathname])
    : await fileFor(['dist'], url.pathname);
  const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
  if (!found) { res.writeHead(404, headers); return res.end(); }
  sizeOf.set(url.pathname, brotliSize(found.file, found.body));
  res.writeHead(200, { 'content-type': TYPES[extname(found.file)] || 'application/octet-stream', ...headers });
  res.end(found.body);
});
const CDN = `http://127.0.0.1:${cdn.address().port}`;

// ---------------------------------------------------------------------------
// The pages. Each defines window.ready(): true once its chart is drawn.
const head = (title, extra = '') => `<!doctype html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${extra}</head>`;

// For the peers: the feed's counts by theme and status, and its rows with
// dates read from the plan's date phrases (years, months, quarters, "medio").
const PEER_DATA = String.raw`
var STATUSES = ['not_started', 'limited', 'substantial', 'completed', 'withdrawn'];
function feed() { return fetch('${FEED}').then(function (r) { return r.json(); }); }
function title(t) { return typeof t === 'string' ? t : t.da || t.en; }
function counts(plan) {
  var themes = plan.themes.map(function (t) { return t.id; });
  return STATUSES.map(function (status) {
    return { name: status, data: themes.map(function (id) {
      return plan.initiatives.filter(function (i) { return i.theme === id && i.status === status; }).length;
    }) };
  }).filter(function (s) { return s.data.some(Boolean); });
}
var MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
function day(phrase, end) {
  var text = String(phrase || '').toLowerCase(), year = text.match(/\d{4}/);
  if (!year) return null;
  var y = +year[0], m = end ? 11 : 0, d = null;
  MONTHS.forEach(function (name, i) { if (text.indexOf(name) >= 0) m = i; });
  var quarter = text.match(/(\d)\.\s*kvartal/); if (quarter) m = (+quarter[1] - 1) * 3 + (end ? 2 : 0);
  if (text.indexOf('medio') >= 0) m = 5;
  var date = text.match(/^(\d{1,2})\./); if (date && !quarter) d = +date[1];
  return Date.UTC(y, d ? m : (end ? m + 1 : m), d || (end ? 0 : 1));
}
function rows(plan) {
  var from = day(plan.plan.period.start), to = day(plan.plan.period.end, true);
  return plan.initiatives.map(function (i) {
    var p = i.period || {}, start = day(p.start) || from, end = day(p.end, true) || to;
    return { id: i.id, name: i.id + ' ' + title(i.title), start: start, end: Math.max(end, start + 864e5) };
  });
}
`;

const PAGES = {
  'ogw-status': {
    peer: false,
    html: () => `${head('ogw-status', `<script src="${CDN}/ogw.js" defer></script>`)}<body><main><h1>Status</h1>
<ogw-status id="w" src="${FEED}"></ogw-status></main>
<script>window.ready = function () { var r = document.getElementById('w').shadowRoot; return !!(r && r.querySelector('.ogw-svg svg rect')); };</script></body></html>`,
  },
  [`Chart.js ${versions['chart.js']}`]: {
    peer: 'status',
    html: () => `${head('Chart.js', `<script src="${CDN}/peers/chart.umd.min.js" defer></script>`)}<body><main><h1>Status</h1>
<div style="position:relative;height:420px"><canvas id="c" role="img" aria-label="Status"></canvas></div></main>
<script>${PEER_DATA}
var drawn = false; window.ready = function () { return drawn; };
Promise.all([feed(), new Promise(function (r) { addEventListener('DOMContentLoaded', r); })]).then(function (all) {
  var plan = all[0];
  new Chart(document.getElementById('c'), { type: 'bar', data: {
    labels: plan.themes.map(function (t) { return title(t.title); }),
    datasets: counts(plan).map(function (s) { return { label: s.name, data: s.data }; }) },
    options: { indexAxis: 'y', animation: false, maintainAspectRatio: false, scales: { x: { stacked: true }, y: { stacked: true } } } });
  drawn = true;
});</script></body></html>`,
  },
  [`Highcharts ${versions.highcharts} + accessibility`]: {
    peer: 'status',
    html: () => `${head('Highcharts', `<script src="${CDN}/peers/highcharts.js" defer></script><script src="${CDN}/peers/accessibility.js" defer></script>`)}<body><main><h1>Status</h1>
<div id="c" style="height:420px"></div></main>
<script>${PEER_DATA}
var drawn = false; window.ready = function () { return drawn; };
Promise.all([feed(), new Promise(function (r) { addEventListener('DOMContentLoaded', r); })]).then(function (all) {
  var plan = all[0];
  Highcharts.chart('c', { chart: { type: 'bar', animation: false }, title: { text: title(plan.plan.title) },
    xAxis: { categories: plan.themes.map(function (t) { return title(t.title); }) },
    plotOptions: { series: { stacking: 'normal', animation: false } }, series: counts(plan) });
  drawn = true;
});</script></body></html>`,
  },
  'ogw-timeline': {
    peer: false,
    html: () => `${head('ogw-timeline', `<script src="${CDN}/ogw.js" defer></script>`)}<body><main><h1>Tidslinje</h1>
<ogw-timeline id="w" src="${FEED}"></ogw-timeline></main>
<script>window.ready = function () { var r = document.getElementById('w').shadowRoot; return !!(r && r.querySelector('.ogw-tl-row') && r.querySelector('svg')); };</script></body></html>`,
  },
  [`vis-timeline ${versions['vis-timeline']}`]: {
    peer: 'timeline',
    html: () => `${head('vis-timeline', `<link rel="stylesheet" href="${CDN}/peers/vis-timeline-graph2d.min.css"><script src="${CDN}/peers/vis-timeline-graph2d.min.js" defer></script>`)}<body><main><h1>Tidslinje</h1>
<div id="c"></div></main>
<script>${PEER_DATA}
window.ready = function () { return !!document.querySelector('#c .vis-item.vis-range'); };
Promise.all([feed(), new Promise(function (r) { addEventListener('DOMContentLoaded', r); })]).then(function (all) {
  var list = rows(all[0]);
  new vis.Timeline(document.getElementById('c'),
    list.map(function (r) { return { id: r.id, group: r.id, start: r.start, end: r.end, content: '' }; }),
    list.map(function (r) { return { id: r.id, content: r.name }; }), { stack: false });
});</script></body></html>`,
  },
  [`Highcharts Gantt ${versions.highcharts} + accessibility`]: {
    peer: 'timeline',
    html: () => `${head('Highcharts Gantt', `<script src="${CDN}/peers/highcharts-gantt.js" defer></script><script src="${CDN}/peers/accessibility.js" defer></script>`)}<body><main><h1>Tidslinje</h1>
<div id="c"></div></main>
<script>${PEER_DATA}
var drawn = false; window.ready = function () { return drawn; };
Promise.all([feed(), new Promise(function (r) { addEventListener('DOMContentLoaded', r); })]).then(function (all) {
  Highcharts.ganttChart('c', { chart: { animation: false }, title: { text: title(all[0].plan.title) },
    plotOptions: { series: { animation: false } }, series: [{ name: 'Initiativer', data: rows(all[0]) }] });
  drawn = true;
});</script></body></html>`,
  },
  'ogw-status, studio embed': {
    peer: false,
    html: () => `${head('ogw-status, studio embed', `<script src="${CDN}/ogw.js" defer></script>`)}<body><main><h1>Status</h1>
<ogw-status id="w" src="${FEED}" lang="da">${FALLBACK.status}</ogw-status></main>
<script>window.ready = function () { return !!document.querySelector('#w > svg rect'); };
window.interactive = function () { var r = document.getElementById('w').shadowRoot; return !!(r && r.querySelector('.ogw-svg svg rect')); };</script></body></html>`,
  },
  'ogw-timeline, studio embed': {
    peer: false,
    html: () => `${head('ogw-timeline, studio embed', `<script src="${CDN}/ogw.js" defer></script>`)}<body><main><h1>Tidslinje</h1>
<ogw-timeline id="w" src="${FEED}" lang="da">${FALLBACK.timeline}</ogw-timeline></main>
<script>window.ready = function () { return !!document.querySelector('#w > svg rect'); };
window.interactive = function () { var r = document.getElementById('w').shadowRoot; return !!(r && r.querySelector('.ogw-tl-row') && r.querySelector('svg')); };</script></body></html>`,
  },
  'ogw-status + ogw-timeline': {
    peer: false,
    html: () => `${head('ogw, both', `<script src="${CDN}/ogw.js" defer></script>`)}<body><main><h1>Status og tidslinje</h1>
<ogw-status id="s" src="${FEED}"></ogw-status><ogw-timeline id="t" src="${FEED}"></ogw-timeline></main>
<script>window.ready = function () {
  var s = document.getElementById('s').shadowRoot, t = document.getElementById('t').shadowRoot;
  return !!(s && s.querySelector('.ogw-svg svg rect') && t && t.querySelector('.ogw-tl-row') && t.querySelector('svg'));
};</script></body></html>`,
  },
};
const names = Object.keys(PAGES);
const pageServer = await listen(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const page = url.pathname === '/page' && PAGES[url.searchParams.get('name')];
  if (page) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    return res.end(page.html());
  }
  const found = url.pathname.startsWith('/feeds/') && await fileFor(['www'], url.pathname);
  if (!found) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(found.body);
});
const HOST = `http://127.0.0.1:${pageServer.address().port}`;

// In every page, before its own scripts: the frame watcher.
const WATCH = () => {
  // Whether a core was compiled while it streamed (instantiateStreaming), or only after.
  window.wasmCompiles = [];
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) { window.wasmCompiles.push(name); return original.apply(this, args); };
  }
  // The end of the first frame in which `test()` holds (null if the page has no such test).
  const frameWhen = (test) => new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not drawn within 30 s')), 30000);
    (function frame() {
      requestAnimationFrame(() => {
        if (!test()) return frame();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { clearTimeout(timer); resolve(performance.now()); };
        channel.port2.postMessage(null);
      });
    })();
  });
  window.firstPaint = frameWhen(() => typeof window.ready === 'function' && window.ready());
  // Once the page is parsed, its inline script has said whether it has the test.
  window.interactivePaint = frameWhen(() => document.readyState !== 'loading' && (typeof window.interactive !== 'function' || window.interactive()))
    .then((t) => (typeof window.interactive === 'function' ? t : null));
};

// ---------------------------------------------------------------------------
const browser = await launch();
const results = Object.fromEntries(names.map((n) => [n, { paint: [], bytes: [], interactive: [] }]));
let failed = false;
const loads = [];
const compiles = new Set();
for (let run = 0; run < RUNS; run++) {
  loads.push(os.loadavg()[0]);
  // Each round starts with another page, so none is always first.
  for (let k = 0; k < names.length; k++) {
    const name = names[(run + k) % names.length];
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // What came from the library origin (the browser's own record of the load).
    const library = [];
    page.on('requestfinished', (request) => { if (request.url().startsWith(CDN)) library.push(new URL(request.url()).pathname); });
    await page.addInitScript(WATCH);
    try {
      await page.goto(`${HOST}/page?name=${encodeURIComponent(name)}`);
      const paint = await page.evaluate(() => window.firstPaint);
      const interactive = await page.evaluate(() => window.interactivePaint);
      if (interactive !== null) results[name].interactive.push(interactive);
      for (const how of await page.evaluate(() => window.wasmCompiles)) compiles.add(`${name}: ${how}`);
      if (errors.length) throw new Error(errors.join('; '));
      results[name].paint.push(paint);
      results[name].bytes.push(library.reduce((sum, path) => sum + (sizeOf.get(path) || 0), 0));
    } catch (error) {
      failed = true;
      console.error(`${name}: ${error.message}`);
    }
    await context.close();
  }
}
await browser.close();
cdn.close();
pageServer.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN; };
const row = Object.fromEntries(names.map((n) => [n, { paint: median(results[n].paint), interactive: median(results[n].interactive), kb: median(results[n].bytes) / 1000, min: Math.min(...results[n].paint), max: Math.max(...results[n].paint) }]));
const ratios = (name, widget) => names.filter((n) => PAGES[n].peer === widget)
  .map((peer) => `${(row[name].paint / row[peer].paint).toFixed(2)}x / ${(row[name].kb / row[peer].kb).toFixed(2)}x ${peer.split(' ')[0]}${peer.includes('Gantt') ? ' Gantt' : ''}`).join(', ');

console.log(`\nFirst paint and bytes, cold cache, median of ${RUNS} (Chromium headless, ${os.cpus().length} cores, load ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}), ${new Date().toISOString().slice(0, 10)}`);
console.log('| page | first paint (ms) | min-max | brotli KB fetched | ratio (paint / bytes) |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const name of names) {
  const r = row[name];
  const widget = name.startsWith('ogw-status') && !name.includes('+') ? 'status' : name.startsWith('ogw-timeline') ? 'timeline' : null;
  const label = name.startsWith('ogw') ? name.replace(/ogw-[a-z]+/g, (n) => `\`<${n}>\``) : name;
  const then = Number.isNaN(r.interactive) ? '' : ` (widget: ${r.interactive.toFixed(0)})`;
  console.log(`| ${label} | ${r.paint.toFixed(0)}${then} | ${r.min.toFixed(0)}-${r.max.toFixed(0)} | ${r.kb.toFixed(1)} | ${widget ? ratios(name, widget) : ''} |`);
}
console.log(`\nHow the wasm was compiled: ${[...compiles].join('; ') || 'none'} (instantiateStreaming compiles while it downloads).`);
console.log('\nGoals (issue 13): status <= 1.0x Chart.js and <= 0.5x Highcharts in first paint, <= 90 KB;');
console.log('timeline <= 0.8x vis-timeline and <= 0.4x Highcharts Gantt, <= 120 KB; status + timeline <= 200 KB.');
console.log('"studio embed": the element with the summary and the chart pre-rendered inside (the studio\'s embed code);');
console.log('its first paint is the pre-rendered chart, and "widget" is when the interactive widget has replaced it.');
console.log(`The pre-rendered part is in the page itself (not in the bytes above): ${['status', 'timeline'].map((w) => `${w} ${(brotliCompressSync(FALLBACK[w], { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length / 1000).toFixed(1)} KB brotli`).join(', ')}.`);
process.exit(failed ? 1 : 0);

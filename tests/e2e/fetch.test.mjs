// Getting the feed (issue 11, limits): a feed larger than the element allows
// is refused unread, or cut off as soon as that much has arrived; a server
// that never answers gives the timeout message; an element removed while
// its feed loads cancels the download; a feed that redirects to another
// origin, or is served as text/plain, still works. Each beside another
// widget that must keep working. The feed downloads while the core is on its
// way (the loader begins it), once, and is cancelled with its element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const page = (body) => (cdn) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>Hentning</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Hentning</h1>
<ogw-status id="good" src="/feeds/handlingsplan-2017-2019.json"></ogw-status>
${body}</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/too-large.html': page(`<ogw-status id="said" src="/feeds/handlingsplan-2017-2019.json" max-bytes="20000"></ogw-status>
      <ogw-timeline id="endless" src="/endless/plan.json" max-bytes="300000" lang="en"></ogw-timeline>`),
    '/stalled.html': page('<ogw-status id="stalled" src="/slow/plan.json" timeout="2"></ogw-status>'),
    '/elsewhere.html': page(`<ogw-status id="moved" src="/moved/handlingsplan-2017-2019.json"></ogw-status>
      <ogw-status id="plain" src="/plain/feeds/handlingsplan-2017-2019.json" lang="en"></ogw-status>`),
    '/removed.html': page('<ogw-status id="going" src="/slow/going.json"></ogw-status>'),
    '/early.html': page(''),
    '/early-removed.html': page('<ogw-status id="early" src="/slow/early.json"></ogw-status>'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + path);
  await p.locator('#good .ogw-summary').waitFor();
  return { p, errors, close: () => context.close() };
}

const message = (p, id) => p.locator(`#${id} .ogw-error`);

test('a feed larger than its max-bytes is refused: by its stated size unread, or as soon as that much has arrived', async () => {
  const { p, errors, close } = await open('/too-large.html');
  await message(p, 'said').waitFor();
  assert.match(await message(p, 'said').textContent(), /fylder mere end de 20 KB, siden tillader \(max-bytes\)/);
  await message(p, 'endless').waitFor({ timeout: 10_000 });
  assert.match(await message(p, 'endless').textContent(), /larger than the 300 KB the page allows/);
  await p.waitForTimeout(300);
  const sent = servers.streamed.at(-1);
  assert.ok(sent !== undefined && sent < 4_000_000, `the download stopped early (${sent} of 8,000,000 bytes sent)`);
  assert.deepEqual(errors, []);
  await close();
});

test('a feed server that never answers gives the timeout message', async () => {
  const { p, errors, close } = await open('/stalled.html');
  const started = Date.now();
  await message(p, 'stalled').waitFor({ timeout: 15_000 });
  assert.match(await message(p, 'stalled').textContent(), /intet svar efter 2 sekunder/);
  assert.ok(Date.now() - started < 12_000);
  assert.deepEqual(errors, []);
  await close();
});

test('an element removed while its feed loads cancels the download', async () => {
  const { p, errors, close } = await open('/removed.html');
  await p.waitForFunction(() => document.getElementById('going').shadowRoot?.querySelector('.ogw-loading'));
  const before = servers.closed.length;
  await p.evaluate(() => document.getElementById('going').remove());
  const deadline = Date.now() + 5_000;
  while (servers.closed.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(servers.closed.includes('/slow/going.json'), 'the server saw the request cancelled');
  assert.match(await p.locator('#good .ogw-summary').textContent(), /^14 initiativer/, 'the other widget is untouched');
  assert.deepEqual(errors, []);
  await close();
});

test('a feed that redirects to another origin (with CORS), or is served as text/plain, still works', async () => {
  const { p, errors, close } = await open('/elsewhere.html');
  await p.locator('#moved .ogw-summary').waitFor();
  assert.match(await p.locator('#moved .ogw-summary').textContent(), /^14 initiativer/);
  await p.locator('#plain .ogw-summary').waitFor();
  assert.match(await p.locator('#plain .ogw-summary').textContent(), /^14 initiatives/);
  assert.deepEqual(errors, []);
  await close();
});

// The core's wasm held back, as on a slow connection: the loader's early download of the feed.
async function openSlowCore(path, delayMs) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const events = [];
  await p.route(/_bg\.[0-9a-f]{12}\.wasm$/, async (route) => {
    const response = await route.fetch();
    await new Promise((r) => setTimeout(r, delayMs));
    events.push(['wasm delivered', Date.now()]);
    await route.fulfill({ response });
  });
  p.on('request', (r) => events.push([new URL(r.url()).pathname, Date.now()]));
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + path);
  // A held-back core may still be on its way when a test is done: let its route go quietly.
  const close = async () => {
    await p.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { p, events, errors, close };
}

test('the feed downloads while the core is still on its way, and only once', async () => {
  const { p, events, errors, close } = await openSlowCore('/early.html', 1500);
  await p.locator('#good .ogw-summary').waitFor();
  assert.match(await p.locator('#good .ogw-summary').textContent(), /^14 initiativer/);
  const feed = events.filter(([what]) => what === '/feeds/handlingsplan-2017-2019.json');
  const wasm = events.find(([what]) => what === 'wasm delivered');
  assert.equal(feed.length, 1, 'the feed is requested once (the core takes the loader\'s download)');
  assert.ok(feed[0][1] < wasm[1], 'the feed was requested before the wasm arrived');
  assert.deepEqual(errors, []);
  await close();
});

test('an element removed before its core arrives cancels the early download', async () => {
  const { p, events, errors, close } = await openSlowCore('/early-removed.html', 3000);
  const requested = () => events.some(([what]) => what === '/slow/early.json');
  const seen = Date.now() + 2_000;
  while (!requested() && Date.now() < seen) await new Promise((r) => setTimeout(r, 20));
  assert.ok(requested(), 'the loader began the download');
  assert.ok(!events.some(([what]) => what === 'wasm delivered'), 'before the core came');
  await p.evaluate(() => document.getElementById('early').remove());
  const deadline = Date.now() + 2_000;
  while (!servers.closed.includes('/slow/early.json') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  assert.ok(servers.closed.includes('/slow/early.json'), 'the server saw the request cancelled, before any core was there to do it');
  await p.locator('#good .ogw-summary').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test("a feed's problems reach the console for the page's developer, after the widget is drawn", async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  // Each warning, and whether the chart was on the page when it was written.
  await p.addInitScript(() => {
    window.warnings = [];
    const warn = console.warn;
    console.warn = function (...args) {
      const root = document.getElementById('good')?.shadowRoot;
      window.warnings.push({ text: String(args[0]), drawn: !!root?.querySelector('.ogw-svg svg') });
      return warn.apply(this, args);
    };
  });
  await p.goto(servers.hostUrl + '/early.html');
  await p.locator('#good .ogw-summary').waitFor();
  // The seed plan's milestones have 14 statuses written as sentences.
  await p.waitForFunction(() => window.warnings.filter((w) => w.text.startsWith('ogw-status:')).length >= 14);
  const warnings = (await p.evaluate(() => window.warnings)).filter((w) => w.text.startsWith('ogw-status:'));
  assert.equal(warnings.length, 14, warnings.map((w) => w.text).join('\n'));
  assert.match(warnings[0].text, /^ogw-status: initiatives\[4\]\.milestones\[0\]\.status: "Der er 34 kommuner med" is not a known status/);
  assert.ok(warnings.every((w) => w.drawn), 'each line comes once the chart is on the page');
  await context.close();
});

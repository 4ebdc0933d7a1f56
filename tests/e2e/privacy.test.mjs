// No data leaves (issue 11): a page with all three widgets, used a little,
// makes requests only to the bundle's origin and the feeds' origin, sends
// and sets no cookie, writes no storage, and asks for the reader's location
// only after they press "Use my location", which is then sent nowhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const page = (cdn) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Alle tre</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Alle tre</h1>
<ogw-status id="status" src="/feeds/handlingsplan-2017-2019.json"></ogw-status>
<ogw-timeline id="timeline" src="/feeds/handlingsplan-2017-2019.json"></ogw-timeline>
<ogw-daycare id="daycare" src="/feeds/generated/dagtilbud-syntetisk.json"></ogw-daycare>
</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({ '/all-three.html': page });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

test('only the bundle and the feeds are fetched, no cookie, no storage, location only on request and kept local', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  // A known position, granted, so "Use my location" succeeds.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 56.1572, longitude: 10.2107 });
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.__locationAsked = 0;
    const ask = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
    navigator.geolocation.getCurrentPosition = (...args) => { window.__locationAsked++; return ask(...args); };
  });
  const requests = [];
  p.on('request', (r) => requests.push({ url: r.url(), method: r.method(), headers: r.headers(), body: r.postData() }));
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${servers.hostUrl}/all-three.html`);
  for (const id of ['status', 'timeline']) await p.locator(`#${id} .ogw-summary`).first().waitFor();
  await p.locator('#daycare .ogw-dc-count').waitFor();

  // Use them: a search, a sort, the timeline's keys; then the location.
  await p.locator('#daycare input[type=search]').fill('skov');
  await p.locator('#timeline .ogw-tl-row').first().focus();
  await p.keyboard.press('ArrowDown');
  await p.waitForTimeout(400);
  assert.equal(await p.evaluate(() => window.__locationAsked), 0, 'the location is not asked for before the click');
  await p.locator('#daycare button', { hasText: 'Brug min placering' }).click();
  await p.waitForFunction(() => window.__locationAsked === 1);
  await p.waitForTimeout(600); // the address is written 250 ms after a change

  const origins = new Set(requests.map((r) => new URL(r.url).origin));
  const allowed = new Set([servers.hostUrl, new URL(servers.cdnUrl).origin]);
  assert.deepEqual([...origins].filter((o) => !allowed.has(o)), [], 'no request beyond the page\'s and the bundle\'s origins');
  const fromWidgets = requests.filter((r) => r.url !== `${servers.hostUrl}/all-three.html`);
  assert.deepEqual(fromWidgets.filter((r) => r.method !== 'GET').map((r) => r.url), [], 'nothing is posted');
  assert.deepEqual(fromWidgets.filter((r) => r.headers.cookie).map((r) => r.url), [], 'no cookie is sent');
  // The cores by their content-hashed names (.ci/pin-cores).
  const expected = /\/(ogw\.js|ogw-(status|timeline|daycare|plan)(_bg)?\.[0-9a-f]{12}\.(js|wasm)|feeds\/[\w/.-]+\.json|favicon\.ico)$/;
  assert.deepEqual(fromWidgets.map((r) => r.url).filter((u) => !expected.test(new URL(u).pathname)), [], 'only the bundle\'s files and the feeds');
  // Where the reader is never appears in a request or in the address.
  const everything = JSON.stringify(requests) + p.url();
  assert.doesNotMatch(everything, /56[.,]15|10[.,]21/, 'the position is sent nowhere and not written to the address');

  const stored = await p.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: 0, caches: 0 });
  assert.deepEqual((await context.cookies()).length, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

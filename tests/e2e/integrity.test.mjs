// Versioned, verifiable files (issue 11): the cores have content-hashed
// names that ogw.js was built with, a page can pin ogw.js with Subresource
// Integrity, ogw.js refuses a core whose bytes differ (the fallback stays and
// the element says why), and a policy without 'wasm-unsafe-eval' is named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const dist = (name) => new URL(`../../dist/${name}`, import.meta.url);
const CORES = JSON.parse(await readFile(dist('ogw-cores.json'), 'utf8'));
const SRI = JSON.parse(await readFile(dist('ogw-sri.json'), 'utf8'));
const PLAN = '/feeds/handlingsplan-2017-2019.json';

const page = (title, head, body) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
const fallback = '<p class="fallback">14 initiativer (uden JavaScript)</p>';

let servers, browser;
before(async () => {
  servers = await startServers({
    '/pinned.html': (cdn) => page('Fastlåst',
      `<script src="${cdn}ogw.js" integrity="${SRI['ogw.js']}" crossorigin="anonymous" defer></script>`,
      `<ogw-status id="status" src="${PLAN}">${fallback}</ogw-status>
       <ogw-timeline id="timeline" src="${PLAN}">${fallback}</ogw-timeline>`),
    // The timeline added after the status chart has chosen its core: each its own.
    '/pinned-apart.html': (cdn) => page('Fastlåst, hver for sig',
      `<script src="${cdn}ogw.js" integrity="${SRI['ogw.js']}" crossorigin="anonymous" defer></script>`,
      `<ogw-status id="status" src="${PLAN}">${fallback}</ogw-status>
       <script>addEventListener('load', () => document.querySelector('main').insertAdjacentHTML('beforeend',
         '<ogw-timeline id="timeline" src="${PLAN}">${fallback}</ogw-timeline>'));</script>`),
    '/no-wasm.html': (cdn) => ({
      headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${new URL(cdn).origin}; connect-src 'self' ${new URL(cdn).origin}` },
      html: page('Ingen WebAssembly', `<script src="${cdn}ogw.js" defer></script>`,
        `<ogw-status id="status" src="${PLAN}">${fallback}</ogw-status>`),
    }),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path, tamper) {
  const context = await browser.newContext();
  const p = await context.newPage();
  if (tamper) await p.route(tamper.match, async (route) => {
    const response = await route.fetch();
    const body = Buffer.concat([await response.body(), Buffer.from(tamper.append)]);
    await route.fulfill({ response, body });
  });
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  const consoleErrors = [];
  p.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await p.goto(servers.hostUrl + path);
  // A tampered route may still be fetching the other widget's core when a test
  // is done with its own: let it go quietly before the context closes.
  const close = async () => {
    await p.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { p, requests, errors, consoleErrors, close };
}

test('ogw.js pinned by integrity loads the exact, content-hashed cores it was built with', async () => {
  const apart = await open('/pinned-apart.html');
  for (const id of ['status', 'timeline']) await apart.p.locator(`#${id} .ogw-summary`).waitFor();
  const each = apart.requests.filter((u) => u.startsWith(servers.cdnUrl)).map((u) => u.slice(servers.cdnUrl.length)).sort();
  assert.deepEqual(each, ['ogw.js', CORES.status.js, CORES.status.wasm, CORES.timeline.js, CORES.timeline.wasm].sort(),
    'a widget that comes later gets its own core, each once');
  await apart.close();

  const { p, requests, errors, close } = await open('/pinned.html');
  for (const id of ['status', 'timeline']) await p.locator(`#${id} .ogw-summary`).waitFor();
  const fetched = requests.filter((u) => u.startsWith(servers.cdnUrl)).map((u) => u.slice(servers.cdnUrl.length)).sort();
  // Both plan widgets on the page: the one core that has both.
  const expected = ['ogw.js', CORES.plan.js, CORES.plan.wasm].sort();
  assert.deepEqual(fetched, expected, 'the loader, and the shared core\'s two hashed files once');
  for (const name of expected.filter((n) => n !== 'ogw.js')) assert.match(name, /\.[0-9a-f]{12}\.(js|wasm)$/);
  assert.match(SRI['ogw.js'], /^sha384-[A-Za-z0-9+/]{64}$/);
  assert.deepEqual(errors, []);
  await close();
});

for (const [what, match, append] of [
  ['wasm', /_bg\.[0-9a-f]{12}\.wasm$/, 'x'],
  ['glue', /ogw-status\.[0-9a-f]{12}\.js$/, '\n// changed on the way\n'],
]) {
  test(`a core whose ${what} does not match its hash is refused: the fallback stays and the element says why`, async () => {
    const { p, errors, consoleErrors, close } = await open('/pinned-apart.html', { match, append });
    const status = p.locator('#status');
    await p.waitForFunction(() => document.getElementById('status').hasAttribute('data-ogw-error'), null, { timeout: 10_000 });
    assert.match(await status.getAttribute('data-ogw-error'), /refused .*ogw-status.*integrity check failed/);
    assert.equal(await status.evaluate((e) => e.shadowRoot), null, 'nothing mounted over the fallback');
    assert.ok(await p.locator('#status .fallback').isVisible(), 'the fallback is still shown');
    assert.ok(consoleErrors.some((m) => /refused .*integrity/.test(m)), 'and the console says so');
    if (what === 'glue') {
      // The other kind's core is untouched and works.
      await p.locator('#timeline .ogw-summary').waitFor();
    }
    assert.deepEqual(errors, []);
    await close();
  });
}

test('a policy without \'wasm-unsafe-eval\' keeps the fallback and names the missing directive', async () => {
  const { p, close } = await open('/no-wasm.html');
  await p.waitForFunction(() => document.getElementById('status').hasAttribute('data-ogw-error'), null, { timeout: 10_000 });
  assert.match(await p.locator('#status').getAttribute('data-ogw-error'), /add 'wasm-unsafe-eval' to script-src/);
  assert.ok(await p.locator('#status .fallback').isVisible());
  await close();
});

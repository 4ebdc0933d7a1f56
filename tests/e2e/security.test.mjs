// What markup slipped into a page, a polluted Object.prototype or a page's
// own globals can make the loader do: the page on one origin, the bundle on a
// second (the CDN), and a third that plays the attacker and records every
// request made to it. The attacker's files would draw a feed of their own,
// so a test sees both whether a request went there and what got drawn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const page = (lang, head, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Sikkerhed</title>${head}</head><body><main>${body}</main></body></html>`;

const OWN = { da: '4 initiativer: 1 afsluttet, 1 væsentligt, 2 begrænset, 0 ikke påbegyndt.' };
const EVIL_FEED = JSON.stringify({
  format: 'ogw.plan/1', plan: { title: 'Falsk plan' },
  initiatives: [{ id: 'x', title: 'Klik her', status: 'completed', url: 'https://attacker.example/' }],
});
// What the attacker's core would do if it ever ran.
// A page's own inline feed, unlike both.
const INLINE_FEED = JSON.stringify({
  format: 'ogw.plan/1', initiatives: [{ id: 'a', title: 'A', status: 'limited' }, { id: 'b', title: 'B', status: 'limited' }],
});
const EVIL_CORE = 'window.pwned = true; export default function () { window.pwned = true; return Promise.resolve(); } export function mount() {} export function unmount() {}';

// The attacker's origin: answers everything, with CORS, and remembers it.
let attacker;
const attackerRequests = [];
function startAttacker() {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      attackerRequests.push(req.url);
      const body = req.url.endsWith('.json') ? EVIL_FEED : EVIL_CORE;
      res.writeHead(200, { 'content-type': req.url.endsWith('.json') ? 'application/json' : 'text/javascript', 'access-control-allow-origin': '*' });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
const evil = () => `http://127.0.0.1:${attacker.address().port}/`;

const PAGES = {
  // The module beside inert copies of "itself" from the attacker, and a <base> injected into the content.
  '/module-injected.html': (cdn) => page('da', `<script type="module" src="${cdn}ogw.mjs"></script>`, `
    <article>Brugerens kommentar:
      <script type="text/plain" src="${evil()}ogw.js"></script>
      <script type="text/plain" src="${evil()}ogw.mjs"></script>
      <base href="${evil()}">
    </article>
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>
    <div id="p" data-ogw="status" data-src="/feeds/small.json"></div>`),
  // The classic script by a relative address, then an injected <base> and a
  // form that names itself currentScript (document.currentScript would be it).
  '/classic-injected.html': () => page('da', `<script src="dist/ogw.js" defer></script>`, `
    <article>Brugerens kommentar: <base href="${evil()}"><form name="currentScript"></form></article>
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  // A page's own <base> (a single-page app's): the feed is still relative to the page.
  '/own-base.html': (cdn) => page('da', `<base href="${cdn}"><script src="${cdn}ogw.js" defer></script>`, `
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>
    <ogw-status id="r" src="feeds/small.json"></ogw-status>`),
  // A page that allows its own feeds only.
  '/allow-list.html': (cdn) => page('da', `<script src="${cdn}ogw.js" data-ogw-feeds="/feeds/ ${cdn}none/" defer></script>`, `
    <ogw-status id="ok" src="/feeds/small.json"></ogw-status>
    <div id="bad" data-ogw="status" data-src="${evil()}plan.json"></div>
    <ogw-status id="sneaky" src="/feeds-old/plan.json"></ogw-status>
    <ogw-status id="inline"><script type="application/json">${EVIL_FEED}</script></ogw-status>`),
  '/allow-list-config.html': (cdn) => page('en', `<script>window.ogw = { config: { feeds: ['/feeds/small.json', "'inline'"] } };</script>
    <script src="${cdn}ogw.js" defer></script>`, `
    <ogw-status id="ok" src="/feeds/small.json"></ogw-status>
    <ogw-status id="bad" src="${evil()}plan.json"></ogw-status>
    <ogw-status id="inline"><script type="application/json">${EVIL_FEED}</script></ogw-status>`),
  // Placeholders only inside the page's own container.
  '/placeholders.html': (cdn) => page('da', `<script src="${cdn}ogw.js" data-ogw-placeholders="#widgets" defer></script>`, `
    <section id="widgets"><div id="in" data-ogw="status" data-src="/feeds/small.json"></div></section>
    <article><div id="out" data-ogw="status" data-src="/feeds/small.json"></div></article>
    <ogw-status id="element" src="/feeds/small.json"></ogw-status>`),
  '/placeholders-config.html': (cdn) => page('da', `<script>window.ogw = { config: { placeholders: ['#widgets', '.ogw-zone'] } };</script>
    <script src="${cdn}ogw.js" defer></script>`, `
    <section id="widgets"><div id="in" data-ogw="status" data-src="/feeds/small.json"></div></section>
    <div class="ogw-zone"><div id="zone" data-ogw="status" data-src="/feeds/small.json"></div></div>
    <article><div id="out" data-ogw="status" data-src="/feeds/small.json"></div></article>`),
  '/no-placeholders.html': (cdn) => page('da', `<script src="${cdn}ogw.js" data-ogw-placeholders="none" defer></script>`, `
    <div id="out" data-ogw="status" data-src="/feeds/small.json"></div>
    <ogw-status id="element" src="/feeds/small.json"></ogw-status>`),
  // Object.prototype polluted before the loader runs.
  '/polluted.html': (cdn) => page('da', `<script>
      Object.prototype.feed = ${JSON.stringify(EVIL_FEED)};
      Object.prototype.src = '${evil()}plan.json';
      Object.prototype.widget = 'timeline';
      Object.prototype.status = 'x';
      Object.prototype.then = 'x';
      Object.prototype.lang = 'en';
    </script><script src="${cdn}ogw.js" defer></script>`, `
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>
    <div id="p" data-ogw="status" data-src="/feeds/small.json"></div>
    <ogw-status id="inline"><script type="application/json">${INLINE_FEED}</script></ogw-status>
    <div id="api"></div>
    <script>
      document.addEventListener('DOMContentLoaded', function () {
        window.apiDone = ogw.mount(document.getElementById('api'), { widget: 'status', src: '/feeds/small.json' }).then(function () { window.apiOk = true; });
      });
    </script>`),
  '/then-function.html': (cdn) => page('da', `<script>Object.prototype.then = function () {};</script>
    <script src="${cdn}ogw.js" defer></script>`, `<ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  // The page's own window.ogw: a plain object, and a form that clobbers it.
  '/own-ogw.html': (cdn) => page('da', `<script>window.ogw = { version: 'theirs' };</script><script src="${cdn}ogw.js" defer></script>`, `
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  '/form-ogw.html': (cdn) => page('da', `<script src="${cdn}ogw.js" defer></script>`, `
    <form id="ogw"><input name="version" value="1"></form>
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  '/frozen-ogw.html': (cdn) => page('da', `<script>Object.defineProperty(window, 'ogw', { value: Object.freeze({}), writable: false });</script>
    <script src="${cdn}ogw.js" defer></script>`, `<ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  // The page defined <ogw-status> itself.
  '/taken-tag.html': (cdn) => page('da', `<script>customElements.define('ogw-status', class extends HTMLElement {});</script>
    <script src="${cdn}ogw.js" defer></script>`, `
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>
    <div id="p" data-ogw="status" data-src="/feeds/small.json"></div>`),
  // The classic file as a module: it cannot know where it is from.
  '/classic-as-module.html': (cdn) => page('da', `<script type="module" src="${cdn}ogw.js"></script>`, `
    <ogw-status id="s" src="/feeds/small.json"></ogw-status>`),
  '/api.html': (cdn) => page('da', `<script src="${cdn}ogw.js" defer></script>`, `<div id="api"></div>`),
};

let servers, browser;
before(async () => {
  attacker = await startAttacker();
  servers = await startServers(PAGES);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
  await new Promise((r) => attacker.close(r));
});

async function open(path) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const errors = [];
  const console = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  attackerRequests.length = 0;
  await p.goto(servers.hostUrl + path);
  return { p, errors, console, close: () => context.close() };
}

const summary = (p, id) => p.locator(`#${id} .ogw-summary`);
const error = (p, id) => p.locator(`#${id} .ogw-error`);
// Bounded waits: a widget that never mounts fails the test in seconds, not at the runner's timeout.
const WAIT = { timeout: 15000 };
// Waits for an attribute to appear (the loader sets it once the page is
// parsed), through the locator, which runs apart from the page's own
// Object.prototype.
async function attribute(p, id, name) {
  const deadline = Date.now() + WAIT.timeout;
  for (;;) {
    const value = await p.locator(`#${id}`).getAttribute(name);
    if (value !== null || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('the module loader ignores inert copies of itself and an injected <base>', async () => {
  const { p, errors, close } = await open('/module-injected.html');
  await summary(p, 's').waitFor(WAIT);
  assert.equal(await summary(p, 's').textContent(), OWN.da);
  assert.equal(await summary(p, 'p').textContent(), OWN.da, 'the placeholder too');
  assert.deepEqual(attackerRequests, [], 'nothing was fetched from the attacker');
  assert.equal(await p.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await close();
});

test('the classic loader by a relative address ignores an injected <base> and a form named currentScript', async () => {
  const { p, errors, close } = await open('/classic-injected.html');
  await summary(p, 's').waitFor(WAIT);
  assert.equal(await summary(p, 's').textContent(), OWN.da);
  assert.deepEqual(attackerRequests, [], 'nothing was fetched from the attacker');
  assert.deepEqual(errors, []);
  await close();
});

test('a relative feed address is relative to the page, not to its <base>', async () => {
  const { p, close } = await open('/own-base.html');
  await summary(p, 's').waitFor(WAIT);
  await summary(p, 'r').waitFor(WAIT);
  assert.equal(await summary(p, 'r').textContent(), OWN.da, 'feeds/small.json from the page\'s folder, not the CDN\'s');
  await close();
});

test('a page that lists its feed addresses gets only those, and says so in the widget', async () => {
  const { p, close } = await open('/allow-list.html');
  await summary(p, 'ok').waitFor(WAIT);
  assert.equal(await summary(p, 'ok').textContent(), OWN.da);
  await error(p, 'bad').waitFor(WAIT);
  assert.match(await error(p, 'bad').textContent(),
    /data fra "http:\/\/127\.0\.0\.1:\d+\/plan\.json" vises ikke: siden tillader kun data fra de adresser, den selv nævner \(data-ogw-feeds\)/);
  await error(p, 'sneaky').waitFor(WAIT);
  assert.match(await error(p, 'sneaky').textContent(), /feeds-old\/plan\.json" vises ikke/, '/feeds/ does not allow /feeds-old/');
  await error(p, 'inline').waitFor(WAIT);
  assert.match(await error(p, 'inline').textContent(), /data skrevet i elementet vises ikke/);
  assert.deepEqual(attackerRequests, [], 'the refused feed was never fetched');
  await close();
});

test('ogw.config.feeds allows addresses and inline feeds, in English too', async () => {
  const { p, close } = await open('/allow-list-config.html');
  await summary(p, 'ok').waitFor(WAIT);
  await error(p, 'bad').waitFor(WAIT);
  assert.match(await error(p, 'bad').textContent(), /the feed at "http:\/\/127\.0\.0\.1:\d+\/plan\.json" is not shown: this page allows feeds only from the addresses it lists/);
  await summary(p, 'inline').waitFor(WAIT);
  assert.match(await summary(p, 'inline').textContent(), /^1 initiative: 1 completed/, "'inline' allows a feed written inside the element");
  assert.equal(await p.evaluate(() => typeof ogw.mount), 'function', 'the page\'s config object became the API');
  assert.deepEqual(attackerRequests, []);
  await close();
});

test('placeholders can be kept to a container, or turned off', async () => {
  let { p, close } = await open('/placeholders.html');
  await summary(p, 'in').waitFor(WAIT);
  await summary(p, 'element').waitFor(WAIT);
  await p.evaluate(() => ogw.ready);
  assert.equal(await p.evaluate(() => document.getElementById('out').shadowRoot), null, 'outside #widgets: not mounted');
  // Added later, outside: still not mounted.
  await p.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.setAttribute('data-ogw', 'status');
    late.setAttribute('data-src', '/feeds/small.json');
    document.querySelector('article').append(late);
  });
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate(() => document.getElementById('late').shadowRoot), null);
  await close();

  ({ p, close } = await open('/placeholders-config.html'));
  await summary(p, 'in').waitFor(WAIT);
  await summary(p, 'zone').waitFor(WAIT);
  await p.evaluate(() => ogw.ready);
  assert.equal(await p.evaluate(() => document.getElementById('out').shadowRoot), null, 'ogw.config.placeholders, a list of containers');
  await close();

  ({ p, close } = await open('/no-placeholders.html'));
  await summary(p, 'element').waitFor(WAIT);
  await p.evaluate(() => ogw.ready);
  assert.equal(await p.evaluate(() => document.getElementById('out').shadowRoot), null, 'data-ogw-placeholders="none"');
  await close();
});

test('a polluted Object.prototype does not reach the widgets', async () => {
  const { p, errors, close } = await open('/polluted.html');
  await summary(p, 's').waitFor(WAIT);
  assert.equal(await summary(p, 's').textContent(), OWN.da, 'its own feed, in the page\'s language, as a status chart');
  assert.equal(await summary(p, 'p').textContent(), OWN.da);
  assert.match(await summary(p, 'inline').textContent(), /^2 initiativer: 0 afsluttet/, 'its own inline feed');
  await p.waitForFunction(() => window.apiOk === true, null, WAIT);
  assert.equal(await summary(p, 'api').textContent(), OWN.da);
  assert.deepEqual(attackerRequests, []);
  assert.deepEqual(errors, []);
  await close();
});

test('an Object.prototype.then function (every promise broken) is refused with a message', async () => {
  const { p, console, close } = await open('/then-function.html');
  assert.match(await attribute(p, 's', 'data-ogw-error'), /Object\.prototype\.then is set/);
  assert.ok(console.some((m) => /^error: ogw: Object\.prototype\.then/.test(m)), console.join('\n'));
  await close();
});

test('a page\'s own window.ogw, a form named ogw and a read-only window.ogw leave the widgets working', async () => {
  for (const path of ['/own-ogw.html', '/form-ogw.html', '/frozen-ogw.html']) {
    const { p, console, close } = await open(path);
    await summary(p, 's').waitFor(WAIT);
    assert.equal(await summary(p, 's').textContent(), OWN.da, path);
    if (path === '/form-ogw.html') {
      assert.ok(console.some((m) => /^warning: ogw: replacing window\.ogw, which was \[object HTMLFormElement\]/.test(m)), console.join('\n'));
      assert.equal(await p.evaluate(() => typeof window.ogw.mount), 'function');
    }
    if (path === '/frozen-ogw.html') {
      assert.ok(console.some((m) => /^error: ogw: window\.ogw cannot be set/.test(m)), console.join('\n'));
    }
    await close();
  }
});

test('a page that defined <ogw-status> itself gets data-ogw-error on those elements', async () => {
  const { p, console, close } = await open('/taken-tag.html');
  assert.match(await attribute(p, 's', 'data-ogw-error'), /^ogw: <ogw-status> is already defined by another script/);
  assert.ok(console.some((m) => /^error: ogw: <ogw-status> is already defined/.test(m)));
  await summary(p, 'p').waitFor(WAIT);
  assert.equal(await summary(p, 'p').textContent(), OWN.da, 'a placeholder still works');
  await close();
});

test('ogw.js included as a module refuses rather than guessing where it is from', async () => {
  const { p, console, close } = await open('/classic-as-module.html');
  assert.match(await attribute(p, 's', 'data-ogw-error'), /cannot tell where ogw\.js was loaded from.*ogw\.mjs/);
  assert.ok(console.some((m) => /^error: ogw: cannot tell where ogw\.js/.test(m)));
  const rejected = await p.evaluate(() => ogw.mount(document.getElementById('s'), {}).then(() => 'mounted', (e) => e instanceof Error));
  assert.equal(rejected, true, 'ogw.mount rejects with an Error');
  await close();
});

test('ogw.mount rejects bad arguments with Error instances', async () => {
  const { p, close } = await open('/api.html');
  await p.evaluate(() => ogw.ready);
  const results = await p.evaluate(async () => {
    const el = document.getElementById('api');
    const outcome = (promise) => promise.then(() => 'resolved', (e) => `${e instanceof Error ? e.constructor.name : typeof e}: ${e && e.message}`);
    return [await outcome(ogw.mount(el, 'x')), await outcome(ogw.mount('x', {})), await outcome(ogw.mount(el, 42))];
  });
  assert.deepEqual(results, [
    'TypeError: ogw.mount: options must be an object',
    'TypeError: ogw.mount: the first argument must be an element',
    'TypeError: ogw.mount: options must be an object',
  ]);
  await close();
});

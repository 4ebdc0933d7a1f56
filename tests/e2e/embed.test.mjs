// The bundle embedded as an agency would: host page on one origin, ogw.js
// and the wasm on another. Every way in (custom element, placeholder,
// inline feed, JS API, classic ogw.js and module ogw.mjs), bad feeds, the keyboard,
// hostile host CSS, a phone, and axe-core in each state reached.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const smallFeed = JSON.parse(await readFile(new URL('./feeds/small.json', import.meta.url), 'utf8'));

// Host CSS that tries everything that can cross a shadow boundary
// (inherited properties) plus a class name the widget also uses.
const HOSTILE_CSS = `
  html, body { color: #c00; letter-spacing: 3px; text-transform: uppercase; text-align: center;
               line-height: 3; white-space: pre; font-style: italic; word-spacing: 20px; }
  * { box-sizing: content-box; }
  .ogw-summary { font-weight: 100; color: #00c; }
  /* The documented theming hooks do get through. */
  #by-src { --ogw-color-accent: rgb(90, 20, 110); --ogw-font: Georgia, serif; }
`;

const page = (title, lang, head, body) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;

const PAGES = {
  // A classic script tag, as many CMSs only allow, and every way to place a widget.
  '/all.html': (cdn) => page('Alle måder', 'da', `<script src="${cdn}ogw.js" defer></script><style>${HOSTILE_CSS}</style>`, `
    <h1>Værtsside</h1>
    <p class="ogw-summary" id="host-text">Værtens egen tekst</p>
    <ogw-status id="by-src" src="/feeds/small.json"></ogw-status>
    <div id="placeholder" data-ogw="status" data-src="/feeds/small.json" data-lang="en"></div>
    <ogw-status id="inline"><script type="application/json">${JSON.stringify(smallFeed)}</script></ogw-status>
    <div id="api"></div>
    <ogw-status id="missing" src="/feeds/does-not-exist.json"></ogw-status>
    <ogw-status id="malformed" src="/feeds/malformed.json"></ogw-status>
    <ogw-status id="no-cors" src="${cdn}no-cors/small.json"></ogw-status>
    <script>
      document.addEventListener('DOMContentLoaded', function () {
        window.apiMounted = ogw.mount(document.getElementById('api'),
          { widget: 'status', feed: ${JSON.stringify(smallFeed)}, lang: 'en' });
      });
    </script>`),
  // A module script: ogw.mjs, which knows its address from import.meta.url.
  '/module.html': (cdn) => page('Modul', 'en', `<script type="module" src="${cdn}ogw.mjs"></script>`, `
    <h1>Module host</h1>
    <ogw-status id="mod" src="/feeds/small.json"></ogw-status>`),
  // Two kinds of widget: each loads its own core, once.
  '/mixed.html': (cdn) => page('Blandet', 'da', `<script src="${cdn}ogw.js" defer></script>`, `
    <h1>To slags</h1>
    <ogw-status id="s1" src="/feeds/small.json"></ogw-status>
    <ogw-timeline id="t1" src="/feeds/small.json"></ogw-timeline>
    <ogw-status id="s2" src="/feeds/small.json" lang="en"></ogw-status>
    <div id="t2" data-ogw="timeline" data-src="/feeds/small.json" data-lang="en"></div>
    <div id="typo" data-ogw="statsu" data-src="/feeds/small.json"></div>`),
  // No-JavaScript fallback content is replaced on mount.
  '/fallback.html': (cdn) => page('Fallback', 'da', `<script src="${cdn}ogw.js" defer></script>`, `
    <h1>Fallback</h1>
    <ogw-status id="fb" src="/feeds/small.json"><p id="fallback-text">Statik tekst for læsere uden JavaScript</p></ogw-status>`),
};

let servers, browser;
before(async () => {
  servers = await startServers(PAGES);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path, viewport = { width: 1024, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  const requests = [];
  p.on('request', (r) => requests.push(r.url()));
  await p.goto(servers.hostUrl + path);
  return { p, errors, requests, close: () => context.close() };
}

// Playwright's CSS locators pierce open shadow roots.
const summary = (p, id) => p.locator(`#${id} .ogw-summary`);

test('custom element, placeholder, inline feed and JS API all render from another origin', async () => {
  const { p, errors, requests, close } = await open('/all.html');
  const da = '4 initiativer: 1 afsluttet, 1 væsentligt, 2 begrænset, 0 ikke påbegyndt.';
  const en = '4 initiatives: 1 completed, 1 substantial, 2 limited, 0 not started.';
  await assert.doesNotReject(summary(p, 'by-src').waitFor());
  assert.equal(await summary(p, 'by-src').textContent(), da);
  assert.equal(await summary(p, 'placeholder').textContent(), en, 'data-lang="en" on the placeholder');
  assert.equal(await summary(p, 'inline').textContent(), da, 'the inline <script type="application/json"> feed');
  await p.evaluate(() => window.apiMounted);
  assert.equal(await summary(p, 'api').textContent(), en, 'ogw.mount with a feed object');
  assert.ok(requests.some((u) => u.startsWith(servers.cdnUrl) && /\/ogw-status_bg\.[0-9a-f]{12}\.wasm$/.test(u)), 'the wasm comes from the CDN origin, next to ogw.js');
  assert.equal(requests.filter((u) => u.endsWith('.wasm')).length, 1, 'six status widgets share one wasm instance');
  assert.deepEqual(errors, []);
  await close();
});

test('a page with both plan widgets loads their shared core once, and a misspelt kind says which exist', async () => {
  const { p, errors, requests, close } = await open('/mixed.html');
  for (const id of ['s1', 's2', 't1', 't2']) await summary(p, id).waitFor();
  assert.match(await summary(p, 't2').textContent(), /^4 initiatives with \d+ milestones?/);
  const typo = p.locator('#typo .ogw-error');
  await typo.waitFor();
  assert.match(await typo.textContent(), /ukendt widget "statsu"; brug "status", "timeline" eller "daycare"/);
  // Named by content hash (.ci/pin-cores): ogw-status_bg.0123456789ab.wasm.
  const cores = requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop().replace(/\.[0-9a-f]{12}\./, '.')).sort();
  assert.deepEqual(cores, ['ogw-plan_bg.wasm'], 'one core with both plan widgets (README, Size), which also serves the misspelt one');
  assert.deepEqual(errors, []);
  assert.deepEqual(await axeViolations(p), []);
  await close();
});

test('a missing and a malformed feed each say what is wrong in their own box, and the rest still work', async () => {
  const { p, close } = await open('/all.html');
  const missing = p.locator('#missing .ogw-error');
  await missing.waitFor();
  assert.match(await missing.textContent(), /Kan ikke vise data.*serveren svarede 404 \(findes ikke; tjek adressen\)/);
  const malformed = p.locator('#malformed .ogw-error');
  await malformed.waitFor();
  assert.match(await malformed.textContent(), /data er ikke gyldig JSON: fejl i linje 1, kolonne \d+/);
  const refused = p.locator('#no-cors .ogw-error');
  await refused.waitFor();
  assert.match(await refused.textContent(), /data kunne ikke hentes: netværksfejl, eller serveren tillader ikke denne side at læse dem \(CORS\)/);
  await summary(p, 'by-src').waitFor();
  assert.equal(await p.locator('#by-src .ogw-seg').count(), 7, 'a good widget beside them renders in full');
  await close();
});

test('the module (ogw.mjs) knows its own URL and loads the wasm beside it', async () => {
  const { p, errors, close } = await open('/module.html');
  await summary(p, 'mod').waitFor();
  assert.equal(await summary(p, 'mod').textContent(), '4 initiatives: 1 completed, 1 substantial, 2 limited, 0 not started.');
  assert.deepEqual(errors, []);
  await close();
});

test('host CSS does not reach into the widget and the widget CSS does not leak out', async () => {
  const { p, close } = await open('/all.html');
  await summary(p, 'by-src').waitFor();
  const inside = await summary(p, 'by-src').evaluate((e) => {
    const s = getComputedStyle(e);
    return { color: s.color, letterSpacing: s.letterSpacing, textTransform: s.textTransform, fontWeight: s.fontWeight, fontStyle: s.fontStyle, whiteSpace: s.whiteSpace };
  });
  assert.deepEqual(inside, { color: 'rgb(26, 26, 26)', letterSpacing: 'normal', textTransform: 'none', fontWeight: '600', fontStyle: 'normal', whiteSpace: 'normal' });
  const themed = await p.locator('#by-src .ogw-toggle').evaluate((e) => ({ color: getComputedStyle(e).color, font: getComputedStyle(e).fontFamily }));
  assert.deepEqual(themed, { color: 'rgb(90, 20, 110)', font: 'Georgia, serif' }, '--ogw-color-accent and --ogw-font theme the widget');
  const host = await p.locator('#host-text').evaluate((e) => getComputedStyle(e).fontWeight);
  assert.equal(host, '100', 'the host\'s own .ogw-summary keeps the host\'s style');
  await close();
});

test('fallback content shows until the widget mounts, then the widget replaces it', async () => {
  const { p, close } = await open('/fallback.html');
  await summary(p, 'fb').waitFor();
  assert.equal(await p.locator('#fallback-text').isVisible(), false);
  await p.evaluate(() => ogw.unmount(document.getElementById('fb')));
  await p.locator('#fallback-text').waitFor({ state: 'visible' });
  assert.equal(await p.locator('#fb .ogw-root').count(), 0, 'ogw.unmount removes the widget');
  await close();
});

test('a placeholder added later is mounted, and one removed is unmounted', async () => {
  const { p, errors, close } = await open('/module.html');
  await summary(p, 'mod').waitFor();
  await p.evaluate(() => {
    const late = document.createElement('div');
    late.id = 'late';
    late.setAttribute('data-ogw', 'status');
    late.setAttribute('data-src', '/feeds/small.json');
    document.querySelector('main').append(late);
  });
  await summary(p, 'late').waitFor();
  const root = await p.evaluate(() => {
    const late = document.getElementById('late');
    const shadow = late.shadowRoot;
    late.remove();
    return new Promise((resolve) => setTimeout(() => resolve(shadow.querySelector('.ogw-root') === null), 100));
  });
  assert.equal(root, true, 'the removed placeholder was unmounted');
  assert.deepEqual(errors, []);
  await close();
});

test('the keyboard reaches the chart, moves along it, opens and closes a segment, with visible focus', async () => {
  const { p, close } = await open('/module.html');
  await summary(p, 'mod').waitFor();
  // Tab from the top of the page: the first stop inside the widget is the chart.
  await p.keyboard.press('Tab');
  const focused = () => p.evaluate(() => {
    const host = document.activeElement;
    const inner = host && host.shadowRoot ? host.shadowRoot.activeElement : null;
    return inner && { label: inner.textContent, outline: getComputedStyle(inner).outlineStyle, width: getComputedStyle(inner).outlineWidth };
  });
  let now = await focused();
  assert.equal(now.label, 'All initiatives: 1 initiative completed');
  assert.notEqual(now.outline, 'none', 'focus is visible');
  assert.equal(now.width, '3px');
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowRight');
  now = await focused();
  assert.equal(now.label, 'All initiatives: 2 initiatives limited');
  await p.keyboard.press('Enter');
  const items = p.locator('#mod .ogw-detail .ogw-item');
  await items.first().waitFor();
  // The original label ("Begrænset") is kept beside a normalised status.
  assert.deepEqual(await items.allTextContents(), [
    '1.1 Flere åbne data til borgere og medierLead: Rigsarkivet',
    '2.2 Meld en regelLead: Erhvervsministeriet(Begrænset)',
  ]);
  const links = p.locator('#mod .ogw-detail a[href]');
  assert.equal(await links.count(), 1, 'only the initiative with a url is a link');
  assert.equal(await links.getAttribute('href'), 'https://www.sa.dk');
  assert.deepEqual(await violations(p), [], 'axe: a segment open');
  await p.keyboard.press('Escape');
  await p.locator('#mod .ogw-detail').waitFor({ state: 'detached' });
  // Tab leaves the chart (one tab stop) for the table button.
  await p.keyboard.press('Tab');
  const toggle = await p.evaluate(() => document.activeElement.shadowRoot.activeElement.innerText);
  assert.equal(toggle, 'Show the numbers as a table');
  await p.keyboard.press('Enter');
  await p.locator('#mod .ogw-table').waitFor({ state: 'visible' });
  assert.equal(await p.evaluate(() => document.activeElement.shadowRoot.activeElement.innerText), 'Hide the table');
  assert.deepEqual(await violations(p), [], 'axe: table open');
  await close();
});

const violations = (p) => axeViolations(p);

test('axe-core finds no WCAG 2.1 A/AA violations with every widget and error state on the page', async () => {
  const { p, close } = await open('/all.html');
  await summary(p, 'by-src').waitFor();
  await p.locator('#missing .ogw-error').waitFor();
  await p.locator('#malformed .ogw-error').waitFor();
  await p.locator('#no-cors .ogw-error').waitFor();
  await p.evaluate(() => window.apiMounted);
  assert.deepEqual(await violations(p), []);
  await close();
});

test('on a 320 px phone the widget fits without sideways scrolling and passes axe', async () => {
  const { p, close } = await open('/module.html', { width: 320, height: 640 });
  await summary(p, 'mod').waitFor();
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const svgWidth = await p.locator('#mod .ogw-svg svg').getAttribute('width');
  assert.ok(Number(svgWidth) <= 320 - 34, `the chart is drawn for the phone, got ${svgWidth}`);
  assert.deepEqual(await violations(p), []);
  await close();
});

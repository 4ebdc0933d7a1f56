// A host page served with the strict Content-Security-Policy that agencies'
// security teams use (issue 11): no 'unsafe-inline' for styles or scripts,
// only 'wasm-unsafe-eval' for WebAssembly. All three widgets must draw fully
// styled, with no violation reported.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startServers, strictPolicy } from './server.mjs';
import { launch } from './browser.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');


const page = (cdn) => ({
  headers: { 'content-security-policy': strictPolicy(cdn) },
  html: `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Streng politik</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Streng politik</h1>
<ogw-status id="status" src="/feeds/handlingsplan-2017-2019.json"></ogw-status>
<ogw-timeline id="timeline" src="/feeds/handlingsplan-2017-2019.json"></ogw-timeline>
<ogw-daycare id="daycare" src="/feeds/generated/dagtilbud-kommuner.json"></ogw-daycare>
</main></body></html>`,
});

let servers, browser;
before(async () => {
  servers = await startServers({ '/strict.html': page });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

test('under a strict policy every widget draws fully styled, with zero violations and zero axe findings', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const p = await context.newPage();
  // Before any page script: an init script is run by the browser, not by the page.
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} (${e.blockedURI || 'inline'})`));
  });
  const console = [];
  p.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) console.push(m.text()); });
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  const response = await p.goto(`${servers.hostUrl}/strict.html`);
  assert.match(response.headers()['content-security-policy'], /style-src 'self'/, 'the page is served with the policy');

  for (const id of ['status', 'timeline']) await p.locator(`#${id} .ogw-summary`).first().waitFor();
  await p.locator('#daycare .ogw-dc-count').waitFor();

  // Styled: the card's padding and border come from our sheets, and the
  // positioned parts (status segments, timeline rows, table spacers) are placed.
  const styles = await p.evaluate(() => {
    const inside = (id, selector) => document.getElementById(id).shadowRoot.querySelector(selector);
    const card = (id) => getComputedStyle(inside(id, '.ogw-card'));
    const seg = inside('status', '.ogw-seg');
    const row = inside('timeline', '.ogw-tl-row');
    return {
      padding: ['status', 'timeline', 'daycare'].map((id) => card(id).paddingTop),
      borders: ['status', 'timeline', 'daycare'].map((id) => card(id).borderTopStyle),
      sheets: ['status', 'timeline', 'daycare'].map((id) => document.getElementById(id).shadowRoot.adoptedStyleSheets.length),
      segment: { position: getComputedStyle(seg).position, width: seg.getBoundingClientRect().width },
      row: { position: getComputedStyle(row).position, height: row.getBoundingClientRect().height },
      styleElements: ['status', 'timeline', 'daycare'].map((id) => document.getElementById(id).shadowRoot.querySelectorAll('style').length),
    };
  });
  assert.deepEqual(styles.padding, ['16px', '16px', '16px'], 'the shared sheet applies in every widget');
  assert.deepEqual(styles.borders, ['solid', 'solid', 'solid']);
  assert.deepEqual(styles.sheets, [2, 3, 3], 'the shared sheet and the charts\' colours, and the timeline\'s and the dashboard\'s own');
  assert.equal(styles.segment.position, 'absolute', 'status segments are placed over the chart');
  assert.ok(styles.segment.width > 10, `a status segment has its width (${styles.segment.width} px)`);
  assert.equal(styles.row.position, 'absolute');
  assert.ok(styles.row.height > 10, `a timeline row has its height (${styles.row.height} px)`);
  assert.deepEqual(styles.styleElements, [0, 0, 0], 'no <style> element: sheets are adopted');

  // Use the widgets a little, so state changes that set positions run too.
  await p.locator('#timeline .ogw-tl-row').first().focus();
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowDown');
  await p.locator('#daycare .ogw-dc-scroll').evaluate((e) => { e.scrollTop = 400; });
  await p.waitForTimeout(300);

  assert.deepEqual(await p.evaluate(() => window.__violations), [], 'no securitypolicyviolation event');
  assert.deepEqual(console, [], 'nothing refused in the console');
  assert.deepEqual(errors, []);

  // axe from the test's side (an injected <script> would itself be refused).
  await p.evaluate(AXE_SOURCE);
  const violations = await p.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

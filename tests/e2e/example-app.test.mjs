// The example Leptos application (examples/leptos-app, built by `make
// example-app` into target/example-app/): ogw's widgets as Leptos components,
// with no loader and no custom elements. The typed feed built in Rust is
// drawn, read out and tabled; the component comes and goes with the app's
// state; a feed by address loads; the page's language is the default; axe
// finds nothing in any of it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

let servers, browser;
before(async () => {
  servers = await startServers({});
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(viewport = { width: 1024, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const requests = [];
  p.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await p.goto(`${servers.hostUrl}/example-app/`);
  return { p, errors, requests, close: () => context.close() };
}

// Playwright's CSS locators pierce open shadow roots.
const typedStatus = (p) => p.locator('#typed > .ogw-widget').first();

test('the typed feed is drawn: sentence, SVG, a button per segment, the table one button away', async () => {
  const { p, errors, requests, close } = await open();
  const status = typedStatus(p);
  // 1.1 completed; 1.2 and 2.2 substantial; 1.3 limited; 2.1 not started.
  await assert.doesNotReject(status.locator('.ogw-summary').waitFor());
  assert.equal(await status.locator('.ogw-title').textContent(), 'Initiative status');
  assert.equal(await status.locator('.ogw-subtitle').textContent(), 'Digital action plan 2023–2026');
  assert.equal(await status.locator('.ogw-summary').textContent(),
    '5 initiatives: 1 completed, 2 substantial, 1 limited, 1 not started.');
  // The SVG the core drew, with the same sentence as its description.
  const svg = status.locator('.ogw-svg svg');
  assert.equal(await svg.count(), 1);
  assert.match(await svg.evaluate((s) => s.outerHTML), /5 initiatives: 1 completed/);
  // A button per segment: all initiatives (4 statuses), Data (3), Digital services (2).
  const segments = status.locator('button.ogw-seg');
  assert.equal(await segments.count(), 9);
  // Its name is its content (so feed text in it can carry its own lang).
  assert.equal((await segments.nth(4).textContent()).trim(), 'Data and transparency: 1 initiative completed');
  await segments.nth(4).click();
  assert.match(await status.locator('.ogw-detail').textContent(), /1\.1\s*Open the budget data/);

  // The table: hidden until its button is pressed, then the numbers per theme.
  const toggle = status.locator('button[aria-controls$="table"]');
  const table = status.locator('.ogw-table');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await table.isVisible(), false);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await table.isVisible(), true);
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(rows.map((r) => r[0]), ['All initiatives', 'Data and transparency', 'Digital services']);
  assert.equal(rows[0].at(-1), '5');
  assert.deepEqual(await axeViolations(p), []);
  await toggle.click();
  assert.equal(await table.isVisible(), false);

  // No loader, no cores: the app's own module and wasm, and the fetched feed.
  assert.ok(!requests.some((r) => /ogw(-status|-timeline)?\.m?js$/.test(r)), requests.join(' '));
  assert.deepEqual(errors, []);
  await close();
});

test('the timeline of the same feed, its rows by keyboard, unmounted and mounted again with the app', async () => {
  const { p, errors, close } = await open();
  const timeline = p.locator('#typed .ogw-tl');
  await timeline.locator('.ogw-summary').waitFor();
  assert.equal(await p.locator('#typed .ogw-title').nth(1).textContent(), 'Initiative timeline');
  const rows = timeline.locator('.ogw-tl-row');
  assert.equal(await rows.count(), 7, 'two themes and five initiatives');
  assert.match(await timeline.locator('.ogw-tl-svg svg').evaluate((s) => s.outerHTML), /<svg/);
  // One tab stop for the rows; ArrowDown moves to the next row.
  const first = timeline.locator('.ogw-tl-row[tabindex="0"]');
  await first.focus();
  const focused = () => document.activeElement?.shadowRoot?.activeElement?.textContent;
  const before = await p.evaluate(focused);
  assert.match(before, /^Data and transparency/);
  await p.keyboard.press('ArrowDown');
  // The widget moves the focus once it has drawn the row it moves to.
  await p.waitForFunction((first) => {
    const text = document.activeElement?.shadowRoot?.activeElement?.textContent;
    return text && text !== first;
  }, before, { timeout: 2000 });
  assert.match(await p.evaluate(focused), /^1\.1 Open the budget data/);
  assert.deepEqual(await axeViolations(p), []);

  // The app hides the timeline: the component's widget is gone, and no error.
  const toggle = p.locator('#toggle-timeline');
  await toggle.click();
  assert.equal(await p.locator('#typed .ogw-tl').count(), 0);
  assert.equal(await p.locator('#typed > .ogw-widget').count(), 1);
  await toggle.click();
  await p.locator('#typed .ogw-tl .ogw-summary').waitFor();
  assert.equal(await p.locator('#typed > .ogw-widget').count(), 2);
  for (let i = 0; i < 10; i++) await toggle.click();
  await p.locator('#typed .ogw-tl .ogw-summary').waitFor();
  assert.deepEqual(errors, []);
  await close();
});

test('a feed by address, in the language of the page around it, on a phone', async () => {
  const { p, errors, close } = await open({ width: 375, height: 800 });
  const fetched = p.locator('#fetched .ogw-widget');
  await fetched.locator('.ogw-summary').waitFor();
  assert.equal(await fetched.locator('.ogw-root').getAttribute('lang'), 'da');
  assert.equal(await fetched.locator('.ogw-title').textContent(), 'Status for initiativerne');
  assert.match(await fetched.locator('.ogw-summary').textContent(), /^\d+ initiativer: /);
  assert.equal(await fetched.locator('.ogw-error').count(), 0);
  // Drawn at the phone's width, not the fallback's.
  const width = await fetched.locator('.ogw-svg svg').evaluate((s) => Number(s.getAttribute('width')));
  assert.ok(width > 200 && width < 375, `drawn ${width} px wide`);
  assert.deepEqual(await axeViolations(p), []);
  assert.deepEqual(errors, []);
  await close();
});

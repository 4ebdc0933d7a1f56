// <ogw-timeline> embedded from another origin, on the seed's whole plan:
// the keyboard path with real key presses, and axe-core in every state the
// issue names (collapsed, expanded, details open, table view), in Danish and
// English, zoomed, and on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const PLAN = '/feeds/handlingsplan-2017-2019.json';
const page = (cdn) => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidsplan</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Handlingsplanen</h1>
  <ogw-timeline id="da" src="${PLAN}"></ogw-timeline>
  <div id="en" data-ogw="timeline" data-src="${PLAN}" data-lang="en"></div>
</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({ '/timeline.html': page });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + '/timeline.html');
  await p.locator('#da .ogw-summary').waitFor();
  await p.locator('#en .ogw-summary').waitFor();
  return { p, errors, close: () => context.close() };
}

/** What has the focus inside a widget: its row key or id, name and focus ring. */
const focused = (p) => p.evaluate(() => {
  const host = document.activeElement;
  const inner = host && host.shadowRoot ? host.shadowRoot.activeElement : null;
  return inner && {
    host: host.id,
    row: inner.getAttribute('data-row'),
    id: inner.id,
    name: inner.getAttribute('aria-label'),
    outline: getComputedStyle(inner).outlineStyle,
  };
});

/** Waits until the row `key` (or element id) has the focus: the widget moves it on the next frame. */
async function focusOn(p, key) {
  await p.waitForFunction((key) => {
    const inner = document.activeElement?.shadowRoot?.activeElement;
    return inner && (inner.getAttribute('data-row') === key || inner.id === key);
  }, key, { timeout: 2000 }).catch(() => {});
  return focused(p);
}

test('the seed plan in Danish and English: summary, one row per initiative, themes, the as-of line', async () => {
  const { p, errors, close } = await open();
  assert.equal(await p.locator('#da .ogw-summary').textContent(),
    '14 initiativer med 51 milepæle, 2016-2022. Pr. 1. september 2018 er 13 overskredet, og 2 har ingen fastlagt dato.');
  assert.match(await p.locator('#en .ogw-summary').textContent(), /^14 initiatives with 51 milestones, 2016-2022\. As of 1 September 2018, 13 are overdue/);
  assert.equal(await p.locator('#da .ogw-tl-row').count(), 14, 'collapsed: initiatives only');
  assert.equal(await p.locator('#da .ogw-tl-band').count(), 4, 'four themes');
  assert.equal(await p.locator('#da .ogw-tl-row[data-row="i0-0"]').getAttribute('aria-label'),
    '1.1 Flere åbne data til borgere og medier, 2017 til medio 2019, begrænset, 5 milepæle');
  assert.match(await p.locator('#da .ogw-tl-svg svg').innerHTML(), /1\. september 2018/, 'the as-of line is labelled');
  assert.deepEqual(await axeViolations(p), [], 'axe: collapsed');
  assert.deepEqual(errors, []);
  await close();
});

test('keyboard: Tab in, arrows move and expand, Enter opens the details, Escape closes them', async () => {
  const { p, close } = await open();
  // Tab from the top of the page: past the zoom and milestone buttons to the rows.
  let now;
  for (let i = 0; i < 8; i++) {
    await p.keyboard.press('Tab');
    now = await focused(p);
    if (now?.row) break;
  }
  assert.deepEqual([now.host, now.row], ['da', 'i0-0'], 'one tab stop into the chart: the first row');
  assert.notEqual(now.outline, 'none', 'focus is visible');
  await p.keyboard.press('ArrowDown');
  assert.equal((await focusOn(p, 'i0-1')).row, 'i0-1');
  await p.keyboard.press('ArrowRight');
  await p.locator('#da .ogw-tl-row[data-row="m0-1-0"]').waitFor();
  assert.equal((await focused(p)).row, 'i0-1', 'expanding keeps the focus');
  assert.deepEqual(await axeViolations(p), [], 'axe: expanded');
  await p.keyboard.press('ArrowRight');
  now = await focusOn(p, 'm0-1-0');
  assert.equal(now.row, 'm0-1-0');
  assert.equal(now.name, 'Ejendomsgrunddata på Datafordeleren (DAF), 2. kvartal 2018 til 2. kvartal 2019, i gang');
  await p.keyboard.press('Enter');
  await p.locator('#da .ogw-tl-details').waitFor();
  assert.equal((await focusOn(p, 'ogw-tl-details-title')).id, 'ogw-tl-details-title', 'the details take the focus');
  const facts = await p.locator('#da .ogw-tl-details .ogw-facts').textContent();
  assert.match(facts, /Initiativ1\.2 Grunddataregistre/);
  assert.deepEqual(await axeViolations(p), [], 'axe: details open');
  await p.keyboard.press('Escape');
  await p.locator('#da .ogw-tl-details').waitFor({ state: 'detached' });
  assert.equal((await focusOn(p, 'm0-1-0')).row, 'm0-1-0', 'Escape gives the focus back to the row');
  await p.keyboard.press('ArrowLeft');
  assert.equal((await focusOn(p, 'i0-1')).row, 'i0-1', 'left goes up to the initiative');
  await close();
});

test('an initiative\'s details give its texts and a contact that can be mailed and called', async () => {
  const { p, close } = await open();
  await p.locator('#da .ogw-tl-row[data-row="i0-2"]').click(); // 1.3 Informationsportal på dagtilbudsområdet
  await p.locator('#da .ogw-tl-details').waitFor();
  const links = await p.locator('#da .ogw-tl-details a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.some((h) => h.startsWith('mailto:')), `a mailto: link in ${links}`);
  assert.ok(links.every((h) => /^(https?:|mailto:|tel:)/.test(h)), `only safe links: ${links}`);
  await p.locator('#da .ogw-tl-details button').click();
  await p.locator('#da .ogw-tl-details').waitFor({ state: 'detached' });
  await close();
});

test('table view, all milestones, quarters and months: axe finds nothing in any', async () => {
  const { p, close } = await open();
  await p.locator('#en .ogw-toggle[aria-controls="ogw-table"]').click();
  await p.locator('#en .ogw-tl-table').waitFor({ state: 'visible' });
  assert.equal(await p.locator('#en .ogw-tl-table tbody tr').count(), 14 + 51, 'every initiative and milestone');
  assert.deepEqual(await axeViolations(p), [], 'axe: table view');
  await p.locator('#da .ogw-tl-toolbar > .ogw-toggle').click();
  await p.locator('#da .ogw-tl-row[data-row="m3-2-0"]').waitFor();
  assert.equal(await p.locator('#da .ogw-tl-row').count(), 14 + 51);
  for (const zoom of [1, 2]) {
    await p.locator('#da .ogw-tl-zoom button').nth(zoom).click();
    await p.locator(`#da .ogw-tl-zoom button >> nth=${zoom}`).and(p.locator('[aria-pressed="true"]')).waitFor();
    const { scroll, width } = await p.locator('#da .ogw-tl-scroll').evaluate((e) => ({ scroll: e.scrollLeft, width: e.scrollWidth - e.clientWidth }));
    assert.ok(width > 0 && scroll > 0, `zoomed in, scrolled to the as-of line (${scroll} of ${width})`);
    assert.deepEqual(await axeViolations(p), [], `axe: zoom ${zoom}`);
  }
  await close();
});

test('on a 360 px phone it is a list that fits, with milestones and details one tap away', async () => {
  const { p, errors, close } = await open({ width: 360, height: 740 });
  await p.locator('#da .ogw-tl-listing').waitFor();
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling');
  await p.locator('#da .ogw-tl-list-toggle').first().click();
  await p.locator('#da .ogw-tl-list-item').nth(1).click();
  await p.locator('#da .ogw-tl-details').waitFor();
  assert.deepEqual(await axeViolations(p), [], 'axe: phone, details open');
  assert.deepEqual(errors, []);
  await close();
});

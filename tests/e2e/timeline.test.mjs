// <ogw-timeline> embedded from another origin, on the seed's whole plan:
// the keyboard path with real key presses, and axe-core in every state the
// issue names (collapsed, expanded, details open, table view), in Danish and
// English, zoomed, and on a phone. The tree's accessibility snapshots are
// golden files in tests/e2e/aria/; after a deliberate change, rewrite them
// with UPDATE_ARIA=1 node --test tests/e2e/timeline.test.mjs and review the diff.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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
    name: inner.textContent,
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
  assert.equal(await p.locator('#da .ogw-tl-row').count(), 4 + 14, 'collapsed: themes and initiatives');
  assert.equal(await p.locator('#da .ogw-tl-band').count(), 4, 'four themes');
  assert.equal(await p.locator('#da .ogw-tl-row[data-row="i0-0"]').textContent(),
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
  assert.deepEqual([now.host, now.row], ['da', 'g0'], 'one tab stop into the tree: the first theme');
  assert.notEqual(now.outline, 'none', 'focus is visible');
  await p.keyboard.press('ArrowDown');
  assert.equal((await focusOn(p, 'i0-0')).row, 'i0-0');
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
  await p.keyboard.press('ArrowLeft');
  await p.locator('#da .ogw-tl-row[data-row="m0-1-0"]').waitFor({ state: 'detached' });
  await p.keyboard.press('ArrowLeft');
  assert.equal((await focusOn(p, 'g0')).row, 'g0', 'left on a closed initiative goes up to its theme');
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
  assert.equal(await p.locator('#da .ogw-tl-row').count(), 4 + 14 + 51);
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

/** Compares an accessibility snapshot with its golden file (UPDATE_ARIA=1 rewrites it). */
function golden(name, snapshot) {
  const file = new URL(`./aria/${name}.yml`, import.meta.url);
  if (process.env.UPDATE_ARIA) {
    mkdirSync(new URL('./aria/', import.meta.url), { recursive: true });
    writeFileSync(file, snapshot + '\n');
  }
  assert.equal(snapshot + '\n', readFileSync(file, 'utf8'), `aria snapshot ${name} (UPDATE_ARIA=1 to rewrite)`);
}

/** Each treeitem's level, position, expanded state and name. */
const treeItems = (p, host) => p.locator(`#${host} [role="treeitem"]`).evaluateAll((items) => items.map((e) => ({
  row: e.dataset.row,
  level: e.getAttribute('aria-level'),
  pos: `${e.getAttribute('aria-posinset')}/${e.getAttribute('aria-setsize')}`,
  expanded: e.getAttribute('aria-expanded'),
  name: e.textContent,
})));

test('the timeline is a tree: levels, positions and expanded states follow the keys; names are unique; golden snapshots', async () => {
  const { p, close } = await open();
  const tree = p.locator('#en [role="tree"]');
  assert.equal(await p.locator('#en [role="tree"]').count(), 1);
  let items = await treeItems(p, 'en');
  assert.deepEqual(items.slice(0, 2).map(({ row, level, pos, expanded }) => [row, level, pos, expanded]),
    [['g0', '1', '1/4', 'true'], ['i0-0', '2', '1/5', 'false']]);
  assert.equal(new Set(items.map((i) => i.name)).size, items.length, 'every row has its own name');
  assert.equal(await p.locator('#en [role="treeitem"][tabindex="0"]').count(), 1, 'one tab stop');
  golden('timeline-en-collapsed', await tree.ariaSnapshot());
  await p.locator('#en [data-row="i0-0"][role="treeitem"]').focus();
  await p.keyboard.press('ArrowRight');
  await p.locator('#en [role="treeitem"][data-row="m0-0-0"]').waitFor();
  items = await treeItems(p, 'en');
  assert.deepEqual(items.filter((i) => /^(i0-0|m0-0-0)$/.test(i.row)).map(({ row, level, pos, expanded }) => [row, level, pos, expanded]),
    [['i0-0', '2', '1/5', 'true'], ['m0-0-0', '3', '1/5', null]]);
  await p.keyboard.press('Enter');
  await p.locator('#en .ogw-tl-details').waitFor();
  assert.equal(await p.locator('#en [data-row="i0-0"][role="treeitem"]').getAttribute('aria-expanded'), 'true',
    'details do not change the expanded state');
  assert.equal(await p.locator('#en [data-row="i0-0"][role="treeitem"]').getAttribute('aria-selected'), 'true');
  golden('timeline-en-expanded-details', await tree.ariaSnapshot());
  assert.deepEqual(await axeViolations(p), [], 'axe: tree expanded, details open');
  // The + / − say what they do to which row.
  const buttons = await p.locator('#da .ogw-tl-expand').evaluateAll((bs) => bs.map((b) => b.innerText || b.textContent));
  const names = await p.locator('#da .ogw-tl-expand').evaluateAll((bs) => bs.map((b) =>
    [...b.querySelectorAll('.ogw-sr-only')].filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.textContent).join('')));
  assert.equal(names.length, 14);
  assert.equal(new Set(names).size, names.length, `unique names: ${names}`);
  assert.ok(names.some((n) => /^Vis milepæle for 1\.3 /.test(n)), names.join(' | '));
  assert.ok(buttons.length > 0);
  await close();
});

test('feed text in the English widget says it is Danish where the feed has no English', async () => {
  const { p, close } = await open();
  // The seed translates initiative titles, not milestone titles.
  await p.locator('#en .ogw-tl-toolbar > .ogw-toggle').click();
  await p.locator('#en .ogw-tl-row[data-row="m0-0-0"]').waitFor();
  const title = p.locator('#en [role="treeitem"][data-row="m0-0-0"] [lang="da"]');
  assert.match(await title.textContent(), /^Udvælgelse af 10 datasæt/);
  assert.equal(await p.locator('#en [role="treeitem"][data-row="i0-0"] [lang]').count(), 0, 'translated titles need none');
  assert.equal(await p.locator('#da [role="tree"] [lang], #da .ogw-tl-labels [lang]').count(), 0, 'no lang where the widget is Danish already');
  await close();
});

/** WCAG 1.4.12's spacing, put into every shadow root. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }
p { margin-bottom: 2em !important; }`;
const addSpacing = (p) => p.evaluate((css) => {
  for (const host of document.querySelectorAll('ogw-timeline, [data-ogw]')) {
    const root = host.shadowRoot;
    if (!root) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}, SPACING);

for (const width of [1100]) {
  test(`text spacing (1.4.12) at ${width} px clips no label`, async () => {
    const { p, close } = await open({ width, height: 900 });
    await p.locator('#da .ogw-tl-toolbar > .ogw-toggle').click();
    await p.locator('#da .ogw-tl-row[data-row="m3-2-0"]').waitFor();
    await addSpacing(p);
    const clipped = () => p.locator('#da .ogw-tl-label').evaluateAll((labels) => labels
      .filter((l) => l.scrollHeight > l.clientHeight + 1 || l.scrollWidth > l.clientWidth + 1)
      .map((l) => l.textContent));
    let left = [];
    for (let i = 0; i < 50; i++) {
      left = await clipped();
      if (left.length === 0) break;
      await p.waitForTimeout(100);
    }
    assert.deepEqual(left, [], 'labels grow to their text');
    await close();
  });
}

test('on a phone the list keeps the focus: a toggle stays focused, details take it, Escape and Close give it back', async () => {
  const { p, errors, close } = await open({ width: 360, height: 740 });
  const list = p.locator('#da .ogw-tl-listing');
  await list.waitFor();
  assert.equal(await list.locator('.ogw-tl-list-item').count(), 14, 'collapsed: the initiatives');
  const toggle = list.locator('.ogw-tl-list-toggle').first();
  await toggle.focus();
  await p.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await list.locator('.ogw-tl-list-item').count(), 14 + 5, 'the first initiative shows its 5 milestones');
  assert.equal(await p.evaluate(() => document.activeElement.shadowRoot.activeElement.className), 'ogw-tl-list-toggle', 'the toggle keeps the focus');
  const milestone = list.locator('.ogw-tl-list-item[data-row="m0-0-0"]');
  await milestone.focus();
  await p.keyboard.press('Enter');
  assert.equal((await focusOn(p, 'ogw-tl-details-title')).id, 'ogw-tl-details-title', 'the details take the focus');
  assert.equal(await milestone.getAttribute('aria-expanded'), 'true');
  await p.keyboard.press('Escape');
  assert.equal((await focusOn(p, 'm0-0-0')).row, 'm0-0-0', 'Escape gives the focus back to the row');
  assert.equal(await list.locator('.ogw-tl-details').count(), 0);
  assert.equal(await milestone.getAttribute('aria-expanded'), 'false');
  await milestone.click();
  await list.locator('.ogw-tl-details button.ogw-button').click();
  assert.equal((await focusOn(p, 'm0-0-0')).row, 'm0-0-0', 'its button gives the focus back to the row');
  await p.locator('#da .ogw-tl-toolbar > button').click();
  await p.waitForFunction(() => document.querySelector('#da').shadowRoot.querySelectorAll('.ogw-tl-list-item').length === 14 + 51);
  assert.equal(await list.locator('.ogw-tl-list-toggle[aria-expanded="false"]').count(), 0, 'show all milestones opens every toggle');
  assert.deepEqual(await axeViolations(p), [], 'axe: phone, all milestones');
  await toggle.click();
  assert.equal(await list.locator('.ogw-tl-list-item').count(), 14 + 51 - 5, 'a toggle closes its initiative again');
  assert.deepEqual(errors, []);
  await close();
});

test('targets on a 360 px phone are at least 24 px', async () => {
  const { p, close } = await open({ width: 360, height: 740 });
  const small = await p.locator('#da button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect())
    .filter((r) => r.width > 0 && (r.width < 24 || r.height < 24)).map((r) => `${r.width}x${r.height}`));
  assert.deepEqual(small, []);
  await close();
});

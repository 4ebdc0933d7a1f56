// The institutions table of <ogw-daycare> with a keyboard and a screen
// reader's ears, on the national synthetic feed (4,600 institutions,
// thousands of shared names): one tab stop with a grid's keys, the focus
// kept in view when comparing, one polite message per change, names that
// can be told apart, 24 px targets on a phone, and axe in each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const NATIONAL = '/feeds/generated/dagtilbud-syntetisk.json';
const page = (lang) => (cdn) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dagtilbud</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Dagtilbud</h1><p><a href="#before">Before</a></p>
<ogw-daycare id="dc" src="${NATIONAL}"></ogw-daycare><p><a id="after" href="#after">After</a></p></main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({ '/da.html': page('da'), '/en.html': page('en') });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

// Every text the live region says, in order, from the moment of opening.
async function open(path, viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  await p.goto(servers.hostUrl + path);
  await p.locator('#dc .ogw-dc-count').waitFor();
  await p.evaluate(() => {
    const live = document.querySelector('#dc').shadowRoot.querySelector('.ogw-dc-live');
    window.said = [];
    new MutationObserver(() => { const t = live.textContent.trim(); if (t) window.said.push(t); })
      .observe(live, { childList: true, subtree: true, characterData: true });
  });
  return { p, close: () => context.close() };
}

const said = (p) => p.evaluate(() => window.said.slice());
const lastSaid = async (p, re) => {
  await p.waitForFunction((src) => window.said.some((t) => new RegExp(src).test(t)), re.source, { timeout: 5000 });
  return (await said(p)).at(-1);
};
// Where the focus is inside the dashboard: its data-cell, or null.
const focusedCell = (p) => p.evaluate(() => {
  const a = document.querySelector('#dc').shadowRoot.activeElement;
  return a?.closest('[data-cell]')?.getAttribute('data-cell') ?? (a ? a.tagName : null);
});
const inGrid = (p) => p.evaluate(() => !!document.querySelector('#dc').shadowRoot.activeElement?.closest('[role=grid]'));
const checkboxOf = (p, row) => p.locator(`#dc [data-cell="${row}:0"]`);

test('Tab reaches the grid and leaves it within a few presses; the arrows, Page and Ctrl keys reach every row and scroll it into view', async () => {
  const { p, close } = await open('/da.html');
  await p.locator('#dc .ogw-dc-search input').focus();
  let presses = 0;
  while (!(await inGrid(p)) && presses < 30) { await p.keyboard.press('Tab'); presses++; }
  assert.ok(await inGrid(p), 'Tab reaches the table');
  let out = 0;
  while ((await inGrid(p)) && out < 5) { await p.keyboard.press('Tab'); out++; }
  assert.equal(out, 1, 'one Tab leaves the table');
  await p.keyboard.press('Shift+Tab');
  assert.ok(await inGrid(p), 'Shift+Tab comes back to the same cell');
  await checkboxOf(p, 1).focus();
  for (let i = 0; i < 30; i++) await p.keyboard.press('ArrowDown');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '31:0');
  await p.keyboard.press('ArrowRight');
  await p.keyboard.press('ArrowRight');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '31:2');
  const visible = () => p.evaluate(() => {
    const root = document.querySelector('#dc').shadowRoot;
    const a = root.activeElement.getBoundingClientRect();
    const s = root.querySelector('.ogw-dc-scroll').getBoundingClientRect();
    return a.top >= s.top - 1 && a.bottom <= s.bottom + 1 && a.top >= 0 && a.bottom <= innerHeight;
  });
  assert.ok(await visible(), 'row 31 is scrolled into view');
  const rowIndex = () => p.evaluate(() => document.querySelector('#dc').shadowRoot.activeElement.closest('tr').getAttribute('aria-rowindex'));
  assert.equal(await rowIndex(), '32');
  await p.keyboard.press('Control+End');
  await p.waitForFunction(() => /^4600:/.test(document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') ?? ''));
  assert.equal(await rowIndex(), '4601', 'the last row, as aria-rowcount says');
  assert.ok(await visible(), 'the last row is in view');
  await p.keyboard.press('PageUp');
  await p.waitForFunction(() => { const c = document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') ?? ''; return /^45\d\d:/.test(c); });
  assert.ok(await visible());
  await p.keyboard.press('Control+Home');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '1:0');
  await p.keyboard.press('ArrowUp');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '0:0');
  assert.deepEqual(await axeViolations(p), [], 'axe: the grid, focus moved');
  await close();
});

for (const [lang, words] of [
  ['da', { added: /føjet til sammenligningen, 1 af 4$/, full: /4 af 4\. Sammenligningen er fuld/, refused: /er ikke valgt: du kan sammenligne højst 4/, sorted: /^Sorteret efter .+, (laveste|højeste) først, det (bedste|dårligste) først$/, count: /^Viser [\d.]+ af 4\.600 institutioner$/ }],
  ['en', { added: /added to the comparison, 1 of 4$/, full: /4 of 4\. The comparison is full/, refused: /is not chosen: you can compare at most 4/, sorted: /^Sorted by .+, (lowest|highest) first, (best|worst) first$/, count: /^Showing [\d,]+ of 4,600 institutions$/ }],
]) {
  test(`${lang}: comparing keeps the focused control in view and says what happened, up to the limit; sorting is said in words`, async () => {
    const { p, close } = await open(`/${lang}.html`);
    await checkboxOf(p, 3).focus();
    const y = (await checkboxOf(p, 3).boundingBox()).y;
    await p.keyboard.press('Space');
    await p.locator('#dc .ogw-dc-chips li').first().waitFor();
    await p.locator('#dc .ogw-dc-compare svg').waitFor();
    await p.waitForTimeout(200);
    const box = await p.evaluate(() => { const r = document.querySelector('#dc').shadowRoot.activeElement.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; });
    assert.ok(box.top >= 0 && box.bottom <= 900, `the focused checkbox is in the window (${box.top}..${box.bottom})`);
    assert.ok(Math.abs(box.top - y) < 30, `and where it was (${y} → ${box.top})`);
    assert.equal(await focusedCell(p), '3:0');
    assert.match(await lastSaid(p, words.added), words.added);
    // Space in a figure's cell compares its row too (below).
    for (const row of [4, 5, 6]) {
      await p.keyboard.press('ArrowDown');
      await p.waitForFunction((r) => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === `${r}:0`, row);
      await p.keyboard.press('Space');
    }
    assert.match(await lastSaid(p, words.full), words.full);
    await p.keyboard.press('ArrowDown');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '7:2');
    await p.keyboard.press('Space');
    assert.match(await lastSaid(p, words.refused), words.refused);
    assert.equal(await p.locator('#dc .ogw-dc-chips li').count(), 4);
    const inView = await p.evaluate(() => { const r = document.querySelector('#dc').shadowRoot.activeElement.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; });
    assert.ok(inView, 'the focus is still in view');
    assert.deepEqual(await axeViolations(p), [], 'axe: four compared');
    await p.locator('#dc .ogw-dc-table thead th').nth(4).locator('button').click();
    assert.match(await lastSaid(p, words.sorted), words.sorted);
    assert.deepEqual(await axeViolations(p), [], 'axe: sorted');
    await close();
  });

  test(`${lang}: typing says the count once, after the pause`, async () => {
    const { p, close } = await open(`/${lang}.html`);
    await p.locator('#dc .ogw-dc-search input').pressSequentially('børnehuset sol', { delay: 120 });
    await p.waitForTimeout(2000);
    const messages = await said(p);
    assert.equal(messages.length, 1, JSON.stringify(messages));
    assert.match(messages[0], words.count);
    assert.equal(messages[0], (await p.locator('#dc .ogw-dc-count').textContent()).trim(), 'what is said is what is shown');
    assert.deepEqual(await axeViolations(p), [], 'axe: searched');
    await close();
  });
}

test('the municipalities table is one tab stop too: Tab passes its 98 rows in one press, the arrows move, Space compares', async () => {
  const { p, close } = await open('/da.html');
  await p.locator('#dc .ogw-toggle', { hasText: /^Kommuner$/ }).click();
  await p.locator('#dc .ogw-dc-areas [role=grid] tbody tr').nth(90).waitFor();
  await p.locator('#dc .ogw-dc-search input').focus();
  let presses = 0;
  while (!(await inGrid(p)) && presses < 30) { await p.keyboard.press('Tab'); presses++; }
  assert.ok(await inGrid(p), 'Tab reaches the table');
  let out = 0;
  while ((await inGrid(p)) && out < 5) { await p.keyboard.press('Tab'); out++; }
  assert.equal(out, 1, 'one Tab leaves the table');
  await p.keyboard.press('Shift+Tab');
  assert.ok(await inGrid(p), 'Shift+Tab comes back');
  await checkboxOf(p, 1).focus();
  for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowDown');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '4:0');
  await p.keyboard.press('ArrowRight');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') === '4:1');
  const name = (await p.evaluate(() => document.querySelector('#dc').shadowRoot.activeElement.textContent)).trim();
  await p.keyboard.press('Space');
  assert.match(await lastSaid(p, /føjet til sammenligningen, 1 af 4$/), new RegExp(`^${name} føjet til sammenligningen, 1 af 4$`));
  await p.locator('#dc .ogw-dc-chips li').first().waitFor();
  await p.keyboard.press('End');
  await p.waitForFunction(() => /^4:\d+$/.test(document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') ?? '') && document.querySelector('#dc').shadowRoot.activeElement.getAttribute('data-cell') !== '4:1');
  await p.keyboard.press('Control+End');
  await p.waitForFunction(() => /^98:/.test(document.querySelector('#dc').shadowRoot.activeElement?.getAttribute('data-cell') ?? ''));
  assert.deepEqual(await axeViolations(p), [], 'axe: the municipalities grid');
  await close();
});

test('the compare controls of the rendered rows have names no two alike, also after scrolling', async () => {
  const { p, close } = await open('/da.html');
  const names = async () => p.locator('#dc [role=grid] tbody input[type=checkbox]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const first = await names();
  assert.ok(first.length > 5);
  assert.equal(new Set(first).size, first.length, JSON.stringify(first));
  await p.evaluate(() => { document.querySelector('#dc').shadowRoot.querySelector('.ogw-dc-scroll').scrollTop = 44 * 2000; });
  await p.waitForFunction(() => !!document.querySelector('#dc').shadowRoot.querySelector('tr[aria-rowindex="2010"]'));
  const later = await names();
  assert.equal(new Set(later).size, later.length, JSON.stringify(later));
  assert.ok(later.some((n) => /, /.test(n)), 'shared names carry their municipality');
  await close();
});

test('on a 360 px phone every control in the table and the comparison is at least 24 by 24 px', async () => {
  const { p, close } = await open('/da.html', { width: 360, height: 740 });
  await checkboxOf(p, 1).check();
  await p.locator('#dc .ogw-dc-chips li').first().waitFor();
  const small = await p.evaluate(() => [...document.querySelector('#dc').shadowRoot.querySelectorAll('[role=grid] input, [role=grid] button, .ogw-dc-compare button, .ogw-dc-filters input, .ogw-dc-filters select')]
    .map((e) => { const r = e.getBoundingClientRect(); return { what: e.getAttribute('aria-label') || e.textContent, w: r.width, h: r.height }; })
    .filter((r) => r.w > 0 && (r.w < 24 || r.h < 24)));
  assert.deepEqual(small, []);
  assert.deepEqual(await axeViolations(p), [], 'axe: phone');
  await close();
});

// <ogw-daycare> embedded from another origin on the feeds the CLI makes
// from the real data (`make feeds`): the synthetic national feed of 4,600
// institutions and the real municipal figures. Real keys and clicks, the
// address keeps the state, and axe-core finds nothing in the table, the
// comparison, the details and the chart views, in Danish and English and
// on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const NATIONAL = '/feeds/generated/dagtilbud-syntetisk.json';
const MUNICIPAL = '/feeds/generated/dagtilbud-kommuner.json';
const page = (title, lang, body) => (cdn) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/national.html': page('Dagtilbud', 'da', `<ogw-daycare id="dc" src="${NATIONAL}"></ogw-daycare>`),
    '/municipal.html': page('Kommunerne', 'en', `<div id="dc" data-ogw="daycare" data-src="${MUNICIPAL}" data-municipality="751" data-compare="a:101"></div>`),
    '/fano-aabenraa.html': page('Kommunerne', 'da', `<div id="dc" data-ogw="daycare" data-src="${MUNICIPAL}" data-municipality="563" data-compare="a:580"></div>`),
    '/bytes.html': page('Dagtilbud', 'da', `<ogw-daycare id="latin" src="/feeds/daycare-latin1.json"></ogw-daycare>
      <ogw-daycare id="dc" src="/feeds/daycare-problem.json"></ogw-daycare>`),
    '/aabenraa.html': page('Municipalities', 'en', `<div id="dc" data-ogw="daycare" data-src="${MUNICIPAL}" data-municipality="580" data-compare="a:580"></div>`),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path, viewport = { width: 1100, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + path);
  await p.locator('#dc .ogw-dc-count').waitFor();
  return { p, errors, close: () => context.close() };
}

const count = (p) => p.locator('#dc .ogw-dc-count').textContent();
const rendered = (p) => p.locator('#dc .ogw-dc-table tbody tr:not(.ogw-dc-spacer)');

test('the national feed: 4,600 institutions, a few rows in the DOM, the synthetic label and the sources', async () => {
  const { p, errors, close } = await open('/national.html');
  assert.equal(await count(p), 'Viser 4.600 af 4.600 institutioner');
  assert.match(await p.locator('#dc .ogw-dc-synthetic').textContent(), /Syntetiske data/);
  const rows = await rendered(p).count();
  assert.ok(rows > 5 && rows < 60, `only the rows in view are rendered (${rows})`);
  assert.equal(await p.locator('#dc .ogw-dc-table').getAttribute('aria-rowcount'), '4601');
  assert.match(await p.locator('#dc .ogw-dc-credits').textContent(), /Danmarks Statistik/);
  assert.deepEqual(await axeViolations(p), [], 'axe: the table');
  assert.deepEqual(errors, []);
  await close();
});

// The dashboard reads the feed's bytes as they came (not first made text):
// a feed saved as Latin-1 is still said to be no UTF-8, in the widget, and a
// feed with a problem is still read the lenient way, drawn, and the problem
// named in the console.
test('from the bytes: a Latin-1 feed is said to be no UTF-8, a feed with a problem is drawn and the problem named', async () => {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.addInitScript(() => {
    window.warnings = [];
    const warn = console.warn;
    console.warn = function (...args) { window.warnings.push(String(args[0])); return warn.apply(this, args); };
  });
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + '/bytes.html');
  await p.locator('#latin .ogw-error').waitFor();
  assert.match(await p.locator('#latin .ogw-error').textContent(), /data er ikke tekst i UTF-8/);
  await p.locator('#dc .ogw-dc-count').waitFor();
  assert.equal(await count(p), 'Viser 2 af 2 institutioner');
  await p.waitForFunction(() => window.warnings.some((w) => w.startsWith('ogw-daycare:')));
  const warnings = (await p.evaluate(() => window.warnings)).filter((w) => w.startsWith('ogw-daycare:'));
  assert.match(warnings.join('\n'), /units\[0\]\.values\.normering_3_5: /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing, sorting from the keyboard and comparing, and the address remembers it all', async () => {
  const { p, close } = await open('/national.html');
  await p.locator('#dc .ogw-dc-search input').pressSequentially('skov');
  await p.waitForFunction(() => !/^Viser 4\.600/.test(document.querySelector('#dc').shadowRoot.querySelector('.ogw-dc-count').textContent));
  const narrowed = await count(p);
  assert.match(narrowed, /^Viser [1-9][\d.]* af 4\.600 institutioner$/);
  // Sort by the first figure with the keyboard: focus its heading's button, press Enter.
  const heading = p.locator('#dc .ogw-dc-table thead th').nth(4);
  await heading.locator('button').focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => document.querySelector('#dc').shadowRoot.querySelectorAll('.ogw-dc-table thead th')[4].getAttribute('aria-sort') !== 'none');
  const sorted = await heading.getAttribute('aria-sort');
  assert.ok(['ascending', 'descending'].includes(sorted));
  // Compare the first two with the space bar.
  for (const i of [0, 1]) {
    await rendered(p).nth(i).locator('input[type=checkbox]').focus();
    await p.keyboard.press('Space');
  }
  await p.locator('#dc .ogw-dc-chips li').nth(1).waitFor();
  await p.locator('#dc .ogw-dc-compare svg').waitFor();
  await p.locator('#dc .ogw-dc-compare .ogw-toggle').click();
  await p.locator('#dc .ogw-dc-compare-table').waitFor({ state: 'visible' });
  assert.deepEqual(await axeViolations(p), [], 'axe: the comparison and its table');
  const url = p.url();
  assert.match(url, /#ogw-daycare-dc=.*q:skov/, url);
  assert.match(url, /c:u:/);
  // A reload opens the same view.
  await p.reload();
  await p.locator('#dc .ogw-dc-chips li').nth(1).waitFor();
  assert.equal(await count(p), narrowed);
  assert.equal(await p.locator('#dc .ogw-dc-table thead th').nth(4).getAttribute('aria-sort'), sorted);
  await close();
});

test('an institution\'s details: opening hours at a glance, figures in words, the focus there and back', async () => {
  const { p, close } = await open('/national.html');
  await rendered(p).first().locator('.ogw-dc-name').click();
  await p.locator('#dc .ogw-dc-details').waitFor();
  const facts = await p.locator('#dc .ogw-dc-details .ogw-facts').textContent();
  assert.match(facts, /Åbningstid(man|tir|ons|tor|fre)/);
  assert.match(await p.locator('#dc .ogw-dc-sentences').textContent(), /(bedre|dårligere|som) end (kommunen|landstallet)|som (kommunen|landstallet)/);
  assert.deepEqual(await axeViolations(p), [], 'axe: details open');
  await p.keyboard.press('Escape');
  await p.locator('#dc .ogw-dc-details').waitFor({ state: 'detached' });
  await close();
});

test('the real municipal figures: Aarhus chosen by the page, København compared, the years with the 2023 method change', async () => {
  const { p, errors, close } = await open('/municipal.html');
  assert.equal(await count(p), 'Showing 1 of 98 municipalities');
  assert.equal(await p.locator('#dc .ogw-dc-areas tbody th').textContent(), 'Aarhus');
  assert.deepEqual(await p.locator('#dc .ogw-dc-chips li span').allTextContents(), ['København']);
  const trend = await p.locator('#dc .ogw-dc-trend .ogw-summary').textContent();
  assert.match(trend, /^Aarhus: 3\.0 children per adult in 2017, 2\.9 in 2023\. København: .* All of Denmark: .*/);
  assert.match(await p.locator('#dc .ogw-dc-trend svg').innerHTML(), /New method/);
  await p.locator('#dc .ogw-dc-trend .ogw-toggle').click();
  await p.locator('#dc #ogw-dc-trend-numbers table').waitFor({ state: 'visible' });
  assert.deepEqual(await axeViolations(p), [], 'axe: the municipal table, the comparison and the chart with its table');
  assert.doesNotMatch(p.url(), /#/, 'an untouched dashboard leaves the address alone');
  assert.deepEqual(errors, []);
  await close();
});

// Family daycare in 2023: the country's 3.2450 children per adult is shown
// as 3,2 (rounded once), so Aabenraa's 3,3 is worse, in words beside the
// digits; Fanø's 5 with no children in family daycare is noted, not judged.
async function familyDaycareRow(p) {
  await p.locator('#dc .ogw-dc-compare .ogw-toggle').click();
  const row = p.locator('#dc .ogw-dc-compare-table tbody tr').filter({ has: p.locator('th', { hasText: /^(Børn pr\. voksen, dagpleje|Children per adult, family daycare) \(2023\)$/ }) });
  await row.waitFor({ state: 'visible' });
  return row;
}

test('the real municipal figures rounded once: Aabenraa is worse than the country (3,2), Fanø\'s doubtful figure is noted, every heading says its year', async () => {
  const { p, errors, close } = await open('/fano-aabenraa.html');
  const headings = await p.locator('#dc .ogw-dc-areas thead th').allTextContents();
  assert.ok(headings.some((h) => h.startsWith('Børn pr. voksen, dagpleje (2023)')), headings.join(' | '));
  assert.ok(headings.some((h) => h.startsWith('Andel pædagoger (år ikke oplyst)')), headings.join(' | '));
  const fano = p.locator('#dc .ogw-dc-areas tbody tr').first();
  assert.equal(await fano.locator('th').textContent(), 'Fanø');
  const cell = fano.locator('td', { hasText: '5,0' });
  assert.equal(await cell.textContent(), '5,0 (tvivlsomt, usædvanligt)');
  assert.match(await cell.getAttribute('title'), /^Tvivlsomt: kilden har ingen børn i denne pasningsform/);
  const row = await familyDaycareRow(p);
  const aabenraa = row.locator('td').first();
  // The reference figure is written out in the cell, not only in a hover title.
  assert.match(await aabenraa.textContent(), /^3,3 børn pr\. voksen, dårligere end landstallet \(3,2\)/);
  assert.equal(await row.locator('td').last().textContent(), '3,2 børn pr. voksen');
  assert.deepEqual(await axeViolations(p), [], 'axe: notes in the table and the comparison');
  assert.deepEqual(errors, []);
  await close();
});

test('in English: Aabenraa is worse than the country (3.2), in the table and the chart', async () => {
  const { p, errors, close } = await open('/aabenraa.html');
  const headings = await p.locator('#dc .ogw-dc-areas thead th').allTextContents();
  assert.ok(headings.some((h) => h.startsWith('Children per adult, family daycare (2023)')), headings.join(' | '));
  const row = await familyDaycareRow(p);
  assert.match(await row.locator('td').first().textContent(), /^3\.3 children per adult, worse than the country \(3\.2\)/);
  assert.match(await p.locator('#dc .ogw-dc-compare svg').innerHTML(), /worse than the country/, 'the chart says it in words');
  assert.deepEqual(errors, []);
  await close();
});

test('on a 360 px phone the page does not scroll sideways and passes axe', async () => {
  const { p, close } = await open('/national.html', { width: 360, height: 740 });
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'the table scrolls inside its own box');
  await rendered(p).first().locator('input[type=checkbox]').check();
  await p.locator('#dc .ogw-dc-compare svg').waitFor();
  assert.deepEqual(await axeViolations(p), [], 'axe: phone');
  await close();
});

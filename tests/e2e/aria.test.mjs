// What a screen reader is given, reviewed like code (issue 14): the
// accessibility tree of each widget in its main states, in Danish and
// English, against golden files in tests/e2e/aria/ (Playwright's
// ariaSnapshot, shadow roots included). After a deliberate change:
// UPDATE_ARIA=1 node --test tests/e2e/aria.test.mjs, then review the diff.
// (The timeline's English tree is in timeline.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';
import { daycareFeed, inlineFeed } from './daycare-feed.mjs';

const PLAN = '/feeds/handlingsplan-2017-2019.json';
const DAYCARE = inlineFeed(daycareFeed(12));
const page = (lang, body) => (cdn) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aria</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Aria</h1>${body}</main></body></html>`;
const widgets = `
<ogw-status id="status" src="${PLAN}"></ogw-status>
<ogw-timeline id="timeline" src="${PLAN}"></ogw-timeline>
<ogw-daycare id="daycare" compare="751-0000,101-0001">${DAYCARE}</ogw-daycare>`;

let servers, browser;
before(async () => {
  servers = await startServers({ '/da.html': page('da', widgets), '/en.html': page('en', widgets) });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** Compares a snapshot with its golden file (UPDATE_ARIA=1 rewrites it). */
function golden(name, snapshot) {
  const file = new URL(`./aria/${name}.yml`, import.meta.url);
  if (process.env.UPDATE_ARIA) {
    mkdirSync(new URL('./aria/', import.meta.url), { recursive: true });
    writeFileSync(file, snapshot + '\n');
  }
  assert.equal(snapshot + '\n', readFileSync(file, 'utf8'), `aria snapshot ${name} (UPDATE_ARIA=1 to rewrite)`);
}

for (const lang of ['da', 'en']) {
  test(`${lang}: every widget's accessibility tree in its main states matches its golden file`, async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${servers.hostUrl}/${lang}.html`);
    for (const id of ['status', 'timeline']) await p.locator(`#${id} .ogw-summary`).waitFor();
    await p.locator('#daycare .ogw-dc-compare svg').waitFor();
    const snap = (id) => p.locator(`#${id}`).ariaSnapshot();

    // Status: as loaded; a segment chosen (its initiatives listed); the table.
    golden(`status-${lang}`, await snap('status'));
    await p.locator('#status .ogw-seg').nth(2).click();
    await p.locator('#status .ogw-detail').waitFor();
    golden(`status-${lang}-segment`, await snap('status'));
    await p.locator('#status .ogw-toggle').click();
    golden(`status-${lang}-table`, await snap('status'));

    // Timeline: the tree as loaded; an initiative open with its details.
    golden(`timeline-${lang}`, await snap('timeline'));
    await p.locator('#timeline [role="treeitem"][data-row="i0-0"]').focus();
    await p.keyboard.press('ArrowRight');
    await p.locator('#timeline [role="treeitem"][data-row="m0-0-0"]').waitFor();
    await p.keyboard.press('Enter');
    await p.locator('#timeline .ogw-tl-details').waitFor();
    golden(`timeline-${lang}-details`, await snap('timeline'));

    // Dashboard: institutions with two compared; the municipalities.
    golden(`daycare-${lang}`, await snap('daycare'));
    await p.locator('#daycare .ogw-toggle[aria-pressed="false"]').first().click();
    await p.locator('#daycare .ogw-dc-areas').waitFor();
    golden(`daycare-${lang}-municipalities`, await snap('daycare'));

    assert.deepEqual(await axeViolations(p), [], 'axe: the last states');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The iframe embed (dist/embed.html) for CMSs that allow no <script>: a host
// page on one origin frames embed.html on the bundle's origin. The widget
// renders, the frame's height follows its content where the page includes
// ogw-resize.js and stays as written where it does not, the keyboard works
// inside, the dashboard keeps its state in the frame's own address, and axe
// finds nothing on the page or in the frame, under the frame's own strict policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PLAN = 'feeds/handlingsplan-2017-2019.json';
const MUNICIPAL = 'feeds/generated/dagtilbud-kommuner.json';

const embedUrl = (cdn, query) => `${cdn}embed.html?${new URLSearchParams(query)}`;
const page = (title, body, head = '') => `<!doctype html>
<html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/resized.html': (cdn) => page('Med tilpasset højde', `
      <iframe id="status" data-ogw-embed title="Status for initiativerne" width="100%" height="200"
        src="${embedUrl(cdn, { widget: 'status', src: cdn + PLAN, lang: 'da' })}"></iframe>
      <iframe id="daycare" data-ogw-embed title="Compare daycare" width="100%" height="600"
        src="${embedUrl(cdn, { widget: 'daycare', src: cdn + MUNICIPAL, lang: 'en', municipality: '751' })}"></iframe>`,
      `<script src="${cdn}ogw-resize.js"></script>`),
    '/fixed.html': (cdn) => page('Fast højde', `
      <iframe id="timeline" title="Tidsplan for handlingsplanen" width="100%" height="700"
        src="${embedUrl(cdn, { widget: 'timeline', src: cdn + PLAN, lang: 'da' })}"></iframe>`),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  // What the frames' own policy refuses shows in the console too.
  const consoleErrors = [];
  p.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text()); });
  await p.goto(servers.hostUrl + path);
  return { p, errors, consoleErrors, close: () => context.close() };
}

async function axeInFrame(frame) {
  await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  });
}

test('the status embed renders from another origin and its frame takes the height of its content', async () => {
  const { p, errors, consoleErrors, close } = await open('/resized.html');
  const frame = p.frameLocator('#status');
  await frame.locator('ogw-status .ogw-summary').waitFor();
  assert.equal(await frame.locator('ogw-status .ogw-summary').textContent(),
    '14 initiativer: 2 afsluttet, 5 væsentligt, 7 begrænset, 0 ikke påbegyndt.');
  // The frame grows from its 200 px to what the widget needs, and no more.
  await p.waitForFunction(() => document.getElementById('status').clientHeight > 250);
  const outer = await p.evaluate(() => document.getElementById('status').clientHeight);
  const content = await frame.locator('html').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
  assert.ok(Math.abs(outer - content) <= 1, `the frame is ${outer} px for ${content} px of content`);
  // Its table, one button away, by keyboard inside the frame.
  await frame.locator('ogw-status button.ogw-toggle').focus();
  await p.keyboard.press('Enter');
  await frame.locator('ogw-status table').waitFor();
  await p.waitForTimeout(300);
  const grown = await p.evaluate(() => document.getElementById('status').clientHeight);
  assert.ok(grown > outer, `opening the table grows the frame (${outer} → ${grown} px)`);

  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, [], 'nothing refused by the frame\'s policy');
  assert.deepEqual(await axeViolations(p), [], 'the host page');
  const statusFrame = p.frames().find((f) => f.url().includes('widget=status'));
  assert.deepEqual(await axeInFrame(statusFrame), [], 'inside the frame');
  await close();
});

test('the dashboard embed keeps its state in the frame\'s own address, not the host\'s', async () => {
  const { p, errors, close } = await open('/resized.html');
  const frame = p.frameLocator('#daycare');
  await frame.locator('ogw-daycare .ogw-dc-count').waitFor();
  // Sort by a figure with the keyboard.
  const sortButton = frame.locator('ogw-daycare th button').nth(1);
  await sortButton.focus();
  await p.keyboard.press('Enter');
  const daycareFrame = p.frames().find((f) => f.url().includes('widget=daycare'));
  await daycareFrame.waitForFunction(() => location.hash.includes('ogw-daycare='), null, { timeout: 5000 });
  assert.match(daycareFrame.url(), /widget=daycare.*#.*ogw-daycare=/, 'the frame\'s address holds the state');
  assert.equal(new URL(p.url()).hash, '', 'the host page\'s address is untouched');
  assert.deepEqual(errors, []);
  assert.deepEqual(await axeInFrame(daycareFrame), []);
  await close();
});

test('without the resizer the frame keeps the height the page gave it, and the timeline works inside', async () => {
  const { p, errors, close } = await open('/fixed.html');
  const frame = p.frameLocator('#timeline');
  await frame.locator('ogw-timeline .ogw-summary').waitFor();
  assert.equal(await p.evaluate(() => document.getElementById('timeline').clientHeight), 700);
  assert.equal(await p.locator('#timeline').getAttribute('title'), 'Tidsplan for handlingsplanen');
  await frame.locator('ogw-timeline .ogw-tl-row').first().focus();
  await p.keyboard.press('ArrowDown');
  const focused = await frame.locator('ogw-timeline').evaluate((e) => e.shadowRoot.activeElement?.className);
  assert.match(focused || '', /ogw-tl-row/, 'arrow keys move between rows inside the frame');
  assert.deepEqual(errors, []);
  await close();
});

// Progressive enhancement (www/no-javascript.html): the SVG that `ogw render`
// wrote is the chart when the script does not run, the widget replaces it
// when it does, and both are the same drawing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const FEED = 'www/feeds/handlingsplan-2017-2019.json';
let servers, browser;
before(async () => {
  servers = await startServers({});
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open({ blockScript = false, width = 1024 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const p = await context.newPage();
  if (blockScript) await p.route('**/ogw.js', (route) => route.abort());
  await p.goto(servers.hostUrl + '/no-javascript.html');
  return { p, close: () => context.close() };
}

// The same drawing, whatever the serialiser: element names, attributes
// (sorted) and text, from the DOM tree of each.
function canonical(svgElement) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent.trim() ? [node.textContent] : [];
    if (node.nodeType !== Node.ELEMENT_NODE) return [];
    const attrs = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
    return [[node.localName, attrs, [...node.childNodes].flatMap(walk)]];
  };
  return JSON.stringify(walk(svgElement));
}

test('without the script, the pre-rendered SVG is the chart, named, and passes axe', async () => {
  const { p, close } = await open({ blockScript: true });
  const fallback = p.locator('#prerendered > svg');
  assert.equal(await fallback.isVisible(), true);
  assert.equal(await fallback.getAttribute('role'), 'img');
  assert.equal(await p.locator('#prerendered > svg > title').textContent(), 'Status for initiativerne');
  assert.equal(await p.locator('#prerendered-timeline > svg > title').textContent(), 'Tidsplan for initiativerne');
  assert.equal(await p.locator('#prerendered-timeline > svg').getAttribute('role'), 'img');
  assert.match(await p.locator('#prerendered > svg > desc').textContent(), /2 afsluttet/);
  assert.deepEqual(await axeViolations(p), []);
  await close();
});

/** The CLI's drawing of the sample feed, read into the page and made canonical. */
async function cliDrawing(p, args) {
  const text = execFileSync('cargo', ['run', '-q', '--bin', 'ogw', '--', 'render', FEED, ...args], { encoding: 'utf8' });
  return p.evaluate(([text, fn]) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return eval('(' + fn + ')')(doc.documentElement);
  }, [text, canonical.toString()]);
}

test('with the script, the timeline replaces its drawing with the same drawing, at the width it is shown', async () => {
  const { p, close } = await open();
  await p.locator('#prerendered-timeline .ogw-summary').waitFor();
  assert.equal(await p.locator('#prerendered-timeline > svg').isVisible(), false);
  const svg = p.locator('#prerendered-timeline .ogw-tl-svg svg');
  const width = await svg.getAttribute('width');
  const browserSvg = await svg.evaluate((svg, fn) => eval('(' + fn + ')')(svg), canonical.toString());
  assert.ok(browserSvg.length > 1000, 'the browser drew a timeline');
  // The widget grows a row to its label as the browser renders it (WCAG
  // 1.4.12), which `ogw render` can only estimate: the same elements and
  // texts in the same order, rows at least as tall.
  const cli = await cliDrawing(p, ['--widget', 'timeline', '--collapsed', '--lang', 'da', '--width', width]);
  // The canonical form is a list of [tag, attributes, children]; text is a string.
  const shape = (nodes) => nodes.map((n) => (typeof n === 'string' ? n : [n[0], shape(n[2])]));
  const height = (nodes) => Number(nodes[0][1].find((a) => a.startsWith('height=')).slice(7));
  const [inBrowser, fromCli] = [JSON.parse(browserSvg), JSON.parse(cli)];
  assert.deepEqual(shape(inBrowser), shape(fromCli));
  assert.ok(height(inBrowser) >= height(fromCli), `${height(inBrowser)} px against ${height(fromCli)} px`);
  await close();
});

test('with the script, the widget replaces the drawing and draws exactly what ogw render draws', async () => {
  const { p, close } = await open();
  await p.locator('#prerendered .ogw-summary').waitFor();
  assert.equal(await p.locator('#prerendered > svg').isVisible(), false, 'the fallback is hidden once the widget is up');
  const width = await p.locator('#prerendered .ogw-svg svg').getAttribute('width');
  const browserSvg = await p.locator('#prerendered .ogw-svg svg').evaluate((svg, fn) => eval('(' + fn + ')')(svg), canonical.toString());
  const cliSvg = await cliDrawing(p, ['--widget', 'status', '--lang', 'da', '--width', width]);
  assert.ok(browserSvg.length > 1000, 'the browser drew a chart');
  assert.equal(browserSvg, cliSvg);
  assert.deepEqual(await axeViolations(p), []);
  await close();
});

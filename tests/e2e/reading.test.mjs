// What a reader gets beyond axe (issues 16 and 14): feed text in its own
// language inside an English widget (WCAG 3.1.2), days in words, status
// segments that are 24 px targets on a phone, charts named once, the
// timeline's label observer gone with the widget, and theme="auto"
// following the host page's color-scheme. axe-core in every new state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';
import { daycareFeed, inlineFeed } from './daycare-feed.mjs';

const PLAN = '/feeds/handlingsplan-2017-2019.json';
const MUNICIPAL = '/feeds/generated/dagtilbud-kommuner.json';

// A plan and a daycare feed written only in Danish, as many are.
const DANISH_PLAN = {
  format: 'ogw.plan/1',
  plan: { title: 'Handlingsplan for åben forvaltning', as_of: '2018-09-01', source: { name: 'Digitaliseringsstyrelsen' } },
  themes: [{ id: '1', title: 'Åbne data' }, { id: '2', title: 'Velfærd' }],
  initiatives: [
    { id: '1.1', theme: '1', title: 'Flere åbne data til borgere', lead: 'Rigsarkivet', status: 'limited' },
    { id: '1.2', theme: '1', title: 'Grunddataregistre', status: 'substantial' },
    { id: '2.1', theme: '2', title: 'Telemedicin', status: 'Afsluttet' },
  ],
};
const DANISH_DAYCARE = {
  format: 'ogw.daycare/1',
  about: { title: 'Nøgletal for dagtilbud', as_of: '2025-01-01', note: 'Tallene er fra kommunernes indberetninger.', sources: [{ name: 'Danmarks Statistik' }] },
  figures: [{ id: 'n', label: 'Børn pr. voksen', decimals: 1, better: 'lower', presence: 'mandatory' }],
  national: { values: { n: 3.1 } },
  areas: [{ code: '751', name: 'Aarhus', values: { n: 3.0 } }],
  units: [{ id: 'u1', name: 'Solsikken', type: 'nursery', area: '751', profile: 'Naturprofil med skovture', values: { n: 3.2 } }],
};

const page = (lang, body) => (cdn) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Læsning</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Læsning</h1>${body}</main></body></html>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/english.html': page('en', `
      <ogw-status id="status">${inlineFeed(DANISH_PLAN)}</ogw-status>
      <ogw-daycare id="daycare">${inlineFeed(DANISH_DAYCARE)}</ogw-daycare>`),
    '/danish.html': page('da', `
      <ogw-status id="status">${inlineFeed(DANISH_PLAN)}</ogw-status>
      <ogw-daycare id="daycare">${inlineFeed(DANISH_DAYCARE)}</ogw-daycare>`),
    '/seed.html': page('da', `<ogw-status id="status" src="${PLAN}"></ogw-status>`),
    '/timeline.html': page('da', `<ogw-timeline id="timeline" src="${PLAN}"></ogw-timeline>`),
    '/spacing.html': page('da', `
      <ogw-timeline id="timeline" src="${PLAN}"></ogw-timeline>
      <ogw-daycare id="areas" src="${MUNICIPAL}" municipality="751" compare="a:101,a:461,a:851"></ogw-daycare>
      <ogw-daycare id="units" compare="751-0000,101-0001">${inlineFeed(daycareFeed(12))}</ogw-daycare>`),
    '/trend.html': page('da', `<ogw-daycare id="daycare" src="${MUNICIPAL}" municipality="751" compare="a:101"></ogw-daycare>`),
    '/page-dark.html': (cdn) => page('da', `<ogw-status id="status" src="${PLAN}" theme="auto"></ogw-status>`)(cdn)
      .replace('<html lang="da">', '<html lang="da" style="color-scheme: dark">'),
    '/page-light.html': (cdn) => page('da', `<ogw-status id="status" src="${PLAN}" theme="auto"></ogw-status>`)(cdn)
      .replace('<html lang="da">', '<html lang="da" style="color-scheme: light">'),
    '/page-both.html': (cdn) => page('da', `<ogw-status id="status" src="${PLAN}" theme="auto"></ogw-status>`)(cdn)
      .replace('<html lang="da">', '<html lang="da" style="color-scheme: light dark">'),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, ...options });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(servers.hostUrl + path);
  return { p, errors, close: () => context.close() };
}

/** Every element with a lang inside a widget's shadow root (the root's own left out): [lang, text]. */
const langParts = (p, id) => p.evaluate((id) => {
  const root = document.getElementById(id).shadowRoot;
  return [...root.querySelectorAll('[lang]')].filter((e) => !e.classList.contains('ogw-root'))
    .map((e) => [e.getAttribute('lang'), e.textContent.trim()]);
}, id);

test('English widgets on a Danish feed: feed text says it is Danish wherever it is shown or names a control', async () => {
  const { p, errors, close } = await open('/english.html');
  await p.locator('#status .ogw-summary').waitFor();
  await p.locator('#daycare .ogw-dc-count').waitFor();
  // Status: a segment's name is its theme (Danish) and its count (English).
  const seg = p.locator('#status .ogw-seg').nth(4);
  const parts = await seg.evaluate((b) => [...b.querySelectorAll('[lang]')].map((e) => [e.lang, e.textContent]));
  assert.deepEqual(parts, [['da', 'Åbne data']], 'the theme title in the segment\'s name');
  assert.match(await seg.textContent(), /^Åbne data: \d+ initiatives? \w+/);
  await seg.click();
  await p.locator('#status .ogw-detail').waitFor();
  await p.locator('#status .ogw-toggle').click();
  const status = await langParts(p, 'status');
  for (const text of ['Handlingsplan for åben forvaltning', 'Åbne data', 'Velfærd', 'Digitaliseringsstyrelsen']) {
    assert.ok(status.some(([l, t]) => l === 'da' && t === text), `"${text}" is marked Danish: ${JSON.stringify(status)}`);
  }
  assert.ok(status.some(([l, t]) => l === 'da' && /^Flere åbne data|^Grunddataregistre/.test(t)), 'initiative titles in the list');
  assert.ok(status.every(([l]) => l === 'da'));
  assert.deepEqual(await axeViolations(p), [], 'axe: English on Danish, details and table open');

  // Dashboard: the untranslated figure label, the note and the title; the
  // names of institutions and municipalities are proper names and carry none.
  const daycare = await langParts(p, 'daycare');
  for (const text of ['Nøgletal for dagtilbud', 'Tallene er fra kommunernes indberetninger.']) {
    assert.ok(daycare.some(([l, t]) => l === 'da' && t === text), `"${text}" is marked Danish: ${JSON.stringify(daycare)}`);
  }
  assert.ok(daycare.some(([l, t]) => l === 'da' && t === 'Børn pr. voksen'), 'the figure heading, without its period in English words');
  assert.ok(!daycare.some(([, t]) => t === 'Solsikken' || t === 'Aarhus'), 'proper names carry no lang');
  await p.locator('#daycare [data-unit] button, #daycare tbody button').first().click();
  await p.locator('#daycare .ogw-dc-details').waitFor();
  assert.ok((await langParts(p, 'daycare')).some(([l, t]) => l === 'da' && t === 'Naturprofil med skovture'), 'the profile in the details');
  assert.deepEqual(await axeViolations(p), [], 'axe: dashboard details');
  assert.deepEqual(errors, []);
  await close();
});

test('a Danish widget on a Danish feed marks nothing; the as-of day is said in words in both languages', async () => {
  const { p, close } = await open('/danish.html');
  await p.locator('#status .ogw-summary').waitFor();
  await p.locator('#daycare .ogw-dc-count').waitFor();
  assert.deepEqual(await langParts(p, 'status'), []);
  assert.deepEqual(await langParts(p, 'daycare'), []);
  assert.match(await p.locator('#status .ogw-source').textContent(), /Opgjort 1\. september 2018$/);
  assert.match(await p.locator('#daycare .ogw-dc-credits').textContent(), /\(1\. januar 2025\)/);
  await close();
  const en = await open('/english.html');
  await en.p.locator('#status .ogw-summary').waitFor();
  assert.match(await en.p.locator('#status .ogw-source').textContent(), /As of 1 September 2018$/);
  await en.close();
});

test('on a 360 px phone every status segment is at least 24 by 24 px', async () => {
  const { p, close } = await open('/seed.html', { viewport: { width: 360, height: 740 } });
  await p.locator('#status .ogw-summary').waitFor();
  const sizes = await p.locator('#status .ogw-seg').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect())
    .filter((r) => r.width > 0).map((r) => [Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10]));
  assert.ok(sizes.length >= 7, `${sizes.length} segments`);
  assert.deepEqual(sizes.filter(([w, h]) => w < 24 || h < 24), [], JSON.stringify(sizes));
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no sideways scrolling');
  assert.deepEqual(await axeViolations(p), [], 'axe: phone');
  await close();
});

test('the dashboard names each chart once: one image each, nothing read again inside', async () => {
  const { p, close } = await open('/trend.html');
  await p.locator('#daycare .ogw-dc-compare svg').waitFor();
  await p.locator('#daycare .ogw-dc-trend svg').waitFor();
  const snapshot = await p.locator('#daycare').ariaSnapshot();
  const images = snapshot.split('\n').filter((l) => /- img\b/.test(l)).map((l) => l.trim());
  assert.deepEqual(images, ['- img "Sammenligning"', '- img "Over årene"'], snapshot);
  // The trend's sentence is said once, as text, not again as the chart's description.
  const sentence = (await p.locator('#daycare .ogw-dc-trend .ogw-summary').textContent()).trim();
  assert.equal(snapshot.split(sentence).length - 1, 1, 'the trend sentence once');
  await close();
});

test('the timeline leaves no ResizeObserver watching after it is unmounted', async () => {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const p = await context.newPage();
  // Count the observers that watch something and were not disconnected.
  await p.addInitScript(() => {
    const live = new Set();
    window.__liveObservers = () => live.size;
    const Original = window.ResizeObserver;
    window.ResizeObserver = class extends Original {
      observe(...a) { live.add(this); return super.observe(...a); }
      disconnect() { live.delete(this); return super.disconnect(); }
    };
  });
  await p.goto(servers.hostUrl + '/timeline.html');
  await p.locator('#timeline .ogw-tl-label-text').first().waitFor();
  await p.waitForTimeout(200);
  assert.ok(await p.evaluate(() => window.__liveObservers()) >= 1, 'the labels are watched while shown');
  await p.evaluate(() => window.ogw.unmount(document.getElementById('timeline')));
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate(() => window.__liveObservers()), 0, 'none left after the unmount');
  await context.close();
});

/** The card's background luminance of the status widget. */
const cardIsDark = (p) => p.evaluate(() => {
  const bg = getComputedStyle(document.getElementById('status').shadowRoot.querySelector('.ogw-card')).backgroundColor;
  const [r, g, b] = bg.match(/\d+/g).map(Number);
  return (r + g + b) / 3 < 80;
});

for (const [path, system, dark] of [
  ['/page-dark.html', 'light', true],
  ['/page-light.html', 'dark', false],
  ['/page-both.html', 'dark', true],
  ['/page-both.html', 'light', false],
]) {
  test(`theme="auto" on ${path.slice(1)} with a ${system} system is ${dark ? 'dark' : 'light'}`, async () => {
    const { p, close } = await open(path, { colorScheme: system });
    await p.locator('#status .ogw-summary').waitFor();
    assert.equal(await cardIsDark(p), dark);
    assert.deepEqual(await axeViolations(p), []);
    await close();
  });
}

/** WCAG 1.4.12's spacing, put into every widget's shadow root. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; }
p { margin-bottom: 2em !important; }`;

for (const width of [320, 1100]) {
  test(`text spacing (1.4.12) at ${width} px: the comparisons' texts run into nothing and past no edge; the timeline's labels are whole`, async () => {
    const { p, errors, close } = await open('/spacing.html', { viewport: { width, height: 900 } });
    await p.locator('#areas .ogw-dc-compare svg').waitFor();
    await p.locator('#units .ogw-dc-compare svg').waitFor();
    await p.locator('#timeline .ogw-summary').waitFor();
    await p.evaluate((css) => {
      for (const host of document.querySelectorAll('ogw-timeline, ogw-daycare')) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
      }
    }, SPACING);
    await p.waitForTimeout(300);
    for (const id of ['areas', 'units']) {
      const found = await p.evaluate((id) => {
        const root = document.getElementById(id).shadowRoot;
        const svg = root.querySelector('.ogw-dc-compare svg');
        const edge = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ t: t.textContent.trim(), r: t.getBoundingClientRect() }))
          .filter(({ t }) => t);
        const spacing = getComputedStyle(svg.querySelector('text')).letterSpacing;
        const overlaps = [];
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const [a, b] = [texts[i].r, texts[j].r];
            if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps.push(`${texts[i].t} | ${texts[j].t}`);
          }
        }
        const outside = texts.filter(({ r }) => r.right > edge.right + 1 || r.left < edge.left - 1).map(({ t }) => t);
        return { n: texts.length, spacing, overlaps, outside };
      }, id);
      assert.notEqual(found.spacing, 'normal', 'the spacing reaches the chart\'s text');
      assert.ok(found.n > 10, `${id}: ${found.n} texts`);
      assert.deepEqual(found.overlaps, [], `${id} at ${width}: texts run into each other`);
      assert.deepEqual(found.outside, [], `${id} at ${width}: texts past the chart's edge`);
    }
    // The timeline: the chart's labels at desktop width, the list's items on a phone.
    // (Rows grow to their measured labels a frame or two later.)
    const clipped = () => p.evaluate(() => [...document.getElementById('timeline').shadowRoot
      .querySelectorAll('.ogw-tl-label, .ogw-tl-list-item, .ogw-tl-list-group, .ogw-summary')]
      .filter((e) => e.getClientRects().length && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1))
      .map((e) => e.textContent.trim().slice(0, 60)));
    let left = await clipped();
    for (let i = 0; i < 30 && left.length; i++) {
      await p.waitForTimeout(100);
      left = await clipped();
    }
    assert.deepEqual(left, []);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no sideways scrolling of the page');
    assert.deepEqual(errors, []);
    await close();
  });
}

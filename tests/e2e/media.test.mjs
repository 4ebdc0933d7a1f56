// Every reader, every medium (issue 14): forced colours (Windows high
// contrast, emulated), a dark theme, print to PDF, reduced motion, and the
// figures taken away as CSV and SVG, in Danish and English, under the
// strict Content-Security-Policy. axe-core finds nothing in each new state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServers, strictPolicy } from './server.mjs';
import { launch, axeViolations as axeOn } from './browser.mjs';
import { createRequire } from 'node:module';

// Under the strict policy axe cannot be added as a script tag: evaluated by
// the test instead (as in csp.test.mjs), which the policy does not govern.
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function axeViolations(p) {
  if (!(await p.evaluate(() => typeof window.axe === 'object'))) await p.evaluate(AXE_SOURCE);
  return axeOn(p);
}

const PLAN = '/feeds/handlingsplan-2017-2019.json';
const MUNICIPAL = '/feeds/generated/dagtilbud-kommuner.json';

const page = (lang, body) => (cdn) => ({
  headers: { 'content-security-policy': strictPolicy(cdn) },
  html: `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Medier</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Medier</h1>${body}</main></body></html>`,
});
const widgets = (theme) => `
<ogw-status id="status" src="${PLAN}" ${theme}></ogw-status>
<ogw-timeline id="timeline" src="${PLAN}" ${theme}></ogw-timeline>
<ogw-daycare id="daycare" src="${MUNICIPAL}" municipality="751" compare="a:101" ${theme}></ogw-daycare>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/light.html': page('da', widgets('')),
    '/dark.html': page('da', widgets('theme="dark"')),
    '/auto.html': page('en', widgets('theme="auto"')),
    '/en.html': page('en', widgets('')),
    '/status.html': page('da', `<ogw-status id="status" src="${PLAN}"></ogw-status>`),
    '/timeline.html': page('da', `<ogw-timeline id="timeline" src="${PLAN}"></ogw-timeline>`),
    '/daycare.html': page('da', `<ogw-daycare id="daycare" src="${MUNICIPAL}" municipality="751" compare="a:101"></ogw-daycare>`),
    '/national.html': page('da', `<ogw-daycare id="daycare" src="/feeds/generated/dagtilbud-syntetisk.json"></ogw-daycare>`),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

async function open(context, path) {
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  await p.goto(`${servers.hostUrl}${path}`);
  for (const id of ['status', 'timeline', 'daycare']) {
    if (await p.locator(`#${id}`).count()) await p.locator(`#${id} .ogw-summary`).first().waitFor({ timeout: 10000 });
  }
  if (await p.locator('#daycare').count()) await p.locator('#daycare .ogw-dc-chart svg').first().waitFor({ timeout: 10000 });
  return { p, errors };
}

/** The computed fill and stroke of every drawn shape in each widget's chart.
 *  A pattern fill (`url(#…)`) is left out: its tile's shapes are counted. */
const shapeColours = (p) => p.evaluate(() => {
  const out = {};
  for (const id of ['status', 'timeline', 'daycare']) {
    const root = document.getElementById(id).shadowRoot;
    const shapes = [...root.querySelectorAll('svg rect, svg path, svg polygon, svg polyline, svg circle, svg line, svg text')];
    out[id] = [...new Set(shapes.flatMap((s) => {
      const cs = getComputedStyle(s);
      return [cs.fill, cs.stroke].filter((c) => c !== 'none' && !/^rgba\(0, 0, 0, 0\)$/.test(c) && !c.startsWith('url('));
    }))];
  }
  return out;
});

/** What the system colours resolve to in this context. */
const systemColours = (p) => p.evaluate(() => Object.fromEntries(['CanvasText', 'Canvas', 'GrayText', 'Highlight'].map((name) => {
  const probe = document.createElement('div');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return [name, value];
})));

test('forced colours: every chart is drawn in system colours, statuses still differ by pattern, focus stays visible, axe finds nothing', async () => {
  const context = await browser.newContext({ forcedColors: 'active', colorScheme: 'dark', viewport: { width: 1100, height: 900 } });
  const { p, errors } = await open(context, '/light.html');
  const system = await systemColours(p);
  assert.notEqual(system.CanvasText, system.Canvas);
  const allowed = new Set(Object.values(system));
  const colours = await shapeColours(p);
  for (const [id, used] of Object.entries(colours)) {
    assert.ok(used.length >= 2, `${id} draws shapes`);
    for (const c of used) assert.ok(allowed.has(c), `${id} draws in ${c}, not a system colour (${JSON.stringify(system)})`);
  }

  // The overall row's segments, one per status: each looks different in the
  // two colours left (a crop from inside each, compared as pixels).
  const segs = p.locator('#status .ogw-seg');
  const boxes = [];
  for (let i = 0; i < (await segs.count()); i++) {
    const b = await segs.nth(i).boundingBox();
    if (boxes.length && Math.abs(b.y - boxes[0].y) > 2) break;
    boxes.push(b);
  }
  assert.ok(boxes.length >= 3, `${boxes.length} statuses in the first row`);
  const crops = [];
  for (const b of boxes.filter((b) => b.width >= 16 && b.height >= 16)) {
    crops.push((await p.screenshot({ clip: { x: b.x + 2, y: b.y + 2, width: 12, height: 12 } })).toString('base64'));
  }
  assert.ok(crops.length >= 3, 'wide enough segments to compare');
  assert.equal(new Set(crops).size, crops.length, 'no two statuses look the same in forced colours');

  // Focus: the first segment by keyboard has an outline.
  await p.locator('#status .ogw-seg').first().focus();
  await p.keyboard.press('ArrowRight');
  const outline = await p.evaluate(() => {
    const el = document.getElementById('status').shadowRoot.activeElement;
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
  });
  assert.notEqual(outline.style, 'none');
  assert.ok(outline.width >= 2, `outline ${outline.width}px`);
  // axe's contrast rule reads the author's colours, not the forced ones the
  // reader sees (every text on the page is reported); in this mode the
  // reader's theme sets text contrast, so every other rule is checked.
  assert.deepEqual((await axeViolations(p)).filter((v) => !v.startsWith('color-contrast:')), []);
  assert.deepEqual(await p.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('dark: theme="dark" and theme="auto" on a dark system draw dark cards and dark charts; the default stays light; axe finds nothing', async () => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1100, height: 900 } });
  for (const [path, dark] of [['/dark.html', true], ['/auto.html', true], ['/light.html', false]]) {
    const { p, errors } = await open(context, path);
    const looks = await p.evaluate(() => ['status', 'timeline', 'daycare'].map((id) => {
      const root = document.getElementById(id).shadowRoot;
      const paper = root.querySelector('svg rect[fill="#FFFFFF" i]');
      return {
        card: getComputedStyle(root.querySelector('.ogw-card')).backgroundColor,
        text: getComputedStyle(root.querySelector('.ogw-summary')).color,
        chartPaper: paper ? getComputedStyle(paper).fill : null,
      };
    }));
    for (const [i, l] of looks.entries()) {
      const isDark = luminance(l.card) < 0.05;
      assert.equal(isDark, dark, `${path} widget ${i}: card ${l.card}`);
      assert.equal(luminance(l.text) > 0.5, dark, `${path} widget ${i}: text ${l.text}`);
      if (l.chartPaper) assert.equal(luminance(l.chartPaper) < 0.05, dark, `${path} widget ${i}: chart ${l.chartPaper}`);
    }
    // Open every table, so axe checks their colours too.
    const closed = p.locator('.ogw-toggle[aria-expanded="false"]:visible');
    for (let i = 0; i < 8 && (await closed.count()); i++) await closed.first().click();
    assert.deepEqual(await axeViolations(p), [], path);
    assert.deepEqual(errors, []);
    await p.close();
  }
  await context.close();
});

test('reduced motion: no transitions, animations or smooth scrolling in any widget', async () => {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1100, height: 900 } });
  const { p } = await open(context, '/light.html');
  const moving = await p.evaluate(() => ['status', 'timeline', 'daycare'].flatMap((id) =>
    [...document.getElementById(id).shadowRoot.querySelectorAll('*')].filter((el) => {
      const cs = getComputedStyle(el);
      const seconds = (v) => Math.max(...v.split(',').map((s) => parseFloat(s) || 0));
      return seconds(cs.transitionDuration) > 0 || seconds(cs.animationDuration) > 0 || cs.scrollBehavior === 'smooth';
    }).map((el) => `${id} ${el.className}`)));
  assert.deepEqual(moving, []);
  // And the rule is what makes it so: give a button a transition as a host
  // theme might (an inherited custom property cannot, so a direct check).
  const stillInstant = await p.evaluate(() => {
    const b = document.getElementById('status').shadowRoot.querySelector('.ogw-button');
    b.style.transition = 'background 2s';
    return getComputedStyle(b).transitionDuration;
  });
  assert.equal(stillInstant, '0s');
  await context.close();
});

test('print: each widget prints to an A4 PDF with its summary and every initiative or compared municipality in the text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ogw-print-'));
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  for (const id of ['status', 'timeline', 'daycare']) {
    const { p } = await open(context, `/${id}.html`);
    const expected = await p.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const words = [root.querySelector('.ogw-summary').textContent];
      if (id === 'status') words.push(...[...root.querySelectorAll('.ogw-table tbody th')].map((th) => th.textContent));
      if (id === 'timeline') words.push(...[...root.querySelectorAll('.ogw-tl-table tbody tr.ogw-total-row th')].map((th) => th.textContent));
      if (id === 'daycare') words.push(...[...root.querySelectorAll('.ogw-dc-chips li')].map((li) => li.firstChild.textContent));
      return words.map((w) => w.trim()).filter(Boolean);
    }, id);
    assert.ok(expected.length >= 2, `${id}: ${expected}`);
    const pdf = join(dir, `${id}.pdf`);
    await writeFile(pdf, await p.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const w of expected) {
      // Words may wrap at any space on paper.
      assert.ok(text.includes(w.replace(/\s+/g, ' ')), `${id}: "${w}" is not in the PDF`);
    }
    const info = execFileSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' });
    for (const m of info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)) {
      // A4 is 595.28 pt; Chromium's A4 is 8.27 in (595.4 pt) rounded up to whole device pixels.
      assert.ok(Number(m[1]) <= 596, `${id}: a page ${m[1]} pt wide`);
    }
    // Nothing wider than the page: the print layout has no horizontal overflow.
    await p.emulateMedia({ media: 'print' });
    const overflow = await p.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      // Sort headings, institutions' names and the phone list's items print as their text.
      const buttons = [...root.querySelectorAll('button:not(.ogw-dc-sort, .ogw-dc-name, .ogw-tl-list-item), input, select')]
        .filter((b) => b.getClientRects().length);
      return { buttons: buttons.length };
    }, id);
    assert.equal(overflow.buttons, 0, `${id}: no buttons or inputs on paper`);
    await p.close();
  }
  await context.close();
});

test('print: the timeline\'s months zoom is on the paper whole; the dashboard prints its whole filtered view up to 500 rows and says what is left out', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ogw-print-'));
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const pageWidths = async (p, name) => {
    const pdf = join(dir, `${name}.pdf`);
    await writeFile(pdf, await p.pdf({ format: 'A4', printBackground: true }));
    const info = execFileSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' });
    return { pdf, widths: [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x/g)].map((m) => Number(m[1])) };
  };

  // The timeline at its widest zoom: on screen it scrolls sideways.
  const { p } = await open(context, '/timeline.html');
  await p.locator('#timeline .ogw-tl-zoom button').nth(2).click();
  await p.locator('#timeline .ogw-tl-zoom button >> nth=2').and(p.locator('[aria-pressed="true"]')).waitFor();
  const screenWidth = await p.locator('#timeline .ogw-tl-svg svg').evaluate((s) => s.getBoundingClientRect().width);
  assert.ok(screenWidth > 1100, `months are wider than the window (${screenWidth} px)`);
  await p.emulateMedia({ media: 'print' });
  const onPaper = await p.evaluate(() => {
    const root = document.getElementById('timeline').shadowRoot;
    const svg = root.querySelector('.ogw-tl-svg svg').getBoundingClientRect();
    const card = root.querySelector('.ogw-card').getBoundingClientRect();
    return { svgRight: svg.right, cardRight: card.right, svgWidth: svg.width };
  });
  assert.ok(onPaper.svgRight <= onPaper.cardRight + 1, `the drawing ends inside the card (${JSON.stringify(onPaper)})`);
  const { widths } = await pageWidths(p, 'timeline-months');
  assert.ok(widths.every((w) => w <= 596), `A4 pages: ${widths}`);
  await p.close();

  // The dashboard: every row of a filtered view; an unfiltered one cut at 500, said in words.
  // (Nothing compared, so no chart to wait for: open() would.)
  const dc = await context.newPage();
  await dc.goto(`${servers.hostUrl}/national.html`);
  await dc.locator('#daycare .ogw-dc-count').waitFor();
  await dc.locator('#daycare .ogw-dc-search input').fill('skovb');
  await dc.waitForFunction(() => !/^Viser 4\.600/.test(document.getElementById('daycare').shadowRoot.querySelector('.ogw-dc-count').textContent));
  const count = (await dc.locator('#daycare .ogw-dc-count').textContent()).match(/^Viser ([\d.]+) af/)[1];
  const filtered = Number(count.replace(/\./g, ''));
  assert.ok(filtered > 60 && filtered < 500, `a view of ${filtered} rows, more than the screen draws`);
  const screenRows = await dc.locator('#daycare .ogw-dc-table tbody tr:not(.ogw-dc-spacer)').count();
  assert.ok(screenRows < filtered, `on screen only ${screenRows} rows are drawn`);
  await dc.emulateMedia({ media: 'print' });
  await dc.waitForFunction((n) => document.getElementById('daycare').shadowRoot.querySelectorAll('.ogw-dc-table tbody tr:not(.ogw-dc-spacer)').length === n, filtered);
  const last = await dc.locator('#daycare .ogw-dc-table tbody tr:not(.ogw-dc-spacer)').last().locator('th').textContent();
  const { pdf, widths: dcWidths } = await pageWidths(dc, 'daycare-filtered');
  assert.ok(dcWidths.every((w) => w <= 596), `A4 pages: ${dcWidths}`);
  const text = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(last.trim().replace(/\s+/g, ' ')), `the view's last row (${last}) is on paper`);
  assert.equal(await dc.locator('#daycare .ogw-dc-print-note').count(), 0, 'nothing left out, nothing said');
  await dc.emulateMedia({ media: 'screen' });
  await dc.locator('#daycare .ogw-dc-search input').fill('');
  await dc.waitForFunction(() => /^Viser 4\.600/.test(document.getElementById('daycare').shadowRoot.querySelector('.ogw-dc-count').textContent));
  await dc.emulateMedia({ media: 'print' });
  await dc.waitForFunction(() => document.getElementById('daycare').shadowRoot.querySelectorAll('.ogw-dc-table tbody tr:not(.ogw-dc-spacer)').length === 500);
  assert.equal((await dc.locator('#daycare .ogw-dc-print-note').textContent()).trim(),
    'Udskriften viser de første 500 af 4.600 institutioner. Hent CSV-filen for dem alle.');
  await dc.emulateMedia({ media: 'screen' });
  await dc.waitForFunction(() => document.getElementById('daycare').shadowRoot.querySelectorAll('.ogw-dc-table tbody tr:not(.ogw-dc-spacer)').length < 100);
  await context.close();
});

/** A CSV as rows, in the language's convention. */
const parseCsv = (text, sep) => {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { row.push(cell); cell = ''; } else if (c === '\r') { /* CRLF */ } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else cell += c;
  }
  return rows;
};

async function download(p, locator) {
  const [file] = await Promise.all([p.waitForEvent('download', { timeout: 10000 }), locator.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

for (const [path, lang, sep] of [['/light.html', 'da', ';'], ['/en.html', 'en', ',']]) {
  test(`downloads (${lang}, strict policy): CSV and SVG of each widget match its table and chart`, async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 900 } });
    const { p, errors } = await open(context, path);

    // Status: the CSV is the table, cell for cell.
    const status = p.locator('#status');
    await status.locator('.ogw-toggle').click();
    const table = await status.locator('.ogw-table').evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));
    const csv = await download(p, status.locator('.ogw-download-csv'));
    assert.equal(csv.name, 'ogw-status.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte order mark');
    assert.deepEqual(parseCsv(csv.bytes.toString('utf8').slice(1), sep), table);

    // The SVG: a standalone file named by its title and described by the summary.
    const svg = await download(p, status.locator('.ogw-download-svg'));
    const svgText = svg.bytes.toString('utf8');
    assert.match(svgText, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const summary = (await status.locator('.ogw-summary').textContent()).trim();
    assert.ok(svgText.includes(`-desc">${summary}</desc>`) && /<desc id="ogw-status-[0-9a-f]{8}-desc">/.test(svgText), 'the summary is its description');

    // Timeline: a row per table row, the initiatives in the same order.
    const tl = p.locator('#timeline');
    const tlRows = await tl.locator('.ogw-tl-table').evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));
    const tlCsv = parseCsv((await download(p, tl.locator('.ogw-download-csv'))).bytes.toString('utf8').slice(1), sep);
    assert.deepEqual(tlCsv, tlRows);
    assert.match((await download(p, tl.locator('.ogw-download-svg'))).bytes.toString('utf8'), /<title id="ogw-timeline-[0-9a-f]{8}-title">/);

    // Dashboard: the municipal view as shown, names in order, missing values in words.
    const dc = p.locator('#daycare');
    const shown = await dc.locator('.ogw-dc-areas tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('th').textContent.trim()));
    const dcCsv = parseCsv((await download(p, dc.locator('.ogw-download-csv'))).bytes.toString('utf8').slice(1), sep);
    assert.deepEqual(dcCsv.slice(1).map((r) => r[0]), shown, 'every municipality on show, in order');
    assert.ok(dcCsv.every((r) => r.length === dcCsv[0].length && r.every((c) => c !== '')), 'no blank cells');
    const decimal = lang === 'da' ? /^-?\d+,\d+$/ : /^-?\d+\.\d+$/;
    assert.ok(dcCsv.slice(1).some((r) => r.slice(1).some((c) => decimal.test(c))), 'decimals in the language\'s convention');
    assert.match((await download(p, dc.locator('.ogw-download-svg'))).bytes.toString('utf8'), /^<svg/);

    assert.deepEqual(await axeViolations(p), []);
    assert.deepEqual(await p.evaluate(() => window.__violations), [], 'no policy violation');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

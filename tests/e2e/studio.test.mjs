// The studio (issue 12, docs/studio.md) in Debian's Chromium, on real files:
// the OGP export (whole, then one plan), the Danish daycare CSVs, the same
// key figures saved as Windows-1252 with semicolons and decimal commas, a
// template made by `ogw template`, pasted tab-separated cells and a broken
// sheet. For each: the preview renders at both widths, problems name sheet,
// row and column, the downloaded feed passes `ogw validate` and equals what
// `ogw import` writes, nothing is sent anywhere, and axe finds nothing. The
// pasted case is done with the keyboard alone, to the copied embed code, and
// that code (element and iframe) works on a page of another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name) => join(root, 'tests/fixtures', name);
const OGP = fixture('ogp-commitments-open-parliament.csv');
const KEY = fixture('dk-dagtilbud-noegletal-kommuner.csv');
const NORMERING = fixture('dk-normering-kommuner-2017-2023.csv');
const OGW = join(root, 'target/debug/ogw');
const scratch = mkdtempSync(join(tmpdir(), 'ogw-studio-'));

/** What `ogw …` writes to -o, as text. */
function ogw(args) {
  const out = join(scratch, `cli-${Math.random().toString(36).slice(2)}.json`);
  execFileSync(OGW, [...args, '-o', out], { stdio: ['ignore', 'ignore', 'ignore'] });
  return readFileSync(out, 'utf8');
}

const BROKEN = [
  'Nr.;Titel;Status;Start;Slut',
  '1;Åbne data;I gang;2. kvartal 2018;31/12/2018',
  '2;Deling af data;I gang;2018;31/13/2018',
  '3;;Afsluttet;2018;2019',
  ';;;;',
  '4;Bedre service;Måske;2019;2020',
  '',
].join('\r\n');

const PASTED = 'Titel\tAnsvarlig\tStatus\tSlut\n'
  + 'Åbne data om klima\tMiljøstyrelsen\tI gang\t4. kvartal 2026\n'
  + 'Digital post til alle\tDigitaliseringsstyrelsen\tAfsluttet\t2. halvår 2025\n';

let servers, browser;
const published = { feed: '' };
before(async () => {
  execFileSync('cargo', ['build', '-q', '--bin', 'ogw'], { cwd: root, stdio: 'inherit' });
  servers = await startServers({
    // The feed as the editor would publish it, readable from the bundle's origin (the iframe's).
    '/published/plan.json': () => ({
      html: published.feed,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
    }),
    '/embedded.html': () => `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Værtens side</title></head>
<body><main><h1>Værtens side</h1>${published.code}</main></body></html>`,
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

/** The studio on the bundle's origin, with every request after it started logged. */
async function openStudio(options = {}) {
  // bypassCSP only so axe can be injected: the page's own policy is tested by the request log.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: true, ...options });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${servers.cdnUrl}studio.html`);
  await p.locator('#studio-file').waitFor();
  const requests = [];
  p.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return { context, p, errors, requests };
}

/** Nothing sent: after start-up only GETs of the bundle's own files (the widgets' cores), no body. */
function assertNothingSent(requests) {
  const bundle = new URL(servers.cdnUrl).origin;
  for (const r of requests) {
    assert.equal(r.method, 'GET', `${r.method} ${r.url}`);
    assert.equal(r.body ?? null, null, `a body was sent to ${r.url}`);
    const url = new URL(r.url);
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    assert.equal(url.origin, bundle, `a request left the bundle's origin: ${r.url}`);
    assert.match(url.pathname, /^\/ogw-[a-z]+(_bg)?\.[0-9a-f]{12}\.(js|wasm)$/, `only the widgets' cores are fetched: ${r.url}`);
    assert.equal(url.search, '', `no query on ${r.url}`);
  }
}

async function previewRendered(p) {
  for (const frame of ['.studio-desktop', '.studio-phone']) {
    await p.locator(`${frame} .studio-preview-host .ogw-summary`).first().waitFor({ timeout: 30000 });
  }
}

async function downloadedFeed(p) {
  const [download] = await Promise.all([p.waitForEvent('download'), p.locator('#studio-download-feed').click()]);
  const path = join(scratch, `studio-${Math.random().toString(36).slice(2)}.json`);
  await download.saveAs(path);
  const validate = spawnSync(OGW, ['validate', path]);
  assert.equal(validate.status, 0, `ogw validate: ${validate.stdout}${validate.stderr}`);
  return readFileSync(path, 'utf8');
}

async function problems(p) {
  return p.locator('.studio-problems li').allTextContents();
}

test('the OGP export: the whole export, then one plan of it, as ogw import writes them', async () => {
  const { context, p, errors, requests } = await openStudio();
  await p.locator('#studio-file').setInputFiles(OGP);
  await p.locator('#studio-ogp-plan').waitFor({ timeout: 60000 });
  assert.match(await p.locator('.studio-files').textContent(), /OGP commitments export|OGP's eksport/);
  await previewRendered(p);
  assert.equal(await downloadedFeed(p), ogw(['import', 'ogp-csv', OGP]));
  await p.locator('#studio-ogp-plan').selectOption('AP_MKD04');
  await p.waitForFunction(() => document.querySelector('.studio-desktop .studio-preview-host')?.shadowRoot?.textContent.includes('North Macedonia') ?? false, null, { timeout: 30000 }).catch(() => {});
  await previewRendered(p);
  const feed = await downloadedFeed(p);
  assert.equal(feed, ogw(['import', 'ogp-csv', OGP, '--plan', 'AP_MKD04']));
  // The importer's notes, with the file as the sheet and the line as the row.
  const listed = await problems(p);
  assert.ok(listed.length > 0 && listed.every((t) => /^ogp-commitments-open-parliament\.csv, række \d+/.test(t)), listed.slice(0, 3).join('\n'));
  assert.deepEqual(await axeViolations(p), []);
  assertNothingSent(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Danish daycare CSVs, also as Windows-1252 with semicolons and decimal commas', async () => {
  const cli = ogw(['import', 'dk-daycare', '--key-figures', KEY, '--normering', NORMERING]);
  const latin = join(scratch, 'noegletal-windows-1252.csv');
  // Every character of the file is in Latin-1, which Windows-1252 agrees with from 0xA0 up.
  writeFileSync(latin, Buffer.from(readFileSync(KEY, 'utf8'), 'latin1'));
  for (const key of [KEY, latin]) {
    const { context, p, errors, requests } = await openStudio();
    await p.locator('#studio-file').setInputFiles([key, NORMERING]);
    await p.locator('#studio-download-feed').waitFor({ timeout: 30000 });
    const found = await p.locator('.studio-files').textContent();
    assert.match(found, /semikolon, (UTF-8|Windows-1252)/);
    if (key === latin) assert.match(found, /Windows-1252/);
    await p.locator('.studio-desktop .studio-preview-host .ogw-summary').first().waitFor({ timeout: 30000 });
    assert.equal(await downloadedFeed(p), cli);
    assert.deepEqual(await axeViolations(p), []);
    assertNothingSent(requests);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a template made by ogw template reads back as ogw import template reads it', async () => {
  const template = join(scratch, 'handlingsplan.xlsx');
  execFileSync(OGW, ['template', 'plan', '-o', template]);
  const { context, p, errors, requests } = await openStudio();
  await p.locator('#studio-file').setInputFiles(template);
  await p.locator('#studio-download-feed').waitFor({ timeout: 30000 });
  assert.match(await p.locator('.studio-files').textContent(), /ogw's skabelon/);
  // The mapping the headers propose, each column's select labelled with its header.
  assert.equal(await p.locator('#studio-col-i-5').inputValue(), 'end');
  assert.equal(await p.locator('label[for=studio-col-i-5]').textContent(), 'Slut / End');
  await p.locator('#studio-title').fill('Prøveplan');
  await p.locator('#studio-title').press('Tab');
  await previewRendered(p);
  assert.equal(await downloadedFeed(p), ogw(['import', 'template', template, '--title', 'Prøveplan']));
  assert.deepEqual(await problems(p), []);
  assert.match(await p.locator('.studio-dates').textContent(), /1\. kvartal 2025: 1\. januar 2025 – 31\. marts 2025/);
  // The timeline, in English, at both widths.
  await p.locator('#studio-widget').selectOption('timeline');
  await p.locator('#studio-preview-lang').selectOption('en');
  await previewRendered(p);
  assert.deepEqual(await axeViolations(p), []);
  assertNothingSent(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the daycare template made by ogw template previews as the dashboard, as ogw import template reads it', async () => {
  const template = join(scratch, 'dagtilbud.xlsx');
  execFileSync(OGW, ['template', 'daycare', '-o', template]);
  const { context, p, errors, requests } = await openStudio();
  await p.locator('#studio-file').setInputFiles(template);
  await p.locator('#studio-download-feed').waitFor({ timeout: 30000 });
  assert.match(await p.locator('.studio-files').textContent(), /ogw's skabelon for dagtilbudstal/);
  await p.locator('.studio-desktop .studio-preview-host .ogw-summary').first().waitFor({ timeout: 30000 });
  assert.equal(await downloadedFeed(p), ogw(['import', 'template', template]));
  assert.deepEqual(await axeViolations(p), []);
  assertNothingSent(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken sheet: every problem names sheet, row and column and focuses its cell', async () => {
  const broken = join(scratch, 'initiativer.csv');
  writeFileSync(broken, BROKEN);
  const { context, p, errors, requests } = await openStudio();
  await p.locator('#studio-file').setInputFiles(broken);
  await p.locator('#studio-problems-heading', { hasText: '(4)' }).waitFor();
  assert.deepEqual(await problems(p), [
    "initiativer.csv, række 3, kolonne Slut: '31/13/2018' er ikke en dato. Skriv fx '31/12/2018' eller '4. kvartal 2018'. Datoen er udeladt.",
    'initiativer.csv, række 4, kolonne Titel: rækken har ingen titel. Skriv en titel; indtil da er rækken udeladt.',
    'initiativer.csv, række 5: rækken er tom og springes over.',
    "initiativer.csv, række 6, kolonne Status: 'Måske' er ikke en status, der kendes. Vælg en af: ikke påbegyndt, i gang, forsinket, begrænset, væsentligt, afsluttet, trukket tilbage, ukendt. Indtil da vises den som ukendt.",
  ]);
  assert.equal(await p.locator('[role=status]').textContent(), '4 problemer fundet.');
  await p.locator('.studio-problems button').first().click();
  assert.equal(await p.evaluate(() => document.activeElement.id), 'studio-cell-3-4');
  assert.equal(await p.evaluate(() => document.activeElement.textContent.trim()), '31/13/2018');
  await previewRendered(p);
  assert.equal(await downloadedFeed(p), ogw(['import', 'template', broken]));
  assert.deepEqual(await axeViolations(p), []);
  // English: the same problems in the editor's other language.
  await p.getByRole('button', { name: 'English' }).click();
  assert.match((await problems(p))[1], /^initiativer\.csv, row 4, column Titel: the row has no title/);
  assert.deepEqual(await axeViolations(p), []);
  assertNothingSent(requests);
  assert.deepEqual(errors, []);
  await context.close();
});

test('pasted cells, by keyboard alone, to a copied embed code that works on another origin', async () => {
  const { context, p, errors, requests } = await openStudio({ permissions: ['clipboard-read', 'clipboard-write'] });
  // From the top of the page: Tab to the paste box (the language buttons, the file input before it).
  await p.keyboard.press('Tab');
  for (let i = 0; i < 10 && (await p.evaluate(() => document.activeElement.id)) !== 'studio-paste'; i++) await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'studio-paste');
  await p.keyboard.insertText(PASTED);
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'studio-read-paste');
  await p.keyboard.press('Enter');
  await p.locator('#studio-download-feed').waitFor();
  assert.match(await p.locator('.studio-files').textContent(), /Indsatte celler: Et regneark med initiativer \(tabulator, UTF-8\)/);
  await previewRendered(p);
  const feed = await downloadedFeed(p);
  const pasted = join(scratch, 'pasted.tsv');
  writeFileSync(pasted, PASTED);
  assert.equal(feed, ogw(['import', 'template', pasted]));

  // The feed's address, typed; then the element's copy button, reached with Tab.
  published.feed = feed;
  const address = `${servers.hostUrl}/published/plan.json`;
  await p.locator('#studio-feed-url').focus();
  await p.keyboard.insertText(address);
  await p.locator('#studio-embed-element-code').waitFor();
  for (let i = 0; i < 40 && !(await p.evaluate(() => document.activeElement.closest('.studio-code')?.querySelector('h3')?.id === 'studio-embed-element' && document.activeElement.matches('button'))); i++) {
    await p.keyboard.press('Tab');
  }
  await p.keyboard.press('Enter');
  await p.locator('[role=status]', { hasText: 'Kopieret' }).waitFor();
  const code = await p.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, await p.locator('#studio-embed-element-code').inputValue());
  assert.match(code, new RegExp(`<ogw-status src="${address}" lang="da">`));
  assert.match(code, /<svg[^]*<\/svg>/, 'the pre-rendered chart is inside');
  assert.deepEqual(await axeViolations(p), []);
  assertNothingSent(requests);
  assert.deepEqual(errors, []);

  // The code pasted into a page on another origin than the bundle's: the
  // fallback is there at once, then the widget draws the published feed.
  published.code = code;
  const host = await context.newPage();
  await host.goto(`${servers.hostUrl}/embedded.html`);
  await host.locator('ogw-status .ogw-summary').waitFor({ timeout: 30000 });
  assert.match(await host.locator('ogw-status .ogw-summary').textContent(), /2 initiativer/);
  // The iframe code, likewise.
  published.code = await p.locator('#studio-embed-iframe-code').inputValue();
  await host.goto(`${servers.hostUrl}/embedded.html`);
  const frame = host.frameLocator('iframe');
  await frame.locator('.ogw-summary').first().waitFor({ timeout: 30000 });
  await context.close();
});

test('usable at 360 px: no sideways scrolling, and axe finds nothing', async () => {
  const { context, p, errors } = await openStudio({ viewport: { width: 360, height: 800 } });
  await p.locator('#studio-paste').fill(PASTED);
  await p.locator('#studio-read-paste').click();
  await previewRendered(p);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  assert.deepEqual(await axeViolations(p), []);
  assert.deepEqual(errors, []);
  await context.close();
});

// Every view switch and change of state of <ogw-daycare>, from the release
// bundle on another origin, with nothing thrown on the page and the
// dashboard (and a second one beside it) still answering afterwards.
// A Rust panic in the core is a `RuntimeError: unreachable` here, and it
// leaves every dashboard on the page dead: each step checks for it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';
import { daycareFeed, inlineFeed } from './daycare-feed.mjs';

const FEED = daycareFeed(120);
const page = (lang, body) => (cdn) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>Views</title><script src="${cdn}ogw.js" defer></script></head>
<body><main><h1>Dagtilbud</h1>${body}</main></body></html>`;
// The first dashboard has no id, so its part of the address is `ogw-daycare`.
const two = (attributes = '') => `<ogw-daycare ${attributes}>${inlineFeed(FEED)}</ogw-daycare>
<ogw-daycare id="other">${inlineFeed(FEED)}</ogw-daycare>`;

let servers, browser;
before(async () => {
  servers = await startServers({
    '/da.html': page('da', two()),
    '/en.html': page('en', two()),
    '/attributes.html': page('da', two('municipality="751" figures="normering,paedagoger" compare="a:101"')),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await servers?.close();
});

const DC = 'ogw-daycare:not([id])';
const OTHER = '#other';

async function open(path) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  // A debug build's panic hook says what panicked (a release build traps without a word).
  p.on('console', (m) => { if (m.type() === 'error' && /panicked|unreachable/.test(m.text())) errors.push(`console: ${m.text()}`); });
  await p.goto(servers.hostUrl + path);
  await p.locator(`${DC} .ogw-dc-count`).waitFor();
  await p.locator(`${OTHER} .ogw-dc-count`).waitFor();
  return { p, errors, close: () => context.close() };
}

const count = (p, at = DC) => p.locator(`${at} .ogw-dc-count`).textContent();
const viewButton = (p, i) => p.locator(`${DC} .ogw-dc-views button`).nth(i);
const unitRows = (p) => p.locator(`${DC} .ogw-dc-table tbody tr:not(.ogw-dc-spacer)`);

/** A frame or two for whatever the last step left to run (frames, timeouts). */
const settle = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));

async function step(p, errors, name, action) {
  await action();
  await settle(p);
  assert.deepEqual(errors, [], `nothing thrown after: ${name}`);
}

/** Typing in the search box changes the count, then clearing it restores it. */
async function answers(p, at = DC) {
  const search = p.locator(`${at} .ogw-dc-search input`);
  const before = await count(p, at);
  await search.fill('Solsikken 1');
  await p.waitForFunction(([sel, text]) => document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-count').textContent !== text,
    [at, before], { timeout: 5000 });
  await search.fill('');
  await p.waitForFunction(([sel, text]) => document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-count').textContent === text,
    [at, before], { timeout: 5000 });
}

async function stillAnswering(p, errors) {
  await answers(p, DC);
  await answers(p, OTHER);
  assert.deepEqual(errors, []);
}

test('Kommuner, then Institutioner', async () => {
  const { p, errors, close } = await open('/da.html');
  await step(p, errors, 'Kommuner', () => viewButton(p, 1).click());
  assert.equal(await count(p), 'Viser 4 af 4 kommuner');
  await step(p, errors, 'Institutioner', () => viewButton(p, 0).click());
  assert.equal(await count(p), 'Viser 120 af 120 institutioner');
  await stillAnswering(p, errors);
  await close();
});

for (const [path, label, expect] of [['/da.html', 'Danish', 'Viser 120 af 120 institutioner'], ['/en.html', 'English', 'Showing 120 of 120 institutions']]) {
  test(`a link to the municipal view, one click back (${label})`, async () => {
    const { p, errors, close } = await open(`${path}#ogw-daycare=v:kommuner`);
    assert.equal(await viewButton(p, 1).getAttribute('aria-pressed'), 'true');
    await step(p, errors, 'institutions', () => viewButton(p, 0).click());
    assert.equal(await count(p), expect);
    await stillAnswering(p, errors);
    await close();
  });
}

test('quick switches: clicks in one task, and a switch right after a scroll', async () => {
  const { p, errors, close } = await open('/da.html');
  for (let i = 0; i < 3; i++) {
    await step(p, errors, `three switches in one task (${i})`, () => p.evaluate((sel) => {
      const buttons = document.querySelector(sel).shadowRoot.querySelectorAll('.ogw-dc-views button');
      buttons[1].click(); buttons[0].click(); buttons[1].click();
    }, DC));
    await step(p, errors, 'back', () => viewButton(p, 0).click());
  }
  // The scroll event comes a frame later, to a table the switch has removed.
  await step(p, errors, 'scroll, then switch', () => p.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    root.querySelector('.ogw-dc-scroll').scrollTop = 900;
    root.querySelectorAll('.ogw-dc-views button')[1].click();
  }, DC));
  await step(p, errors, 'back to the table', () => viewButton(p, 0).click());
  await step(p, errors, 'scroll the table', () => p.evaluate((sel) => {
    document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-scroll').scrollTop = 1500;
  }, DC));
  const firstRow = await unitRows(p).first().getAttribute('aria-rowindex');
  assert.ok(Number(firstRow) > 20, `scrolling renders the rows in view (the first is row ${firstRow})`);
  await stillAnswering(p, errors);
  await close();
});

test('details open and close, compare add and remove, tables and charts, in both views', async () => {
  const { p, errors, close } = await open('/da.html');
  const details = p.locator(`${DC} .ogw-dc-details`);
  await step(p, errors, 'open details', () => unitRows(p).first().locator('.ogw-dc-name').click());
  await details.waitFor();
  await step(p, errors, 'close with the button', () => details.locator('button').last().click());
  await details.waitFor({ state: 'detached' });
  await step(p, errors, 'open again', () => unitRows(p).nth(1).locator('.ogw-dc-name').click());
  await step(p, errors, 'Escape', () => p.keyboard.press('Escape'));
  await details.waitFor({ state: 'detached' });
  await step(p, errors, 'open, then switch view at once', () => p.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    root.querySelector('.ogw-dc-name').click();
    root.querySelectorAll('.ogw-dc-views button')[1].click();
  }, DC));
  await step(p, errors, 'back with details open', () => viewButton(p, 0).click());
  await details.waitFor();
  await step(p, errors, 'compare from the details', () => details.locator('.ogw-toggle').click());
  await step(p, errors, 'close, then switch in the same task', () => p.evaluate((sel) => {
    const root = document.querySelector(sel).shadowRoot;
    root.querySelector('.ogw-dc-details button:last-of-type').click();
    root.querySelectorAll('.ogw-dc-views button')[1].click();
  }, DC));
  await step(p, errors, 'institutions', () => viewButton(p, 0).click());

  for (const i of [2, 3]) await step(p, errors, `compare row ${i}`, () => unitRows(p).nth(i).locator('input[type=checkbox]').check());
  await p.locator(`${DC} .ogw-dc-chips li`).nth(2).waitFor();
  await p.locator(`${DC} .ogw-dc-compare svg`).waitFor();
  await step(p, errors, 'comparison table', () => p.locator(`${DC} .ogw-dc-compare .ogw-toggle`).click());
  await p.locator(`${DC} .ogw-dc-compare-table`).waitFor({ state: 'visible' });
  await step(p, errors, 'uncheck a row', () => unitRows(p).nth(2).locator('input[type=checkbox]').uncheck());
  await step(p, errors, 'remove a chip', () => p.locator(`${DC} .ogw-dc-remove`).first().click());
  assert.equal(await p.locator(`${DC} .ogw-dc-chips li`).count(), 1);
  await step(p, errors, 'comparison table closed', () => p.locator(`${DC} .ogw-dc-compare .ogw-toggle`).click());

  await step(p, errors, 'municipalities with an institution compared', () => viewButton(p, 1).click());
  const areaRows = p.locator(`${DC} .ogw-dc-areas tbody tr`);
  await step(p, errors, 'compare a municipality', () => areaRows.nth(0).locator('input[type=checkbox]').check());
  await step(p, errors, 'and another', () => areaRows.nth(1).locator('input[type=checkbox]').check());
  await p.locator(`${DC} .ogw-dc-trend svg`).waitFor();
  await step(p, errors, 'the years as a table', () => p.locator(`${DC} .ogw-dc-trend .ogw-toggle`).click());
  await p.locator(`${DC} #ogw-dc-trend-numbers table`).waitFor({ state: 'visible' });
  await step(p, errors, 'another figure over the years', () => p.locator(`${DC} .ogw-dc-trend select`).selectOption({ index: 1 }));
  await step(p, errors, 'sort the municipalities', () => p.locator(`${DC} .ogw-dc-areas thead .ogw-dc-sort`).nth(1).click());
  await step(p, errors, 'one municipality', () => p.locator(`${DC} .ogw-dc-filters select`).first().selectOption('751'));
  assert.equal(await count(p), 'Viser 1 af 4 kommuner');
  await step(p, errors, 'uncompare a municipality', () => areaRows.nth(0).locator('input[type=checkbox]').uncheck());
  await step(p, errors, 'back to institutions, filtered and compared', () => viewButton(p, 0).click());
  assert.equal(await count(p), 'Viser 30 af 120 institutioner');
  await step(p, errors, 'all municipalities', () => p.locator(`${DC} .ogw-dc-filters select`).first().selectOption(''));

  // Filters, sorting and the figure picker, then both views once more.
  await step(p, errors, 'sort by a figure', () => p.locator(`${DC} .ogw-dc-table thead .ogw-dc-sort`).nth(3).click());
  await step(p, errors, 'a type', () => p.locator(`${DC} .ogw-dc-filters select`).nth(1).selectOption('nursery'));
  await step(p, errors, 'an age group', () => p.locator(`${DC} .ogw-dc-filters select`).nth(2).selectOption({ index: 1 }));
  await step(p, errors, 'distance from a postcode', () => p.locator(`${DC} .ogw-dc-distance select`).first().selectOption('8000'));
  await step(p, errors, 'within', () => p.locator(`${DC} .ogw-dc-distance select`).nth(1).selectOption({ index: 3 }));
  await step(p, errors, 'open the figure picker', () => p.locator(`${DC} .ogw-dc-figures summary`).click());
  await step(p, errors, 'a figure off or on', () => p.locator(`${DC} .ogw-dc-figures input`).last().click());
  await step(p, errors, 'and back', () => p.locator(`${DC} .ogw-dc-figures input`).last().click());
  await step(p, errors, 'municipalities with filters', () => viewButton(p, 1).click());
  await step(p, errors, 'institutions with filters', () => viewButton(p, 0).click());
  await step(p, errors, 'no point', () => p.locator(`${DC} .ogw-dc-distance select`).first().selectOption({ index: 0 }));
  await step(p, errors, 'any type', () => p.locator(`${DC} .ogw-dc-filters select`).nth(1).selectOption(''));
  await step(p, errors, 'any age', () => p.locator(`${DC} .ogw-dc-filters select`).nth(2).selectOption(''));
  await stillAnswering(p, errors);
  await close();
});

test('attribute changes remount it: municipality, figures, compare, lang', async () => {
  const { p, errors, close } = await open('/attributes.html');
  // Resolves once the dashboard has been drawn anew (a remount), not on the old one.
  const set = async (name, value) => {
    await p.evaluate(([sel, n, v]) => {
      const el = document.querySelector(sel);
      window.before = el.shadowRoot.querySelector('.ogw-dc');
      el.setAttribute(n, v);
    }, [DC, name, value]);
    await p.waitForFunction((sel) => {
      const now = document.querySelector(sel).shadowRoot.querySelector('.ogw-dc');
      return now && now !== window.before;
    }, DC, { timeout: 5000 });
  };
  const countIs = (text) => p.waitForFunction(([sel, t]) => document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-count')?.textContent === t,
    [DC, text], { timeout: 5000 });
  await countIs('Viser 30 af 120 institutioner');
  await step(p, errors, 'municipality', () => set('municipality', '101'));
  await p.waitForFunction((sel) => document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-filters select')?.value === '101', DC, { timeout: 5000 });
  await countIs('Viser 30 af 120 institutioner');
  // The view is kept in the address (a moment after the change), so a
  // remount keeps it: wait for the address before changing an attribute.
  const hash = (re) => p.waitForFunction((source) => new RegExp(source).test(location.hash), re.source, { timeout: 5000 });
  await step(p, errors, 'municipalities view, then an attribute', async () => {
    await viewButton(p, 1).click();
    await hash(/v:kommuner/);
    await set('figures', 'sygefravaer');
  });
  await p.locator(`${DC} .ogw-dc-areas`).waitFor();
  // What the address says wins over the attributes (a shared link shows
  // what was shared), so only that it was drawn anew is checked here.
  await step(p, errors, 'compare', () => set('compare', 'a:751,a:461'));
  await p.locator(`${DC} .ogw-dc-compare`).waitFor();
  await step(p, errors, 'lang', () => set('lang', 'en'));
  await p.waitForFunction((sel) => /^Showing /.test(document.querySelector(sel).shadowRoot.querySelector('.ogw-dc-count')?.textContent), DC, { timeout: 5000 });
  // Two attributes in one task, and one set while a detail is opening.
  await step(p, errors, 'two at once', () => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.setAttribute('municipality', '851');
    el.setAttribute('lang', 'da');
  }, DC));
  await countIs('Viser 1 af 4 kommuner');
  await step(p, errors, 'institutions', () => viewButton(p, 0).click());
  await hash(/^(?!.*v:kommuner)/);
  await step(p, errors, 'details open, then an attribute', () => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.shadowRoot.querySelector('.ogw-dc-name').click();
    el.setAttribute('compare', '');
  }, DC));
  await countIs('Viser 30 af 120 institutioner');
  await stillAnswering(p, errors);
  await close();
});

test('unmounted while a detail opens, a scroll is on its way or the address is about to be written', async () => {
  const { p, errors, close } = await open('/da.html');
  await step(p, errors, 'details, then unmount', () => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.shadowRoot.querySelector('.ogw-dc-name').click();
    return window.ogw.unmount(el);
  }, DC));
  assert.equal(await p.evaluate((sel) => document.querySelector(sel).shadowRoot.querySelector('.ogw-root'), DC), null);
  await step(p, errors, 'mount again', () => p.evaluate((sel) => window.ogw.mount(document.querySelector(sel), {}), DC));
  await p.locator(`${DC} .ogw-dc-count`).waitFor();
  await step(p, errors, 'scroll, then unmount', () => p.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.shadowRoot.querySelector('.ogw-dc-scroll').scrollTop = 800;
    return window.ogw.unmount(el);
  }, DC));
  await step(p, errors, 'mount again', () => p.evaluate((sel) => window.ogw.mount(document.querySelector(sel), {}), DC));
  await p.locator(`${DC} .ogw-dc-count`).waitFor();
  await step(p, errors, 'a change, then removed from the page', async () => {
    await p.locator(`${DC} .ogw-dc-search input`).fill('Egernet');
    await p.evaluate((sel) => document.querySelector(sel).remove(), DC);
    await p.waitForTimeout(400); // past the address's 250 ms
  });
  await answers(p, OTHER);
  assert.deepEqual(errors, []);
  await close();
});

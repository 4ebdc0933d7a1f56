// The gallery (index.html, what `make demo` serves) is the first page an
// editor sees: every widget on it renders, and axe finds nothing, the dark
// section included. Served as Trunk would: its style sheet in the page, the
// bundle from dist/ (here from the "CDN" origin), the feeds beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServers } from './server.mjs';
import { launch, axeViolations } from './browser.mjs';

const root = new URL('../../', import.meta.url);
const gallery = (cdn) => readFileSync(new URL('index.html', root), 'utf8')
  .replace(/<link data-trunk[^>]*>\n?/g, '')
  .replace('</head>', `<style>${readFileSync(new URL('www/gallery.css', root), 'utf8')}</style></head>`)
  .replaceAll('src="dist/', `src="${cdn}`)
  .replaceAll('href="dist/', `href="${cdn}`);

test('every widget of the gallery renders, and axe finds nothing on the page', async () => {
  const servers = await startServers({ '/': gallery });
  const browser = await launch();
  try {
    const p = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    await p.goto(`${servers.hostUrl}/`);
    const widgets = p.locator('ogw-status, ogw-timeline, ogw-daycare');
    const count = await widgets.count();
    assert.ok(count >= 10, `the gallery shows its widgets (${count})`);
    // Each one ends up drawn, or (the deliberate wrong address) says why not.
    await p.waitForFunction(() => [...document.querySelectorAll('ogw-status, ogw-timeline, ogw-daycare')]
      .every((w) => w.shadowRoot?.querySelector('.ogw-summary, [role=alert], .ogw-error')), null, { timeout: 60000 });
    const failed = await widgets.evaluateAll((ws) => ws.filter((w) => !w.shadowRoot.querySelector('.ogw-summary')).map((w) => w.getAttribute('src')));
    assert.deepEqual(failed, ['feeds/findes-ikke.json'], 'only the example of a wrong address fails');
    assert.deepEqual(errors, []);
    assert.deepEqual(await axeViolations(p), [], 'axe: the gallery');
  } finally {
    await browser.close();
    await servers.close();
  }
});

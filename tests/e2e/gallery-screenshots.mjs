// The gallery's pictures of each widget under Windows high contrast (forced
// colours), which a page cannot switch on for its reader: made from the real
// bundle in Debian's Chromium with forced colours emulated, after
// `make bundle feeds`: node tests/e2e/gallery-screenshots.mjs
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const out = fileURLToPath(new URL('../../www/shots/', import.meta.url));
mkdirSync(out, { recursive: true });

const widgets = {
  status: '<ogw-status id="w" src="/feeds/handlingsplan-2017-2019.json" lang="da"></ogw-status>',
  timeline: '<ogw-timeline id="w" src="/feeds/handlingsplan-2017-2019.json" lang="da"></ogw-timeline>',
  daycare: '<ogw-daycare id="w" src="/feeds/generated/dagtilbud-kommuner.json" municipality="751" compare="a:101" lang="da"></ogw-daycare>',
};
const pages = Object.fromEntries(Object.entries(widgets).map(([name, element]) => [`/${name}.html`, (cdn) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${name}</title>
   <script src="${cdn}ogw.js" defer></script></head><body style="margin:16px">${element}</body></html>`]));

const servers = await startServers(pages);
const browser = await launch();
try {
  for (const name of Object.keys(widgets)) {
    // Windows' black high-contrast theme: forced colours on a dark system.
    const context = await browser.newContext({ forcedColors: 'active', colorScheme: 'dark', viewport: { width: 900, height: 900 } });
    const p = await context.newPage();
    await p.goto(`${servers.hostUrl}/${name}.html`);
    await p.locator('#w .ogw-summary').first().waitFor({ timeout: 30000 });
    await p.waitForTimeout(300); // the chart's first layout after its width is known
    const file = join(out, `forced-colors-${name}.png`);
    await p.locator('#w').screenshot({ path: file });
    console.log(`wrote www/shots/forced-colors-${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await servers.close();
}

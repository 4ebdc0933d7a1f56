// The screenshots in docs/studio.md, made from the real studio in Debian's
// Chromium (after `make bundle`): node tests/e2e/studio-screenshots.mjs
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServers } from './server.mjs';
import { launch } from './browser.mjs';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const broken = join(mkdtempSync(join(tmpdir(), 'ogw-shots-')), 'Initiativer.csv');
writeFileSync(broken, [
  'Nr.;Tema;Titel;Ansvarlig;Status;Start;Slut',
  '1;Åbne data;Flere datasæt som åbne data;Digitaliseringsstyrelsen;I gang;2. kvartal 2025;4. kvartal 2026',
  '2;Åbne data;Data om klima;Miljøstyrelsen;Afsluttet;2025;31/13/2025',
  '3;Inddragelse;;Kommunerne;I gang;2025;2026',
  '4;Inddragelse;Borgerpaneler;KL;Måske;2025;2026',
  '5;Gennemsigtighed;Åbne kontrakter;Erhvervsstyrelsen;Ikke påbegyndt;2026;2027',
  '',
].join('\r\n'), 'latin1');

const servers = await startServers({});
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const p = await context.newPage();
  await p.goto(`${servers.cdnUrl}studio.html`);
  await p.locator('#studio-file').setInputFiles(broken);
  await p.locator('.studio-desktop .studio-preview-host .ogw-summary').waitFor({ timeout: 30000 });
  await p.locator('.studio-problems button').first().click();
  await p.locator('#studio-found').scrollIntoViewIfNeeded();
  await p.screenshot({ path: join(docs, 'studio-problems.png'), fullPage: true, clip: await region(p, '#studio-problems-heading', 900) });
  await p.locator('#studio-feed-url').fill('https://www.example.dk/data/plan.json');
  await p.locator('#studio-embed-element-code').waitFor();
  await p.screenshot({ path: join(docs, 'studio-preview.png'), fullPage: true, clip: await region(p, '#studio-preview', 1000) });
  await p.screenshot({ path: join(docs, 'studio-publish.png'), fullPage: true, clip: await region(p, '#studio-out', 760) });
  console.log('wrote docs/studio-problems.png, studio-preview.png and studio-publish.png');
} finally {
  await browser.close();
  await servers.close();
}

/** From the heading's section down `height` px, the page's full width. */
async function region(p, selector, height) {
  await p.locator(selector).scrollIntoViewIfNeeded();
  const box = await p.locator(selector).evaluate((el) => {
    const r = el.closest('section').getBoundingClientRect();
    return { x: 0, y: r.top + window.scrollY, width: document.documentElement.clientWidth };
  });
  return { ...box, height };
}

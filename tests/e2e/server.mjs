// Two origins on loopback: the host page's site, and a "CDN" that serves
// dist/ with CORS, as an agency's page and our bundle would be in real life.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css',
};

async function sendFile(res, dirs, path, headers = {}) {
  for (const dir of dirs) {
    const file = normalize(join(root, dir, path));
    if (!file.startsWith(join(root, dir))) break; // no ../ out of the folder
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers });
      res.end(body);
      return;
    } catch { /* try the next folder */ }
  }
  res.writeHead(404, { 'content-type': 'text/plain', ...headers });
  res.end('not found');
}

function listen(handler) {
  return new Promise((resolve) => {
    const server = createServer(handler);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Starts both servers. `pages` maps a path on the host to a function of the
 * CDN's URL that returns the page's HTML, or `{ html, headers }` for a page
 * served with headers of its own (a Content-Security-Policy, say).
 */
export async function startServers(pages) {
  const cdn = await listen((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // /no-cors/… is a feed on another origin that does not allow the page to read it.
    if (path.startsWith('/no-cors/')) sendFile(res, ['tests/e2e/feeds'], path.slice('/no-cors'.length));
    // Feeds published beside the bundle, readable from any page (the iframe embed's).
    else if (path.startsWith('/feeds/')) sendFile(res, ['www', 'tests/e2e'], path, { 'access-control-allow-origin': '*' });
    else sendFile(res, ['dist'], path, { 'access-control-allow-origin': '*' });
  });
  const cdnUrl = `http://127.0.0.1:${cdn.address().port}/`;
  const host = await listen((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (pages[path]) {
      const made = pages[path](cdnUrl);
      const { html, headers = {} } = typeof made === 'string' ? { html: made } : made;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(html);
    } else if (path.startsWith('/feeds/')) {
      sendFile(res, ['www', 'tests/e2e'], path);
    } else if (path.startsWith('/dist/')) {
      // The example pages in www/ load the bundle from dist/ beside them, as in the gallery.
      sendFile(res, ['.'], path);
    } else if (path.endsWith('.html') || path.endsWith('.css')) {
      sendFile(res, ['www'], path);
    } else {
      res.writeHead(404).end();
    }
  });
  const hostUrl = `http://127.0.0.1:${host.address().port}`;
  return { hostUrl, cdnUrl, close: () => Promise.all([host, cdn].map((s) => new Promise((r) => s.close(r)))) };
}

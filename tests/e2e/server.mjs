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
  // What the feed server saw: stalled requests closed by the client, and how
  // many bytes of an endless feed were sent before the client stopped reading.
  const stalled = new Set();
  const closed = [];
  const streamed = [];
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
    } else if (path.startsWith('/slow/')) {
      // A feed server that never answers: the connection stays open until the
      // browser gives up (the widget's timeout) or goes away (an unmount).
      stalled.add(req);
      req.on('close', () => { stalled.delete(req); closed.push(path); });
    } else if (path.startsWith('/endless/')) {
      // A feed that never ends and does not say its size (no Content-Length):
      // 64 KB every 10 ms (so loopback's buffers do not swallow it all at
      // once) until the client stops reading; at most 8 MB.
      res.writeHead(200, { 'content-type': 'application/json' });
      let sent = 0;
      const chunk = Buffer.alloc(65536, 0x20);
      const more = () => {
        if (res.destroyed) return;
        if (sent >= 8_000_000) return res.end();
        sent += chunk.length;
        res.write(chunk);
        setTimeout(more, 10);
      };
      res.write('{"format":"ogw.plan/1","padding":"');
      more();
      req.on('close', () => { streamed.push(sent); });
    } else if (path.startsWith('/plain/')) {
      // Served as text/plain, as some servers send .json files.
      readFile(join(root, 'www', path.slice('/plain'.length))).then((body) => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(body);
      });
    } else if (path.startsWith('/moved/')) {
      // Redirected to the same feed on the other origin, which allows CORS.
      res.writeHead(302, { location: `${cdnUrl}feeds/${path.slice('/moved/'.length)}` });
      res.end();
    } else if (path.startsWith('/example-app/')) {
      // The example Leptos application as `make example-app` builds it (its page, module, wasm, feed).
      const file = path.slice('/example-app/'.length) || 'index.html';
      sendFile(res, ['target/example-app'], file);
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
  return { hostUrl, cdnUrl, closed, streamed, close: () => {
    for (const req of stalled) req.socket.destroy();
    return Promise.all([host, cdn].map((s) => new Promise((r) => { s.closeAllConnections?.(); s.close(r); })));
  } };
}

/**
 * The strict Content-Security-Policy agencies' security teams send (issue 11),
 * with the CDN's origin standing for cdn.example.dk: no 'unsafe-inline' for
 * styles or scripts, only 'wasm-unsafe-eval' for WebAssembly.
 */
export function strictPolicy(cdn) {
  const origin = new URL(cdn).origin;
  return [
    "default-src 'self'",
    `script-src 'self' ${origin} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    `connect-src 'self' ${origin}`,
    "img-src 'self' data:",
  ].join('; ');
}

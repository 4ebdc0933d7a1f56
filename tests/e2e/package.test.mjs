// The bundle as a package (issue 11): dist/package.json names the loader
// and the TypeScript declarations, which describe ogw.mount's options and
// both feed formats (made from the JSON Schemas). tsc checks real feeds
// against them, and refuses a misspelt widget and a plan without initiatives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = new URL('../../dist/', import.meta.url);

async function tsc(file) {
  const config = new URL('./types/tsconfig.json', import.meta.url);
  await writeFile(config, JSON.stringify({
    compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', resolveJsonModule: true, lib: ['es2022', 'dom'] },
    files: [file],
  }));
  try {
    await run(`${root}node_modules/.bin/tsc`, ['-p', fileURLToPath(config)], { cwd: root });
    return '';
  } catch (error) {
    return String(error.stdout);
  } finally {
    await rm(config);
  }
}

test('dist/package.json points at files that are there', async () => {
  const pkg = JSON.parse(await readFile(new URL('package.json', dist), 'utf8'));
  const cargo = await readFile(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  assert.equal(pkg.version, cargo.match(/^version = "(.*)"/m)[1], 'the crate\'s version');
  for (const file of [pkg.main, pkg.types, pkg.exports['.'].types, pkg.exports['./ogw.js'], pkg.exports['./plan'].types, pkg.exports['./daycare'].types]) {
    await assert.doesNotReject(readFile(new URL(file, dist)), file);
  }
});

test('the declarations type real feeds and mount options', { timeout: 120_000 }, async () => {
  assert.equal(await tsc('usage.ts'), '');
});

test('and refuse what is wrong', { timeout: 120_000 }, async () => {
  const errors = await tsc('wrong.ts');
  assert.match(errors, /wrong\.ts\(4,.*'"statsu"' is not assignable to type 'Widget/);
  assert.match(errors, /wrong\.ts\(5,.*Property 'initiatives' is missing/);
});

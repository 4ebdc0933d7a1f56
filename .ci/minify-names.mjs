#!/usr/bin/env node
// Gives a core's wasm imports, exports and import module one- or two-letter
// names, and rewrites its wasm-bindgen glue to match. wasm-bindgen names each
// import after its Rust binding and a hash (`__wbg_set_innerHTML_a9d3…`):
// 170 such names appear in both the wasm and the glue, about 3 KB of every
// core once brotli'd (README, Size). Usage:
//   minify-names.mjs GLUE.js CORE_bg.wasm
// wasm-opt's --minify-imports-and-exports-and-modules renames them and prints
// the mapping; this applies it to the glue, and fails the build if any old
// name is left or any new one is missing, so a wasm-bindgen whose glue looks
// different stops here rather than in a reader's browser.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [glueFile, wasmFile, ...features] = process.argv.slice(2);
const printed = execFileSync('wasm-opt', [
  '--minify-imports-and-exports-and-modules', ...features, wasmFile, '-o', wasmFile,
], { encoding: 'utf8', maxBuffer: 16 << 20 });
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));
const module = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmFile))).map((i) => i.module));
if (module.size !== 1) throw new Error(`expected one import module, found ${[...module].join(', ')}`);
const [newModule] = module;

let glue = readFileSync(glueFile, 'utf8');
const fail = (why) => { console.error(`minify-names: ${glueFile}: ${why}`); process.exit(1); };
const escape = (s) => s.replace(/[$]/g, '\\$');

// The import object: `"./ogw-status_bg.js": import0`, keyed by binding name.
const modules = new Set(mapping.imports.map(([m]) => m));
for (const old of modules) {
  const key = `"${old}": import0`;
  if (!glue.includes(key)) fail(`no import module ${key}`);
  glue = glue.replace(key, `"${newModule}": import0`);
}
for (const [, old, renamed] of mapping.imports) {
  const key = new RegExp(`(\\n\\s+)${escape(old)}:`, 'g');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`import ${old} is a key ${found} times, not once`);
  glue = glue.replace(key, `$1${JSON.stringify(renamed)}:`);
}
// Exports are read as `wasm.name` (the instance's exports).
for (const [old, renamed] of mapping.exports) {
  const use = new RegExp(`\\bwasm\\.${escape(old)}\\b`, 'g');
  glue = glue.replace(use, `wasm[${JSON.stringify(renamed)}]`);
}
for (const [old] of mapping.exports) {
  if (new RegExp(`\\bwasm\\.${escape(old)}\\b`).test(glue)) fail(`export ${old} still read by its old name`);
}
writeFileSync(glueFile, glue);

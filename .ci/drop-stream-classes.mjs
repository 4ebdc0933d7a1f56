// Takes wasm-streams' three exported classes out of a core's glue. Leptos'
// `csr` feature turns on server_fn's `browser` feature, which links
// wasm-streams, whose #[wasm_bindgen] structs (IntoUnderlyingSource,
// IntoUnderlyingByteSource, IntoUnderlyingSink) become exports of every core
// and classes in its glue. No widget hands a stream to JavaScript, so nothing
// calls them. .ci/build-core then has wasm-opt remove their wasm exports
// (`--remove-exports`), and the code behind them goes with the rest of the
// dead code: about 1.6 KB brotli of wasm and 0.4 KB of glue per core.
//
//   node .ci/drop-stream-classes.mjs GLUE.js
//
// It fails the build if the glue uses one of the classes anywhere but in its
// own declaration (a later wasm-bindgen or Leptos that does hand a stream to
// JavaScript would wrap one), so a core never loses code it calls.
import { readFileSync, writeFileSync } from 'node:fs';

const CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const [glueFile] = process.argv.slice(2);
const fail = (why) => { console.error(`drop-stream-classes: ${glueFile}: ${why}`); process.exit(1); };

let glue = readFileSync(glueFile, 'utf8');
for (const name of CLASSES) {
  // What wasm-bindgen writes for an exported struct: the class (its body
  // ends at the first `}` alone on a line), an optional Symbol.dispose line,
  // and the FinalizationRegistry that frees it.
  const parts = [
    new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^\\}\\n`, 'm'),
    new RegExp(`^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, 'm'),
    new RegExp(`^const ${name}Finalization = [\\s\\S]*?;\\n`, 'm'),
  ];
  const [declaration, , registry] = parts;
  if (!declaration.test(glue)) fail(`no class ${name} to take out`);
  if (!registry.test(glue)) fail(`no ${name}Finalization to take out`);
  for (const part of parts) glue = glue.replace(part, '');
}
const left = glue.match(/\bIntoUnderlying\w*|\bintounderlying\w*/i);
if (left) fail(`the glue still uses ${left[0]}: the core hands streams to JavaScript now; keep the classes`);
writeFileSync(glueFile, glue);

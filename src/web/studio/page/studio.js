// Starts the studio's core (studio-core.js, made by .ci/build-core studio)
// in the page's <main>. A file, not inline: the page's policy allows no inline script.
import init, { start } from './studio-core.js';

init({ module_or_path: new URL('studio-core_bg.wasm', import.meta.url) }).then(function () {
  start(document.getElementById('studio'));
});

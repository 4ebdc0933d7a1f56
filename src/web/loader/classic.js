// ogw.js: the loader as a classic script (`<script src="…/ogw.js" defer>`).
// It knows its address from document.currentScript, read with Document's own
// getter. A module has none: ogw.js included as `type="module"` refuses and
// says to use ogw.mjs. (Built after loader.js into one function: Makefile.)
var script = documentGet('currentScript');
start({ script: script instanceof HTMLScriptElement ? script : null });

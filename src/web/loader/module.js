// ogw.mjs: the loader as a module (`<script type="module" src="…/ogw.mjs">`),
// which knows its address from import.meta.url. (Built after loader.js into
// one module: Makefile.)
start({ url: import.meta.url });

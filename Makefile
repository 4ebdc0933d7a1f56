# People need two targets (README): `make demo` and `make test`.
# Each installs what it needs (.ci/ensure-tools) and skips what is there.
# Build profiles, each built once per run: native debug (unit tests, CLI),
# wasm debug (browser tests) and wasm release (the bundle in dist/).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
RELEASE_WASM := target/$(WASM_TARGET)/release/ogw_widgets.wasm
ENSURE := .ci/ensure-tools
# The features Rust 1.95 enables for wasm32 by default; wasm-opt must accept them.
WASM_FEATURES := --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
                 --enable-mutable-globals --enable-reference-types --enable-multivalue

.PHONY: demo test bundle bench test-native test-web test-e2e size

## make demo: build the bundle and serve the gallery on http://127.0.0.1:8080
demo: bundle
	$(ENSURE) wasm bindgen npm trunk
	mkdir -p dist .gallery target
	trunk serve --offline

## make test: every test layer, then the bundle's size
test: test-native test-web test-e2e size

test-native:
	cargo test

test-web:
	$(ENSURE) wasm bindgen browser
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target $(WASM_TARGET) --test web

test-e2e: bundle
	$(ENSURE) browser npm
	node --test --test-concurrency=1 tests/e2e/

## make bundle: the embeddable files, in dist/
bundle:
	$(ENSURE) wasm bindgen npm
	cargo build --release --lib --target $(WASM_TARGET)
	rm -rf dist.tmp && mkdir dist.tmp
	wasm-bindgen --target web --no-typescript --out-dir dist.tmp --out-name ogw-core $(RELEASE_WASM)
	wasm-opt -Oz --converge $(WASM_FEATURES) dist.tmp/ogw-core_bg.wasm -o dist.tmp/ogw-core_bg.wasm
	# Minified (terser, pinned in package-lock.json): ~2.5 KB brotli of the 120 KB budget.
	terser dist.tmp/ogw-core.js --module --compress --mangle -o dist.tmp/ogw-core.js
	terser src/web/loader.js --compress --mangle --comments '/^!/' -o dist.tmp/ogw.js
	cargo run -q --bin ogw -- schema plan > dist.tmp/ogw.plan.schema.json
	rm -rf dist && mv dist.tmp dist

size: bundle
	$(ENSURE) browser
	.ci/size-report dist

## make bench: sizes now; timings join as widgets get benchmarks
bench: size

# People need two targets (README): `make demo` and `make test`.
# Each installs what it needs (.ci/ensure-tools) and skips what is there.
# Build profiles, each built once per run: native debug (unit tests, CLI),
# wasm debug (browser tests) and wasm release (the bundle in dist/).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

WASM_TARGET := wasm32-unknown-unknown
ENSURE := .ci/ensure-tools
# A core per widget (Cargo features of the same names).
WIDGETS := status timeline daycare plan

.PHONY: demo test bundle loader bench fuzz lint test-native test-web test-e2e size feeds bench-daycare bench-peers example-app

## make demo: build the bundle and serve the gallery on http://127.0.0.1:8080
demo: bundle feeds
	$(ENSURE) trunk
	mkdir -p dist .gallery target
	trunk serve --offline

## make test: every test layer, then the bundle's size
test: lint test-native test-web test-e2e size

## make lint: formatting (rustfmt.toml) and clippy, warnings as errors, for the
## native build (core, CLI, tests) and the wasm32 build (the browser layer and its tests; the studio's core).
lint:
	$(ENSURE) wasm
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --test web -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --no-default-features --features studio -- -D warnings
	cargo clippy --target $(WASM_TARGET) -p ogw-leptos-app -- -D warnings

test-native:
	cargo test

test-web:
	$(ENSURE) wasm bindgen browser
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target $(WASM_TARGET) --test web

test-e2e: bundle feeds example-app
	$(ENSURE) browser npm
	node --test --test-concurrency=1 tests/e2e/

## make example-app: the example Leptos application (examples/leptos-app), the
## widgets as components without the loader, in target/example-app/ with its page
## and the gallery's sample feed; tests/e2e/example-app.test.mjs opens it. A debug
## build: it shares the browser tests' compiled dependencies, and its size is no measure.
EXAMPLE_APP := target/example-app
example-app:
	$(ENSURE) wasm bindgen
	cargo build -p ogw-leptos-app --target $(WASM_TARGET)
	rm -rf $(EXAMPLE_APP).tmp && mkdir -p $(EXAMPLE_APP).tmp
	wasm-bindgen --target web --no-typescript --out-dir $(EXAMPLE_APP).tmp \
	  target/$(WASM_TARGET)/debug/ogw_leptos_app.wasm
	cp examples/leptos-app/index.html $(EXAMPLE_APP).tmp/
	cp www/feeds/handlingsplan-2017-2019.json $(EXAMPLE_APP).tmp/plan.json
	rm -rf $(EXAMPLE_APP) && mv $(EXAMPLE_APP).tmp $(EXAMPLE_APP)

## make bundle: the embeddable files, in dist/ (one core per widget, .ci/build-core)
bundle:
	$(ENSURE) wasm bindgen npm
	rm -rf dist.tmp && mkdir dist.tmp
	for widget in $(WIDGETS); do .ci/build-core $$widget dist.tmp; done
	$(MAKE) -s loader DIST=dist.tmp
	# The iframe embed, for CMSs that allow no script (docs/embedding.md).
	terser src/web/embed/embed.js --compress --mangle --comments '/^!/' -o dist.tmp/ogw-embed.js
	terser src/web/embed/resize.js --compress --mangle --comments '/^!/' -o dist.tmp/ogw-resize.js
	cp src/web/embed/embed.html src/web/embed/embed.css dist.tmp/
	# The studio (docs/studio.md): its own core, never loaded by widget pages,
	# its page, and the templates it offers (made by the CLI, the same bytes
	# as `ogw template plan`).
	.ci/build-core studio dist.tmp
	cp src/web/studio/page/studio.html src/web/studio/page/studio.css src/web/studio/page/studio.js dist.tmp/
	cargo run -q --bin ogw -- template plan -o dist.tmp/ogw-template-plan.xlsx
	cargo run -q --bin ogw -- template daycare -o dist.tmp/ogw-template-daycare.xlsx
	cargo run -q --bin ogw -- schema plan > dist.tmp/ogw.plan.schema.json
	cargo run -q --bin ogw -- schema daycare > dist.tmp/ogw.daycare.schema.json
	# For developers who install the bundle from a registry and self-host it:
	# package.json and TypeScript declarations (the feeds' from their schemas).
	json2ts -i dist.tmp/ogw.plan.schema.json -o dist.tmp/ogw.plan.d.ts
	json2ts -i dist.tmp/ogw.daycare.schema.json -o dist.tmp/ogw.daycare.d.ts
	cp src/web/package/ogw.d.ts dist.tmp/
	sed "s/VERSION/$$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)/" src/web/package/package.json > dist.tmp/package.json
	rm -rf dist && mv dist.tmp dist

## make loader: ogw.js (classic, knows itself by document.currentScript) and
## ogw.mjs (module, by import.meta.url), both src/web/loader/loader.js and an entry.
DIST ?= dist
## Both are built with the cores' hashed names and integrity digests (.ci/pin-cores),
## and their own digests go to $(DIST)/ogw-sri.json for a page's integrity="…".
loader:
	mkdir -p $(DIST)
	.ci/pin-cores $(DIST) > $(DIST)/.cores.js
	terser $(DIST)/.cores.js src/web/loader/loader.js src/web/loader/classic.js --enclose --compress --mangle --comments '/^!/' -o $(DIST)/ogw.js
	terser $(DIST)/.cores.js src/web/loader/loader.js src/web/loader/module.js --module --compress --mangle --comments '/^!/' -o $(DIST)/ogw.mjs
	rm $(DIST)/.cores.js
	.ci/loader-sri $(DIST)

## make feeds: the gallery's feeds that the CLI makes from the real CSVs in
## tests/fixtures (not committed: they are made, and remade when the code changes).
GENERATED := www/feeds/generated
OGW := cargo run -q --bin ogw --
feeds:
	mkdir -p $(GENERATED)
	$(OGW) import dk-daycare --key-figures tests/fixtures/dk-dagtilbud-noegletal-kommuner.csv \
	  --normering tests/fixtures/dk-normering-kommuner-2017-2023.csv -o $(GENERATED)/dagtilbud-kommuner.json
	$(OGW) generate daycare --seed 1 -o $(GENERATED)/dagtilbud-syntetisk.json
	$(OGW) import ogp-csv tests/fixtures/ogp-commitments-open-parliament.csv \
	  -o $(GENERATED)/ogp-open-parliament.json 2>/dev/null
	$(OGW) import ogp-csv tests/fixtures/ogp-commitments-open-parliament.csv --plan AP_MKD04 \
	  -o $(GENERATED)/ogp-north-macedonia-2018-2020.json 2>/dev/null

size: bundle
	$(ENSURE) browser
	.ci/size-report dist

## make fuzz: a longer run of the fuzz targets in tests/fuzz.rs (make test runs 64 cases of each)
FUZZ_CASES ?= 5000
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --test fuzz

## make bench: the bundle's sizes, then the widgets' speed (a report: never fails on a slow machine)
bench: size bench-peers bench-daycare
	cargo bench -q --bench daycare_core

# <ogw-status> and <ogw-timeline> beside Chart.js, Highcharts, vis-timeline and
# Highcharts Gantt (pinned npm devDependencies), on the seed plan, in one
# Chromium run: first paint (cold cache, median of RUNS) and brotli bytes.
bench-peers: bundle
	$(ENSURE) browser npm
	node tests/bench/peers.bench.mjs

# <ogw-daycare> on 4,600 institutions beside a plain DOM table of the same rows:
# first render, sort and a keystroke's filter, timed in headless Chromium.
# Then the same at a larger country's size: 60,000 institutions (about 36 MB).
LARGE_FEED := $(GENERATED)/dagtilbud-60000.json
bench-daycare: bundle feeds
	$(ENSURE) browser npm
	node tests/bench/daycare.bench.mjs
	$(OGW) generate daycare --seed 1 --institutions 60000 -o $(LARGE_FEED)
	FEED=/feeds/generated/dagtilbud-60000.json RUNS=$${RUNS:-5} COLD_MS=1500 FIRST_RENDER_MS=1500 FRAME_MS=50 \
	  node tests/bench/daycare.bench.mjs

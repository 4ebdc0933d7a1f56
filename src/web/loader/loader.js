/*! ogw: Open Government Widgets. MIT OR Apache-2.0 */
/*
 * The loader's body, shared by the two files a page can include, each built
 * from this file and an entry of its own (Makefile, `bundle`):
 *   ogw.js   a classic script (`defer`): classic.js, which knows its
 *            address from document.currentScript;
 *   ogw.mjs  a module (`type="module"`): module.js, which knows it
 *            from import.meta.url.
 * The cores are imported from beside that address and run as the page, so it
 * is never guessed from other elements or from <base>: markup slipped into a
 * page (`<script type="text/plain" src="//elsewhere/ogw.js">`, a `<base
 * href>`) could supply either. When the address is not known the loader
 * refuses, in the console and in each element's `data-ogw-error`.
 *
 * `start` defines the custom elements, mounts `[data-ogw]` placeholders and
 * offers `ogw.mount(element, options)` / `ogw.unmount(element)`. Each kind of
 * widget has its own core (ogw-status.js + ogw-status_bg.wasm,
 * ogw-timeline…, ogw-daycare…), fetched the first time a widget of that kind
 * appears; every widget of one kind shares one wasm instance.
 *
 * What the page sets, on the script tag or in `window.ogw = { config: {…} }`
 * before it: `feeds` (the feed addresses it allows, core::feed_rules) and
 * `placeholders` (`none`, or a selector placeholders must be inside).
 * Options are read as own properties only: a polluted Object.prototype
 * (`.feed`, `.src`) must not reach every widget.
 */

// Each widget's attributes, beyond src and lang, that choose its state.
var WIDGETS = { status: [], timeline: [], daycare: ['municipality', 'figures', 'compare'] };
var TAGS = Object.keys(WIDGETS).map(function (name) { return 'ogw-' + name; });
// Marks our `window.ogw`: a page's element (`<form id="ogw">`) cannot carry a symbol.
var MARK = Symbol.for('ogw.loader');
var hasOwn = Object.prototype.hasOwnProperty;
function own(object, key) { return object != null && hasOwn.call(object, key); }
function plain(value) {
  if (value === null || typeof value !== 'object') return false;
  var proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
// Read through the prototypes' own getters and methods: on `document` an
// element's name (`<img name="currentScript">`) overrides built-in properties.
function documentGet(name) { return Object.getOwnPropertyDescriptor(Document.prototype, name).get.call(document); }
function queryAll(selector) { return Document.prototype.querySelectorAll.call(document, selector); }

// The address the browser fetched `script` from: its src as resolved when the
// parser met it, against the first <base href> only if that comes before it.
// A <base> added further down later (as injected markup would be) changes
// what `script.src` says now, not where the script came from.
function fetchedFrom(script) {
  var src = script.getAttribute('src');
  if (!src) return null;
  var base = queryAll('base[href]')[0];
  var before = base && (base.compareDocumentPosition(script) & Node.DOCUMENT_POSITION_FOLLOWING);
  try {
    return new URL(src, before ? new URL(base.getAttribute('href'), location.href) : location.href).href;
  } catch (_) {
    return null;
  }
}

// own_: { script } (classic: document.currentScript, null as a module) or { url } (module).
function start(own_) {
  'use strict';
  var before = window.ogw;
  if (before && before[MARK]) return; // included twice: the first copy serves
  // A page may set `window.ogw = { config: {…} }` before the loader.
  var config = plain(before) && own(before, 'config') && plain(before.config) ? before.config : null;
  if (before !== undefined && !plain(before)) {
    console.warn('ogw: replacing window.ogw, which was ' + Object.prototype.toString.call(before));
  }

  var url = own_.url || (own_.script && fetchedFrom(own_.script));
  var refused =
    (!url && 'cannot tell where ogw.js was loaded from (use <script src="…/ogw.js" defer>, or ogw.mjs as a module)') ||
    // A function there makes every promise that resolves with an object call it: nothing could load.
    (typeof Object.prototype.then === 'function' && 'Object.prototype.then is set, which breaks every promise');

  var domReady = new Promise(function (resolve) {
    // resolve() without the event: an object would be checked for `.then`.
    if (documentGet('readyState') === 'loading') EventTarget.prototype.addEventListener.call(document, 'DOMContentLoaded', function () { resolve(); }, { once: true });
    else resolve();
  });

  if (refused) {
    refused = 'ogw: ' + refused + '; the widgets are not loaded';
    console.error(refused);
    domReady.then(function () {
      queryAll(TAGS.concat('[data-ogw]').join(',')).forEach(function (element) {
        element.setAttribute('data-ogw-error', refused);
      });
    });
    publish({ version: '0.1.0', mount: function () { return Promise.reject(new Error(refused)); }, unmount: function () { return Promise.resolve(); }, ready: domReady });
    return;
  }

  // The script elements that are this file: the one that ran (classic), or
  // every <script> loaded from this module's address. Markup injected with
  // the same address can only narrow what they allow: each is one more list.
  var scripts = own_.script ? [own_.script] : Array.prototype.filter.call(queryAll('script[src]'), function (script) {
    return fetchedFrom(script) === url;
  });
  // Every value of a setting: one per script tag that has it, and ogw.config's
  // (a string, or a list joined with `separator`).
  function setting(name, separator) {
    var values = [];
    scripts.forEach(function (script) {
      var value = script.getAttribute('data-ogw-' + name);
      if (value !== null) values.push(value);
    });
    var value = config && own(config, name) ? config[name] : undefined;
    if (Array.isArray(value)) value = value.join(separator);
    if (typeof value === 'string') values.push(value);
    return values;
  }
  var feedLists = setting('feeds', ' ').map(function (list) {
    // Entries as absolute addresses, against the page's own address (not <base>).
    return list.split(/\s+/).filter(Boolean).map(function (entry) {
      if (entry === "'inline'") return entry;
      try { return new URL(entry, location.href).href; } catch (_) { return ''; }
    }).join(' ');
  });
  var placeholderRules = setting('placeholders', ',');

  var base = new URL('.', url).href;
  // Widget name -> the promise of its core's glue, loaded once.
  var cores = Object.create(null);
  // Element -> the glue that mounted it, to unmount with the same one.
  var mountedBy = new WeakMap();
  var pending = [];

  // Each core's files, by content-hashed name, and their integrity digests:
  // CORES, written by `make bundle` (.ci/pin-cores) into this file. A core is
  // taken only if its bytes are those this loader was built with.
  function coreFor(widget) {
    // An unknown name gets the smallest core, which says so inside the element.
    var name = planCore(own(WIDGETS, widget) ? widget : 'status');
    if (!cores[name]) {
      var files = own(CORES, name) ? CORES[name] : null;
      cores[name] = !files
        ? Promise.reject(new Error('ogw: this ogw.js was built without the ' + name + ' core'))
        : Promise.all([
          loadGlue(base + files.js, files.jsIntegrity, name),
          // The wasm downloads (and compiles as it streams) while the glue loads.
          fetch(base + files.wasm, { integrity: files.wasmIntegrity, mode: 'cors', credentials: 'omit' })
            .catch(function (error) { return refusal(base + files.wasm, error); }),
        ]).then(function (both) {
          return both[0].default({ module_or_path: both[1] }).then(function () { return both[0]; }, function (error) {
            // A policy without 'wasm-unsafe-eval' refuses to compile any WebAssembly.
            if (/Content.Security.Policy|unsafe-eval/i.test(String(error && error.message))) {
              throw new Error("ogw: the page's Content-Security-Policy does not allow WebAssembly: add 'wasm-unsafe-eval' to script-src");
            }
            throw error;
          });
        });
      cores[name].catch(function (error) { console.error(String(error && error.message || error)); });
    }
    return cores[name];
  }

  // A page that shows both plan widgets gets one core with both (`plan`, if
  // this loader was built with it): it is much smaller than the two cores
  // together, which each carry Leptos, serde and the plan reader (README,
  // Size). Decided when the first of them mounts, from what the page holds
  // then; a core already on its way is not fetched twice.
  var PLAN = ['status', 'timeline'];
  function planCore(name) {
    if (PLAN.indexOf(name) < 0 || !own(CORES, 'plan')) return name;
    if (cores.plan) return 'plan';
    if (cores.status || cores.timeline) return name;
    var both = PLAN.every(function (widget) {
      return queryAll('ogw-' + widget + ',[data-ogw="' + widget + '"]').length > 0;
    });
    return both ? 'plan' : name;
  }

  // The glue is a module that hands its exports over under a symbol (build-core),
  // loaded by a <script> element because only that carries an integrity check.
  function loadGlue(src, integrity, name) {
    return new Promise(function (resolve, reject) {
      var key = Symbol.for('ogw.core.' + name);
      var script = document.createElement('script');
      script.type = 'module';
      script.crossOrigin = 'anonymous';
      script.integrity = integrity;
      if (scripts[0] && scripts[0].nonce) script.nonce = scripts[0].nonce; // a nonce policy's
      script.src = src;
      script.onload = function () {
        var glue = window[key];
        delete window[key];
        script.remove();
        if (glue) resolve(glue);
        else reject(new Error('ogw: ' + src + ' did not start'));
      };
      script.onerror = function () {
        script.remove();
        refusal(src).catch(reject);
      };
      (documentGet('head') || document.documentElement).appendChild(script);
    });
  }

  // Why a file was not taken: fetched again without the check, a file that
  // arrives was refused for its bytes (not the release's); one that does not,
  // could not be fetched.
  function refusal(src) {
    return fetch(src, { mode: 'cors', credentials: 'omit', cache: 'no-store' }).then(function (response) {
      return response.ok ? 'its bytes are not those of the release this ogw.js was built with (integrity check failed)' : 'the server answered ' + response.status;
    }, function () { return 'it could not be fetched (network, or CORS not allowed)'; }).then(function (why) {
      throw new Error('ogw: refused ' + src + ': ' + why);
    });
  }

  function widgetOf(element, options) {
    if (typeof options.widget === 'string') return options.widget;
    var tag = element.tagName.toLowerCase();
    return tag.indexOf('ogw-') === 0 ? tag.slice(4) : element.getAttribute('data-ogw') || tag;
  }

  // Mounts and unmounts of one element run in order, even while a core is
  // still on its way: an unmount never overtakes the mount before it.
  var queues = new WeakMap();
  function inTurn(element, operation) {
    var next = (queues.get(element) || domReady).catch(function () {}).then(operation);
    queues.set(element, next);
    return next;
  }

  // The caller's own options (nothing inherited), and the page's feed lists,
  // which no caller can widen.
  function ownOptions(options) {
    var copy = Object.create(null);
    Object.keys(options || {}).forEach(function (key) { copy[key] = options[key]; });
    copy.feedLists = feedLists.slice();
    delete copy.prefetched; // only the loader's own download (prefetch)
    return copy;
  }

  // `url` is under one of the list's entries: core::feed_rules::url_allowed,
  // the same rule, so the loader never fetches a feed the core would refuse
  // (the core checks again, and takes the download only for the same address).
  function feedAllowed(url) {
    return feedLists.every(function (list) {
      return list.split(/\s+/).some(function (entry) {
        if (!entry || entry === "'inline'" || url.indexOf(entry) !== 0) return false;
        var rest = url.slice(entry.length);
        return rest === '' || entry.slice(-1) === '/' || /^[/?#]/.test(rest);
      });
    });
  }

  // The feed's download, begun when the element is seen rather than once its
  // core has compiled, so the two overlap: the core's FeedSource takes it
  // (`prefetched`) and applies its own limits to it (its timeout, max-bytes,
  // and the cancel of an unmount, which aborts this request). Only a feed
  // the page allows, and with fetch()'s defaults, as the core would ask.
  var downloads = new WeakMap();
  function prefetch(element, options) {
    var src = typeof options.src === 'string' ? options.src.trim() : '';
    if (!src || options.feed != null || !window.AbortController) return;
    var url;
    try { url = new URL(src, location.href).href; } catch (_) { return; }
    if (!feedAllowed(url)) return;
    var abort = new AbortController();
    var response = fetch(url, { signal: abort.signal });
    response.catch(function () {}); // the core reports a failure, if it still wants the feed
    options.prefetched = { url: url, response: response, abort: function () { abort.abort(); } };
    downloads.set(element, (downloads.get(element) || []).concat(abort));
    return abort;
  }
  // An unmount, or a core that never came, ends the downloads no core took.
  function dropDownloads(element) {
    (downloads.get(element) || []).forEach(function (abort) { abort.abort(); });
    downloads.delete(element);
  }

  // Children (an inline feed) are parsed before anything mounts: domReady.
  function mount(element, options) {
    if (!(element instanceof HTMLElement)) return Promise.reject(new TypeError('ogw.mount: the first argument must be an element'));
    if (options != null && typeof options !== 'object') return Promise.reject(new TypeError('ogw.mount: options must be an object'));
    options = ownOptions(options);
    var core = coreFor(widgetOf(element, options));
    var download = prefetch(element, options);
    var done = inTurn(element, function () {
      return core.then(function (glue) {
        var before = mountedBy.get(element);
        if (before && before !== glue) before.unmount(element);
        glue.mount(element, options);
        mountedBy.set(element, glue);
        // The core holds this mount's download now (it aborts it when it
        // unmounts, or at once if it does not want it).
        if (download) downloads.set(element, (downloads.get(element) || []).filter(function (abort) { return abort !== download; }));
      }).catch(function (error) {
        dropDownloads(element);
        throw error;
      });
    });
    pending.push(done.catch(function () {}));
    return done;
  }

  function unmount(element) {
    // At once, not in turn: the mounts before it may be waiting for their core.
    dropDownloads(element);
    return inTurn(element, function () {
      var glue = mountedBy.get(element);
      if (glue) { mountedBy.delete(element); glue.unmount(element); }
    });
  }

  // Elements and placeholders never throw into the host page: a failure is
  // logged, and whatever fallback content the element holds stays visible.
  function mountQuietly(element, options) {
    mount(element, options).catch(function (error) {
      element.setAttribute('data-ogw-error', String(error && error.message || error));
      console.error('ogw: could not start the widget', error);
    });
  }

  // The options an element's attributes give: src, lang and the widget's own.
  function attributeOptions(element, name, prefix) {
    var options = Object.create(null);
    options.widget = name;
    ['src', 'lang', 'theme', 'timeout', 'max-bytes'].concat(own(WIDGETS, name) ? WIDGETS[name] : []).forEach(function (attribute) {
      var value = element.getAttribute(prefix + attribute);
      // max-bytes is the option maxBytes, as ogw.mount takes it.
      if (value !== null) options[attribute.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); })] = value;
    });
    return options;
  }

  // A tag another script defined first stays theirs: its elements say so.
  var taken = [];
  function takenBy(tag) { return 'ogw: <' + tag + '> is already defined by another script'; }
  Object.keys(WIDGETS).forEach(function (name) {
    var tag = 'ogw-' + name;
    if (!window.customElements) return;
    if (customElements.get(tag)) {
      taken.push(tag);
      console.error(takenBy(tag));
      return;
    }
    customElements.define(tag, class extends HTMLElement {
      static get observedAttributes() { return ['src', 'lang', 'theme', 'timeout', 'max-bytes'].concat(WIDGETS[name]); }
      connectedCallback() { this.render(); }
      disconnectedCallback() {
        var element = this;
        // A move within the page disconnects and reconnects at once: wait a tick.
        Promise.resolve().then(function () { if (!element.isConnected) unmount(element); });
      }
      attributeChangedCallback(_name, before, after) {
        if (before !== after && this.isConnected && this.hasRendered) this.render();
      }
      render() {
        this.hasRendered = true;
        mountQuietly(this, attributeOptions(this, name, ''));
      }
    });
  });

  // The elements matching `selector` at or under `root` (a node added to or removed from the page).
  function matchesIn(root, selector) {
    var found = root.querySelectorAll ? Array.prototype.slice.call(root.querySelectorAll(selector)) : [];
    if (root.matches && root.matches(selector)) found.unshift(root);
    return found;
  }
  function markTaken(root) {
    if (taken.length) matchesIn(root, taken.join(',')).forEach(function (element) {
      element.setAttribute('data-ogw-error', takenBy(element.localName));
    });
  }

  // Placeholders for CMSs that strip unknown tags: <div data-ogw="status" data-src="...">,
  // unless the page turned them off (`none`) or keeps them inside a container.
  var placeholders = new WeakSet();
  function placeholderAllowed(element) {
    return placeholderRules.every(function (rule) {
      if (rule.trim() === 'none') return false;
      try { return element.closest(rule) !== null; } catch (_) {
        console.error('ogw: not a selector: ' + rule);
        return false;
      }
    });
  }
  function mountPlaceholders(root) {
    matchesIn(root, '[data-ogw]').forEach(function (element) {
      if (placeholders.has(element) || !placeholderAllowed(element)) return;
      placeholders.add(element);
      mountQuietly(element, attributeOptions(element, element.getAttribute('data-ogw'), 'data-'));
    });
  }
  function unmountPlaceholders(root) {
    matchesIn(root, '[data-ogw]').forEach(function (element) {
      if (placeholders.has(element) && !element.isConnected) {
        placeholders.delete(element);
        unmount(element);
      }
    });
  }

  domReady.then(function () {
    var root = documentGet('documentElement');
    mountPlaceholders(root);
    markTaken(root);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) { mountPlaceholders(node); markTaken(node); });
        record.removedNodes.forEach(unmountPlaceholders);
      });
    }).observe(root, { childList: true, subtree: true });
  });

  var api = {
    version: '0.1.0',
    mount: mount,
    unmount: unmount,
    // Resolves once the widgets on the page when it loaded have mounted (or failed to).
    ready: domReady.then(function () { return Promise.all(pending); }).then(function () {}),
  };
  if (config) api.config = config;
  api[MARK] = true;
  publish(api);
}

// window.ogw, or where it cannot be set (a page made it read-only), a message:
// the elements and placeholders work without it.
function publish(api) {
  try {
    window.ogw = api;
  } catch (_) { /* reported below */ }
  if (window.ogw !== api) console.error('ogw: window.ogw cannot be set on this page; ogw.mount and ogw.unmount are not available');
}

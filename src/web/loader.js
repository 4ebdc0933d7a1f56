/*! ogw.js: Open Government Widgets. MIT OR Apache-2.0 */
/*
 * The one script a page includes. It works as a classic script (`defer`) and
 * as a module, so it has no import/export statements, only a dynamic
 * import() of the wasm glue that sits next to it, wherever it was loaded
 * from. It defines the custom elements at once, mounts `[data-ogw]`
 * placeholders, and offers `ogw.mount(element, options)` / `ogw.unmount(element)`.
 * Every widget on the page shares one wasm instance.
 */
(function () {
  'use strict';
  if (window.ogw && window.ogw.version) return; // included twice: the first copy serves

  var WIDGETS = ['status'];
  var self = document.currentScript || findOwnScript();
  var base = new URL('.', self ? self.src : document.baseURI).href;

  // A module script has no document.currentScript: find it by name.
  function findOwnScript() {
    var scripts = document.querySelectorAll('script[src]');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/\/ogw(\.min)?\.js([?#].*)?$/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }

  var domReady = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });

  var core = null;
  var ready = startCore()
    .then(function (glue) { core = glue; })
    // Children (an inline feed) are parsed before anything mounts.
    .then(function () { return domReady; });

  function startCore() {
    // The gallery is built by Trunk, which starts the core itself; its page
    // says so with data-core="trunk" and the loader takes that instance over.
    if (self && self.getAttribute('data-core') === 'trunk') {
      return new Promise(function (resolve) {
        if (window.wasmBindings) resolve(window.wasmBindings);
        else window.addEventListener('TrunkApplicationStarted', function () { resolve(window.wasmBindings); }, { once: true });
      });
    }
    return import(base + 'ogw-core.js').then(function (glue) {
      return glue.default({ module_or_path: base + 'ogw-core_bg.wasm' }).then(function () { return glue; });
    });
  }

  function mount(element, options) {
    if (!(element instanceof HTMLElement)) return Promise.reject(new TypeError('ogw.mount: the first argument must be an element'));
    return ready.then(function () { core.mount(element, options || {}); });
  }

  function unmount(element) {
    return ready.then(function () { core.unmount(element); });
  }

  // Elements and placeholders never throw into the host page: a failure is
  // logged, and whatever fallback content the element holds stays visible.
  function mountQuietly(element, options) {
    mount(element, options).catch(function (error) {
      element.setAttribute('data-ogw-error', String(error && error.message || error));
      console.error('ogw: could not start the widget', error);
    });
  }

  function defined(value) { return value === null ? undefined : value; }

  WIDGETS.forEach(function (name) {
    var tag = 'ogw-' + name;
    if (!window.customElements || customElements.get(tag)) return;
    customElements.define(tag, class extends HTMLElement {
      static get observedAttributes() { return ['src', 'lang']; }
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
        mountQuietly(this, { widget: name, src: defined(this.getAttribute('src')), lang: defined(this.getAttribute('lang')) });
      }
    });
  });

  // Placeholders for CMSs that strip unknown tags: <div data-ogw="status" data-src="...">.
  var placeholders = new WeakSet();
  // The placeholders at or under `root` (a node added to or removed from the page).
  function placeholdersIn(root) {
    var found = root.querySelectorAll ? Array.prototype.slice.call(root.querySelectorAll('[data-ogw]')) : [];
    if (root.matches && root.matches('[data-ogw]')) found.unshift(root);
    return found;
  }
  function mountPlaceholders(root) {
    placeholdersIn(root).forEach(function (element) {
      if (placeholders.has(element)) return;
      placeholders.add(element);
      mountQuietly(element, {
        widget: element.getAttribute('data-ogw'),
        src: defined(element.getAttribute('data-src')),
        lang: defined(element.getAttribute('data-lang')),
      });
    });
  }
  function unmountPlaceholders(root) {
    placeholdersIn(root).forEach(function (element) {
      if (placeholders.has(element) && !element.isConnected) {
        placeholders.delete(element);
        unmount(element);
      }
    });
  }

  domReady.then(function () {
    mountPlaceholders(document);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(mountPlaceholders);
        record.removedNodes.forEach(unmountPlaceholders);
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  });

  ready.catch(function (error) { console.error('ogw: could not load ' + base + 'ogw-core_bg.wasm', error); });

  window.ogw = {
    version: '0.1.0',
    mount: mount,
    unmount: unmount,
    ready: ready.then(function () {}),
  };
})();

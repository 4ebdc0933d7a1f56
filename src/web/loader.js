/*! ogw.js: Open Government Widgets. MIT OR Apache-2.0 */
/*
 * The one script a page includes. It works as a classic script (`defer`) and
 * as a module, so it has no import/export statements, only dynamic
 * import()s of the wasm glue that sits next to it, wherever it was loaded
 * from. It defines the custom elements at once, mounts `[data-ogw]`
 * placeholders, and offers `ogw.mount(element, options)` / `ogw.unmount(element)`.
 *
 * Each kind of widget has its own core (ogw-status.js + ogw-status_bg.wasm,
 * ogw-timeline…, ogw-daycare…), fetched the first time a widget of that
 * kind appears, so a page pays only for what it shows; every widget of one
 * kind shares one wasm instance.
 */
(function () {
  'use strict';
  if (window.ogw && window.ogw.version) return; // included twice: the first copy serves

  // Each widget's attributes, beyond src and lang, that choose its state.
  var WIDGETS = { status: [], timeline: [], daycare: ['municipality', 'figures', 'compare'] };
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

  // Widget name -> the promise of its core's glue, loaded once.
  var cores = {};
  // Element -> the glue that mounted it, to unmount with the same one.
  var mountedBy = new WeakMap();
  var pending = [];

  function coreFor(widget) {
    // An unknown name gets the smallest core, which says so inside the element.
    var name = WIDGETS.hasOwnProperty(widget) ? widget : 'status';
    if (!cores[name]) {
      var glue = base + 'ogw-' + name;
      cores[name] = import(glue + '.js').then(function (module) {
        return module.default({ module_or_path: glue + '_bg.wasm' }).then(function () { return module; });
      });
      cores[name].catch(function (error) { console.error('ogw: could not load ' + glue + '_bg.wasm', error); });
    }
    return cores[name];
  }

  function widgetOf(element, options) {
    if (options.widget) return options.widget;
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

  // Children (an inline feed) are parsed before anything mounts: domReady.
  function mount(element, options) {
    if (!(element instanceof HTMLElement)) return Promise.reject(new TypeError('ogw.mount: the first argument must be an element'));
    options = options || {};
    var core = coreFor(widgetOf(element, options));
    var done = inTurn(element, function () {
      return core.then(function (glue) {
        var before = mountedBy.get(element);
        if (before && before !== glue) before.unmount(element);
        glue.mount(element, options);
        mountedBy.set(element, glue);
      });
    });
    pending.push(done.catch(function () {}));
    return done;
  }

  function unmount(element) {
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
    var options = { widget: name };
    ['src', 'lang'].concat(WIDGETS[name] || []).forEach(function (attribute) {
      var value = element.getAttribute(prefix + attribute);
      if (value !== null) options[attribute] = value;
    });
    return options;
  }

  Object.keys(WIDGETS).forEach(function (name) {
    var tag = 'ogw-' + name;
    if (!window.customElements || customElements.get(tag)) return;
    customElements.define(tag, class extends HTMLElement {
      static get observedAttributes() { return ['src', 'lang'].concat(WIDGETS[name]); }
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
      mountQuietly(element, attributeOptions(element, element.getAttribute('data-ogw'), 'data-'));
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

  window.ogw = {
    version: '0.1.0',
    mount: mount,
    unmount: unmount,
    // Resolves once the widgets on the page when it loaded have mounted (or failed to).
    ready: domReady.then(function () { return Promise.all(pending); }).then(function () {}),
  };
})();

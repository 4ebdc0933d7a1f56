/*! ogw-embed.js: the iframe embed (embed.html). MIT OR Apache-2.0 */
/*
 * Reads the iframe's own query (widget, src, lang and the widget's own
 * options), puts that one widget in the page, and tells the parent page its
 * height whenever it changes, so a page that allows one script can size the
 * iframe to its content (ogw-resize.js). Runs after ogw.js (both deferred).
 * The daycare dashboard keeps its state in this page's own address.
 */
(function () {
  'use strict';
  // The query names each element may take; nothing else is copied over.
  var OPTIONS = { status: [], timeline: [], daycare: ['municipality', 'figures', 'compare'] };
  var query = new URLSearchParams(location.search);
  var widget = query.get('widget') || 'status';
  var lang = query.get('lang') === 'en' ? 'en' : 'da';
  document.documentElement.lang = lang;
  if (query.get('title')) document.title = query.get('title');

  var main = document.getElementById('ogw-embed');
  // A known kind is its custom element; any other name goes to a placeholder,
  // whose core says in the box which kinds there are.
  var known = OPTIONS.hasOwnProperty(widget);
  var element = document.createElement(known ? 'ogw-' + widget : 'div');
  var prefix = known ? '' : 'data-';
  if (!known) element.setAttribute('data-ogw', widget);
  element.setAttribute(prefix + 'lang', lang);
  ['src', 'theme'].concat(OPTIONS[widget] || []).forEach(function (name) {
    var value = query.get(name);
    if (value) element.setAttribute(prefix + name, value);
  });
  main.textContent = '';
  main.appendChild(element);

  // The height, to the parent, when it changes. Only a number is sent, and
  // to any parent: it tells nothing about the page or the reader.
  if (window.parent === window) return;
  var last = -1;
  function tell() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'ogw:height', height: height }, '*');
  }
  new ResizeObserver(tell).observe(document.documentElement);
  tell();
})();

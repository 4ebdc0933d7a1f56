/*! ogw-resize.js: sizes ogw's iframe embeds to their content. MIT OR Apache-2.0 */
/*
 * For host pages that allow one script: include this file (or paste its few
 * lines) once, and give each ogw iframe the attribute data-ogw-embed. An
 * iframe's height then follows what its widget shows. Only messages from an
 * ogw iframe on this page are heard, and only a height is taken from them.
 */
addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'ogw:height' || !(data.height > 0)) return;
  var frames = document.querySelectorAll('iframe[data-ogw-embed]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.min(data.height, 20000) + 'px';
  }
});

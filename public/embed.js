/*
 * The Price Butcher: host script for embeds. Add it once to a page that embeds one of our sections or
 * charts with <iframe data-price-butcher-embed src="…">; it sets each iframe's height from the messages
 * the embed sends, accepting a message only from that iframe's own window, at our origin.
 */
(function () {
  'use strict';
  if (window.priceButcherEmbeds) return;
  window.priceButcherEmbeds = true;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || !data['datawrapper-height']) return;
    var frames = document.querySelectorAll('iframe[data-price-butcher-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch (e) {
        continue;
      }
      if (event.source !== frame.contentWindow || event.origin !== origin) continue;
      var heights = data['datawrapper-height'];
      for (var key in heights) {
        var height = Number(heights[key]);
        if (height > 0 && height < 100000) {
          frame.style.height = height + 'px';
          frame.setAttribute('height', String(height));
        }
      }
      return;
    }
  });
})();

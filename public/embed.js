/*
 * The Price Butcher: host script for embeds. Add it once to a page that embeds one of our sections or
 * charts with <iframe data-price-butcher-embed src="…">. It sets each iframe's height from the messages
 * the embed sends, and tells an embedded scrolly where its frame is in this page's viewport (once per
 * frame of scrolling, only while the frame is near the screen), so that it can pin its chart as the
 * reader scrolls. It accepts a message only from one of those iframes' own windows, at our origin, and
 * sends positions only to those iframes, at that origin.
 */
(function () {
  'use strict';
  if (window.priceButcherEmbeds) return;
  window.priceButcherEmbeds = true;
  var SELECTOR = 'iframe[data-price-butcher-embed]';
  var HELLO = 'price-butcher:hello';
  var HOST = 'price-butcher:host';
  var VIEWPORT = 'price-butcher:viewport';
  var SCROLL = 'price-butcher:scroll';
  var tracked = []; // frames that asked where they are
  var near = []; // those of them near the screen
  var listening = false;
  var frame = 0;

  function originOf(iframe) {
    try {
      return new URL(iframe.src, location.href).origin;
    } catch (e) {
      return '';
    }
  }

  /** The iframe of ours that sent a message, if one did, from its own window at its own origin. */
  function senderOf(event) {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source === iframe.contentWindow && event.origin === originOf(iframe)) return iframe;
    }
    return null;
  }

  function tell(iframe) {
    var origin = originOf(iframe);
    if (!iframe.contentWindow || !origin) return;
    var rect = iframe.getBoundingClientRect();
    var message = {};
    message[VIEWPORT] = { top: rect.top, height: window.innerHeight, width: window.innerWidth };
    iframe.contentWindow.postMessage(message, origin);
  }

  function tellNear() {
    frame = 0;
    for (var i = 0; i < near.length; i++) tell(near[i]);
  }

  function onScroll() {
    if (!frame) frame = requestAnimationFrame(tellNear);
  }

  /** Listens to scrolling only while a tracked frame is near the screen: off screen, it costs nothing. */
  function listen(on) {
    if (on === listening) return;
    listening = on;
    var method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('scroll', onScroll, { passive: true });
    window[method]('resize', onScroll, { passive: true });
  }

  var watcher =
    'IntersectionObserver' in window
      ? new IntersectionObserver(
          function (entries) {
            for (var i = 0; i < entries.length; i++) {
              var iframe = entries[i].target;
              var index = near.indexOf(iframe);
              if (entries[i].isIntersecting && index < 0) near.push(iframe);
              else if (!entries[i].isIntersecting && index >= 0) near.splice(index, 1);
              else continue;
              // Where it is as it comes near, or as it goes.
              tell(iframe);
            }
            listen(near.length > 0);
          },
          { rootMargin: '50% 0px' },
        )
      : null;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var iframe = senderOf(event);
    if (!iframe) return;
    if (data['datawrapper-height']) {
      var heights = data['datawrapper-height'];
      for (var key in heights) {
        var height = Number(heights[key]);
        if (height > 0 && height < 100000) {
          iframe.style.height = height + 'px';
          iframe.setAttribute('height', String(height));
        }
      }
    }
    if (HELLO in data && watcher) {
      if (tracked.indexOf(iframe) < 0) {
        tracked.push(iframe);
        watcher.observe(iframe);
      }
      tell(iframe);
    }
    // A step the reader reached by keyboard or by a link in the frame: bring the point y of the frame's
    // page to the height `line` of this viewport.
    var to = data[SCROLL];
    if (to && typeof to === 'object' && tracked.indexOf(iframe) >= 0) {
      var y = Number(to.y);
      var line = Number(to.line);
      if (isFinite(y) && isFinite(line) && Math.abs(y) < 1e6 && line >= 0 && line <= window.innerHeight) {
        window.scrollBy(0, iframe.getBoundingClientRect().top + y - line);
      }
    }
  });

  // Frames that said hello before this script arrived are told it is here, and say it again.
  var frames = document.querySelectorAll(SELECTOR);
  for (var i = 0; i < frames.length; i++) {
    var origin = originOf(frames[i]);
    var message = {};
    message[HOST] = true;
    if (origin && frames[i].contentWindow) frames[i].contentWindow.postMessage(message, origin);
  }
})();

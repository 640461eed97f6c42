/**
 * Tells the page that embeds this one how tall it is, whenever that changes (growing or shrinking), in
 * the three protocols publishers use: pym.js (when loaded with `childId` in the query string: answers
 * the parent's `width` messages and sends `height`), the Datawrapper-style object, and the
 * Embedly/Medium JSON string. Our own host script (/embed.js) reads the Datawrapper form.
 *
 * An embed with a scrolly first waits (a second at most) to hear whether its host tracks where the frame
 * is, which decides between the pinned and the flat layout: the host sizes the frame once, for the layout
 * it keeps.
 */
import { hosted } from './scrolly/host-viewport';

// In a sandbox without allow-same-origin the page has no origin of its own ('null'), and a host that
// checks where messages come from (ours does) cannot take its height: say so on the page.
if (self.origin === 'null') document.documentElement.classList.add('is-sandboxed');

const query = new URLSearchParams(location.search);
const pymId = query.get('childId');
const embedId = document.documentElement.dataset.embed ?? location.pathname;
let last = -1;
let decided = false;

function height(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function send(force = false): void {
  if (!decided) return;
  const h = height();
  if (h === last && !force) return;
  last = h;
  if (parent === window) return;
  if (pymId) parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${h}`, '*');
  parent.postMessage({ 'datawrapper-height': { [embedId]: h } }, '*');
  parent.postMessage(JSON.stringify({ src: location.href, context: 'iframe.resize', height: h }), '*');
}

new ResizeObserver(() => send()).observe(document.documentElement);
addEventListener('load', () => send(true));
if (pymId) {
  // pym's parent sends its width; the child answers with its height, as pym's own child script does.
  addEventListener('message', (event) => {
    if (event.source !== parent || typeof event.data !== 'string') return;
    if (event.data.startsWith(`pymxPYMx${pymId}xPYMxwidthxPYMx`))
      void hosted.then(() => {
        decided = true;
        send(true);
      });
  });
}
void hosted.then(() => {
  decided = true;
  send(true);
});

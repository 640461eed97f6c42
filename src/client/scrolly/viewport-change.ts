/**
 * Whether a viewport really changed shape (a rotation, a resized window), or only lost or gained a phone's
 * address bar, which changes its height by a few dozen pixels and must not move a layout or a reading line.
 * The page's own viewport (reading-line.ts) and a host's, for an embed (host-viewport.ts), follow it.
 */
export function realChange(
  before: { width: number; height: number },
  after: { width: number; height: number },
): boolean {
  return after.width !== before.width || Math.abs(after.height - before.height) >= 150;
}

/**
 * Which element of a list is being read: the last, in page order, whose top has passed a line across
 * the viewport. No side effects on import: the scroll module's reading line and the edition links'
 * section both ask it.
 */

/** The last of `elements` (in page order) whose top is at or above `line`, in pixels from the viewport's top. */
export function lastAbove<T extends Element>(elements: readonly T[], line: number): T | undefined {
  let current: T | undefined;
  for (const el of elements) {
    if (el.getBoundingClientRect().top > line) break;
    current = el;
  }
  return current;
}

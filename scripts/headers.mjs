// @ts-check
/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do, for the test server: a rule is a URL
 * path (a trailing or inner `*` matches anything, `:name` one segment) followed by indented
 * `Name: value` lines. Every matching rule applies, in order; a header set by more than one is joined with
 * ", ", unless a later rule first detaches it with a `! Name` line (Cloudflare Pages' syntax).
 */

/** @typedef {{ path: string, pattern: RegExp, detach: string[], headers: [string, string][] }} Rule */

/**
 * @param {string} text - the file's contents
 * @param {string} [file] - its name, for errors
 * @returns {Rule[]}
 */
export function parseHeaders(text, file = '_headers') {
  /** @type {Rule[]} */
  const rules = [];
  text.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a rule must start with a path from the root: "${line}"`);
      rules.push({ path: line.trim(), pattern: toPattern(line.trim()), detach: [], headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const detached = /^\s+!\s*([A-Za-z0-9-]+)\s*$/.exec(line)?.[1];
    if (rule && detached) {
      rule.detach.push(detached.toLowerCase());
      return;
    }
    const [, name, value] = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line) ?? [];
    if (!rule || !name || !value) throw new Error(`${where}: expected "Name: value" under a path: "${line}"`);
    rule.headers.push([name, value.trim()]);
  });
  return rules;
}

/** @param {string} path */
function toPattern(path) {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/**
 * The headers for a request path: every matching rule, in order; repeated names joined with ", ".
 * @param {readonly Rule[]} rules
 * @param {string} pathname
 * @returns {Record<string, string>} keyed by the lower-case header name
 */
export function headersFor(rules, pathname) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!rule.pattern.test(pathname)) continue;
    for (const name of rule.detach) delete out[name];
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
    }
  }
  return out;
}

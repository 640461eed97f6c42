/**
 * Checks for what an author can get wrong without noticing, so that the build stops with the file, the
 * line and the problem instead of publishing it: a link that runs code (`javascript:`, `data:`,
 * `vbscript:`) in the narrative or the data, and two records of a data file sharing an id (the loader
 * would silently keep the last).
 */

/** A URL scheme that runs code or smuggles a document, whatever else the string says. */
const UNSAFE = /^\s*(javascript|data|vbscript):/i;

export function isUnsafeUrl(value: string): boolean {
  // Browsers strip leading C0 controls and spaces, and ignore tabs and newlines inside a scheme
  // ("\x01java\tscript:"), as the URL standard says: so must we.
  return UNSAFE.test(value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, ''));
}

export class CarelessInputError extends Error {
  constructor(where: string, problem: string) {
    super(`${where}: ${problem}`);
    this.name = 'CarelessInputError';
  }
}

/** The fields of a data record that the page turns into a link or an image's address. */
const ADDRESS_FIELDS = new Set(['url', 'href', 'link', 'src']);

/** The 1-based line of an offset in a text. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

/** Every string in a JSON value, with the path to it (`3.url`). */
function strings(value: unknown, path: string[] = []): { path: string[]; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, [...path, String(i)]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, [...path, key]));
  return [];
}

/**
 * Checks one data file (an array of records with ids): throws naming the file, the line and the field.
 * @param file - its path from the project's root, for the message
 * @param text - its contents
 */
export function checkDataFile(file: string, text: string): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CarelessInputError(file, `is not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  if (!Array.isArray(data)) throw new CarelessInputError(file, 'must be an array of records');
  // Where each record's id is written, in order, to name rows by line.
  const idLines = [...text.matchAll(/"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g)].map((match) => ({
    id: JSON.parse(`"${match[1]}"`) as string,
    line: lineAt(text, match.index),
  }));
  const firstRow = new Map<string, number>();
  data.forEach((record: unknown, row) => {
    const id = (record as { id?: unknown })?.id;
    if (typeof id !== 'string') return;
    const earlier = firstRow.get(id);
    if (earlier !== undefined) {
      const lines = idLines.filter((entry) => entry.id === id).map((entry) => entry.line);
      throw new CarelessInputError(
        `${file}:${lines[1] ?? lines[0] ?? 1}`,
        `id "${id}" is used twice, by row ${earlier + 1} (line ${lines[0]}) and row ${row + 1} (line ${lines[1]}); ids must be unique`,
      );
    }
    firstRow.set(id, row);
  });
  for (const found of strings(data)) {
    // Only the fields that become addresses on the page: prose that happens to begin "Data:" is prose.
    if (!ADDRESS_FIELDS.has(found.path.at(-1)!) || !isUnsafeUrl(found.value)) continue;
    const row = Number(found.path[0]);
    const id = (data[row] as { id?: unknown })?.id;
    const line = lineAt(text, text.indexOf(JSON.stringify(found.value).slice(1, -1)));
    throw new CarelessInputError(
      `${file}:${line}`,
      `${found.path.slice(1).join('.')} of ${typeof id === 'string' ? `"${id}"` : `row ${row + 1}`} is a ${found.value.trim().split(':')[0]!.toLowerCase()}: link, which would run code; give an https address`,
    );
  }
}

interface Node {
  type: string;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/** The MDX props that hold addresses. */
const URL_PROPS = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href']);

/**
 * A remark plugin: a Markdown link or image, a link definition, or an address prop of a JSX element in
 * the narrative that would run code fails the build, with the file and line.
 */
export function remarkSafeLinks() {
  return (tree: Node, file: { path?: string; cwd?: string }) => {
    const name = file.path && file.cwd ? file.path.replace(`${file.cwd}/`, '') : (file.path ?? 'an MDX file');
    const visit = (node: Node) => {
      const where = `${name}:${node.position?.start.line ?? 1}`;
      if (node.url !== undefined && isUnsafeUrl(node.url))
        throw new CarelessInputError(where, `the link "${node.url}" would run code; give an https address`);
      for (const attribute of node.attributes ?? []) {
        if (
          attribute.name &&
          URL_PROPS.has(attribute.name) &&
          typeof attribute.value === 'string' &&
          isUnsafeUrl(attribute.value)
        )
          throw new CarelessInputError(
            where,
            `${attribute.name}="${attribute.value}" would run code; give an https address`,
          );
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}

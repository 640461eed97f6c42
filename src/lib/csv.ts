/**
 * CSV as RFC 4180 writes it: fields with commas, quotes or line breaks are quoted, quotes doubled. A text
 * field that begins as a spreadsheet formula would (=, +, -, @, or a tab or carriage return before one)
 * is written with a leading apostrophe, so that opening the download cannot run it (OWASP's advice on
 * CSV injection). Numbers are numbers: -0.5 stays -0.5.
 */

export type Cell = string | number | null | undefined;

function field(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

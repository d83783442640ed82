/**
 * CSV as Danish Excel opens it by double-click: `;` between fields (Danish Excel reads `,` as
 * the decimal sign), CRLF lines, and a UTF-8 byte order mark so that æ, ø and å survive.
 */
export type CsvCell = string | number | null;

const bom = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: a
 * topic typed as `=HYPERLINK(...)` must stay text in the coordinator's Excel.
 */
function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return bom + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

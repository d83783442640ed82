/**
 * CSV as Danish Excel opens it by double-click: `;` between fields (Danish Excel reads `,` as
 * the decimal sign), CRLF lines, and a UTF-8 byte order mark so that æ, ø and å survive.
 */
export type CsvCell = string | number | null;

const bom = '\uFEFF';

/**
 * Text a spreadsheet would run as a formula gets a leading apostrophe: a topic typed as
 * `=HYPERLINK(...)` must stay text in the coordinator's Excel. That is =, +, -, @ first, and their
 * full-width (＝ ＋ － ＠) and small (﹦ ﹢ ﹣ ﹫) forms, which spreadsheets may fold to ASCII.
 */
const formulaStart = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]/;

function cell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return bom + [header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

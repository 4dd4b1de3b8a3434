/**
 * CSV as spreadsheets in China open it: UTF-8 with a byte-order mark (or Excel reads GBK), CRLF line
 * ends, fields quoted when they hold a comma, quote or line break. A field a resident typed that begins
 * like a formula (=, +, -, @) is prefixed with an apostrophe so a spreadsheet shows it as text and never
 * runs it.
 */
export const CSV_BOM = '\uFEFF';

function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

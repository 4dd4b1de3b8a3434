/**
 * The workbench's CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs take it as UTF-8,
 * CRLF line ends, every field quoted when it holds a comma, a quote or a line break. Reading accepts CRLF
 * or LF line ends and a missing byte-order mark, and refuses a file it cannot read exactly (an unclosed
 * quote, text after a closing quote) by the line where that happens, rather than guessing.
 */
const BOM = '\uFEFF';

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

export type CsvRead = { ok: true; rows: string[][] } | { ok: false; line: number; reason: 'unclosed-quote' | 'text-after-quote' };

/** The rows of `text`; a row is an array of fields. A final line end does not make an empty row. */
export function readCsv(text: string): CsvRead {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        value += '"';
        i += 1;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line += 1;
        value += c;
      }
      continue;
    }
    if (c === ',') {
      row.push(value);
      value = '';
      afterQuote = false;
    } else if (c === '\n' || (c === '\r' && body[i + 1] === '\n')) {
      if (c === '\r') i += 1;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
      afterQuote = false;
      line += 1;
    } else if (afterQuote) {
      return { ok: false, line, reason: 'text-after-quote' };
    } else if (c === '"' && value === '') {
      quoted = true;
      quoteLine = line;
    } else {
      value += c;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, reason: 'unclosed-quote' };
  if (value !== '' || row.length > 0 || afterQuote) {
    row.push(value);
    rows.push(row);
  }
  return { ok: true, rows };
}

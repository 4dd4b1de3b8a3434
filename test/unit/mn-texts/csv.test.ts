/**
 * The workbench's CSV: what it writes reads back the same, both by its own reader and by another CSV reader
 * (exceljs, as a spreadsheet program would open it), with the byte-order mark spreadsheet programs need;
 * and a file it cannot read exactly is refused by line, not guessed at.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readCsv, writeCsv } from '../../../server/mn-texts/csv';

const ROWS: string[][] = [
  ['key', 'screen', 'zh', 'mn', 'status', 'reviewer', 'reviewed_at'],
  ['kiosk.home.more', 'kiosk', '其他服务', 'ᠪᠤᠰᠤᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ', 'approved', '审校员', '2026-11-30T22:45:00.000Z'],
  ['print.ticket.ahead', 'print', '前面还有{n}人，请留意叫号', '{n} ᠬᠦᠮᠦᠨ', 'draft', '', ''],
  ['x.quoted', 'kiosk', 'He said "yes", then left', 'ᠮ,ᠣ', 'missing', '', ''],
  ['x.lines', 'kiosk', 'line one\nline two', '', 'missing', '', ''],
];

async function readWithExcel(csv: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // Every value as the text it is (no number or date guessing), as the review file holds texts only.
  const sheet = await workbook.csv.read(Readable.from([Buffer.from(csv, 'utf8')]), { map: (value: string) => value });
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ROWS[0]!.length; c += 1) cells.push(String(row.getCell(c).value ?? ''));
    rows.push(cells);
  });
  return rows;
}

describe('the translation file (CSV)', () => {
  const csv = writeCsv(ROWS);

  it('starts with the UTF-8 byte-order mark and ends its lines with CRLF', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe('kiosk.home.more,kiosk,其他服务,ᠪᠤᠰᠤᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ,approved,审校员,2026-11-30T22:45:00.000Z');
  });

  it('reads back exactly what was written, commas, quotes and line breaks included', () => {
    expect(readCsv(csv)).toEqual({ ok: true, rows: ROWS });
  });

  it('reads the same in another CSV reader (exceljs), which sees the byte-order mark as such', async () => {
    const rows = await readWithExcel(csv);
    rows[0]![0] = rows[0]![0]!.replace(/^\uFEFF/, '');
    expect(rows).toEqual(ROWS);
  });

  it('takes LF line ends and a file without the byte-order mark', () => {
    expect(readCsv('a,b\n"c ""d""",e\n')).toEqual({ ok: true, rows: [['a', 'b'], ['c "d"', 'e']] });
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(readCsv('a,b\r\n"c,d\r\n')).toEqual({ ok: false, line: 2, reason: 'unclosed-quote' });
    expect(readCsv('a,b\r\nc,d\r\n"e"f,g\r\n')).toEqual({ ok: false, line: 3, reason: 'text-after-quote' });
  });
});

/** A report as an Excel workbook (exceljs): one sheet, Chinese headers, numbers as numbers, shares as percentages. */
import ExcelJS from 'exceljs';
import type { ReportAnswer } from '../../../protocol/reports';
import { t } from '../../../protocol/catalog';
import { reportTable } from './columns';

export async function reportXlsx(report: ReportAnswer): Promise<Buffer> {
  const table = reportTable(report);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t('report.title'));
  sheet.addRow(table.headers).font = { bold: true };
  for (const line of table.lines) sheet.addRow(line.map((v) => v ?? null));
  table.kinds.forEach((kind, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = i === 0 ? 24 : 12;
    if (kind === 'share') column.numFmt = '0.0%';
    if (kind === 'minutes') column.numFmt = '0.0';
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

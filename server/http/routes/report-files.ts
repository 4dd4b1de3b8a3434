/**
 * GET /api/reports: report.get through the bus, answered as JSON or, with `&format=csv|xlsx`, as a file
 * to download (the name in Content-Disposition, UTF-8 encoded for its Chinese). An unknown format is
 * refused before anything is read.
 */
import type { Request, Response } from 'express';
import type { CommandBus } from '../../commands/bus';
import type { Actor } from '../../auth/actor';
import { REPORT_FILE_FORMATS, type ReportAnswer, type ReportFileFormat } from '../../../protocol/reports';
import { reportCsv } from '../../reports/export/csv';
import { reportXlsx } from '../../reports/export/xlsx';
import { reportFileName } from '../../reports/export/columns';
import { sendError, sendResult } from '../respond';

const CONTENT_TYPES: Record<ReportFileFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function isFileFormat(value: unknown): value is ReportFileFormat {
  return REPORT_FILE_FORMATS.some((f) => f === value);
}

/** `?from=&to=&by=`; anything missing or malformed is named by the schema. */
export function reportQuery(req: Request): unknown {
  const input: Record<string, unknown> = {};
  for (const name of ['from', 'to', 'by']) if (req.query[name] !== undefined) input[name] = req.query[name];
  return input;
}

function attachment(report: ReportAnswer, format: ReportFileFormat): string {
  const name = reportFileName(report, format);
  const ascii = `report_${report.from}_${report.to}_${report.by}.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function respondWithReport(req: Request, res: Response, bus: CommandBus, actor: Actor): void {
  const format = req.query.format;
  if (format !== undefined && format !== 'json' && !isFileFormat(format)) return sendError(res, 'BAD_REQUEST', ['format']);
  const result = bus.execute('report.get', reportQuery(req), actor);
  if (!result.ok || !isFileFormat(format)) return sendResult(res, result);
  const report = result.data;
  res.setHeader('Content-Disposition', attachment(report, format));
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  if (format === 'csv') {
    res.send(reportCsv(report));
    return;
  }
  reportXlsx(report).then((file) => res.send(file), () => sendError(res, 'INTERNAL'));
}

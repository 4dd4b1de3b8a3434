/**
 * GET /api/ratings/export?from=YYYY-MM-DD&to=YYYY-MM-DD&format=csv|json — 好差评 data out as one file.
 * Every page is read through the command bus (rating.export: permits, validation, one read each), and
 * written out before the next is read, so a year's export holds one page in memory, waits for a slow
 * client, and lets other commands run between pages. A refusal of the first page is answered as any
 * command's refusal; a failure after the file began cuts the download off, so nobody takes a short file
 * for a whole one.
 */
import { Router, type Request, type Response } from 'express';
import type { CommandBus } from '../../commands/bus';
import type { CommandLimits } from '../../auth/command-limits';
import type { RatingExportPage } from '../../../protocol/ratings-export';
import type { Actor } from '../../auth/actor';
import { actorOf } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { CSV_BOM, csvLine } from '../../ratings-out/csv';
import { headerValues, rowValues } from '../../ratings-out/export-columns';

export const RATINGS_EXPORT_PATH = '/api/ratings/export';
const FORMATS = ['csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** How one format begins, writes a page and ends the file. */
interface FileWriter {
  contentType: string;
  begin(first: RatingExportPage): string;
  page(page: RatingExportPage, first: boolean): string;
  end: string;
}

const WRITERS: Record<Format, FileWriter> = {
  csv: {
    contentType: 'text/csv; charset=utf-8',
    begin: () => CSV_BOM + csvLine(headerValues()),
    page: (page) => page.rows.map((row) => csvLine(rowValues(row))).join(''),
    end: '',
  },
  json: {
    contentType: 'application/json; charset=utf-8',
    begin: (first) => `{"format":"haochaping-ratings","version":1,"from":${JSON.stringify(first.from)},"to":${JSON.stringify(first.to)},"rows":[`,
    page: (page, first) => page.rows.map((row, i) => (first && i === 0 ? '' : ',') + JSON.stringify(row)).join(''),
    end: ']}\n',
  },
};

function isFormat(value: unknown): value is Format {
  return FORMATS.some((f) => f === value);
}

/** Writes, and waits while the client's socket is full. */
function write(res: Response, text: string): Promise<void> {
  if (text === '' || res.write(text)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

async function stream(bus: CommandBus, actor: Actor, res: Response, writer: FileWriter, first: RatingExportPage): Promise<void> {
  const range = { from: first.from, to: first.to };
  await write(res, writer.begin(first) + writer.page(first, true));
  let page = first;
  while (page.next !== null) {
    if (res.destroyed) return;
    // Between pages the event loop serves everyone else first.
    await new Promise((resolve) => setImmediate(resolve));
    const result = bus.execute('rating.export', { ...range, cursor: page.next }, actor);
    if (!result.ok) {
      res.destroy();
      return;
    }
    page = result.data;
    // Only a full page has a next one, so the first page here is never empty.
    await write(res, writer.page(page, false));
  }
  res.end(writer.end);
}

function exportRoute(bus: CommandBus, limits: CommandLimits) {
  return (req: Request, res: Response): void => {
    const actor = actorOf(res);
    const { from, to, format = 'csv' } = req.query;
    void limits.admit('rating.export', { address: req.ip ?? '', anonymous: actor.kind === 'anonymous' }).then(async (admitted) => {
      if (!admitted) return sendError(res, 'RATE_LIMITED');
      const first = bus.execute('rating.export', { from, to }, actor);
      if (!first.ok) return sendResult(res, first);
      // Who may export is settled by now: only then is a bad format worth a refusal of its own.
      if (!isFormat(format)) return sendError(res, 'BAD_REQUEST', ['format']);
      const writer = WRITERS[format];
      res.status(200).set({
        'content-type': writer.contentType,
        'content-disposition': `attachment; filename="ratings-${first.data.from}-${first.data.to}.${format}"`,
        'cache-control': 'no-store',
      });
      await stream(bus, actor, res, writer, first.data);
    }).catch(() => res.destroy());
  };
}

export function ratingsExportRouter(bus: CommandBus, limits: CommandLimits): Router {
  const router = Router();
  router.get(RATINGS_EXPORT_PATH, exportRoute(bus, limits));
  return router;
}

/**
 * rating.export: 好差评 data out for a range of business days — every rating with what names it and its
 * follow-up, oldest first, one page per call (GET /api/ratings/export streams the pages as one CSV or
 * JSON file). Supervisors and admins only: the rows name staff and carry residents' words.
 */
import type { CommandDef } from './define';
import { RATING_EXPORT_MAX_DAYS, RATING_EXPORT_PAGE } from '../../protocol/ratings-export';
import { dateRangeRefusal } from '../../protocol/date-range';
import { ratingsInRange, type TimeCursor } from '../db/queries/rating-export';
import { exportRow } from '../ratings-out/export-row';
import { businessDaysSpan } from '../ratings-out/business-days';
import { fail } from './errors';

function parseCursor(cursor: string | undefined): TimeCursor | null {
  if (cursor === undefined) return null;
  const [at, id] = cursor.split('-').map(Number);
  return { at: at ?? 0, id: id ?? 0 };
}

export const ratingExport: CommandDef<'rating.export'> = {
  name: 'rating.export',
  permits: ['supervisor', 'admin'],
  run(ctx, { from, to, cursor, limit }) {
    const refusal = dateRangeRefusal(from, to, RATING_EXPORT_MAX_DAYS);
    if (refusal) fail(refusal, ['to']);
    const { start, end } = businessDaysSpan(from, to, ctx.settings.timezone);
    const pageSize = limit ?? RATING_EXPORT_PAGE;
    const rows = ratingsInRange(ctx.db, start, end, parseCursor(cursor), pageSize);
    const last = rows.at(-1);
    return {
      from, to, rows: rows.map((r) => exportRow(r, ctx.settings.timezone)),
      next: rows.length === pageSize && last ? `${last.at}-${last.id}` : null,
    };
  },
};

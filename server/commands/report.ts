/**
 * report.get and report.assessment: read-only figures for supervisors and admins, from the roll-up
 * (../reports). Staff and devices are refused by the permits; a range backwards or too long by name.
 */
import type { CommandDef } from './define';
import { REPORT_MAX_DAYS } from '../../protocol/reports';
import { dateRangeRefusal } from '../../protocol/date-range';
import { buildAssessment, buildReport } from '../reports/report';
import { fail } from './errors';

const REPORT_ROLES = ['supervisor', 'admin'] as const;

export const reportGet: CommandDef<'report.get'> = {
  name: 'report.get',
  permits: REPORT_ROLES,
  run(ctx, { from, to, by }) {
    const refusal = dateRangeRefusal(from, to, REPORT_MAX_DAYS);
    if (refusal) fail(refusal, ['to']);
    return buildReport(ctx.db, { from, to }, by, ctx.settings.timezone);
  },
};

export const reportAssessment: CommandDef<'report.assessment'> = {
  name: 'report.assessment',
  permits: REPORT_ROLES,
  run(ctx, { month }) {
    return buildAssessment(ctx.db, month, ctx.settings.name, ctx.settings.timezone);
  },
};

/**
 * Reports (统计报表) and the monthly assessment (考评) as clients see them: report.get answers figures for
 * a range of business days grouped one way, report.assessment a month per centre and per staff member.
 * What each figure means is written once in docs/REPORTS.md; the server computes them in server/reports.
 * The console imports this module (types and the few constants below; no zod).
 */

/** How a report's rows are grouped: one row per centre, service, counter, staff member or local hour. */
export const REPORT_GROUPINGS = ['centre', 'service', 'counter', 'staff', 'hour'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** The longest range one report covers, in days (a leap year). */
export const REPORT_MAX_DAYS = 366;

/** File formats of GET /api/reports besides JSON. */
export const REPORT_FILE_FORMATS = ['csv', 'xlsx'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

/** Wait or service time of the tickets of a row, in seconds; null when no ticket has one. */
export interface TimeFigures {
  /** How many tickets have this time (waits: tickets called; service: tickets finished). */
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
}

/** Ratings per level, 1 (非常不满意) … 5 (非常满意). */
export type RatingsByLevel = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface ReportFigures {
  issued: number;
  /** 办结: served to the end. */
  served: number;
  noShow: number;
  /** Tickets transferred at least once (counted where they ended). */
  transferred: number;
  cancelled: number;
  expired: number;
  /** Still waiting or at a counter (only the current business day has any). */
  open: number;
  /** Tickets issued with a priority reason (绿色通道), and their share of those issued. */
  priority: number;
  priorityShare: number | null;
  wait: TimeFigures;
  service: TimeFigures;
  ratings: number;
  ratingsByLevel: RatingsByLevel;
  /** 好评率: share of ratings at 基本满意 or better (levels 3–5). */
  satisfaction: number | null;
  /** 差评: ratings at levels 1–2; each opened a follow-up case. */
  bad: number;
  /** 差评 rectified by their deadline, and their share of all 差评. */
  rectifiedOnTime: number;
  rectifiedOnTimeShare: number | null;
  /** 差评 whose resident left a number (实名差评): they must be called back. */
  badWithContact: number;
  /** Those called back by their deadline, and their share. */
  calledBackOnTime: number;
  calledBackOnTimeShare: number | null;
}

export interface ReportRow extends ReportFigures {
  /** Centre or service id, counter or staff id as text, hour as "09"; '' for tickets no counter or staff member took up. */
  key: string;
  /** What a person reads: the centre's, service's, counter's or staff member's name, or "09:00–10:00". */
  label: string;
}

export interface ReportAnswer {
  from: string;
  to: string;
  by: ReportGrouping;
  /** The hall's time zone: business days and hours of day are local to it. */
  timezone: string;
  rows: ReportRow[];
  total: ReportFigures;
}

/** The monthly 考评 sheet: one month, every centre and every staff member who worked tickets in it. */
export interface AssessmentAnswer {
  /** YYYY-MM. */
  month: string;
  from: string;
  to: string;
  hallName: string;
  timezone: string;
  centres: ReportRow[];
  staff: ReportRow[];
  total: ReportFigures;
}

/** The first and last day of a YYYY-MM month. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 0, m ?? 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * 好差评 data out: ratings with their follow-up, row by row, carrying the data items of the national
 * 政务服务"好差评" specification (GB/T 39735-2020) as far as the hall holds them. The export
 * (rating.export, GET /api/ratings/export) and the push to a configured endpoint send the same rows.
 * Field names here are stable: receivers read them by name. The mapping to the standard's data items
 * is documented in docs/HAOCHAPING.md.
 */
import type { CaseStatus, HandlingSatisfaction } from './cases';
import type { RatingLevel, RatingReason, RatingView } from './rating';

/** The longest range one export answers (a year, leap years included). */
export const RATING_EXPORT_MAX_DAYS = 366;

/** Rows one page of rating.export answers at most; the HTTP export streams page after page. */
export const RATING_EXPORT_PAGE = 500;

/** 评价渠道 of the standard, by the channel a rating came through. */
export const EVALUATION_CHANNELS = {
  'rating-pad': 'window-device', // 窗口评价器
  phone: 'qr-code', // 二维码 (the QR code on the ticket, opened on the resident's phone)
  kiosk: 'self-service-terminal', // 自助终端
} as const satisfies Record<RatingView['source'], string>;
export type EvaluationChannel = (typeof EVALUATION_CHANNELS)[keyof typeof EVALUATION_CHANNELS];

/** 整改情况 and 回访情况: the follow-up case of a 差评, as it stands when the row is read. */
export interface RatingFollowUp {
  caseId: number;
  status: CaseStatus;
  /** Last working day to close it (YYYY-MM-DD). */
  deadline: string | null;
  rectification: string;
  result: string;
  closedAt: number | null;
  /** Call-backs logged (回访次数) and how many reached the resident. */
  callBacks: number;
  callBacksReached: number;
  lastCallBackAt: number | null;
  /** The resident's judgement of the handling, asked at the call-back. */
  residentSatisfaction: HandlingSatisfaction | null;
}

export interface RatingExportRow {
  /** Stable id of the rating in this hall: receivers de-duplicate by it. */
  ratingId: number;
  ticketNumber: string;
  /** Business day of the ticket (YYYY-MM-DD, hall time zone). */
  businessDay: string;
  /** 评价时间: ms since the epoch, and the hall's wall-clock time "YYYY-MM-DD HH:MM:SS". */
  ratedAt: number;
  ratedAtLocal: string;
  /** 评价渠道, and the hall's own name for the channel. */
  channel: EvaluationChannel;
  source: RatingView['source'];
  /** The pad or kiosk that took the rating; null for a phone. */
  deviceId: number | null;
  /** 评价等级: 5 非常满意 … 1 非常不满意. */
  level: RatingLevel;
  /** 部门: the centre that gave the service. */
  centreId: string;
  centreName: string;
  /** 事项: the hall's service id and name, and the 事项编码 its 办理指南 gives (null while it gives none). */
  serviceId: string;
  serviceName: string;
  nationalServiceCode: string | null;
  /** 评价对象: the window and the staff member who served. */
  counterId: number | null;
  counterName: string | null;
  staffId: number | null;
  staffName: string | null;
  staffNumber: string | null;
  /** 差评原因 (codes; the CSV spells them out) and the resident's own words. */
  reasons: RatingReason[];
  comment: string;
  /** The 差评's follow-up; null for ratings that need none. */
  followUp: RatingFollowUp | null;
}

export interface RatingExportPage {
  from: string;
  to: string;
  rows: RatingExportRow[];
  /** Pass as `cursor` for the next page; null when this was the last. */
  next: string | null;
}

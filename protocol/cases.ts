/**
 * The 差评 closed loop (好差评): every rating of 不满意 or 非常不满意 and every complaint opens a case that a
 * supervisor assigns, calls back, rectifies and closes within a deadline in working days. Suggestions,
 * praise and consultations are recorded and answered as cases without a deadline.
 */
import type { ComplaintCategory, RatingLevel, RatingReason, RatingView } from './rating';

/** Every complaint category is also a case kind, so a complaint's case kind is its category. */
export type ComplaintCaseKind = ComplaintCategory & CaseKind;

export const CASE_KINDS = ['bad_rating', 'complaint', 'suggestion', 'praise', 'consultation'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** open → assigned → rectified → closed; suggestions, praise and consultations close once answered. */
export const CASE_STATUSES = ['open', 'assigned', 'rectified', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** How the resident judged the handling, asked at the call-back (not_reached: they could not be reached). */
export const HANDLING_SATISFACTION = ['satisfied', 'basically_satisfied', 'dissatisfied', 'not_reached'] as const;
export type HandlingSatisfaction = (typeof HANDLING_SATISFACTION)[number];

export const CASE_EVENT_TYPES = ['opened', 'assigned', 'call_back', 'rectified', 'closed', 'escalated'] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/** Cases per page of case.list (newest first; the next page starts before the last id shown). */
export const CASE_PAGE = 100;

/** Complaint categories that are answered without a deadline. */
export const NO_DEADLINE_KINDS: readonly CaseKind[] = ['suggestion', 'praise', 'consultation'];

export interface CaseEventView {
  at: number;
  type: CaseEventType;
  userName: string | null;
  /** For a call-back: whether the resident was reached. */
  reached: boolean | null;
  note: string;
}

/** What the case follows up: the rating or the complaint as the resident left it. */
export interface CaseOrigin {
  /** Where the resident left it: a rating's channel, or staff who wrote down a complaint for them. */
  channel: RatingView['source'] | 'staff';
  level: RatingLevel | null;
  reasons: RatingReason[];
  /** The rating's comment or the complaint's text. */
  text: string;
}

export interface CaseSummary {
  id: number;
  kind: CaseKind;
  status: CaseStatus;
  openedAt: number;
  /** Last working day to close it (YYYY-MM-DD); null when answered without a deadline. */
  deadline: string | null;
  /** Past its deadline and not closed. */
  overdue: boolean;
  /** Reported to the admin when it went overdue. */
  escalated: boolean;
  ticketNumber: string | null;
  serviceId: string | null;
  counterId: number | null;
  staffId: number | null;
  staffName: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  level: RatingLevel | null;
}

export interface CaseView extends CaseSummary {
  origin: CaseOrigin;
  /** The number the resident left: in full to the assignee only, masked (138****5678) to everyone else. */
  contactPhone: string | null;
  rectification: string;
  result: string;
  residentSatisfaction: HandlingSatisfaction | null;
  closedAt: number | null;
  events: CaseEventView[];
}

/** What the resident's phone page shows about the follow-up of their own rating. */
export interface CaseProgress {
  status: CaseStatus;
  deadline: string | null;
  /** The result as the centre wrote it, once closed. */
  result: string | null;
}

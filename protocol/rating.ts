/**
 * 服务评议: the five national 好差评 levels (国办发〔2019〕51号), 5 = 非常满意 … 1 = 非常不满意. Levels 1 and
 * 2 are 差评 and ask for reasons; each needs a follow-up by the centre.
 */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];

export const BAD_RATING_MAX = 2;

export const RATING_REASONS = ['attitude', 'efficiency', 'quality', 'waiting', 'rules', 'other'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

export const COMPLAINT_CATEGORIES = ['complaint', 'suggestion', 'praise', 'consultation'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export interface RatingView {
  ticketId: number;
  number: string;
  level: RatingLevel;
  reasons: RatingReason[];
  counterId: number | null;
  staffId: number | null;
  source: 'phone' | 'kiosk' | 'rating-pad';
  at: number;
}

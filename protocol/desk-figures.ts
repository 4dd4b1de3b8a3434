/**
 * What the counter desk shows its staff member about their own day (desk.figures): how many residents
 * they served to the end, their average service time, and how residents rated them today. Only ever
 * the caller's own figures; bounded by the business day.
 */
import type { RatingsByLevel } from './reports';

export interface DeskFigures {
  /** The business day (YYYY-MM-DD, hall time zone). */
  businessDay: string;
  /** Tickets this staff member finished (办结) today. */
  served: number;
  /** Mean time in service of those tickets, held time left out; null before the first. */
  averageServiceMs: number | null;
  /** Ratings of this staff member's service given today, per level. */
  ratingsByLevel: RatingsByLevel;
  ratings: number;
  /** 好评率: the share of those ratings at 基本满意 or better; null without ratings. */
  satisfaction: number | null;
}


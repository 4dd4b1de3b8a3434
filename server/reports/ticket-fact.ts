/**
 * What one ticket contributes to the reports (its "fact"), and how a change of that fact moves the
 * per-day figures. Pure: the caller loads the ticket, its event log, its rating and its 差评 case.
 *
 * A ticket belongs to one row per grouping: the centre and service it ended in (a transfer moves it),
 * the counter and staff member who last took it up ('' while none has), and the local hour and business
 * day it was issued in. Times come from the append-only event log (./state-times), never from the ticket
 * row, which keeps only its latest call. A rating counts on the day of the ticket it rates, even when
 * given later; a 差评 counts as rectified (called back) on time when its case logged the rectification
 * (a call-back, reached or not) on a local date no later than the case's deadline.
 */
import type { TicketEventRow } from '../db/queries/tickets';
import { localDate, localParts } from '../../protocol/local-time';
import { stateTimes } from './state-times';
import { bucketOf } from './buckets';

export const OUTCOMES = ['open', 'finished', 'no_show', 'cancelled', 'expired'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TicketFact {
  ticketId: number;
  businessDay: string;
  hour: number;
  centreId: string;
  serviceId: string;
  counterKey: string;
  staffKey: string;
  outcome: Outcome;
  transferred: boolean;
  priority: boolean;
  waitMs: number | null;
  serviceMs: number | null;
  rating: number | null;
  badContact: boolean;
  rectifiedOnTime: boolean;
  calledBackOnTime: boolean;
}

export interface FactInputs {
  ticket: {
    id: number; businessDay: string; centreId: string; serviceId: string; counterId: number | null; staffId: number | null;
    priority: string | null; status: string; arrivedAt: number; transferCount: number;
  };
  events: readonly TicketEventRow[];
  rating: number | null;
  /** The follow-up case of the ticket's 差评, if it has one. */
  badCase: { deadline: string | null; hasContact: boolean; rectifiedAt: number | null; calledBackAt: number | null } | null;
}

function outcomeOf(status: string): Outcome {
  return status === 'finished' || status === 'no_show' || status === 'cancelled' || status === 'expired' ? status : 'open';
}

/**
 * The local hour of a moment. Every zone's offset is a whole number of quarter hours, so all moments of
 * one UTC quarter hour share their local hour: remembered per quarter hour, the back-fill of years of
 * tickets asks Intl a few times a day instead of once per ticket.
 */
const hours = new Map<string, Map<number, number>>();
function localHour(at: number, timezone: string): number {
  let zone = hours.get(timezone);
  if (!zone || zone.size > 100_000) hours.set(timezone, (zone = new Map()));
  const slot = Math.floor(at / 900_000);
  let hour = zone.get(slot);
  if (hour === undefined) zone.set(slot, (hour = localParts(slot * 900_000, timezone).hour));
  return hour;
}

function byDeadline(at: number | null, deadline: string | null, timezone: string): boolean {
  if (at === null) return false;
  return deadline === null || localDate(at, timezone) <= deadline;
}

export function factOf(inputs: FactInputs, timezone: string): TicketFact {
  const { ticket, badCase } = inputs;
  const times = stateTimes(inputs.events);
  return {
    ticketId: ticket.id,
    businessDay: ticket.businessDay,
    hour: localHour(ticket.arrivedAt, timezone),
    centreId: ticket.centreId,
    serviceId: ticket.serviceId,
    counterKey: ticket.counterId === null ? '' : String(ticket.counterId),
    staffKey: ticket.staffId === null ? '' : String(ticket.staffId),
    outcome: outcomeOf(ticket.status),
    transferred: ticket.transferCount > 0,
    priority: ticket.priority !== null,
    waitMs: times.waitMs,
    serviceMs: times.finishedAt === null ? null : times.serviceMs,
    rating: inputs.rating,
    badContact: badCase?.hasContact ?? false,
    rectifiedOnTime: badCase ? byDeadline(badCase.rectifiedAt, badCase.deadline, timezone) : false,
    calledBackOnTime: badCase ? badCase.hasContact && byDeadline(badCase.calledBackAt, badCase.deadline, timezone) : false,
  };
}

/** The per-day sums the roll-up keeps, in the column order of report_days. */
export const MEASURES = ['issued', 'finished', 'no_show', 'cancelled', 'expired', 'transferred', 'priority', 'wait_n', 'wait_sum',
  'service_n', 'service_sum', 'r1', 'r2', 'r3', 'r4', 'r5', 'bad_contact', 'rectified_on_time', 'called_back_on_time'] as const;
export type Measure = (typeof MEASURES)[number];

/** The groupings the roll-up keeps: the five of the reports and the hall's total. */
export const DIMS = ['hall', 'centre', 'service', 'counter', 'staff', 'hour'] as const;
export type Dim = (typeof DIMS)[number];

export type TimeMeasure = 'wait' | 'service';

export function keyOf(fact: TicketFact, dim: Dim): string {
  switch (dim) {
    case 'hall': return '';
    case 'centre': return fact.centreId;
    case 'service': return fact.serviceId;
    case 'counter': return fact.counterKey;
    case 'staff': return fact.staffKey;
    case 'hour': return String(fact.hour).padStart(2, '0');
  }
}

const one = (b: boolean): number => (b ? 1 : 0);

/** The ticket's sums, in MEASURES order. */
export function measuresOf(f: TicketFact): number[] {
  return [1, one(f.outcome === 'finished'), one(f.outcome === 'no_show'), one(f.outcome === 'cancelled'), one(f.outcome === 'expired'),
    one(f.transferred), one(f.priority), one(f.waitMs !== null), f.waitMs ?? 0, one(f.serviceMs !== null), f.serviceMs ?? 0,
    one(f.rating === 1), one(f.rating === 2), one(f.rating === 3), one(f.rating === 4), one(f.rating === 5),
    one(f.badContact), one(f.rectifiedOnTime), one(f.calledBackOnTime)];
}

export function bucketsOf(f: TicketFact): { measure: TimeMeasure; bucket: number }[] {
  return [
    ...(f.waitMs !== null ? [{ measure: 'wait' as const, bucket: bucketOf(f.waitMs) }] : []),
    ...(f.serviceMs !== null ? [{ measure: 'service' as const, bucket: bucketOf(f.serviceMs) }] : []),
  ];
}

/** One change to one row of the roll-up: sums to add (negative to take away) and bucket counts to move. */
export interface RollupChange {
  dim: Dim;
  businessDay: string;
  key: string;
  sums: number[] | null;
  buckets: { measure: TimeMeasure; bucket: number; n: number }[];
}

/** A ticket's contribution, or its withdrawal, as figures: the same for every grouping, so made once per side. */
interface Side { sums: number[]; buckets: RollupChange['buckets'] }

function sideOf(f: TicketFact, sign: 1 | -1): Side {
  return { sums: measuresOf(f).map((v) => v * sign), buckets: bucketsOf(f).map((b) => ({ ...b, n: sign })) };
}

/**
 * The changes that turn the roll-up with `before` into the roll-up with `after` (either may be null: a
 * ticket new to the roll-up, or one taken out). Only rows whose figures really move are touched, so a
 * call or a finish costs a handful of small writes whatever the history. The figures are worked out once
 * per ticket, not once per grouping (the roll-up's catch-up does this for every changed ticket); the
 * changes share them, and a reader must not change them (accumulate copies what it keeps).
 */
export function changesBetween(before: TicketFact | null, after: TicketFact | null): RollupChange[] {
  const changes: RollupChange[] = [];
  const taken = before ? sideOf(before, -1) : null;
  const added = after ? sideOf(after, 1) : null;
  let kept: { sums: number[] | null; buckets: RollupChange['buckets'] } | null = null;
  for (const dim of DIMS) {
    if (before && after && keyOf(before, dim) === keyOf(after, dim) && before.businessDay === after.businessDay) {
      kept ??= keptRowChange(before, after, taken?.sums ?? [], added?.sums ?? []);
      if (kept.sums || kept.buckets.length > 0) {
        changes.push({ dim, businessDay: after.businessDay, key: keyOf(after, dim), sums: kept.sums, buckets: kept.buckets });
      }
      continue;
    }
    if (before && taken) changes.push({ dim, businessDay: before.businessDay, key: keyOf(before, dim), ...taken });
    if (after && added) changes.push({ dim, businessDay: after.businessDay, key: keyOf(after, dim), ...added });
  }
  return changes;
}

/** How a row the ticket stays in moves: the difference of its sums (null when none moved) and of its buckets. */
function keptRowChange(before: TicketFact, after: TicketFact, taken: readonly number[], added: readonly number[]):
  { sums: number[] | null; buckets: RollupChange['buckets'] } {
  const sums = added.map((v, i) => v + (taken[i] ?? 0));
  return { sums: sums.some((v) => v !== 0) ? sums : null, buckets: bucketsMoved(before, after) };
}

function bucketsMoved(before: TicketFact, after: TicketFact): RollupChange['buckets'] {
  const out: RollupChange['buckets'] = [];
  const old = bucketsOf(before);
  const now = bucketsOf(after);
  const same = (x: { measure: TimeMeasure; bucket: number }, y: { measure: TimeMeasure; bucket: number }): boolean =>
    x.measure === y.measure && x.bucket === y.bucket;
  for (const b of old) if (!now.some((n) => same(n, b))) out.push({ ...b, n: -1 });
  for (const b of now) if (!old.some((o) => same(o, b))) out.push({ ...b, n: 1 });
  return out;
}

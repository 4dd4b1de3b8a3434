/**
 * The numbers a window display shows as next: those its counter's 叫下一位 would take, in that order
 * (the same query the counter desk's queue list reads).
 */
import type { Db } from '../db/open';
import { counterById } from '../db/queries/hall';
import { waitingFor } from '../db/queries/tickets';
import { callOrder } from '../queue';
import { WINDOW_NEXT_SHOWN } from '../../protocol/display-kind';

export function windowNextNumbers(db: Db, counterId: number, now: number): string[] {
  const counter = counterById(db, counterId);
  return counter ? callOrder(waitingFor(db, counter.serviceIds, counter.id, WINDOW_NEXT_SHOWN, now), counter, now)
    .slice(0, WINDOW_NEXT_SHOWN).map((t) => t.number) : [];
}

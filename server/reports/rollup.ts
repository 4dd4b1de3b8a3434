/**
 * Keeps the reports' roll-up (migration 016) current. Why this design:
 * - Reports must not scan history (a year of a large hall is 3 million tickets and many more events),
 *   so they read per-day sums: one row per business day and group for each grouping (centre, service,
 *   counter, staff, hour, and the hall's total), and per-day histograms of wait and service times from
 *   which medians and 90th percentiles of any range are read (./buckets.ts). A year by centre adds up a
 *   few thousand rows.
 * - A ticket's figures change after it was issued (called, transferred, served, rated days later, its
 *   差评 case rectified later), so each ticket also keeps its current contribution as a fact row
 *   (report_tickets). When anything about it changes, its fact is computed again from the ticket, its
 *   event log, its rating and its case (./ticket-fact.ts), and only the difference to the stored fact
 *   is applied to the day rows — a few small writes per change, whatever the history.
 * - A change notes the tickets it touched (report_pending) in its own transaction, so a change that rolls
 *   back takes its note with it and one that commits can never lose it, not even to a crash. The figures
 *   follow in a transaction of their own (catchUpRollup): shortly after, for every change of that moment
 *   at once (./catch-up-timer.ts), at every start, and always before a report is read, so a report never
 *   sees a ticket without its figures. Taken in with each command, they made every call write six day
 *   rows, their histograms and a fact for each ticket it touched (measured on the bus: about a third of a
 *   call's or an issue's CPU), while a busy hall's calls of one second mostly move the same rows: its
 *   day, its hour, its centre.
 * - Hours of day are local to the hall's time zone, which only the running server knows: the roll-up
 *   records the zone it was built for and is rebuilt from the tickets and events (the back-fill) when
 *   it was never built (a hall upgraded to migration 016) or built for another zone. The back-fill
 *   makes every fact with the same code as the live path; a test compares the two.
 */
import type { Db } from '../db/open';
import { applyChange, clearRollup, factInputs, factInputsAfter, saveFact, storedFact, takePending } from '../db/queries/report-rollup';
import { readSetting, writeSetting } from '../db/queries/settings';
import { changesBetween, type RollupChange, type TicketFact, factOf } from './ticket-fact';

const BUILT_FOR = 'reportRollupTimezone';

function computedFact(db: Db, ticketId: number, timezone: string): TicketFact | null {
  const inputs = factInputs(db, ticketId);
  return inputs ? factOf(inputs, timezone) : null;
}

/**
 * Takes every noted ticket into the roll-up, in one transaction (a savepoint inside another); answers how
 * many there were.
 */
export function catchUpRollup(db: Db, timezone: string): number {
  return db.transaction(() => {
    const ids = takePending(db);
    refreshTicketFacts(db, ids, timezone);
    return ids.length;
  })();
}

/**
 * Brings the roll-up up to date for these tickets. The tickets' changes are summed per day row first, so
 * tickets that move the same rows — the hall's day, the same hour, the same centre — write each once.
 */
function refreshTicketFacts(db: Db, ticketIds: Iterable<number>, timezone: string): void {
  const rows = new Map<string, RollupChange>();
  for (const id of ticketIds) {
    const after = computedFact(db, id, timezone);
    const before = storedFact(db, id);
    if (!after) continue;
    const changes = changesBetween(before, after);
    if (changes.length === 0) continue;
    for (const change of changes) accumulate(rows, change);
    saveFact(db, after);
  }
  for (const row of rows.values()) if (moves(row)) applyChange(db, row);
}

/** Whether a summed change still moves anything (two tickets' changes to one row may cancel out). */
function moves(row: RollupChange): boolean {
  return (row.sums?.some((v) => v !== 0) ?? false) || row.buckets.some((b) => b.n !== 0);
}

/** Adds a change to changes summed in memory by day row (a refresh, a back-fill), in place: one row takes many tickets. */
function accumulate(rows: Map<string, RollupChange>, change: RollupChange): void {
  const id = `${change.dim}\u0000${change.businessDay}\u0000${change.key}`;
  const row = rows.get(id);
  if (!row) {
    // A copy: changes share their figures (changesBetween), and the row's are added to.
    rows.set(id, { ...change, sums: change.sums ? [...change.sums] : null, buckets: change.buckets.map((b) => ({ ...b })) });
    return;
  }
  if (change.sums) {
    const sums = (row.sums ??= change.sums.map(() => 0));
    change.sums.forEach((v, i) => {
      sums[i] = (sums[i] ?? 0) + v;
    });
  }
  for (const b of change.buckets) {
    const same = row.buckets.find((x) => x.measure === b.measure && x.bucket === b.bucket);
    if (same) same.n += b.n;
    else row.buckets.push({ ...b });
  }
}

/**
 * Builds the whole roll-up again from the tickets, their events, ratings and cases (the back-fill).
 * Facts are made by the same function as on the live path, from the same inputs read a page of tickets
 * at a time, and written as they are made; the day rows are summed in memory (a few
 * hundred per day) and written at the end.
 */
export function rebuildRollup(db: Db, timezone: string): number {
  return db.transaction(() => {
    clearRollup(db);
    const rows = new Map<string, RollupChange>();
    let last = 0;
    let count = 0;
    for (;;) {
      const page = factInputsAfter(db, last, 5000);
      if (page.length === 0) break;
      for (const inputs of page) {
        const fact = factOf(inputs, timezone);
        for (const change of changesBetween(null, fact)) accumulate(rows, change);
        saveFact(db, fact);
        count += 1;
      }
      last = page[page.length - 1]?.ticket.id ?? last;
    }
    for (const row of rows.values()) applyChange(db, row);
    writeSetting(db, BUILT_FOR, timezone);
    return count;
  })();
}

/**
 * At start: back-fills the roll-up when it was never built, or built for another time zone, and takes in
 * the tickets a crash left noted.
 */
export function ensureRollup(db: Db, timezone: string): void {
  if (readSetting<string>(db, BUILT_FOR) !== timezone) rebuildRollup(db, timezone);
  catchUpRollup(db, timezone);
}

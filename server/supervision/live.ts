/**
 * The live board and its alerts, kept by the server once for everyone. The board is computed when the
 * hall changes (a committed command, a device connecting or leaving), at most once per interval, and
 * once per interval while a supervisor watches (waits grow with the clock); every supervisor gets the
 * same computed board, pushed to their room or answered to supervision.get from the last one. Displays,
 * kiosks and phones cost it nothing: they neither cause a computation nor receive the board.
 *
 * Each computation also stores the alerts the board shows (./alert-rules.ts, ./alert-sync.ts) and pushes
 * the alerts that changed. Without a watching supervisor, the alerts are still looked at every
 * QUIET_CHECK_INTERVALS intervals, so a condition that comes with time alone (a wait reaching red) is
 * stored for the supervisor who logs in later, and a change is looked at within UNWATCHED_INTERVALS
 * intervals rather than one: nobody sees the board then, and what it alerts on is measured in minutes,
 * so the hall's every call need not pay for a board nobody reads (a board costs as much as a call's own
 * command). A supervisor who opens it asks for it (supervision.get), and that answer is computed fresh.
 * Tests run with interval 0 (after each change only) and call `check()` after moving their clock.
 */
import type { Db } from '../db/open';
import type { Clock, DevicePresencePort, PrinterStatusPort, SupervisionPort } from '../commands/context';
import type { Outbox } from '../commands/outbox';
import type { SupervisionBoard } from '../../protocol/supervision';
import type { SupervisionRoom } from '../realtime/supervision-room';
import { joinsSupervisors } from '../realtime/supervisors-room';
import { businessDay } from '../queue';
import { listDevices } from '../db/queries/devices';
import { alertById } from '../db/queries/alerts';
import { userById, type UserRecord } from '../db/queries/users';
import { buildBoard, type BoardInputs } from './board';
import { readBoardInputs } from './board-inputs';
import { inOneTransaction, type InOneTransaction } from '../db/atomic';
import { alertConditions, type WatchedDevice } from './alert-rules';
import { syncAlerts } from './alert-sync';

/** A board younger than this (by the hall's clock) is answered again when nothing changed since. */
export const FRESH_MS = 500;
const QUIET_CHECK_INTERVALS = 10;
const UNWATCHED_INTERVALS = 5;

export interface SupervisionSources {
  db: Db;
  clock: Clock;
  timezone: () => string;
  presence: DevicePresencePort;
  printers: PrinterStatusPort;
}

/** Whether the account (as it is now) still belongs in the supervisors' room. */
function staysSupervisor(user: UserRecord | null): boolean {
  return user !== null && user.active && joinsSupervisors({ kind: 'user', userId: user.id, role: user.role, displayName: user.displayName,
    mustChangePassword: user.mustChangePassword });
}

export class SupervisionLive implements SupervisionPort {
  /** How many times the board was computed (tests prove it does not grow with clients). */
  computations = 0;
  private last: SupervisionBoard | null = null;
  private dirty = true;
  private pushed = '';
  private timer: { cancel(): void } | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private room: SupervisionRoom | null = null;
  private stopped = false;

  /** The board's inputs are read in one read transaction (server/db/atomic.ts). */
  private readonly inOneRead: InOneTransaction;

  constructor(private readonly src: SupervisionSources, private readonly intervalMs: number,
    private readonly logError: (err: unknown) => void = console.error) {
    this.inOneRead = inOneTransaction(src.db);
  }

  private readInputs(now: number, idleSince: ReadonlyMap<number, number>): BoardInputs {
    return this.inOneRead(() => readBoardInputs(this.src, now, businessDay(now, this.src.timezone()), idleSince));
  }

  start(room: SupervisionRoom): void {
    this.room = room;
    this.stopped = false;
    if (this.intervalMs > 0) {
      this.ticker = setInterval(() => this.tick(), this.intervalMs);
      this.ticker.unref();
    }
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    this.timer?.cancel();
    if (this.ticker !== null) clearInterval(this.ticker);
    this.timer = null;
    this.ticker = null;
  }

  /** Something the board shows may have changed (a device came or went, a printer's state). */
  changed(): void {
    this.dirty = true;
    this.schedule();
  }

  /** After a command's commit: alerts it raised or acknowledged go out now; the board follows. */
  committed(outbox: Outbox): void {
    if (outbox.empty) return;
    this.room?.dismiss(new Set([...outbox.changedUsers].filter((id) => !staysSupervisor(userById(this.src.db, id)))));
    for (const id of outbox.alerts) {
      const alert = alertById(this.src.db, id);
      if (alert) this.room?.alert(alert);
    }
    this.changed();
  }

  /** The board for the hall as it is now: the last one while nothing changed and it is fresh, else a new one. */
  board(): SupervisionBoard {
    const now = this.src.clock.now();
    if (this.last && !this.dirty && now - this.last.at < FRESH_MS) return this.last;
    return this.compute(now);
  }

  /** Computes the board, stores the alerts it shows, and pushes what changed to the supervisors' room. */
  check(): void {
    this.lastCheck = performance.now();
    const board = this.board();
    const { db } = this.src;
    const devices: WatchedDevice[] = listDevices(db).map((d) => ({ id: d.id, name: d.name, kind: d.kind,
      online: this.src.presence.connections(d.id) > 0, lastSeenAt: d.lastSeenAt }));
    const changed = db.transaction(() => syncAlerts(db, alertConditions(board, devices), board.at))();
    for (const id of changed) {
      const alert = alertById(db, id);
      if (alert) this.room?.alert(alert);
    }
    // A board that differs only in when it was computed is not sent again (nor serialised for nobody).
    if (!this.room?.watched()) return;
    const shown = JSON.stringify({ ...board, at: 0 });
    if (shown !== this.pushed) {
      this.pushed = shown;
      this.room.board(board);
    }
  }

  private compute(now: number): SupervisionBoard {
    this.computations += 1;
    this.dirty = false;
    const idleSince = new Map((this.last?.counters ?? []).flatMap((c) => (c.idleSince === null ? [] : [[c.id, c.idleSince] as const])));
    this.last = buildBoard(this.readInputs(now, idleSince));
    return this.last;
  }

  private safeCheck(): void {
    try {
      this.check();
    } catch (err) {
      // A full or read-only disk must not stop the hall: the next change or tick tries again.
      this.logError(err);
    }
  }

  private schedule(): void {
    if (this.timer !== null || this.stopped || this.room === null) return;
    const run = (): void => {
      this.timer = null;
      this.safeCheck();
    };
    const wait = this.lastCheck + this.changeSpacing() - performance.now();
    // Right after the change when the interval allows: once the command that made it has answered, but
    // before anything else (its caller's next command) is read.
    if (wait <= 0) {
      const immediate = setImmediate(run);
      this.timer = { cancel: () => clearImmediate(immediate) };
    } else {
      const timeout = setTimeout(run, wait);
      this.timer = { cancel: () => clearTimeout(timeout) };
    }
  }

  /** The least time between checks after changes: one interval while a supervisor watches, more while nobody does. */
  private changeSpacing(): number {
    return this.room?.watched() ? this.intervalMs : this.intervalMs * UNWATCHED_INTERVALS;
  }

  private tick(): void {
    if (this.timer !== null) return; // a check after a change is already on its way
    const since = performance.now() - this.lastCheck;
    const due = this.dirty ? this.changeSpacing() : this.intervalMs * QUIET_CHECK_INTERVALS;
    if (since >= due || this.room?.watched()) this.safeCheck();
  }
}

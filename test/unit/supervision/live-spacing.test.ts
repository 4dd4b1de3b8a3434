/**
 * How often the live board is computed after changes (server/supervision/live.ts): once per interval
 * while a supervisor watches, and only once per several intervals while nobody does — a busy hall's
 * every call would otherwise pay for a board nobody reads. A supervisor who asks for the board then
 * still gets it fresh. Timers and performance.now() are jest's fake ones; the database is a real file.
 */
import { SupervisionLive } from '../../../server/supervision/live';
import type { SupervisionRoom } from '../../../server/realtime/supervision-room';
import type { SupervisionBoard } from '../../../protocol/supervision';
import { openDatabase, type Db } from '../../../server/db/open';
import { tempDir } from '../../../testkit/hall';
import { ManualClock, beijing } from '../../support/clock';

const INTERVAL_MS = 100;

let db: Db;
let live: SupervisionLive;
let watched: boolean;
let pushed: SupervisionBoard[];

beforeEach(() => {
  jest.useFakeTimers();
  db = openDatabase(tempDir('supervision-spacing-'));
  watched = false;
  pushed = [];
  const room: SupervisionRoom = {
    watched: () => watched,
    board: (board) => pushed.push(board),
    alert: () => undefined,
    dismiss: () => undefined,
  };
  const clock = new ManualClock(beijing('2026-12-01T09:00:00'));
  live = new SupervisionLive({ db, clock, timezone: () => 'Asia/Shanghai', presence: { connections: () => 0 },
    printers: { canPrint: () => true, views: () => [] } }, INTERVAL_MS);
  live.start(room);
  jest.advanceTimersByTime(1); // the first check, straight after the start
});

afterEach(() => {
  live.stop();
  db.close();
  jest.useRealTimers();
});

/** Changes made one after another, a tenth of an interval apart, for `ms`: how many boards they cost. */
function changesFor(ms: number): number {
  const before = live.computations;
  for (let t = 0; t < ms; t += INTERVAL_MS / 10) {
    live.changed();
    jest.advanceTimersByTime(INTERVAL_MS / 10);
  }
  return live.computations - before;
}

it('computes once per interval while a supervisor watches', () => {
  watched = true;
  expect(changesFor(10 * INTERVAL_MS)).toBeGreaterThanOrEqual(9);
  expect(pushed.length).toBeGreaterThan(0);
});

it('computes only once per five intervals while nobody watches', () => {
  const computed = changesFor(10 * INTERVAL_MS);
  expect(computed).toBeGreaterThanOrEqual(2);
  expect(computed).toBeLessThanOrEqual(3);
  expect(pushed).toEqual([]);
});

it('answers a supervisor who asks with a board computed after the last change', () => {
  changesFor(INTERVAL_MS);
  const before = live.computations;
  live.changed();
  const board = live.board();
  expect(live.computations).toBe(before + 1);
  expect(live.board()).toBe(board); // nothing changed since: the same board again
});

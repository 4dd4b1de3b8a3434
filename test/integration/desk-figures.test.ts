/**
 * desk.figures through the real server: a staff member's own day — residents served to the end, the
 * average time in service from the event log (held time left out), and today's ratings with the 好评率 —
 * bounded by the business day in the hall's time zone, and never anyone else's.
 */
import type { DeskFigures } from '../../protocol/desk-figures';
import type { CaseSummary } from '../../protocol/cases';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectRefusal } from '../support/refusal';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let kiosk: ClientSocket;

const MINUTE = 60_000;

beforeAll(async () => {
  // Sunday evening 29 November 2026 in the demo hall (open at any hour).
  clock = new ManualClock(beijing('2026-11-29T22:00:00'));
  th = await startTestHall({ clock });
  api = new HttpApi(th.url);
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
});

afterAll(async () => {
  kiosk.close();
  await th.close();
});

/** Serves one resident at the counter: called now, in service `minutes` (optionally held in between), finished. */
async function serve(desk: ClientSocket, counterId: number, serviceId: string, minutes: number, heldMinutes = 0): Promise<string> {
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() }));
  ok(await send(desk, 'counter.callNext', { counterId }));
  clock.advance(MINUTE);
  ok(await send(desk, 'counter.start', { counterId }));
  if (heldMinutes > 0) {
    clock.advance(2 * MINUTE);
    ok(await send(desk, 'counter.hold', { counterId }));
    clock.advance(heldMinutes * MINUTE);
    ok(await send(desk, 'counter.resume', { counterId, ticketId: issued.ticket.id }));
    clock.advance((minutes - 2) * MINUTE);
  } else {
    clock.advance(minutes * MINUTE);
  }
  ok(await send(desk, 'counter.finish', { counterId }));
  return issued.ticket.token;
}

const rate = (token: string, level: number) =>
  api.ok('POST', '/api/ratings', { body: { token, level, ...(level <= 2 ? { reasons: ['efficiency'] } : {}) } });

it('counts only the caller\'s own service today: served, average service time without held time, ratings and 好评率', async () => {
  // Yesterday evening: one resident served and rated, which today's figures leave out.
  const staffToken = await login(th.url, 'staff');
  let desk = await connect(th.url, { token: staffToken });
  ok(await send(desk, 'counter.open', { counterId: 3 }));
  await rate(await serve(desk, 3, 'food-business-permit', 10), 5);
  desk.close();

  // Today (the day's first command closes yesterday's counters): two residents, one held for 8 minutes.
  clock.set(beijing('2026-11-30T09:00:00'));
  const staff: Caller = { token: await login(th.url, 'staff') };
  desk = await connect(th.url, staff);
  ok(await send(desk, 'counter.open', { counterId: 3 }));
  const first = await serve(desk, 3, 'food-business-permit', 4);
  const second = await serve(desk, 3, 'food-business-permit', 5, 8);
  await rate(first, 5);
  await rate(second, 2);
  // Another staff member's service and rating at another window.
  const other = await connect(th.url, { token: await login(th.url, 'social') });
  ok(await send(other, 'counter.open', { counterId: 4 }));
  await rate(await serve(other, 4, 'minimum-living-allowance', 3), 1);

  const mine = ok(await send(desk, 'desk.figures', {}));
  expect(mine).toEqual<DeskFigures>({
    businessDay: '2026-11-30', served: 2, averageServiceMs: 4.5 * MINUTE,
    ratingsByLevel: { 5: 1, 4: 0, 3: 0, 2: 1, 1: 0 }, ratings: 2, satisfaction: 0.5,
  });
  // The same over HTTP; the other staff member sees theirs alone.
  expect(await api.ok<DeskFigures>('GET', '/api/desk/figures', staff)).toEqual(mine);
  expect(ok(await send(other, 'desk.figures', {}))).toMatchObject({ served: 1, averageServiceMs: 3 * MINUTE, ratings: 1, satisfaction: 0 });
  // The desk's open cases come from case.list, which shows a staff member only their own.
  const cases = ok(await send(desk, 'case.list', { status: 'open' })) as CaseSummary[];
  expect(cases.map((c) => [c.level, c.staffName])).toEqual([[2, '王晓兰']]);

  // A supervisor who served nobody today has empty figures; devices and callers without a login have none.
  const lead = await connect(th.url, { token: await login(th.url, 'supervisor') });
  expect(ok(await send(lead, 'desk.figures', {}))).toEqual({ businessDay: '2026-11-30', served: 0, averageServiceMs: null,
    ratingsByLevel: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 }, ratings: 0, satisfaction: null });
  expectRefusal(await send(kiosk, 'desk.figures', {}), 'FORBIDDEN');
  await api.refused('GET', '/api/desk/figures', 'UNAUTHENTICATED');
  // Input is not a way to ask for another's figures.
  expectRefusal(await send(desk, 'desk.figures', { staffId: 2 }), 'BAD_REQUEST');
  for (const s of [desk, other, lead]) s.close();
});

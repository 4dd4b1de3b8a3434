/**
 * The end of a business day and counters left open, through the real server: a supervisor or admin
 * releases a counter a colleague left open (audited; a ticket in hand is held, not lost), counters still
 * logged in from yesterday close at the day boundary, and an idempotency key answers only within its
 * own day.
 */
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';
import { insertUser } from '../../server/db/queries/users';
import { closeCountersLeftOpen } from '../../server/hall/rollover';
import { Outbox } from '../../server/commands/outbox';
import { hashPassword } from '../../server/auth/password';

let th: TestHall;
let clock: ManualClock;
let kiosk: ClientSocket;
let staff: ClientSocket;
const extra: ClientSocket[] = [];

beforeEach(async () => {
  clock = new ManualClock(beijing('2026-03-10T09:00:00'));
  th = await startTestHall({ clock });
  insertUser(th.hall.db, { username: 'leader', displayName: '中心主任', role: 'supervisor', passwordHash: hashPassword(STAFF_PASSWORD) }, clock.now());
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  staff = await connect(th.url, { token: await login(th.url, 'staff') });
});
afterEach(async () => {
  for (const s of [kiosk, staff, ...extra.splice(0)]) s.close();
  await th.close();
});

async function as(username: string, password = STAFF_PASSWORD): Promise<ClientSocket> {
  const socket = await connect(th.url, { token: await login(th.url, username, password) });
  extra.push(socket);
  return socket;
}

describe('releasing a counter left open', () => {
  it('a supervisor releases a colleague\'s counter: it closes, the ticket in hand is held, an audit line names it', async () => {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: idemKey() })) as IssuedTicket;
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    ok(await send(staff, 'counter.callNext', { counterId: 1 }));
    staff.close();

    // Another staff member cannot take the window, nor release it.
    const [second = 'staff01'] = addStaff(th.hall, 1);
    const colleague = await as(second);
    const before = fingerprint(th.hall.db);
    expectRefusal(await send(colleague, 'counter.open', { counterId: 1 }), 'COUNTER_TAKEN');
    expectRefusal(await send(colleague, 'counter.release', { counterId: 1 }), 'FORBIDDEN');
    expect(fingerprint(th.hall.db)).toEqual(before);

    const leader = await as('leader');
    const released = ok(await send(leader, 'counter.release', { counterId: 1 }));
    expect(released.counter).toMatchObject({ id: 1, status: 'closed', staffName: null });
    const row = th.hall.db.prepare('SELECT status, counter_id AS counterId FROM tickets WHERE id = ?').get(issued.ticket.id);
    expect(row).toEqual({ status: 'held', counterId: 1 });
    const audit = th.hall.db.prepare("SELECT command, subject, after_json AS after FROM audit_log WHERE command = 'counter.release'").all() as
      { command: string; subject: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ subject: 'counter:1' });
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ status: 'closed', heldTicket: issued.ticket.number });
    expectRefusal(await send(leader, 'counter.release', { counterId: 1 }), 'COUNTER_NOT_OPEN');
    expectRefusal(await send(leader, 'counter.release', { counterId: 999 }), 'COUNTER_NOT_FOUND');

    // The window is free again: a colleague logs in and resumes the held ticket.
    ok(await send(colleague, 'counter.open', { counterId: 1 }));
    const resumed = ok(await send(colleague, 'counter.resume', { counterId: 1, ticketId: issued.ticket.id }));
    expect(resumed.current?.number).toBe(issued.ticket.number);

    // Admins may release too.
    const admin = await as('admin', ADMIN_PASSWORD);
    expect(ok(await send(admin, 'counter.release', { counterId: 1 })).counter.status).toBe('closed');
  });
});

describe('the business-day boundary', () => {
  it('closes counters still logged in from yesterday; a counter opened today after a restart stays open', async () => {
    ok(await send(staff, 'counter.open', { counterId: 1 }));
    ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: idemKey() }));
    ok(await send(staff, 'counter.callNext', { counterId: 1 }));
    clock.set(beijing('2026-03-11T08:40:00'));
    // The first command of the new day runs the boundary.
    ok(await send(kiosk, 'hall.snapshot', {}));
    const counters = th.hall.db.prepare("SELECT id, status, staff_id AS staffId FROM counters WHERE id = 1").get();
    expect(counters).toEqual({ id: 1, status: 'closed', staffId: null });
    // Yesterday's session has ended too; logged in again, the window must be opened anew.
    const morning = await as('staff');
    expectRefusal(await send(morning, 'counter.callNext', { counterId: 1 }), 'COUNTER_NOT_OPEN');
    const closing = th.hall.db.prepare("SELECT type, user_id AS userId FROM counter_events WHERE counter_id = 1 ORDER BY id DESC LIMIT 1").get();
    expect(closing).toEqual({ type: 'closed', userId: null });

    // Opened today, it stays open whatever the boundary check runs again (a restart, the timer).
    ok(await send(morning, 'counter.open', { counterId: 1 }));
    th.hall.db.transaction(() => closeCountersLeftOpen(th.hall.db, '2026-03-11', th.hall.settings.timezone, clock.now(), new Outbox()))();
    expect(th.hall.db.prepare('SELECT status FROM counters WHERE id = 1').get()).toEqual({ status: 'open' });
  });

  it('an idempotency key from yesterday issues a new ticket today instead of answering yesterday\'s expired one', async () => {
    const yesterday = ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: 'kiosk-screen-key-1' })) as IssuedTicket;
    const again = ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: 'kiosk-screen-key-1' })) as IssuedTicket;
    expect(again.ticket.id).toBe(yesterday.ticket.id);

    clock.set(beijing('2026-03-11T09:00:00'));
    const today = ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: 'kiosk-screen-key-1' })) as IssuedTicket;
    expect(today.ticket.id).not.toBe(yesterday.ticket.id);
    expect(today.ticket).toMatchObject({ number: 'A001', status: 'waiting' });
    const old = th.hall.db.prepare('SELECT status FROM tickets WHERE id = ?').get(yesterday.ticket.id);
    expect(old).toEqual({ status: 'expired' });
    // Within the new day the key answers the new ticket.
    const retry = ok(await send(kiosk, 'ticket.issue', { serviceId: 'company-registration', idempotencyKey: 'kiosk-screen-key-1' })) as IssuedTicket;
    expect(retry.ticket.id).toBe(today.ticket.id);
  });
});

/**
 * Matters (办件) through the real server: the staff member who finished a ticket records its matter and
 * gets a hall-made 受理编号; the state moves follow protocol/matter-flow.ts (refused moves with their codes,
 * nothing changed); the resident looks it up over GET /api/cases/lookup with the last four digits of the
 * phone, and an unknown number and a wrong tail answer alike; the full phone number is in no answer, no
 * column and no audit line; misses are limited per caller.
 */
import type { MatterPublicView, MatterView } from '../../protocol/matters';
import { MATTER_NUMBER } from '../../protocol/matters';
import type { IssuedTicket, TicketTrack } from '../../protocol/views';
import type { AuditLine } from '../../protocol/admin';
import { ADMIN_PASSWORD, addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';
import { MISSES_ALLOWED } from '../../server/matters/lookup-misses';
import { HttpApi, type Caller } from '../support/http-api';
import { fingerprint } from '../support/state';

const PHONE = '13912345678';
const TAIL = '5678';
const SERVICE = 'company-registration';
const COUNTER = 1;

let th: TestHall;
let api: HttpApi;
let staff: Caller;
let other: Caller;
let admin: Caller;
let desk: ClientSocket;
let kiosk: ClientSocket;

beforeEach(async () => {
  th = await startTestHall();
  api = new HttpApi(th.url);
  const [second = 'staff01'] = addStaff(th.hall, 1);
  staff = { token: await login(th.url, 'staff') };
  other = { token: await login(th.url, second) };
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  desk = await connect(th.url, staff);
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
});

afterEach(async () => {
  kiosk.close();
  desk.close();
  await th.close();
});

async function served(): Promise<IssuedTicket> {
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
  ok(await send(desk, 'counter.callNext', { counterId: COUNTER }));
  ok(await send(desk, 'counter.start', { counterId: COUNTER }));
  ok(await send(desk, 'counter.finish', { counterId: COUNTER }));
  return issued;
}

function record(issued: IssuedTicket, extra: Record<string, unknown> = {}): Promise<MatterView> {
  return api.ok<MatterView>('POST', '/api/matters', { ...staff, body: { ticketNumber: issued.ticket.number, phone: PHONE, state: 'accepted', ...extra } });
}

function lookupPath(number: string, tail: string): string {
  return `/api/cases/lookup?number=${encodeURIComponent(number)}&phoneTail=${tail}`;
}

function move(number: string, body: Record<string, unknown>, by: Caller = staff): Promise<MatterView> {
  return api.ok<MatterView>('POST', `/api/matters/${number}/state`, { ...by, body });
}

describe('recording a matter', () => {
  it('gives a hall-made 受理编号, keeps the phone masked, and tells the ticket\'s phone page', async () => {
    const issued = await served();
    const phonePage = await connect(th.url);
    ok(await send(phonePage, 'ticket.track', { token: issued.ticket.token }));
    const told = ticketChange(phonePage, (t: TicketTrack) => t.matterNumber !== undefined);
    const matter = await record(issued);
    expect(matter.number).toMatch(MATTER_NUMBER);
    expect(matter).toMatchObject({ state: 'accepted', ticketNumber: issued.ticket.number, serviceId: SERVICE, maskedPhone: '139********',
      materials: [], reason: null, staffName: expect.any(String) });
    expect(matter.history).toEqual([{ state: 'accepted', at: expect.any(Number), materials: [], reason: null }]);
    expect((await told).matterNumber).toBe(matter.number);
    expect((await api.track(issued.ticket.token)).matterNumber).toBe(matter.number);
    phonePage.close();
    // Two matters never share a number, and numbers do not follow one another.
    const second = await record(await served());
    expect(second.number).not.toBe(matter.number);
  });

  it('is refused for a ticket not finished, finished by someone else, unknown, or already recorded, changing nothing', async () => {
    const issued = await served();
    const waiting = ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICE, idempotencyKey: idemKey() }));
    const before = fingerprint(th.hall.db);
    const body = (number: string): Record<string, unknown> => ({ ticketNumber: number, phone: PHONE, state: 'accepted' });
    await api.refused('POST', '/api/matters', 'MATTER_NOT_ALLOWED', { ...staff, body: body(waiting.ticket.number) });
    await api.refused('POST', '/api/matters', 'MATTER_NOT_ALLOWED', { ...other, body: body(issued.ticket.number) });
    await api.refused('POST', '/api/matters', 'MATTER_NOT_ALLOWED', { ...admin, body: body(issued.ticket.number) });
    await api.refused('POST', '/api/matters', 'TICKET_NOT_FOUND', { ...staff, body: body('Z999') });
    // 补正 needs materials, 不予受理 a reason, and neither takes the other's; 办结 is never a first state.
    expect((await api.refused('POST', '/api/matters', 'BAD_REQUEST', { ...staff, body: { ...body(issued.ticket.number), state: 'correction' } })).fields)
      .toEqual(['materials']);
    expect((await api.refused('POST', '/api/matters', 'BAD_REQUEST', { ...staff, body: { ...body(issued.ticket.number), state: 'rejected' } })).fields)
      .toEqual(['reason']);
    expect((await api.refused('POST', '/api/matters', 'BAD_REQUEST',
      { ...staff, body: { ...body(issued.ticket.number), materials: ['身份证'] } })).fields).toEqual(['materials']);
    await api.refused('POST', '/api/matters', 'BAD_REQUEST', { ...staff, body: { ...body(issued.ticket.number), state: 'completed' } });
    await api.refused('POST', '/api/matters', 'BAD_REQUEST', { ...staff, body: { ...body(issued.ticket.number), phone: '12-34' } });
    await api.refused('POST', '/api/matters', 'UNAUTHENTICATED', { body: body(issued.ticket.number) });
    await api.refused('POST', '/api/matters', 'FORBIDDEN', { deviceKey: th.kioskKey, body: body(issued.ticket.number) });
    expect(fingerprint(th.hall.db)).toEqual(before);
    await record(issued);
    await api.refused('POST', '/api/matters', 'MATTER_EXISTS', { ...staff, body: body(issued.ticket.number) });
  });
});

describe('moving a matter', () => {
  it('follows the one rule: 受理 → 补正 → 受理 → 办结, each step in the history with its time', async () => {
    const matter = await record(await served());
    const corrected = await move(matter.number, { state: 'correction', materials: ['营业执照复印件', '法定代表人身份证', '营业执照复印件'] });
    expect(corrected).toMatchObject({ state: 'correction', materials: ['营业执照复印件', '法定代表人身份证'], reason: null });
    const back = await move(matter.number.toLowerCase(), { state: 'accepted' }, other);
    expect(back).toMatchObject({ state: 'accepted', materials: [] });
    const done = await move(matter.number, { state: 'completed' });
    expect(done.history.map((s) => s.state)).toEqual(['accepted', 'correction', 'accepted', 'completed']);
    expect(done.history[1]?.materials).toEqual(['营业执照复印件', '法定代表人身份证']);
    const times = done.history.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const read = await api.ok<MatterView>('GET', `/api/matters/${matter.number}`, other);
    expect(read).toEqual(done);
  });

  it('refuses moves the rule does not allow, with their codes, changing nothing', async () => {
    const matter = await record(await served());
    const before = fingerprint(th.hall.db);
    expect((await api.refused('POST', `/api/matters/${matter.number}/state`, 'MATTER_STATE_INVALID', { ...staff, body: { state: 'accepted' } })));
    expect((await api.refused('POST', `/api/matters/${matter.number}/state`, 'BAD_REQUEST', { ...staff, body: { state: 'rejected' } })).fields)
      .toEqual(['reason']);
    expect((await api.refused('POST', `/api/matters/${matter.number}/state`, 'BAD_REQUEST', { ...staff, body: { state: 'correction' } })).fields)
      .toEqual(['materials']);
    expect((await api.refused('POST', `/api/matters/${matter.number}/state`, 'BAD_REQUEST',
      { ...staff, body: { state: 'completed', reason: '材料不全' } })).fields).toEqual(['reason']);
    await api.refused('POST', '/api/matters/BJ23456789AB/state', 'MATTER_NOT_FOUND', { ...staff, body: { state: 'completed' } });
    await api.refused('POST', `/api/matters/${matter.number}/state`, 'UNAUTHENTICATED', { body: { state: 'completed' } });
    expect(fingerprint(th.hall.db)).toEqual(before);

    const rejected = await move(matter.number, { state: 'rejected', reason: '不属于本中心受理范围' });
    expect(rejected).toMatchObject({ state: 'rejected', reason: '不属于本中心受理范围' });
    const closed = fingerprint(th.hall.db);
    for (const state of ['accepted', 'correction', 'completed', 'rejected']) {
      await api.refused('POST', `/api/matters/${matter.number}/state`, 'MATTER_CLOSED',
        { ...staff, body: { state, ...(state === 'correction' ? { materials: ['x'] } : {}), ...(state === 'rejected' ? { reason: 'x' } : {}) } });
    }
    expect(fingerprint(th.hall.db)).toEqual(closed);
  });
});

describe('the resident\'s lookup', () => {
  it('shows state, history, 补正 materials and 不予受理 reason with the right tail; a wrong tail and an unknown number answer alike', async () => {
    const matter = await record(await served());
    await move(matter.number, { state: 'correction', materials: ['营业执照复印件'] });
    const seen = await api.ok<MatterPublicView>('GET', lookupPath(matter.number, TAIL));
    expect(seen).toEqual({ number: matter.number, serviceId: SERVICE, state: 'correction', materials: ['营业执照复印件'], reason: null,
      recordedAt: matter.recordedAt, history: [expect.objectContaining({ state: 'accepted' }), expect.objectContaining({ state: 'correction' })] });
    // The number as people write it down (dashes, small letters) finds it too.
    const grouped = `${matter.number.slice(0, 2)}-${matter.number.slice(2, 6)}-${matter.number.slice(6)}`.toLowerCase();
    expect((await api.ok<MatterPublicView>('GET', lookupPath(grouped, TAIL))).number).toBe(matter.number);

    const wrongTail = await api.refused('GET', lookupPath(matter.number, '5679'), 'MATTER_NOT_FOUND');
    const unknown = await api.refused('GET', lookupPath('BJ23456789AB', TAIL), 'MATTER_NOT_FOUND');
    expect(wrongTail).toEqual(unknown);
    await api.refused('GET', lookupPath(matter.number, '567'), 'BAD_REQUEST');
    await api.refused('GET', `/api/cases/lookup?number=${matter.number}`, 'BAD_REQUEST');

    await move(matter.number, { state: 'rejected', reason: '申请人不符合条件' });
    expect(await api.ok<MatterPublicView>('GET', lookupPath(matter.number, TAIL))).toMatchObject({ state: 'rejected', materials: [],
      reason: '申请人不符合条件' });
    // The socket transport reaches the same handler.
    const phone = await connect(th.url);
    expect(ok(await send(phone, 'matter.lookup', { number: matter.number, phoneTail: TAIL })).state).toBe('rejected');
    phone.close();
  });

  it('never holds the full phone number in an answer, a column or an audit line', async () => {
    const matter = await record(await served());
    await move(matter.number, { state: 'completed' });
    const answers = [
      matter, await api.ok('GET', `/api/matters/${matter.number}`, staff), await api.ok('GET', lookupPath(matter.number, TAIL)),
      await api.ok<AuditLine[]>('GET', `/api/audit?subject=matter:${matter.number}`, admin),
    ];
    // Times are long numbers: the last seven digits stand for the number, and the tail is looked for where text is.
    for (const answer of answers) {
      expect(JSON.stringify(answer)).not.toContain(PHONE.slice(-7));
      expect(JSON.stringify(answer)).not.toMatch(new RegExp(`"[^"]*${TAIL}[^"]*"`));
    }
    const audit = answers[3] as AuditLine[];
    expect(audit.map((line) => line.command).sort()).toEqual(['matter.move', 'matter.record']);
    const rows = JSON.stringify([...th.hall.db.prepare('SELECT * FROM matters').all(), ...th.hall.db.prepare('SELECT * FROM matter_steps').all(),
      ...th.hall.db.prepare('SELECT * FROM audit_log').all()]);
    expect(rows).not.toContain(PHONE.slice(-7));
    expect(rows).not.toMatch(new RegExp(`"[^"]*${TAIL}[^"]*"`));
    const stored = th.hall.db.prepare('SELECT masked_phone AS masked, phone_tail_hash AS hash FROM matters').get() as { masked: string; hash: string };
    expect(stored.masked).toBe('139********');
    expect(stored.hash).toMatch(/^scrypt\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
  });

  it('limits misses per caller: past the allowed misses even the right tail is answered RATE_LIMITED', async () => {
    const matter = await record(await served());
    for (let i = 0; i < MISSES_ALLOWED; i += 1) await api.refused('GET', lookupPath(matter.number, String(1000 + i)), 'MATTER_NOT_FOUND');
    await api.refused('GET', lookupPath(matter.number, TAIL), 'RATE_LIMITED');
    // Another caller (a staff account at the desk) is not held back by this one's misses.
    expect((await api.ok<MatterPublicView>('GET', lookupPath(matter.number, TAIL), staff)).number).toBe(matter.number);
  });
});

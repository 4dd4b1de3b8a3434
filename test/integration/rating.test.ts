/**
 * 服务评议 through the real server: a finished ticket is rated once, from the phone (token), the kiosk
 * (today's number) or the counter's rating pad, and the rating is stored with ticket, counter and staff.
 */
import type { IssuedTicket } from '../../protocol/views';
import type { RatingView } from '../../protocol/rating';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { userByName } from '../../server/db/queries/users';
import { HttpApi } from '../support/http-api';
import { fingerprint } from '../support/state';
import { beijing, ManualClock } from '../support/clock';

describe('ratings and complaints', () => {
  let th: TestHall;
  let kiosk: ClientSocket;
  let staff: ClientSocket;
  const extra: ClientSocket[] = [];

  let clock: ManualClock;

  beforeEach(async () => {
    clock = new ManualClock(beijing('2026-03-10T09:00:00'));
    th = await startTestHall({ clock });
    kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    staff = await connect(th.url, { token: await login(th.url, 'staff') });
    ok(await send(staff, 'counter.open', { counterId: 3 }));
  });
  afterEach(async () => {
    for (const s of [kiosk, staff, ...extra.splice(0)]) s.close();
    await th.close();
  });

  async function serve(serviceId = 'food-business-permit'): Promise<IssuedTicket> {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() })) as IssuedTicket;
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    ok(await send(staff, 'counter.start', { counterId: 3 }));
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    return issued;
  }

  it('a phone rates its finished ticket once; the rating names the counter and the staff member', async () => {
    const waiting = ok(await send(kiosk, 'ticket.issue', { serviceId: 'venue-booking', idempotencyKey: idemKey() })) as IssuedTicket;
    const phone = await connect(th.url);
    extra.push(phone);
    expectRefusal(await send(phone, 'ticket.rate', { token: waiting.ticket.token, level: 5 }), 'RATING_NOT_ALLOWED');

    const issued = await serve();
    ok(await send(phone, 'ticket.track', { token: issued.ticket.token }));
    const rated = ticketChange(phone, (t) => t.rated);
    const rating = ok(await send(phone, 'ticket.rate', {
      token: issued.ticket.token, level: 1, reasons: ['attitude', 'waiting', 'attitude'], comment: ' 等了很久 ',
    })) as RatingView;
    const staffId = userByName(th.hall.db, 'staff')?.id;
    expect(rating).toMatchObject({ number: 'B001', level: 1, reasons: ['attitude', 'waiting'], counterId: 3, staffId, source: 'phone' });
    expect((await rated).rated).toBe(true);
    expectRefusal(await send(phone, 'ticket.rate', { token: issued.ticket.token, level: 5 }), 'ALREADY_RATED');
    const stored = th.hall.db.prepare('SELECT level, comment FROM ratings WHERE ticket_id = ?').get(issued.ticket.id);
    expect(stored).toEqual({ level: 1, comment: '等了很久' });
  });

  it('good ratings keep no complaint reasons; kiosks rate by number; rating pads rate their counter\'s last ticket', async () => {
    const first = await serve();
    const good = ok(await send(kiosk, 'ticket.rate', { number: first.ticket.number, ratingCode: first.ratingCode, level: 5, reasons: ['quality'] })) as RatingView;
    expect(good).toMatchObject({ level: 5, reasons: [], source: 'kiosk' });
    expectRefusal(await send(kiosk, 'ticket.rate', { number: 'Z999', ratingCode: '000000', level: 4 }), 'TICKET_NOT_FOUND');

    const second = await serve();
    const padKey = th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    const pad = await connect(th.url, { deviceKey: padKey });
    extra.push(pad);
    const fromPad = ok(await send(pad, 'ticket.rate', { level: 3 })) as RatingView;
    expect(fromPad).toMatchObject({ ticketId: second.ticket.id, level: 3, counterId: 3, source: 'rating-pad' });
    expectRefusal(await send(pad, 'ticket.rate', { level: 3 }), 'ALREADY_RATED');

    // A pad naming a number rates that ticket while its counter finished it recently, even after the next
    // finish (the tap is kept for the ticket it was asked about); never a ticket still waiting.
    const third = await serve();
    expectRefusal(await send(pad, 'ticket.rate', { number: second.ticket.number, level: 2 }), 'ALREADY_RATED');
    const waiting = ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket;
    expectRefusal(await send(pad, 'ticket.rate', { number: waiting.ticket.number, level: 2 }), 'RATING_NOT_ALLOWED');
    const named = ok(await send(pad, 'ticket.rate', { number: third.ticket.number, level: 2, reasons: ['waiting'] })) as RatingView;
    expect(named).toMatchObject({ ticketId: third.ticket.id, level: 2, reasons: ['waiting'] });
  });

  it('the desk and every staff answer leave out the tracking token; staff, supervisors and admins cannot rate', async () => {
    const issued = await serve();
    const desk = ok(await send(staff, 'counter.desk', { counterId: 3 }));
    const waiting = ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket;
    const called = ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    expect(called.current?.number).toBe(waiting.ticket.number);
    const held = ok(await send(staff, 'counter.hold', { counterId: 3 }));
    for (const answer of [desk, called, held, ...held.held]) {
      expect(JSON.stringify(answer)).not.toContain(issued.ticket.token);
      expect(JSON.stringify(answer)).not.toContain(waiting.ticket.token);
      expect(JSON.stringify(answer)).not.toMatch(/"token"/);
    }

    const supervisor = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    extra.push(supervisor);
    const staffToken = await login(th.url, 'staff');
    const before = fingerprint(th.hall.db);
    for (const [who, socket] of [['staff', staff], ['admin', supervisor]] as const) {
      for (const input of [{ token: issued.ticket.token, level: 5 }, { number: issued.ticket.number, ratingCode: issued.ratingCode, level: 5 }, { level: 5 }]) {
        const answer = await send(socket, 'ticket.rate', input);
        expect({ who, code: expectRefusal(answer).code }).toEqual({ who, code: 'FORBIDDEN' });
      }
    }
    const api = new HttpApi(th.url);
    await api.refused('POST', '/api/ratings', 'FORBIDDEN', { token: staffToken, body: { token: issued.ticket.token, level: 1 } });
    expect(fingerprint(th.hall.db)).toEqual(before);
  });

  it('a kiosk rates by number only with the slip\'s rating code, and only a few wrong codes', async () => {
    const issued = await serve();
    const other = await serve();
    const code = issued.ratingCode ?? '';
    expect(code).toMatch(/^[0-9]{6}$/);
    const wrong = code === '000000' ? '000001' : '000000';
    const before = fingerprint(th.hall.db);
    expect(expectRefusal(await send(kiosk, 'ticket.rate', { number: issued.ticket.number, level: 1 }), 'BAD_REQUEST').fields).toEqual(['ratingCode']);
    expect(expectRefusal(await send(kiosk, 'ticket.rate', { token: issued.ticket.token, level: 1 }), 'BAD_REQUEST').fields).toEqual(['token']);
    for (let i = 0; i < 5; i += 1) {
      expectRefusal(await send(kiosk, 'ticket.rate', { number: issued.ticket.number, ratingCode: wrong, level: 1 }), 'RATING_CODE_WRONG');
    }
    // Five wrong codes lock this ticket and this kiosk for a while, even for the right code.
    expectRefusal(await send(kiosk, 'ticket.rate', { number: issued.ticket.number, ratingCode: code, level: 1 }), 'RATE_LIMITED');
    expectRefusal(await send(kiosk, 'ticket.rate', { number: other.ticket.number, ratingCode: other.ratingCode, level: 1 }), 'RATE_LIMITED');
    const secondKiosk = await connect(th.url, { deviceKey: th.seed.devices.filter((d) => d.kind === 'kiosk')[1]?.key ?? '' });
    extra.push(secondKiosk);
    expectRefusal(await send(secondKiosk, 'ticket.rate', { number: issued.ticket.number, ratingCode: code, level: 1 }), 'RATE_LIMITED');
    expect(fingerprint(th.hall.db)).toEqual(before);
    // Another ticket at another kiosk is not held back by someone guessing at this one.
    const rating = ok(await send(secondKiosk, 'ticket.rate', { number: other.ticket.number, ratingCode: other.ratingCode, level: 4 }));
    expect(rating).toMatchObject({ ticketId: other.ticket.id, source: 'kiosk' });
  });

  it('every rating stores its real channel and device; a pad rates only what its counter has just finished', async () => {
    const padDevice = th.seed.devices.find((d) => d.kind === 'rating-pad');
    const pad = await connect(th.url, { deviceKey: padDevice?.key ?? '' });
    extra.push(pad);
    const phone = await connect(th.url);
    extra.push(phone);
    const first = await serve();
    // A pad cannot use a token (nor a code) to rate a ticket of some other counter or time.
    expect(expectRefusal(await send(pad, 'ticket.rate', { token: first.ticket.token, level: 5 }), 'BAD_REQUEST').fields).toEqual(['token']);
    expect(expectRefusal(await send(phone, 'ticket.rate', { number: first.ticket.number, level: 5 }), 'BAD_REQUEST').fields).toEqual(['number']);
    ok(await send(pad, 'ticket.rate', { level: 4 }));
    const second = await serve();
    ok(await send(phone, 'ticket.rate', { token: second.ticket.token, level: 3 }));
    const third = await serve();
    ok(await send(kiosk, 'ticket.rate', { number: third.ticket.number, ratingCode: third.ratingCode, level: 2 }));
    const rows = th.hall.db.prepare(`SELECT t.number, r.source, d.kind AS device FROM ratings r JOIN tickets t ON t.id = r.ticket_id
      LEFT JOIN devices d ON d.id = r.device_id ORDER BY r.id`).all();
    expect(rows).toEqual([
      { number: first.ticket.number, source: 'rating-pad', device: 'rating-pad' },
      { number: second.ticket.number, source: 'phone', device: null },
      { number: third.ticket.number, source: 'kiosk', device: 'kiosk' },
    ]);

    // Ten minutes after the finish the resident has left the window: the pad no longer rates the ticket.
    const fourth = await serve();
    clock.advance(10 * 60_000 + 1);
    expectRefusal(await send(pad, 'ticket.rate', { level: 1 }), 'RATING_NOT_ALLOWED');
    expectRefusal(await send(pad, 'ticket.rate', { number: fourth.ticket.number, level: 1 }), 'RATING_NOT_ALLOWED');
    ok(await send(phone, 'ticket.rate', { token: fourth.ticket.token, level: 1 }));
  });

  it('complaints and suggestions are stored for supervisors', async () => {
    const phone = await connect(th.url);
    extra.push(phone);
    const saved = ok(await send(phone, 'complaint.submit', { category: 'suggestion', text: '  希望增加老年人休息座椅 ', phone: '13800000000' }));
    const row = th.hall.db.prepare('SELECT category, text, phone, source, status FROM complaints WHERE id = ?').get(saved.id);
    expect(row).toEqual({ category: 'suggestion', text: '希望增加老年人休息座椅', phone: '13800000000', source: 'phone', status: 'open' });
    ok(await send(kiosk, 'complaint.submit', { category: 'complaint', text: '三号窗口工作人员离岗' }));
    expect(th.hall.db.prepare('SELECT COUNT(*) AS n FROM complaints').get()).toEqual({ n: 2 });
  });
});

/**
 * 服务评议 through the real server: a finished ticket is rated once, from the phone (token), the kiosk
 * (today's number) or the counter's rating pad, and the rating is stored with ticket, counter and staff.
 */
import type { IssuedTicket } from '../../protocol/views';
import type { RatingView } from '../../protocol/rating';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, ticketChange, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { userByName } from '../../server/db/queries/users';

describe('ratings and complaints', () => {
  let th: TestHall;
  let kiosk: ClientSocket;
  let staff: ClientSocket;
  const extra: ClientSocket[] = [];

  beforeEach(async () => {
    th = await startTestHall();
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
    const good = ok(await send(kiosk, 'ticket.rate', { number: first.ticket.number, level: 5, reasons: ['quality'] })) as RatingView;
    expect(good).toMatchObject({ level: 5, reasons: [], source: 'kiosk' });
    expectRefusal(await send(kiosk, 'ticket.rate', { number: 'Z999', level: 4 }), 'TICKET_NOT_FOUND');

    const second = await serve();
    const padKey = th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    const pad = await connect(th.url, { deviceKey: padKey });
    extra.push(pad);
    const fromPad = ok(await send(pad, 'ticket.rate', { level: 3 })) as RatingView;
    expect(fromPad).toMatchObject({ ticketId: second.ticket.id, level: 3, counterId: 3, source: 'rating-pad' });
    expectRefusal(await send(pad, 'ticket.rate', { level: 3 }), 'ALREADY_RATED');

    // A pad naming a number rates it only if it is the counter's last finished ticket.
    const third = await serve();
    expectRefusal(await send(pad, 'ticket.rate', { number: second.ticket.number, level: 2 }), 'RATING_NOT_ALLOWED');
    const named = ok(await send(pad, 'ticket.rate', { number: third.ticket.number, level: 2, reasons: ['waiting'] })) as RatingView;
    expect(named).toMatchObject({ ticketId: third.ticket.id, level: 2, reasons: ['waiting'] });
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

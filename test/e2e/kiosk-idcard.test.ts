/**
 * The kiosk with its ID-card reader (issue 13, point 4), in Chromium against the real server, the card
 * laid on a fake reader agent: the kiosk shows whose card it holds (masked), the next ticket is taken in
 * that name, the same person cannot take a second ticket of that service while the first is open, a
 * resident can clear a reading that is not theirs, and neither the number nor the full name reaches the
 * page or the printed slip.
 */
import { PORTRAIT, shot } from './browser';
import { e2eSuite } from './suite';
import { openKiosk, openService } from './pages';
import { until } from './until';
import { fakeIdReader } from '../../testkit/fake-id-reader';
import type { Db } from '../../server/db/open';
import { insertBooking, saveBookingSettings } from '../../server/db/queries/bookings';
import { defaultBookingSettings } from '../../protocol/booking';
import { residentHasher } from '../../server/auth/resident-hash';
import { businessDay } from '../../server/queue/calendar';
import { checkInWindow } from '../../server/bookings/check-in';

jest.setTimeout(90_000);

const CARD = { idNumber: '150202199003071232', name: '张三丰' };
const CENTRE = 'social-services';
const SERVICE = 'elderly-allowance';
const BOOKED_CARD = { idNumber: '150203195206114026', name: '乌兰' };
const BOOKING_CODE = 'KPRT7X2MVAQ9';

/** A booking made with the card's ID number, its slot starting in ten minutes on the real clock. */
function storeBooking(db: Db): void {
  saveBookingSettings(db, { ...defaultBookingSettings(SERVICE), bookable: true });
  const slotStart = Date.now() + 10 * 60_000;
  const slotEnd = slotStart + 30 * 60_000;
  insertBooking(db, {
    code: BOOKING_CODE, serviceId: SERVICE, businessDay: businessDay(slotStart, 'Asia/Shanghai'), slotStart, slotEnd,
    checkInUntil: checkInWindow({ slotStart, slotEnd }).closes, nameMasked: '乌*', phoneMasked: '139****4321', phoneHash: 'test-phone-hash',
    createdAt: Date.now(), createdBy: 'anonymous', idempotencyKey: null,
    personHash: residentHasher(db).hash('id-number', BOOKED_CARD.idNumber),
  });
}

describe('a kiosk with an ID-card reader', () => {
  const suite = e2eSuite({ beforeStart: storeBooking });

  it('takes a ticket in the card\'s name once, and lets the resident clear a reading', async () => {
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    const reader = fakeIdReader(suite.hall.url, suite.hall.th.kioskKey);
    const banner = kiosk.getByTestId('idcard-banner');

    // The card is read while the resident is on the home screen.
    expect((await reader.present(CARD)).status).toBe(200);
    await banner.waitFor();
    expect(await banner.innerText()).toContain('张*丰');
    await shot(kiosk, 'kiosk-idcard-01-read');

    await openService(kiosk, CENTRE, SERVICE);
    expect(await banner.isVisible()).toBe(true);
    await kiosk.getByTestId('take-ticket').click();
    const number = (await kiosk.getByTestId('ticket-number').innerText()).trim();
    // The reading is used up by the ticket: the band is gone.
    expect(await banner.count()).toBe(0);
    const row = suite.hall.th.hall.db.prepare('SELECT person_name_masked AS name, person_hash AS hash FROM tickets WHERE number = ?')
      .get(number) as { name: string; hash: string };
    expect(row.name).toBe('张*丰');
    expect(row.hash).not.toContain(CARD.idNumber);
    await shot(kiosk, 'kiosk-idcard-02-ticket');

    // The same person again, for the same service: refused, nothing issued.
    await kiosk.getByTestId('nav-home').click();
    expect((await reader.present(CARD)).status).toBe(200);
    await banner.waitFor();
    await openService(kiosk, CENTRE, SERVICE);
    await kiosk.getByTestId('take-ticket').click();
    await kiosk.getByText('您已有该事项的号票，请等候叫号').waitFor();
    await shot(kiosk, 'kiosk-idcard-03-already-holds');
    const count = suite.hall.th.hall.db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE person_name_masked = ?').get('张*丰') as { n: number };
    expect(count.n).toBe(1);

    // Not their card: the resident clears it, at the kiosk and at the server.
    await kiosk.getByTestId('idcard-discard').click();
    expect(await banner.count()).toBe(0);
    await until(() => (suite.hall.th.hall.db.prepare('SELECT COUNT(*) AS n FROM id_readings').get() as { n: number }).n === 0,
      'the server to forget the reading');

    // Nothing on the page or the paper ever held the number or the full name.
    const html = await kiosk.content();
    expect(html).not.toContain(CARD.idNumber);
    expect(html).not.toContain(CARD.name);
    await until(() => suite.hall.printer.jobs().length >= 1, 'the ticket slip to reach the printer');
    for (const job of suite.hall.printer.jobs()) expect(job.includes(Buffer.from(CARD.idNumber, 'latin1'))).toBe(false);
  });

  it('finds the resident\'s booking of today by their card and checks it in with one tap', async () => {
    const kiosk = await openKiosk(suite.browser, suite.hall.kioskUrl, PORTRAIT);
    const reader = fakeIdReader(suite.hall.url, suite.hall.th.kioskKey);
    expect((await reader.present(BOOKED_CARD)).status).toBe(200);
    const offer = kiosk.getByTestId('idcard-booking');
    await offer.waitFor();
    expect(await offer.innerText()).toContain('高龄津贴申领');
    await shot(kiosk, 'kiosk-idcard-04-booking-found');
    await offer.click();
    await kiosk.getByTestId('check-in-note').waitFor();
    expect(await kiosk.getByTestId('check-in-note').innerText()).toContain('预约签到成功');
    await shot(kiosk, 'kiosk-idcard-05-checked-in');
    const row = suite.hall.th.hall.db.prepare('SELECT status FROM bookings WHERE code = ?').get(BOOKING_CODE) as { status: string };
    expect(row.status).toBe('checked_in');
    // The reading did its work: the next resident at this kiosk sees no card.
    expect(await kiosk.getByTestId('idcard-banner').count()).toBe(0);
    await until(() => (suite.hall.th.hall.db.prepare('SELECT COUNT(*) AS n FROM id_readings').get() as { n: number }).n === 0,
      'the server to forget the reading');
  });
});

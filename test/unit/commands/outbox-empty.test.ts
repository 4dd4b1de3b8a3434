/**
 * An outbox is empty only when it holds no change of any kind: every marker a handler can set makes the
 * bus publish it, including kinds added after `empty` was written.
 */
import { Outbox } from '../../../server/commands/outbox';
import { DEFAULT_HALL_SETTINGS, withStoredSettings, type HallSettings } from '../../../server/hall/settings';
import type { Ticket } from '../../../server/queue/types';
import type { CounterView } from '../../../protocol/views';

const ticket = { id: 1 } as Ticket;
const current: HallSettings = {
  ...DEFAULT_HALL_SETTINGS, timezone: 'Asia/Shanghai', publicUrl: 'http://127.0.0.1', demoMode: false,
  deployment: { publicUrl: 'http://127.0.0.1', publicUrlSource: 'env', host: '127.0.0.1' },
};

const MARKERS: Record<string, (o: Outbox) => void> = {
  ticket: (o) => o.ticket(ticket),
  service: (o) => o.service('s'),
  counter: (o) => o.counter(1),
  counterShown: (o) => o.counterShown({ id: 1 } as CounterView),
  call: (o) => o.call({ ticketId: 1, number: 'A001', counterId: 1, serviceId: 's', recall: false, at: 0 }),
  print: (o) => o.print({ kind: 'test', ticketId: null, serviceId: 's', printerId: 'p', deviceId: null }),
  queueMoved: (o) => o.queueMoved('s'),
  deviceRevoked: (o) => o.deviceRevoked(1),
  deviceChanged: (o) => o.deviceChanged(1),
  printerChanged: (o) => o.printerChanged('p'),
  userChanged: (o) => o.userChanged(1),
  userSessionsEnded: (o) => o.userSessionsEnded(1),
  caseChanged: (o) => o.caseChanged(1),
  hallSettings: (o) => o.hallSettings(withStoredSettings(current, DEFAULT_HALL_SETTINGS)),
  hallConfig: (o) => o.hallConfig(),
  sampleFileRemoved: (o) => o.sampleFileRemoved('a.pdf'),
  staffPhotoRemoved: (o) => o.staffPhotoRemoved('a.png'),
  reportFiguresChanged: (o) => o.reportFiguresChanged(1),
  alertChanged: (o) => o.alertChanged(1),
  idReading: (o) => o.idReadings.push({ deviceId: 1, reading: {} as Outbox['idReadings'][number]['reading'] }),
};

describe('Outbox.empty', () => {
  it('is true for a fresh outbox', () => {
    expect(new Outbox().empty).toBe(true);
  });

  it.each(Object.keys(MARKERS))('is false once %s is marked', (name) => {
    const outbox = new Outbox();
    MARKERS[name]?.(outbox);
    expect(outbox.empty).toBe(false);
  });

  it('knows every method that marks a change', () => {
    const methods = Object.getOwnPropertyNames(Outbox.prototype)
      .filter((m) => !['constructor', 'empty', 'reportTickets', 'movesReports'].includes(m));
    expect(methods.filter((m) => !(m in MARKERS)).sort()).toEqual([]);
  });
});

/**
 * A busy hall day, compressed: kiosks issue tickets and eight counters call, recall, start, finish, miss
 * and transfer them through the real server, as fast as it answers. Each counter (a lane) works only tickets
 * of services no other lane serves, so every command of a lane is known to succeed and a lane can send a
 * whole round of commands at once without waiting for each answer: one socket keeps their order, and the
 * server runs them in that order. An observer connected as the hall display counts the hall events the
 * server published. The lanes' kiosk has no printer: slips are proven by the printing tests, and here
 * thousands of them (laid out, stored, sent) would only take the loaded test machine's time from the
 * hall's events and the browsers that show them.
 */
import type { TestHall } from '../../testkit/hall';
import { addStaff } from '../../testkit/hall';
import { issueDeviceKey } from '../../server/auth/devices';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import type { CommandName } from '../../protocol/commands';
import type { Result } from '../../protocol/errors';

interface Lane {
  counterId: number;
  /** Services the lane's kiosk issues for: served by this counter and by no other lane. */
  issues: readonly string[];
}

/** Counters of the demo hall (server/demo/hall-data.ts) and the services only each of them serves here. */
const LANES: readonly Lane[] = [
  { counterId: 1, issues: ['company-registration'] },
  { counterId: 3, issues: ['food-business-permit'] },
  { counterId: 4, issues: ['minimum-living-allowance', 'elderly-allowance'] },
  { counterId: 7, issues: ['employment-registration', 'social-insurance-enrolment'] },
  { counterId: 9, issues: ['birth-registration', 'only-child-certificate'] },
  { counterId: 10, issues: ['people-mediation'] },
  { counterId: 11, issues: ['legal-consultation'] },
  { counterId: 12, issues: ['venue-booking', 'cultural-team-registration'] },
];

/** Where transferred tickets go: a service no lane serves, so they wait there and never disturb a lane. */
const TRANSFER_TO = 'flexible-employment-insurance';

/**
 * Tickets each lane issues, and lives it works, per round. A prefix draws at most 999 numbers a day
 * (server/queue/numbering.ts): at about 2.8 events a ticket, eight lanes make some 20,000 events before
 * a lane with one prefix runs out. Six lives keep about 220 commands in flight across the lanes: a
 * driver, not a flood that starves the observer and the browsers of the loaded test machine.
 */
const LIVES_PER_ROUND = 6;

type Verb = 'counter.callNext' | 'counter.recall' | 'counter.start' | 'counter.finish' | 'counter.noShow' | 'counter.transfer';

/**
 * One ticket's life at a window, by its place in the round: most are called, recalled twice and served;
 * some never come (过号), some are sent on to another service. Each call and recall is one hall event
 * (the server sends issues, starts and finishes along with the next call), so a ticket brings two or
 * three events.
 */
function lifeOf(i: number): Verb[] {
  switch (i % 5) {
    case 1: return ['counter.callNext', 'counter.recall', 'counter.recall', 'counter.noShow'];
    case 3: return ['counter.callNext', 'counter.recall', 'counter.transfer'];
    default: return ['counter.callNext', 'counter.recall', 'counter.recall', 'counter.start', 'counter.finish'];
  }
}

export interface HallDay {
  /** Hall events the server has published since the day opened. */
  readonly events: number;
  /** Drives until at least `count` more hall events were published. */
  drive(count: number): Promise<void>;
  /** The first lane calls one more ticket and keeps it in hand (until the next drive); resolves with its number. */
  callAndHold(): Promise<string>;
  close(): void;
}

export async function openHallDay(th: TestHall): Promise<HallDay> {
  const sockets: ClientSocket[] = [];
  const observer = await connect(th.url, { deviceKey: th.displayKey });
  sockets.push(observer);
  let events = 0;
  observer.on('hall.event', () => {
    events += 1;
  });
  const names = addStaff(th.hall, LANES.length);
  const kioskKey = issueDeviceKey(th.hall.db, { kind: 'kiosk', name: '取号机（无打印机）', printerId: null, counterId: null,
    centreId: null, centreIds: [], displayKind: null }, Date.now()).key;
  const lanes = await Promise.all(LANES.map(async (lane, i) => {
    const desk = await connect(th.url, { token: await login(th.url, names[i] ?? '') });
    const kiosk = await connect(th.url, { deviceKey: kioskKey });
    sockets.push(desk, kiosk);
    ok(await send(desk, 'counter.open', { counterId: lane.counterId }));
    return { ...lane, desk, kiosk };
  }));

  function command(desk: ClientSocket, verb: Verb, counterId: number): Promise<Result<unknown>> {
    return verb === 'counter.transfer'
      ? send(desk, verb, { counterId, toServiceId: TRANSFER_TO })
      : send(desk, verb satisfies CommandName, { counterId });
  }

  /** The lane whose ticket callAndHold left in hand. */
  let holding: (typeof lanes)[number] | null = null;

  async function round(lane: (typeof lanes)[number]): Promise<void> {
    const issued = Array.from({ length: LIVES_PER_ROUND }, (_, i) =>
      send(lane.kiosk, 'ticket.issue', { serviceId: lane.issues[i % lane.issues.length] ?? '', idempotencyKey: idemKey() }));
    for (const answer of await Promise.all(issued)) ok(answer);
    // The whole round at once: the desk's socket keeps the order, the server keeps it too.
    const answers = Array.from({ length: LIVES_PER_ROUND }, (_, i) => lifeOf(i))
      .flatMap((life) => life.map((verb) => command(lane.desk, verb, lane.counterId)));
    for (const answer of await Promise.all(answers)) ok(answer);
  }

  return {
    get events() {
      return events;
    },
    async drive(count) {
      const target = events + count;
      if (holding) {
        ok(await send(holding.desk, 'counter.finish', { counterId: holding.counterId }));
        holding = null;
      }
      while (events < target) await Promise.all(lanes.map(round));
    },
    async callAndHold() {
      const lane = lanes[0];
      if (!lane) throw new Error('no lane');
      ok(await send(lane.kiosk, 'ticket.issue', { serviceId: lane.issues[0] ?? '', idempotencyKey: idemKey() }));
      const called = ok(await send(lane.desk, 'counter.callNext', { counterId: lane.counterId }));
      holding = lane;
      return called.current?.number ?? '';
    },
    close() {
      for (const socket of sockets) socket.close();
    },
  };
}

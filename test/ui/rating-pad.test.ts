/**
 * The rating pad (评价器): when it asks for a rating, what it sends, when it gives up; who it is by its
 * device key; and the whole path against a real hall — staff finish a ticket at counter 3, the pad's own
 * stream sees it leave, and the pad's ticket.rate stores a rating for counter 3.
 */
import {
  ASK_TIMEOUT_MS, chooseLevel, deadlineOf, expire, INITIAL_FLOW, observeCounter, settle, startSending, THANKS_MS,
  ticketThatLeft, toggleReason, type PadFlow,
} from '../../counter-ui/pad/pad-flow';
import { fetchPadIdentity, padIdentityOf } from '../../counter-ui/pad/pad-device';
import { createHallStream, type HallStream } from '../../protocol/client/hall-stream';
import type { RatingView } from '../../protocol/rating';
import type { CounterView, IssuedTicket } from '../../protocol/views';
import { outcomeOf } from '../../ui-kit/command-outcome';
import { startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';

function counter(patch: Partial<CounterView> = {}): CounterView {
  return {
    id: 3, name: '3号窗口', centreId: 'admin-approval', serviceIds: ['food-business-permit'], status: 'open', enabled: true,
    currentNumber: null, currentStatus: null, staffName: '王*兰', staffPhoto: null, ...patch,
  };
}

const serving = (number: string): CounterView => counter({ currentNumber: number, currentStatus: 'serving' });
const called = (number: string): CounterView => counter({ currentNumber: number, currentStatus: 'called' });
const empty = counter();

function rating(level: RatingView['level']): RatingView {
  return { ticketId: 7, number: 'B001', level, reasons: [], counterId: 3, staffId: 1, source: 'rating-pad', at: 0 };
}

/** A pad that saw B001 in service and then saw it leave at time 1000. */
function askedAbout(number = 'B001'): PadFlow {
  return observeCounter(observeCounter(INITIAL_FLOW, serving(number), 0), empty, 1000);
}

describe('when the pad asks', () => {
  it('asks when a ticket in service leaves the counter', () => {
    const flow = askedAbout('B001');
    expect(flow.screen).toMatchObject({ kind: 'asking', number: 'B001', level: null, reasons: [], problem: null });
  });

  it('does not ask when a merely called ticket leaves (a no-show: the rating would land on the previous ticket)', () => {
    const noShow = observeCounter(observeCounter(INITIAL_FLOW, called('B002'), 0), empty, 5);
    expect(noShow.screen.kind).toBe('idle');
    expect(ticketThatLeft({ number: 'B002', status: 'called' }, { number: null, status: null })).toBeNull();
    expect(ticketThatLeft({ number: 'B002', status: 'serving' }, { number: null, status: null })).toBe('B002');
  });

  it('asks nothing when switched on, on a call, or on a jump to another ticket (events missed)', () => {
    expect(observeCounter(INITIAL_FLOW, empty, 0).screen.kind).toBe('idle');
    expect(observeCounter(INITIAL_FLOW, serving('B001'), 0).screen.kind).toBe('idle');
    const calling = observeCounter(observeCounter(INITIAL_FLOW, empty, 0), called('B001'), 1);
    expect(calling.screen.kind).toBe('idle');
    const started = observeCounter(calling, serving('B001'), 2);
    expect(started.screen.kind).toBe('idle');
    expect(observeCounter(started, called('B002'), 3).screen.kind).toBe('idle');
    expect(ticketThatLeft(null, { number: null, status: null })).toBeNull();
    expect(ticketThatLeft({ number: 'B001', status: 'serving' }, { number: 'B002', status: 'called' })).toBeNull();
  });

  it('keeps the same flow object for an unchanged view (other counters moving cause no redraw)', () => {
    const flow = askedAbout();
    expect(observeCounter(flow, counter({ staffName: '李*明' }), 2000)).toBe(flow);
  });

  it('a newer finish replaces the prompt or the thank-you with the newer number', () => {
    const first = askedAbout('B001');
    const next = observeCounter(observeCounter(first, serving('B002'), 2000), empty, 3000);
    expect(next.screen).toMatchObject({ kind: 'asking', number: 'B002' });
    const sent = startSending(chooseLevel(first, 5, 1500));
    if (!sent) throw new Error('expected something to send');
    const thanked = settle(sent.flow, sent.prompt, { kind: 'ok', data: rating(5) }, 1600);
    expect(observeCounter(observeCounter(thanked, serving('B003'), 1700), empty, 1800).screen)
      .toMatchObject({ kind: 'asking', number: 'B003' });
  });
});

describe('what the resident chooses and what is sent', () => {
  it('sends nothing before a level is chosen; then {number, level, reasons} for the ticket it asked about', () => {
    const flow = askedAbout();
    expect(startSending(flow)).toBeNull();
    expect(startSending(INITIAL_FLOW)).toBeNull();
    const sent = startSending(chooseLevel(flow, 4, 1100));
    expect(sent?.input).toEqual({ number: 'B001', level: 4, reasons: [] });
    expect(sent?.flow.screen).toMatchObject({ kind: 'sending', number: 'B001', level: 4 });
    // a second tap while it is on its way sends nothing more
    expect(sent ? startSending(sent.flow) : 'none').toBeNull();
  });

  it('asks reasons only for the two bad levels, in catalog order, and drops them for a good level', () => {
    let flow = chooseLevel(askedAbout(), 1, 1100);
    flow = toggleReason(flow, 'waiting', 1200);
    flow = toggleReason(flow, 'attitude', 1300);
    expect(startSending(flow)?.input).toEqual({ number: 'B001', level: 1, reasons: ['attitude', 'waiting'] });
    flow = toggleReason(flow, 'waiting', 1400);
    expect(chooseLevel(flow, 2, 1500).screen).toMatchObject({ level: 2, reasons: ['attitude'] });
    const good = chooseLevel(flow, 3, 1600);
    expect(startSending(good)?.input).toEqual({ number: 'B001', level: 3, reasons: [] });
    expect(toggleReason(good, 'quality', 1700)).toBe(good);
  });
});

describe('the server answer', () => {
  function sending(level: RatingView['level'] = 4): { flow: PadFlow; prompt: number } {
    const sent = startSending(chooseLevel(askedAbout(), level, 1100));
    if (!sent) throw new Error('expected something to send');
    return sent;
  }

  it('thanks with the level stored, or without one when it had been rated already', () => {
    const { flow, prompt } = sending(2);
    expect(settle(flow, prompt, { kind: 'ok', data: rating(2) }, 2000).screen).toEqual({ kind: 'thanks', level: 2, since: 2000 });
    expect(settle(flow, prompt, { kind: 'error', code: 'ALREADY_RATED' }, 2000).screen).toEqual({ kind: 'thanks', level: null, since: 2000 });
  });

  it('goes quietly back to the welcome when there was nothing to rate (e.g. a hold during service)', () => {
    const { flow, prompt } = sending();
    expect(settle(flow, prompt, { kind: 'error', code: 'RATING_NOT_ALLOWED' }, 2000).screen).toEqual({ kind: 'idle' });
  });

  it('keeps the choice and says what went wrong when the server did not answer or refused otherwise', () => {
    const { flow, prompt } = sending(1);
    const offline = settle(flow, prompt, { kind: 'unanswered' }, 2000);
    expect(offline.screen).toMatchObject({ kind: 'asking', number: 'B001', level: 1, problem: 'unanswered', touchedAt: 2000 });
    expect(startSending(offline)?.input).toEqual({ number: 'B001', level: 1, reasons: [] });
    expect(settle(flow, prompt, { kind: 'error', code: 'INTERNAL' }, 2000).screen).toMatchObject({ problem: 'INTERNAL' });
    // choosing again clears the note
    expect(chooseLevel(offline, 2, 2100).screen).toMatchObject({ problem: null });
  });

  it('ignores an answer to an older prompt', () => {
    const { flow, prompt } = sending();
    const newer = observeCounter(observeCounter(flow, serving('B002'), 1200), empty, 1300);
    expect(settle(newer, prompt, { kind: 'ok', data: rating(4) }, 1400)).toBe(newer);
  });
});

describe('timeouts', () => {
  it('an untouched prompt returns to the welcome after 60 s; every tap restarts the 60 s', () => {
    const flow = askedAbout();
    expect(deadlineOf(flow)).toBe(1000 + ASK_TIMEOUT_MS);
    expect(expire(flow, 1000 + ASK_TIMEOUT_MS - 1)).toBe(flow);
    expect(expire(flow, 1000 + ASK_TIMEOUT_MS).screen).toEqual({ kind: 'idle' });
    const touched = chooseLevel(flow, 5, 50_000);
    expect(deadlineOf(touched)).toBe(50_000 + ASK_TIMEOUT_MS);
    expect(expire(touched, 1000 + ASK_TIMEOUT_MS).screen.kind).toBe('asking');
  });

  it('the thank-you lasts 5 s; nothing times out while the rating is on its way or when idle', () => {
    const sent = startSending(chooseLevel(askedAbout(), 5, 1100));
    if (!sent) throw new Error('expected something to send');
    expect(deadlineOf(sent.flow)).toBeNull();
    expect(expire(sent.flow, 10 * ASK_TIMEOUT_MS)).toBe(sent.flow);
    const thanked = settle(sent.flow, sent.prompt, { kind: 'ok', data: rating(5) }, 3000);
    expect(deadlineOf(thanked)).toBe(3000 + THANKS_MS);
    expect(expire(thanked, 3000 + THANKS_MS - 1).screen.kind).toBe('thanks');
    expect(expire(thanked, 3000 + THANKS_MS).screen).toEqual({ kind: 'idle' });
    expect(deadlineOf(INITIAL_FLOW)).toBeNull();
  });
});

describe('the pad against a real hall', () => {
  let th: TestHall;
  let padKey: string;
  let staff: ClientSocket;
  let kiosk: ClientSocket;
  let pad: HallStream;

  beforeAll(async () => {
    th = await startTestHall();
    padKey = th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
    staff = await connect(th.url, { token: await login(th.url, 'staff') });
    kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    pad = createHallStream({ url: th.url, auth: { deviceKey: padKey } });
  });
  afterAll(async () => {
    pad.close();
    staff.close();
    kiosk.close();
    await th.close();
  });

  it('learns its counter from /api/auth/me with its device key; other keys are told apart', async () => {
    expect(padKey).not.toBe('');
    expect(await fetchPadIdentity(padKey, th.url)).toEqual({ kind: 'pad', deviceId: expect.any(Number), counterId: 3 });
    expect(await fetchPadIdentity(th.kioskKey, th.url)).toEqual({ kind: 'not-bound' });
    expect(await fetchPadIdentity('no-such-device-key-0000', th.url)).toEqual({ kind: 'refused' });
    expect(padIdentityOf({ ok: false, error: { code: 'INTERNAL' } })).toBeNull();
    expect(padIdentityOf('junk')).toBeNull();
  });

  /** Feeds the pad's own stream into the flow, as the page does, until `until` holds. */
  function flowUntil(start: PadFlow, until: (flow: PadFlow) => boolean): Promise<PadFlow> {
    return new Promise((resolve, reject) => {
      let flow = start;
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`the pad never got there; it is at ${JSON.stringify(flow.screen)}`));
      }, 10_000);
      const look = (): boolean => {
        const seen = pad.state.snapshot?.counters.find((c) => c.id === 3);
        if (seen) flow = observeCounter(flow, seen, Date.now());
        if (!until(flow)) return false;
        clearTimeout(timer);
        stop();
        resolve(flow);
        return true;
      };
      const stop = pad.subscribe(() => void look());
      look();
    });
  }

  async function issue(): Promise<IssuedTicket> {
    return ok(await send(kiosk, 'ticket.issue', { serviceId: 'food-business-permit', idempotencyKey: idemKey() })) as IssuedTicket;
  }

  it('a no-show asks nothing; a hold during service asks, and RATING_NOT_ALLOWED sends the pad quietly back', async () => {
    ok(await send(staff, 'counter.open', { counterId: 3 }));
    let flow = await flowUntil(INITIAL_FLOW, (f) => f.seen !== null && f.seen.number === null);
    const absent = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.seen?.number === absent.ticket.number);
    ok(await send(staff, 'counter.noShow', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.seen?.number === null);
    expect(flow.screen.kind).toBe('idle');

    // Held in service: from the counter's public view it looks like a finish, but nothing was finished today.
    const held = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    ok(await send(staff, 'counter.start', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.seen?.status === 'serving');
    ok(await send(staff, 'counter.hold', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking');
    expect(flow.screen).toMatchObject({ number: held.ticket.number });
    const sent = startSending(chooseLevel(flow, 5, Date.now()));
    if (!sent) throw new Error('expected something to send');
    const outcome = await outcomeOf(pad.send('ticket.rate', sent.input));
    expect(outcome).toEqual({ kind: 'error', code: 'RATING_NOT_ALLOWED' });
    expect(settle(sent.flow, sent.prompt, outcome, Date.now()).screen).toEqual({ kind: 'idle' });
  });

  it('staff finish a ticket at counter 3; the pad asks about it and its ticket.rate {level: 4} is stored for counter 3', async () => {
    let flow = await flowUntil(INITIAL_FLOW, (f) => f.seen !== null);
    const served = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    ok(await send(staff, 'counter.start', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.seen?.status === 'serving');
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking');
    expect(flow.screen).toMatchObject({ kind: 'asking', number: served.ticket.number });

    const sent = startSending(chooseLevel(flow, 4, Date.now()));
    if (!sent) throw new Error('expected something to send');
    expect(sent.input).toEqual({ number: served.ticket.number, level: 4, reasons: [] });
    const outcome = await outcomeOf(pad.send('ticket.rate', sent.input));
    expect(outcome).toMatchObject({
      kind: 'ok', data: { ticketId: served.ticket.id, number: served.ticket.number, level: 4, counterId: 3, source: 'rating-pad' },
    });
    expect(settle(sent.flow, sent.prompt, outcome, Date.now()).screen).toMatchObject({ kind: 'thanks', level: 4 });
    const stored = th.hall.db.prepare('SELECT level, counter_id AS counterId, source FROM ratings WHERE ticket_id = ?')
      .get(served.ticket.id);
    expect(stored).toEqual({ level: 4, counterId: 3, source: 'rating-pad' });

    // The same service rated twice (a second tap from another pad session): the resident is thanked, nothing changes.
    const again = await outcomeOf(pad.send('ticket.rate', { level: 1, reasons: [] }));
    expect(again).toEqual({ kind: 'error', code: 'ALREADY_RATED' });
    expect(settle(sent.flow, sent.prompt, again, Date.now()).screen).toMatchObject({ kind: 'thanks', level: null });
  });
});

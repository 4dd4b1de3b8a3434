/**
 * The rating pad (评价器): when it asks for a rating, what it sends, when it gives up; who it is by its
 * device key; and the whole path against a real hall — staff finish a ticket at counter 3, the pad's own
 * stream sees it leave, and the pad's ticket.rate stores a rating for counter 3.
 */
import {
  ASK_TIMEOUT_MS, chooseLevel, deadlineOf, expire, INITIAL_FLOW, newlyFinished, observeCounter, settle, startSending,
  takeCarried, THANKS_MS, toggleReason, type PadFlow, type RateInput,
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
    currentNumber: null, currentStatus: null, staffName: '王*兰', staffPhoto: null, staffNumber: 'BT0003', lastFinishedNumber: null,
    ...patch,
  };
}

/** The counter's view once `number` is the last ticket it finished today. */
const finished = (number: string | null, patch: Partial<CounterView> = {}): CounterView => counter({ lastFinishedNumber: number, ...patch });
const serving = (number: string, last: string | null = null): CounterView =>
  finished(last, { currentNumber: number, currentStatus: 'serving' });
const called = (number: string, last: string | null = null): CounterView =>
  finished(last, { currentNumber: number, currentStatus: 'called' });

function rating(level: RatingView['level']): RatingView {
  return { ticketId: 7, number: 'B001', level, reasons: [], counterId: 3, staffId: 1, source: 'rating-pad', at: 0 };
}

/** A pad that saw B001 in service and then saw it finished at time 1000. */
function askedAbout(number = 'B001'): PadFlow {
  return observeCounter(observeCounter(INITIAL_FLOW, serving(number), 0), finished(number), 1000);
}

describe('when the pad asks', () => {
  it('asks when the counter finishes a ticket', () => {
    const flow = askedAbout('B001');
    expect(flow.screen).toMatchObject({ kind: 'asking', number: 'B001', level: null, reasons: [], problem: null });
  });

  it('never asks about a ticket that was held, transferred or a no-show: only a finish moves lastFinishedNumber', () => {
    let flow = observeCounter(INITIAL_FLOW, serving('B002', 'B001'), 0);
    flow = observeCounter(flow, finished('B001'), 10); // B002 held or transferred away
    expect(flow.screen.kind).toBe('idle');
    flow = observeCounter(flow, called('B003', 'B001'), 20);
    flow = observeCounter(flow, finished('B001'), 30); // B003 a no-show
    expect(flow.screen.kind).toBe('idle');
    expect(newlyFinished({ lastFinished: 'B001' }, finished('B001'))).toBeNull();
    expect(newlyFinished({ lastFinished: 'B001' }, finished('B004'))).toBe('B004');
  });

  it('asks when a finish and the next call arrive together (one hall event)', () => {
    const flow = observeCounter(observeCounter(INITIAL_FLOW, serving('B001'), 0), called('B002', 'B001'), 10);
    expect(flow.screen).toMatchObject({ kind: 'asking', number: 'B001' });
  });

  it('asks nothing when switched on, nor at a new day', () => {
    expect(observeCounter(INITIAL_FLOW, finished('B009'), 0).screen.kind).toBe('idle');
    expect(newlyFinished(null, finished('B009'))).toBeNull();
    expect(newlyFinished({ lastFinished: 'B009' }, finished(null))).toBeNull();
  });

  it('keeps the same flow object for an unchanged view (other counters moving cause no redraw)', () => {
    const flow = askedAbout();
    expect(observeCounter(flow, finished('B001', { staffName: '李*明', currentNumber: 'B002', currentStatus: 'called' }), 2000)).toBe(flow);
  });

  it('a newer finish replaces the prompt or the thank-you with the newer number', () => {
    const first = askedAbout('B001');
    const next = observeCounter(observeCounter(first, serving('B002', 'B001'), 2000), finished('B002'), 3000);
    expect(next.screen).toMatchObject({ kind: 'asking', number: 'B002' });
    expect(next.carried).toEqual([]);
    const sent = startSending(chooseLevel(first, 5, 1500));
    if (!sent) throw new Error('expected something to send');
    const thanked = settle(sent.flow, sent.prompt, sent.input, { kind: 'ok', data: rating(5) }, 1600);
    expect(observeCounter(observeCounter(thanked, serving('B003', 'B001'), 1700), finished('B003'), 1800).screen)
      .toMatchObject({ kind: 'asking', number: 'B003' });
  });

  it('never loses a choice: a level chosen on a prompt a newer finish replaces is carried, for its own ticket', () => {
    let flow = toggleReason(chooseLevel(askedAbout('B001'), 2, 1100), 'waiting', 1150);
    flow = observeCounter(flow, finished('B002'), 1200);
    expect(flow.screen).toMatchObject({ kind: 'asking', number: 'B002', level: null });
    expect(flow.carried).toEqual([{ number: 'B001', level: 2, reasons: ['waiting'] }]);
    const taken = takeCarried(flow);
    expect(taken.inputs).toEqual([{ number: 'B001', level: 2, reasons: ['waiting'] }]);
    expect(taken.flow.carried).toEqual([]);
    expect(takeCarried(taken.flow).flow).toBe(taken.flow);
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
  function sending(level: RatingView['level'] = 4): { flow: PadFlow; prompt: number; input: RateInput } {
    const sent = startSending(chooseLevel(askedAbout(), level, 1100));
    if (!sent) throw new Error('expected something to send');
    return sent;
  }

  it('thanks with the level stored, or without one when it had been rated already', () => {
    const { flow, prompt, input } = sending(2);
    expect(settle(flow, prompt, input, { kind: 'ok', data: rating(2) }, 2000).screen).toEqual({ kind: 'thanks', level: 2, since: 2000 });
    expect(settle(flow, prompt, input, { kind: 'error', code: 'ALREADY_RATED' }, 2000).screen).toEqual({ kind: 'thanks', level: null, since: 2000 });
  });

  it('goes quietly back to the welcome when there was nothing to rate (e.g. the ten minutes had passed)', () => {
    const { flow, prompt, input } = sending();
    expect(settle(flow, prompt, input, { kind: 'error', code: 'RATING_NOT_ALLOWED' }, 2000).screen).toEqual({ kind: 'idle' });
  });

  it('keeps the choice and says what went wrong when the server did not answer or refused otherwise', () => {
    const { flow, prompt, input } = sending(1);
    const offline = settle(flow, prompt, input, { kind: 'unanswered' }, 2000);
    expect(offline.screen).toMatchObject({ kind: 'asking', number: 'B001', level: 1, problem: 'unanswered', touchedAt: 2000 });
    expect(startSending(offline)?.input).toEqual({ number: 'B001', level: 1, reasons: [] });
    expect(settle(flow, prompt, input, { kind: 'error', code: 'INTERNAL' }, 2000).screen).toMatchObject({ problem: 'INTERNAL' });
    // choosing again clears the note
    expect(chooseLevel(offline, 2, 2100).screen).toMatchObject({ problem: null });
  });

  it('ignores an answer to an older prompt', () => {
    const { flow, prompt, input } = sending();
    const newer = observeCounter(observeCounter(flow, serving('B002', 'B001'), 1200), finished('B002'), 1300);
    expect(settle(newer, prompt, input, { kind: 'ok', data: rating(4) }, 1400)).toBe(newer);
    // Unanswered after a newer prompt took the screen: carried, to be sent again.
    expect(settle(newer, prompt, input, { kind: 'unanswered' }, 1400).carried).toEqual([input]);
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
    const thanked = settle(sent.flow, sent.prompt, sent.input, { kind: 'ok', data: rating(5) }, 3000);
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
    expect(await fetchPadIdentity(th.kioskKey, th.url)).toEqual({ kind: 'other-device', deviceKind: 'kiosk' });
    expect(await fetchPadIdentity('no-such-device-key-0000', th.url)).toEqual({ kind: 'refused', code: 'DEVICE_KEY_UNKNOWN' });
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

  /** Calls the next ticket at counter 3 and starts it. */
  async function callAndStart(): Promise<void> {
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    ok(await send(staff, 'counter.start', { counterId: 3 }));
  }

  it('never asks about a ticket held, transferred or a no-show; asks once each is finished', async () => {
    ok(await send(staff, 'counter.open', { counterId: 3 }));
    let flow = await flowUntil(INITIAL_FLOW, (f) => f.seen !== null);
    const start = flow.seen?.lastFinished ?? null;
    const inHand = (): string | null | undefined => pad.state.snapshot?.counters.find((c) => c.id === 3)?.currentNumber;
    const seenAt = (number: string) => (): boolean => inHand() === number;
    const handsFree = (): boolean => inHand() === null;

    const absent = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    flow = await flowUntil(flow, seenAt(absent.ticket.number));
    ok(await send(staff, 'counter.noShow', { counterId: 3 }));
    flow = await flowUntil(flow, handsFree);
    const held = await issue();
    await callAndStart();
    flow = await flowUntil(flow, seenAt(held.ticket.number));
    ok(await send(staff, 'counter.hold', { counterId: 3 }));
    flow = await flowUntil(flow, handsFree);
    const moved = await issue();
    await callAndStart();
    flow = await flowUntil(flow, seenAt(moved.ticket.number));
    ok(await send(staff, 'counter.transfer', { counterId: 3, toServiceId: 'company-registration' }));
    flow = await flowUntil(flow, handsFree);
    expect(flow.screen.kind).toBe('idle');
    expect(flow.seen?.lastFinished ?? null).toBe(start);

    // The held ticket, resumed and finished, is asked about then.
    ok(await send(staff, 'counter.resume', { counterId: 3, ticketId: held.ticket.id }));
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking');
    expect(flow.screen).toMatchObject({ number: held.ticket.number });
  });

  it('keeps a tap given as the next resident is called, and one chosen as the next is finished, each for its own ticket', async () => {
    let flow = await flowUntil(INITIAL_FLOW, (f) => f.seen !== null);
    const [first, second, third] = [await issue(), await issue(), await issue()];
    // First finished and the next called at once: the pad asks about the first.
    await callAndStart();
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking');
    expect(flow.screen).toMatchObject({ number: first.ticket.number });
    // The resident taps as the second is started and finished: still stored for the first.
    const sent = startSending(chooseLevel(flow, 5, Date.now()));
    if (!sent) throw new Error('expected something to send');
    ok(await send(staff, 'counter.start', { counterId: 3 }));
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    const outcome = await outcomeOf(pad.send('ticket.rate', sent.input));
    expect(outcome).toMatchObject({ kind: 'ok', data: { ticketId: first.ticket.id, level: 5, counterId: 3 } });
    flow = settle(sent.flow, sent.prompt, sent.input, outcome, Date.now());
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking' && f.screen.number === second.ticket.number);

    // A level chosen for the second, not yet sent, when the third is finished: carried and stored for the second.
    flow = chooseLevel(flow, 2, Date.now());
    await callAndStart();
    ok(await send(staff, 'counter.finish', { counterId: 3 }));
    flow = await flowUntil(flow, (f) => f.screen.kind === 'asking' && f.screen.number === third.ticket.number);
    const taken = takeCarried(flow);
    expect(taken.inputs).toEqual([{ number: second.ticket.number, level: 2, reasons: [] }]);
    for (const input of taken.inputs) expect((await outcomeOf(pad.send('ticket.rate', input))).kind).toBe('ok');
    const stored = th.hall.db.prepare('SELECT ticket_id AS ticketId, level FROM ratings WHERE ticket_id IN (?, ?, ?) ORDER BY ticket_id')
      .all(first.ticket.id, second.ticket.id, third.ticket.id);
    expect(stored).toEqual([{ ticketId: first.ticket.id, level: 5 }, { ticketId: second.ticket.id, level: 2 }]);
    // A pad cannot rate a ticket another counter finished.
    expect(await outcomeOf(pad.send('ticket.rate', { number: 'Z999', level: 5 }))).toEqual({ kind: 'error', code: 'RATING_NOT_ALLOWED' });
  });

  it('staff finish a ticket at counter 3; the pad asks about it and its ticket.rate {level: 4} is stored for counter 3', async () => {
    let flow = await flowUntil(INITIAL_FLOW, (f) => f.seen !== null);
    const served = await issue();
    ok(await send(staff, 'counter.callNext', { counterId: 3 }));
    ok(await send(staff, 'counter.start', { counterId: 3 }));
    flow = await flowUntil(flow, () => pad.state.snapshot?.counters.find((c) => c.id === 3)?.currentStatus === 'serving');
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
    expect(settle(sent.flow, sent.prompt, sent.input, outcome, Date.now()).screen).toMatchObject({ kind: 'thanks', level: 4 });
    const stored = th.hall.db.prepare('SELECT level, counter_id AS counterId, source FROM ratings WHERE ticket_id = ?')
      .get(served.ticket.id);
    expect(stored).toEqual({ level: 4, counterId: 3, source: 'rating-pad' });

    // The same service rated twice (a second tap from another pad session): the resident is thanked, nothing changes.
    const again = await outcomeOf(pad.send('ticket.rate', { level: 1, reasons: [] }));
    expect(again).toEqual({ kind: 'error', code: 'ALREADY_RATED' });
    expect(settle(sent.flow, sent.prompt, sent.input, again, Date.now()).screen).toMatchObject({ kind: 'thanks', level: null });
  });
});

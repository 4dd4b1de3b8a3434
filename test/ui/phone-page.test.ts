/**
 * The phone page's rules: the rating draft and its command input, when a call rings the phone, the
 * chime, and the service names read from a real hall's public GET /api/services.
 */
import { asksReasons, chooseLevel, EMPTY_DRAFT, phoneIsWrong, rateInput, toggleReason, typePhone } from '../../kiosk-ui/phone/rating-draft';
import { followUpSteps } from '../../kiosk-ui/phone/follow-up';
import { callMark, isNewCall } from '../../kiosk-ui/phone/call-alert-rule';
import { CALL_CHIME } from '../../kiosk-ui/phone/chime';
import { serviceNamesFrom } from '../../kiosk-ui/phone/service-names';
import { RATING_LEVELS } from '../../protocol/rating';
import type { TicketTrack } from '../../protocol/views';
import { startTestHall, type TestHall } from '../../testkit/hall';

const TOKEN = 'tok_0123456789abcdef';

function ticket(patch: Partial<TicketTrack>): TicketTrack {
  return {
    id: 1, token: TOKEN, number: 'A001', serviceId: 's1', centreId: 'c1', status: 'waiting', priority: null,
    peopleAhead: 2, estimateMinutes: 10, counterId: null, counterName: null, arrivedAt: 1, calledAt: null,
    finishedAt: null, servingCounters: [1], rated: false, version: 1, ...patch,
  };
}

describe('rating draft', () => {
  it('sends nothing until a level is chosen', () => {
    expect(rateInput(TOKEN, EMPTY_DRAFT)).toBeNull();
  });

  it('asks reasons only for the two bad levels and keeps them in catalog order', () => {
    expect(RATING_LEVELS.map((l) => asksReasons(chooseLevel(EMPTY_DRAFT, l).level))).toEqual([false, false, false, true, true]);
    let draft = chooseLevel(EMPTY_DRAFT, 1);
    draft = toggleReason(draft, 'waiting');
    draft = toggleReason(draft, 'attitude');
    expect(rateInput(TOKEN, draft)).toEqual({ token: TOKEN, level: 1, reasons: ['attitude', 'waiting'] });
    draft = toggleReason(draft, 'waiting');
    expect(draft.reasons).toEqual(['attitude']);
  });

  it('drops reasons when the resident changes to a good level, and ignores reasons for good levels', () => {
    const bad = toggleReason(chooseLevel(EMPTY_DRAFT, 2), 'quality');
    const good = chooseLevel(bad, 4);
    expect(rateInput(TOKEN, good)).toEqual({ token: TOKEN, level: 4, reasons: [] });
    expect(toggleReason(good, 'quality')).toBe(good);
    // going from one bad level to the other keeps what was picked
    expect(chooseLevel(bad, 1).reasons).toEqual(['quality']);
  });
});

describe('a number to call back, with a 差评 only', () => {
  it('is sent without the spaces people type, and only with a bad level', () => {
    const bad = typePhone(chooseLevel(EMPTY_DRAFT, 1), '138 1234 5678');
    expect(rateInput(TOKEN, bad)).toEqual({ token: TOKEN, level: 1, reasons: [], phone: '13812345678' });
    expect(rateInput(TOKEN, typePhone(bad, '  '))).toEqual({ token: TOKEN, level: 1, reasons: [] });
    // Nobody calls back about praise: a good level drops the number and takes none.
    const good = chooseLevel(bad, 5);
    expect(good.phone).toBe('');
    expect(typePhone(good, '13812345678')).toBe(good);
  });

  it('is not sent while it is not a number the server takes', () => {
    for (const typed of ['1234', '138-abc-5678', '1'.repeat(21)]) {
      const draft = typePhone(chooseLevel(EMPTY_DRAFT, 2), typed);
      expect(phoneIsWrong(draft)).toBe(true);
      expect(rateInput(TOKEN, draft)).toBeNull();
    }
    expect(phoneIsWrong(typePhone(chooseLevel(EMPTY_DRAFT, 2), '+86-13812345678'))).toBe(false);
  });
});

describe('follow-up progress', () => {
  it('marks the steps done up to where the case stands, in order; once closed, all are done', () => {
    expect(followUpSteps('open')).toEqual([
      { status: 'open', state: 'current' }, { status: 'assigned', state: 'todo' },
      { status: 'rectified', state: 'todo' }, { status: 'closed', state: 'todo' }]);
    expect(followUpSteps('rectified').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo']);
    expect(followUpSteps('closed').map((s) => s.state)).toEqual(['done', 'done', 'done', 'done']);
  });
});

describe('call alert', () => {
  it('rings on a call, again on a recall, not on a re-read of the same call', () => {
    const waiting = callMark(ticket({}));
    const called = callMark(ticket({ status: 'called', calledAt: 100, version: 4, counterId: 3 }));
    expect(waiting).toBeNull();
    expect(isNewCall(waiting, called)).toBe(true);
    expect(isNewCall(called, callMark(ticket({ status: 'called', calledAt: 100, version: 4 })))).toBe(false);
    expect(isNewCall(called, callMark(ticket({ status: 'called', calledAt: 100, version: 5 })))).toBe(true);
  });

  it('does not ring for other states, and rings for a page opened on a ticket already called', () => {
    expect(isNewCall(null, callMark(ticket({ status: 'serving', calledAt: 100 })))).toBe(false);
    expect(isNewCall(null, callMark(ticket({ status: 'called', calledAt: 100 })))).toBe(true);
  });

  it('has a chime short enough to repeat on a recall', () => {
    const length = Math.max(...CALL_CHIME.map((tone) => tone.at + tone.duration));
    expect(length).toBeGreaterThan(1);
    expect(length).toBeLessThan(3);
  });
});

describe('service names', () => {
  let hall: TestHall;
  beforeAll(async () => {
    hall = await startTestHall();
  });
  afterAll(async () => {
    await hall.close();
  });

  it('reads the names from the public services answer', async () => {
    const answer: unknown = await (await fetch(`${hall.url}/api/services`)).json();
    const names = serviceNamesFrom(answer);
    expect(names.length).toBeGreaterThan(5);
    expect(names.find((n) => n.id === 'company-registration')?.name).toBe('企业设立登记');
  });

  it('gives no names for a refusal or a malformed answer', () => {
    expect(serviceNamesFrom({ ok: false, error: { code: 'INTERNAL', message: '' } })).toEqual([]);
    expect(serviceNamesFrom({ ok: true, data: { services: [{ id: 1 }, { id: 's', name: '事项' }] } })).toEqual([
      { id: 's', name: '事项', nameMn: '' },
    ]);
    expect(serviceNamesFrom('<html>')).toEqual([]);
  });
});

import { closeCounter, openCounter, pauseCounter, unpauseCounter } from '../../../server/queue';
import { STAFF_ID, frozen, makeCounter } from './builders';

const OTHER_STAFF = 99;
const closed = makeCounter({ status: 'closed', staffId: null });
const open = makeCounter({ status: 'open', staffId: STAFF_ID });
const paused = makeCounter({ status: 'paused', staffId: STAFF_ID });

describe('openCounter', () => {
  it('opens a closed counter for the staff member without touching the input', () => {
    const { value: counter, copy } = frozen(closed);
    expect(openCounter(counter, STAFF_ID)).toEqual({ ok: true, value: { ...closed, status: 'open', staffId: STAFF_ID } });
    expect(counter).toEqual(copy);
  });

  it.each([['open', open], ['paused', paused]] as const)(
    'lets the same staff member log in again at a %s counter, unchanged',
    (_label, counter) => {
      const result = openCounter(counter, STAFF_ID);
      expect(result).toEqual({ ok: true, value: counter });
      expect(result.ok && result.value).toBe(counter);
    },
  );

  it.each([['open', open], ['paused', paused]] as const)('refuses another staff member at a %s counter', (_label, counter) => {
    expect(openCounter(counter, OTHER_STAFF)).toEqual({ ok: false, code: 'COUNTER_TAKEN' });
  });

  it('takes over an open counter that has nobody recorded', () => {
    const orphan = makeCounter({ status: 'open', staffId: null });
    expect(openCounter(orphan, OTHER_STAFF)).toEqual({ ok: true, value: { ...orphan, staffId: OTHER_STAFF } });
  });
});

describe('closeCounter', () => {
  it.each([['open', open], ['paused', paused]] as const)('closes a %s counter and forgets the staff member', (_label, counter) => {
    expect(closeCounter(counter, false)).toEqual({ ok: true, value: { ...counter, status: 'closed', staffId: null } });
  });

  it('accepts closing a closed counter', () => {
    const result = closeCounter(closed, false);
    expect(result).toEqual({ ok: true, value: closed });
  });

  it.each([['open', open], ['paused', paused], ['closed', closed]] as const)(
    'refuses to close a %s counter with a ticket in hand',
    (_label, counter) => {
      expect(closeCounter(counter, true)).toEqual({ ok: false, code: 'COUNTER_BUSY' });
    },
  );
});

describe('pauseCounter', () => {
  it('pauses an open counter and keeps the staff member', () => {
    expect(pauseCounter(open, false)).toEqual({ ok: true, value: { ...open, status: 'paused', staffId: STAFF_ID } });
  });

  it('leaves a paused counter unchanged', () => {
    const result = pauseCounter(paused, false);
    expect(result.ok && result.value).toBe(paused);
  });

  it('refuses with a ticket in hand', () => {
    expect(pauseCounter(open, true)).toEqual({ ok: false, code: 'COUNTER_BUSY' });
  });

  it.each([false, true])('refuses a closed counter (ticket in hand: %s)', (inHand) => {
    expect(pauseCounter(closed, inHand)).toEqual({ ok: false, code: 'COUNTER_NOT_OPEN' });
  });
});

describe('unpauseCounter', () => {
  it('reopens a paused counter', () => {
    expect(unpauseCounter(paused)).toEqual({ ok: true, value: { ...paused, status: 'open' } });
  });

  it('leaves an open counter unchanged', () => {
    const result = unpauseCounter(open);
    expect(result.ok && result.value).toBe(open);
  });

  it('refuses a closed counter', () => {
    expect(unpauseCounter(closed)).toEqual({ ok: false, code: 'COUNTER_NOT_OPEN' });
  });
});

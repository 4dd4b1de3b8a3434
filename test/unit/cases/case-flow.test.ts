import type { CaseEventView, CaseView } from '../../../protocol/cases';
import { maskPhone, mayTake, refusal, statusAfter, stepsOpenTo, type CaseFacts } from '../../../protocol/case-flow';

const facts = (over: Partial<CaseFacts>): CaseFacts => ({ kind: 'bad_rating', status: 'open', hasContact: false, callBacks: 0, ...over });

describe('the order of a case', () => {
  it('a 差评 is assigned, then rectified, then closed; a call-back needs an assignee', () => {
    expect(refusal('callBack', facts({}))).toBe('CASE_STEP_INVALID');
    expect(refusal('rectify', facts({}))).toBe('CASE_STEP_INVALID');
    expect(refusal('close', facts({ status: 'assigned' }))).toBe('CASE_STEP_INVALID');
    expect(refusal('assign', facts({}))).toBeNull();
    expect(refusal('rectify', facts({ status: 'assigned' }))).toBeNull();
    expect(refusal('close', facts({ status: 'rectified' }))).toBeNull();
    expect(statusAfter('assign', 'open')).toBe('assigned');
    expect(statusAfter('assign', 'rectified')).toBe('rectified');
    expect(statusAfter('callBack', 'assigned')).toBe('assigned');
  });

  it('a resident who left a number is called back before the case closes', () => {
    expect(refusal('close', facts({ status: 'rectified', hasContact: true }))).toBe('CALL_BACK_REQUIRED');
    expect(refusal('close', facts({ status: 'rectified', hasContact: true, callBacks: 1 }))).toBeNull();
  });

  it('suggestions, praise and consultations are answered, never rectified; a closed case takes no step', () => {
    for (const kind of ['suggestion', 'praise', 'consultation'] as const) {
      expect(refusal('close', facts({ kind }))).toBeNull();
      expect(refusal('rectify', facts({ kind, status: 'assigned' }))).toBe('CASE_STEP_INVALID');
    }
    for (const step of ['assign', 'callBack', 'rectify', 'close'] as const) expect(refusal(step, facts({ status: 'closed' }))).toBe('CASE_CLOSED');
  });

  it('masks a number for everyone but the assignee', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0472-5100100')).toBe('047*****0100');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('5100100')).toBe('*****00');
  });

  it('any supervisor or admin assigns; only the assignee (or an admin) takes the other steps; staff take none', () => {
    const lead = { role: 'supervisor' as const, userId: 7 };
    const otherLead = { role: 'supervisor' as const, userId: 8 };
    const admin = { role: 'admin' as const, userId: 1 };
    const staff = { role: 'staff' as const, userId: 3 };
    for (const step of ['callBack', 'rectify', 'close'] as const) {
      expect([mayTake(step, lead, 7), mayTake(step, otherLead, 7), mayTake(step, admin, 7), mayTake(step, staff, 3)])
        .toEqual([true, false, true, false]);
    }
    expect([mayTake('assign', otherLead, 7), mayTake('assign', admin, null), mayTake('assign', staff, null)]).toEqual([true, true, false]);
  });
});

describe('the steps the console offers', () => {
  const event = (type: CaseEventView['type']): CaseEventView => ({ at: 0, type, userName: null, reached: null, note: '' });
  const view = (over: Partial<Pick<CaseView, 'kind' | 'status' | 'contactPhone' | 'events' | 'assigneeId'>>) =>
    ({ kind: 'bad_rating' as const, status: 'open' as const, contactPhone: null, events: [event('opened')], assigneeId: null, ...over });
  const lead = { role: 'supervisor' as const, userId: 7 };

  it('follow the case: assign first, then call back and rectify, close once rectified and called back', () => {
    expect(stepsOpenTo(lead, view({}))).toEqual(['assign']);
    expect(stepsOpenTo(lead, view({ status: 'assigned', assigneeId: 7 }))).toEqual(['assign', 'callBack', 'rectify']);
    expect(stepsOpenTo(lead, view({ status: 'assigned', assigneeId: 9 }))).toEqual(['assign']);
    const rectified = view({ status: 'rectified', assigneeId: 7, contactPhone: '138****5678' });
    expect(stepsOpenTo(lead, rectified)).toEqual(['assign', 'callBack', 'rectify']);
    expect(stepsOpenTo(lead, { ...rectified, events: [...rectified.events, event('call_back')] }))
      .toEqual(['assign', 'callBack', 'rectify', 'close']);
    expect(stepsOpenTo(lead, view({ kind: 'suggestion' }))).toEqual(['assign']);
    expect(stepsOpenTo(lead, view({ kind: 'praise', status: 'assigned', assigneeId: 7 }))).toEqual(['assign', 'callBack', 'close']);
    expect(stepsOpenTo(lead, view({ status: 'closed', assigneeId: 7 }))).toEqual([]);
  });
});

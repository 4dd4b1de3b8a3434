import { maskPhone, refusal, statusAfter, type CaseFacts } from '../../../server/cases/case-flow';

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
});

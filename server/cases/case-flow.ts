/**
 * Which step a case may take from where it stands: the one place the closed loop's order is written.
 * Pure: the handlers ask here and refuse with TICKET_STATE_INVALID-like codes when the answer is no.
 */
import type { CaseKind, CaseStatus } from '../../protocol/cases';
import { NO_DEADLINE_KINDS } from '../../protocol/cases';

export type CaseStep = 'assign' | 'callBack' | 'rectify' | 'close';

export interface CaseFacts {
  kind: CaseKind;
  status: CaseStatus;
  /** The resident left a number: a 差评 or complaint with one is closed only after a call-back. */
  hasContact: boolean;
  callBacks: number;
}

/** Suggestions, praise and consultations are answered, not rectified. */
export function isAnsweredOnly(kind: CaseKind): boolean {
  return NO_DEADLINE_KINDS.includes(kind);
}

/** null when the step may be taken; otherwise the reason it may not. */
export function refusal(step: CaseStep, facts: CaseFacts): 'CASE_CLOSED' | 'CASE_STEP_INVALID' | 'CALL_BACK_REQUIRED' | null {
  if (facts.status === 'closed') return 'CASE_CLOSED';
  switch (step) {
    case 'assign':
      return null;
    case 'callBack':
      return facts.status === 'open' ? 'CASE_STEP_INVALID' : null;
    case 'rectify':
      return isAnsweredOnly(facts.kind) || facts.status === 'open' ? 'CASE_STEP_INVALID' : null;
    case 'close':
      if (isAnsweredOnly(facts.kind)) return null;
      if (facts.status !== 'rectified') return 'CASE_STEP_INVALID';
      return facts.hasContact && facts.callBacks === 0 ? 'CALL_BACK_REQUIRED' : null;
  }
}

/** The status after a step (a call-back leaves it where it is). */
export function statusAfter(step: CaseStep, status: CaseStatus): CaseStatus {
  switch (step) {
    case 'assign':
      return status === 'open' ? 'assigned' : status;
    case 'callBack':
      return status;
    case 'rectify':
      return 'rectified';
    case 'close':
      return 'closed';
  }
}

/** A phone number shown to someone other than the assignee: 13812345678 → 138****5678. */
export function maskPhone(phone: string): string {
  const digits = [...phone];
  // A short number keeps only its last two digits: a start and an end shown would leave little hidden.
  if (digits.length <= 8) return `${'*'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2).join('')}`;
  const keepStart = digits.length >= 11 ? 3 : 2;
  return `${digits.slice(0, keepStart).join('')}${'*'.repeat(digits.length - keepStart - 4)}${digits.slice(-4).join('')}`;
}

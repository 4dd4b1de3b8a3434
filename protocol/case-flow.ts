/**
 * Which step a case may take from where it stands, and who may take it: the one place the closed loop's
 * order is written. Pure and shared: the server's handlers refuse with its answers, and the console
 * offers only the steps it allows, so a button is never shown for a step the server would refuse.
 */
import type { CaseKind, CaseStatus, CaseView } from './cases';
import { NO_DEADLINE_KINDS } from './cases';
import type { Role } from './views';

export type CaseStep = 'assign' | 'callBack' | 'rectify' | 'close';

export interface CaseFacts {
  kind: CaseKind;
  status: CaseStatus;
  /** The resident left a number: a 差评 or complaint with one is closed only after a call-back. */
  hasContact: boolean;
  callBacks: number;
}

export const CASE_STEPS: readonly CaseStep[] = ['assign', 'callBack', 'rectify', 'close'];

/** The facts the order of steps depends on, as a case is shown. */
export function factsOf(view: Pick<CaseView, 'kind' | 'status' | 'contactPhone' | 'events'>): CaseFacts {
  return { kind: view.kind, status: view.status, hasContact: view.contactPhone !== null,
    callBacks: view.events.filter((e) => e.type === 'call_back').length };
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

/** Who works a case: the step's caller by role and account, and the case's assignee. */
export interface CaseWorker {
  role: Role;
  userId: number;
}

/**
 * Any supervisor or admin assigns (or reassigns) a case; only its assignee takes the other steps, and an
 * admin may step in (an overdue case is escalated to the admins). Staff read their own cases only.
 */
export function mayTake(step: CaseStep, worker: CaseWorker, assigneeId: number | null): boolean {
  if (worker.role === 'staff') return false;
  if (step === 'assign' || worker.role === 'admin') return true;
  return assigneeId === worker.userId;
}

/** The steps this worker may take on the case now (what the console offers). */
export function stepsOpenTo(worker: CaseWorker, view: Pick<CaseView, 'kind' | 'status' | 'contactPhone' | 'events' | 'assigneeId'>): CaseStep[] {
  const facts = factsOf(view);
  return CASE_STEPS.filter((step) => mayTake(step, worker, view.assigneeId) && refusal(step, facts) === null);
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

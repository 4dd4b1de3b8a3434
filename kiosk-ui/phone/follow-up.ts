/**
 * The resident's view of the follow-up of their 差评: the four steps a case goes through, each passed
 * (done), the one the case stands at now (current: reached, and where it is), or still to come. Pure,
 * so the order is tested without a page.
 */
import { CASE_STATUSES, type CaseStatus } from '../../protocol/cases';

export interface FollowUpStep {
  status: CaseStatus;
  state: 'done' | 'current' | 'todo';
}

/** A closed case has every step done: nothing is current any more. */
export function followUpSteps(status: CaseStatus): FollowUpStep[] {
  const at = status === 'closed' ? CASE_STATUSES.length : CASE_STATUSES.indexOf(status);
  return CASE_STATUSES.map((s, i) => ({ status: s, state: i < at ? 'done' : i === at ? 'current' : 'todo' }));
}

/** 2027-05-08 as a resident reads it: 2027年5月8日 in Chinese, 2027.5.8 beside Mongolian. */
export function dateWords(date: string, lang: 'zh' | 'mn'): string {
  const [y, m, d] = date.split('-').map(Number);
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${y}.${m}.${d}`;
}

/**
 * Stores what ./alert-rules.ts found: a condition with no alert in force raises one; an alert in force
 * whose condition no longer holds is marked cleared. Answers the alerts that changed, to be pushed to
 * supervisors once the transaction has committed. A case's alert (raised with the case) is never
 * cleared here: it stays until a supervisor acknowledges it.
 */
import type { Db } from '../db/open';
import { alertsInForce, clearAlert, insertAlert } from '../db/queries/alerts';
import { CONDITION_KINDS, type AlertCondition } from './alert-rules';

export function syncAlerts(db: Db, conditions: readonly AlertCondition[], now: number): number[] {
  const changed: number[] = [];
  for (const kind of CONDITION_KINDS) {
    const holding = new Map(conditions.filter((c) => c.facts.kind === kind).map((c) => [c.subject, c]));
    for (const alert of alertsInForce(db, kind)) {
      if (holding.delete(alert.subject)) continue;
      clearAlert(db, alert.id, now);
      changed.push(alert.id);
    }
    for (const condition of holding.values()) changed.push(insertAlert(db, condition.subject, condition.facts, now));
  }
  return changed;
}

/** Counters (窗口) as admins see them: disabled ones too, their devices, and whether anything names them. */
import type { Db } from '../open';
import type { CounterAdminView, CounterDeviceView } from '../../../protocol/structure';
import type { CounterRecord } from './hall';
import { counterById, listCounters } from './hall';
import { statement } from './statement';

function devicesOf(db: Db, counterId: number): CounterDeviceView[] {
  return statement(db, 'SELECT id, kind, name FROM devices WHERE counter_id = ? AND active = 1 ORDER BY id')
    .all(counterId) as CounterDeviceView[];
}

function toView(db: Db, c: CounterRecord, today: string): CounterAdminView {
  const use = statement(db, `SELECT
    (SELECT COUNT(*) FROM tickets WHERE counter_id = ? AND business_day = ?) AS today,
    EXISTS (SELECT 1 FROM tickets WHERE counter_id = ? OR target_counter_id = ?)
      OR EXISTS (SELECT 1 FROM ratings WHERE counter_id = ?)
      OR EXISTS (SELECT 1 FROM counter_events WHERE counter_id = ?) AS used`)
    .get(c.id, today, c.id, c.id, c.id, c.id) as { today: number; used: number };
  const staff = c.staffId === null ? undefined
    : statement(db, 'SELECT display_name FROM users WHERE id = ?').get(c.staffId) as { display_name: string } | undefined;
  return {
    id: c.id, name: c.name, centreId: c.centreId, serviceIds: c.serviceIds, callPolicy: c.callPolicy, enabled: c.enabled,
    status: c.status, staffName: staff?.display_name ?? null, devices: devicesOf(db, c.id), ticketsToday: use.today,
    used: use.used === 1,
  };
}

export function counterAdminViews(db: Db, today: string): CounterAdminView[] {
  return listCounters(db).map((c) => toView(db, c, today));
}

export function counterAdminView(db: Db, id: number, today: string): CounterAdminView | null {
  const c = counterById(db, id);
  return c ? toView(db, c, today) : null;
}

/** Centres as admins see them (disabled ones too), and what still belongs to a centre. */
import type { Db } from '../open';
import type { CentreAdminView } from '../../../protocol/structure';
import { statement } from './statement';

interface CentreRow {
  id: string; name: string; name_mn: string; icon: string; sort_order: number; enabled: number;
  service_count: number; counter_count: number;
}

const SELECT = `SELECT c.*, (SELECT COUNT(*) FROM services s WHERE s.centre_id = c.id) AS service_count,
  (SELECT COUNT(*) FROM counters k WHERE k.centre_id = c.id) AS counter_count FROM centres c`;

function toView(r: CentreRow): CentreAdminView {
  return { id: r.id, name: r.name, nameMn: r.name_mn, icon: r.icon, sortOrder: r.sort_order, enabled: r.enabled === 1,
    serviceCount: r.service_count, counterCount: r.counter_count };
}

export function centreAdminViews(db: Db): CentreAdminView[] {
  return (statement(db, `${SELECT} ORDER BY c.sort_order, c.id`).all() as CentreRow[]).map(toView);
}

export function centreAdminView(db: Db, id: string): CentreAdminView | null {
  const r = statement(db, `${SELECT} WHERE c.id = ?`).get(id) as CentreRow | undefined;
  return r ? toView(r) : null;
}

/** Staff accounts and tickets that name the centre (services and counters are counted in its view). */
export function centreReferences(db: Db, id: string): { staff: number; tickets: number } {
  return statement(db, `SELECT (SELECT COUNT(*) FROM users WHERE centre_id = ?) AS staff,
    EXISTS (SELECT 1 FROM tickets WHERE centre_id = ?) AS tickets`).get(id, id) as { staff: number; tickets: number };
}

export function centreIdTaken(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM centres WHERE id = ?').get(id) !== undefined;
}

/** The next free `centre-<n>`, for a centre created without an id. */
export function freeCentreId(db: Db): string {
  let n = (statement(db, 'SELECT COUNT(*) AS n FROM centres').get() as { n: number }).n + 1;
  while (centreIdTaken(db, `centre-${n}`)) n += 1;
  return `centre-${n}`;
}

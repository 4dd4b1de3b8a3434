import type { Db } from '../open';
import type { ServiceGuide } from '../../../protocol/guide';

export function guideOf(db: Db, serviceId: string): ServiceGuide | null {
  const row = db.prepare('SELECT guide FROM service_guides WHERE service_id = ?').get(serviceId) as { guide: string } | undefined;
  return row ? (JSON.parse(row.guide) as ServiceGuide) : null;
}

export function storeGuide(db: Db, guide: ServiceGuide): void {
  db.prepare(`INSERT INTO service_guides (service_id, guide) VALUES (?, ?)
    ON CONFLICT (service_id) DO UPDATE SET guide = excluded.guide`).run(guide.serviceId, JSON.stringify(guide));
}

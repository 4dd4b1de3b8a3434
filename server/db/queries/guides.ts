import type { Db } from '../open';
import { statement } from './statement';
import type { ServiceGuide } from '../../../protocol/guide';

export function guideOf(db: Db, serviceId: string): ServiceGuide | null {
  const row = statement(db, 'SELECT guide FROM service_guides WHERE service_id = ?').get(serviceId) as { guide: string } | undefined;
  return row ? (JSON.parse(row.guide) as ServiceGuide) : null;
}

export function storeGuide(db: Db, guide: ServiceGuide): void {
  statement(db, `INSERT INTO service_guides (service_id, guide) VALUES (?, ?)
    ON CONFLICT (service_id) DO UPDATE SET guide = excluded.guide`).run(guide.serviceId, JSON.stringify(guide));
}

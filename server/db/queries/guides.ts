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

export type SampleMediaType = 'image/png' | 'image/jpeg' | 'application/pdf';

export interface SampleFileRow {
  id: string;
  serviceId: string;
  mediaType: SampleMediaType;
  bytes: number;
}

export function insertSampleFile(db: Db, row: SampleFileRow, now: number): void {
  statement(db, 'INSERT INTO sample_files (id, service_id, media_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)')
    .run(row.id, row.serviceId, row.mediaType, row.bytes, now);
}

export function sampleFilesOf(db: Db, serviceId: string): SampleFileRow[] {
  return statement(db, `SELECT id, service_id AS serviceId, media_type AS mediaType, bytes FROM sample_files
    WHERE service_id = ? ORDER BY created_at, id`).all(serviceId) as SampleFileRow[];
}

export function deleteSampleFile(db: Db, id: string): void {
  statement(db, 'DELETE FROM sample_files WHERE id = ?').run(id);
}

/** Every stored file's id, for the start-up sweep of leftovers. */
export function allSampleFileIds(db: Db): Set<string> {
  return new Set((statement(db, 'SELECT id FROM sample_files').all() as { id: string }[]).map((r) => r.id));
}

/** Every stored guide, by service id (for the configuration file). */
export function allGuides(db: Db): ServiceGuide[] {
  return (statement(db, 'SELECT service_id FROM service_guides ORDER BY service_id').all() as { service_id: string }[])
    .flatMap((row) => guideOf(db, row.service_id) ?? []);
}

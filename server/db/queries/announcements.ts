/** SQL for notices (公告) shown on displays and kiosks between their start and end. */
import type { Db } from '../open';
import type { AnnouncementView } from '../../../protocol/public-info';
import { statement } from './statement';

const COLUMNS = 'id, text, text_mn AS textMn, starts_at AS startsAt, ends_at AS endsAt';

export type AnnouncementFields = Omit<AnnouncementView, 'id'>;

export function listAnnouncements(db: Db): AnnouncementView[] {
  return statement(db, `SELECT ${COLUMNS} FROM announcements ORDER BY starts_at DESC, id DESC`).all() as AnnouncementView[];
}

export function announcementById(db: Db, id: number): AnnouncementView | null {
  return (statement(db, `SELECT ${COLUMNS} FROM announcements WHERE id = ?`).get(id) as AnnouncementView | undefined) ?? null;
}

/** The notices showing at `now`, earliest start first. */
export function announcementsShowing(db: Db, now: number): AnnouncementView[] {
  return statement(db, `SELECT ${COLUMNS} FROM announcements WHERE starts_at <= ? AND ends_at > ? ORDER BY starts_at, id`)
    .all(now, now) as AnnouncementView[];
}

/** The first start or end after `now`: when the set of notices showing changes next; null if never. */
export function nextAnnouncementChange(db: Db, now: number): number | null {
  const row = statement(db, `SELECT MIN(t) AS t FROM (
      SELECT MIN(starts_at) AS t FROM announcements WHERE starts_at > ?
      UNION ALL SELECT MIN(ends_at) FROM announcements WHERE ends_at > ?)`).get(now, now) as { t: number | null };
  return row.t;
}

export function insertAnnouncement(db: Db, a: AnnouncementFields, now: number): number {
  return Number(statement(db, `INSERT INTO announcements (text, text_mn, starts_at, ends_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?)`).run(a.text, a.textMn, a.startsAt, a.endsAt, now, now).lastInsertRowid);
}

export function updateAnnouncement(db: Db, id: number, a: AnnouncementFields, now: number): void {
  statement(db, 'UPDATE announcements SET text = ?, text_mn = ?, starts_at = ?, ends_at = ?, updated_at = ? WHERE id = ?')
    .run(a.text, a.textMn, a.startsAt, a.endsAt, now, id);
}

export function deleteAnnouncement(db: Db, id: number): void {
  statement(db, 'DELETE FROM announcements WHERE id = ?').run(id);
}

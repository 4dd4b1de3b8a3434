/** The translation workbench's review records (table mn_texts, migration 019) and the name fields it edits. */
import type { Db } from '../open';
import type { MnTextKind } from '../../../protocol/mn-texts';
import type { MnReviewRecord } from '../../../protocol/catalog/mn-review';
import { statement } from './statement';

export interface StoredMnText extends MnReviewRecord {
  kind: MnTextKind;
  subject: string;
  reviewer: string | null;
  reviewedAt: number | null;
}

const SELECT = 'SELECT kind, subject, zh, mn, status, reviewer, reviewed_at AS reviewedAt FROM mn_texts';

export function allMnTexts(db: Db): StoredMnText[] {
  return statement(db, `${SELECT} ORDER BY kind, subject`).all() as StoredMnText[];
}

/** The review records of one kind of text (every centre's name, every calendar day's), by subject. */
export function mnTextsOfKind(db: Db, kind: MnTextKind): StoredMnText[] {
  return statement(db, `${SELECT} WHERE kind = ? ORDER BY subject`).all(kind) as StoredMnText[];
}

export function mnTextOf(db: Db, kind: MnTextKind, subject: string): StoredMnText | null {
  return (statement(db, `${SELECT} WHERE kind = ? AND subject = ?`).get(kind, subject) as StoredMnText | undefined) ?? null;
}

/** The catalog's Mongolian as edited in the console, by catalog key (the screens' override layer). */
export function catalogMnTexts(db: Db): { subject: string; mn: string }[] {
  return statement(db, "SELECT subject, mn FROM mn_texts WHERE kind = 'catalog' ORDER BY subject").all() as { subject: string; mn: string }[];
}

/** One catalog string's Mongolian as edited in the workbench, or null. */
export function catalogMnTextOf(db: Db, key: string): string | null {
  const row = statement(db, "SELECT mn FROM mn_texts WHERE kind = 'catalog' AND subject = ?").get(key) as { mn: string } | undefined;
  return row?.mn ?? null;
}

export function storeMnText(db: Db, text: StoredMnText, now: number): void {
  statement(db, `INSERT INTO mn_texts (kind, subject, zh, mn, status, reviewer, reviewed_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (kind, subject) DO UPDATE SET zh = excluded.zh, mn = excluded.mn, status = excluded.status,
      reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at, updated_at = excluded.updated_at`)
    .run(text.kind, text.subject, text.zh, text.mn, text.status, text.reviewer, text.reviewedAt, now);
}

export function setCentreNameMn(db: Db, id: string, nameMn: string): void {
  statement(db, 'UPDATE centres SET name_mn = ? WHERE id = ?').run(nameMn, id);
}

export function setServiceNameMn(db: Db, id: string, nameMn: string): void {
  statement(db, 'UPDATE services SET name_mn = ? WHERE id = ?').run(nameMn, id);
}

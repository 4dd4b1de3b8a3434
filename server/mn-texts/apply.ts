/**
 * Writing a reviewed Mongolian text: a catalog string's Mongolian lives in its review record (the override
 * the screens receive); a configured name's is written into the name field itself (centre, service, guide
 * material, calendar day), so the name keeps one source, and the record notes what was reviewed.
 */
import type { Db } from '../db/open';
import type { Problem } from '../../protocol/errors';
import { MN_TEXT_MAX, mnTextSubject, type MnTextKind } from '../../protocol/mn-texts';
import { mnTextProblems } from '../../protocol/catalog/mn-check';
import { setCentreNameMn, setServiceNameMn, storeMnText } from '../db/queries/mn-texts';
import { guideOf, storeGuide } from '../db/queries/guides';
import { setCalendarDayNameMn } from '../db/queries/calendar';
import type { LocatedText } from './entries';

export type Verdict = { status: 'draft' } | { status: 'approved'; reviewer: string; reviewedAt: number };

/**
 * Why `mn` cannot stand as the Mongolian of `zh` (script, placeholders, length); [] when it can. A check of
 * protocol/catalog/mn-check.ts is named `custom:<its problem>`, like the schemas' own custom checks.
 */
export function mnProblems(kind: MnTextKind, zh: string, mn: string, path: string): Problem[] {
  const reasons: string[] = mnTextProblems(zh, mn).map((problem) => `custom:${problem}`);
  if (mn.trim() === '') reasons.push('too_small');
  if (mn.length > MN_TEXT_MAX[kind]) reasons.push('too_big');
  return reasons.map((reason) => ({ path, reason }));
}

function writeName(db: Db, text: LocatedText, mn: string): void {
  const { address } = text;
  if (address.kind === 'centre') setCentreNameMn(db, address.id, mn);
  else if (address.kind === 'service') setServiceNameMn(db, address.id, mn);
  else if (address.kind === 'material') {
    const guide = guideOf(db, address.serviceId);
    if (!guide) return;
    storeGuide(db, { ...guide, materials: guide.materials.map((m, i) => (i === address.index ? { ...m, nameMn: mn } : m)) });
  } else if (address.kind === 'day') setCalendarDayNameMn(db, address.date, mn);
}

export function applyMnText(db: Db, text: LocatedText, mn: string, verdict: Verdict, now: number): void {
  writeName(db, text, mn);
  storeMnText(db, {
    kind: text.address.kind, subject: mnTextSubject(text.address), zh: text.entry.zh, mn, status: verdict.status,
    reviewer: verdict.status === 'approved' ? verdict.reviewer : null,
    reviewedAt: verdict.status === 'approved' ? verdict.reviewedAt : null,
  }, now);
}

/**
 * Every Mongolian text a resident reads, as the workbench lists it: the catalog's resident-facing strings
 * (./audience places each on its screen; the console's edit overrides the release's draft) and the hall's
 * configured names (centres, services, guide materials, the calendar's days; their Mongolian is the name field itself). The
 * status of each comes from the one binding rule (protocol/catalog/mn-review.ts).
 */
import type { Db } from '../db/open';
import type { MnTextAddress, MnTextEntry, MnTextKind, MnTextScreen } from '../../protocol/mn-texts';
import { mnTextKey, mnTextSubject } from '../../protocol/mn-texts';
import { catalog, type Message } from '../../protocol/catalog';
import { audienceOf } from '../../protocol/catalog/audience';
import { reviewedStatus, type MnReviewRecord } from '../../protocol/catalog/mn-review';
import { allMnTexts, type StoredMnText } from '../db/queries/mn-texts';
import { listCentres, listServices } from '../db/queries/hall';
import { allGuides } from '../db/queries/guides';
import { calendarDayNames } from '../db/queries/calendar';

/** A text as it stands now, before its review is applied. */
interface Source {
  address: MnTextAddress;
  screen: MnTextScreen;
  zh: string;
  /** The current Mongolian without the workbench's record (a catalog string: the release's draft). */
  mn: string;
  /** A review that came with the release (a catalog entry marked approved). */
  releaseReview: MnReviewRecord | null;
}

export interface LocatedText {
  entry: MnTextEntry;
  address: MnTextAddress;
  record: StoredMnText | null;
}

function catalogSources(): Source[] {
  const catalogEntries: [string, Message][] = Object.entries(catalog);
  return catalogEntries.flatMap(([key, message]) => {
    const audience = audienceOf(key);
    if (audience === null || !audience.resident) return [];
    const releaseReview: MnReviewRecord | null = message.mnReview === 'approved'
      ? { zh: message.zh, mn: message.mn, status: 'approved' } : null;
    return [{ address: { kind: 'catalog', key }, screen: audience.screen, zh: message.zh, mn: message.mn, releaseReview }];
  });
}

function nameSources(db: Db): Source[] {
  const centres: Source[] = listCentres(db).map((c) => ({
    address: { kind: 'centre', id: c.id }, screen: 'centre-names', zh: c.name, mn: c.nameMn, releaseReview: null,
  }));
  const services: Source[] = listServices(db).map((s) => ({
    address: { kind: 'service', id: s.id }, screen: 'service-names', zh: s.name, mn: s.nameMn, releaseReview: null,
  }));
  const materials: Source[] = allGuides(db).flatMap((guide) => guide.materials.map((m, index) => ({
    address: { kind: 'material', serviceId: guide.serviceId, index }, screen: 'material-names' as const, zh: m.name,
    mn: m.nameMn ?? '', releaseReview: null,
  })));
  const days: Source[] = calendarDayNames(db).map((d) => ({
    address: { kind: 'day', date: d.date }, screen: 'day-names', zh: d.name, mn: d.nameMn, releaseReview: null,
  }));
  return [...centres, ...services, ...materials, ...days];
}

function recordKey(kind: MnTextKind, subject: string): string {
  return `${kind} ${subject}`;
}

function located(source: Source, record: StoredMnText | null): LocatedText {
  // A catalog string's Mongolian is the workbench's where it has one; a name's is always its own field.
  const mn = source.address.kind === 'catalog' && record ? record.mn : source.mn;
  const status = reviewedStatus({ zh: source.zh, mn }, record ?? source.releaseReview);
  const approvedRecord = status === 'approved' && record?.status === 'approved' ? record : null;
  return {
    address: source.address,
    record,
    entry: {
      key: mnTextKey(source.address), kind: source.address.kind, screen: source.screen, zh: source.zh, mn, status,
      reviewer: approvedRecord?.reviewer ?? null, reviewedAt: approvedRecord?.reviewedAt ?? null,
    },
  };
}

/** Every text, catalog strings first (in catalog order), then centres, services, materials and calendar days. */
export function locateAll(db: Db): LocatedText[] {
  const records = new Map(allMnTexts(db).map((r) => [recordKey(r.kind, r.subject), r]));
  return [...catalogSources(), ...nameSources(db)]
    .map((source) => located(source, records.get(recordKey(source.address.kind, mnTextSubject(source.address))) ?? null));
}

export function mnTextEntries(db: Db): MnTextEntry[] {
  return locateAll(db).map((l) => l.entry);
}

export function locateText(db: Db, key: string): LocatedText | null {
  return locateAll(db).find((l) => l.entry.key === key) ?? null;
}

/**
 * The review status of configured names' Mongolian, for the console's lists (centres, services, calendar days): the
 * same rule the workbench applies (protocol/catalog/mn-review.ts), so a list never calls a draft reviewed.
 */
import type { Db } from '../db/open';
import type { MnStatus } from '../../protocol/catalog/mn-coverage';
import type { MnTextAddress } from '../../protocol/mn-texts';
import { reviewedStatus } from '../../protocol/catalog/mn-review';
import { mnTextOf, mnTextsOfKind } from '../db/queries/mn-texts';

type NameKind = Extract<MnTextAddress['kind'], 'centre' | 'service' | 'day'>;

/** A configured name as its list holds it. */
export interface NamedText {
  subject: string;
  zh: string;
  mn: string;
}

/** The status of each name's Mongolian, by subject (a centre's or service's id, a day's date). */
export function nameMnStatuses(db: Db, kind: NameKind, names: readonly NamedText[]): Map<string, MnStatus> {
  const records = new Map(mnTextsOfKind(db, kind).map((r) => [r.subject, r]));
  return new Map(names.map((n) => [n.subject, reviewedStatus(n, records.get(n.subject) ?? null)]));
}

/** The status of one name's Mongolian (a centre's or service's page). */
export function nameMnStatus(db: Db, kind: NameKind, name: NamedText): MnStatus {
  return reviewedStatus(name, mnTextOf(db, kind, name.subject));
}

/**
 * The review status of configured names' Mongolian, for the console's lists and pages (centres, services,
 * calendar days): the same rule the workbench applies (protocol/catalog/mn-review.ts), so the console never
 * calls a draft reviewed.
 */
import type { Db } from '../db/open';
import type { MnStatus } from '../../protocol/catalog/mn-coverage';
import type { MnTextAddress } from '../../protocol/mn-texts';
import { reviewedStatus } from '../../protocol/catalog/mn-review';
import { mnTextsOfKind } from '../db/queries/mn-texts';

type NameKind = Extract<MnTextAddress['kind'], 'centre' | 'service' | 'day'>;

/** A configured name: its workbench subject (a centre's or service's id, a day's date), Chinese and Mongolian. */
export interface NamedText {
  subject: string;
  zh: string;
  mn: string;
}

/** The items with the review status of each one's Mongolian name beside them, in their order. */
export function withNameMnStatus<T>(db: Db, kind: NameKind, items: readonly T[], nameOf: (item: T) => NamedText):
  (T & { nameMnStatus: MnStatus })[] {
  const records = new Map(mnTextsOfKind(db, kind).map((r) => [r.subject, r]));
  return items.map((item) => {
    const name = nameOf(item);
    return { ...item, nameMnStatus: reviewedStatus(name, records.get(name.subject) ?? null) };
  });
}

/**
 * The one rule that binds a review to the texts it judged: an approval holds only while the Chinese and the
 * Mongolian are exactly the ones the reviewer approved. When the Mongolian is edited, or a new release
 * changes the Chinese (or a configured name is renamed), the text is a draft again until it is approved anew.
 */
import type { MnStatus } from './mn-coverage';

/** What the translation workbench recorded for a text: the texts it was given for, and its verdict. */
export interface MnReviewRecord {
  zh: string;
  mn: string;
  status: 'draft' | 'approved';
}

/** The status of the current texts under a recorded review (null: never reviewed). */
export function reviewedStatus(current: { zh: string; mn: string }, record: MnReviewRecord | null): MnStatus {
  if (current.mn.trim() === '') return 'missing';
  const stillApproved = record !== null && record.status === 'approved' && record.zh === current.zh && record.mn === current.mn;
  return stillApproved ? 'approved' : 'draft';
}

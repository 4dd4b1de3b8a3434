/**
 * The preset phrases a resident taps to compose a complaint or suggestion (a kiosk has no keyboard).
 * The text sent to the supervisors is always Chinese, whatever language the screen shows, because
 * they read and file it in Chinese.
 */
import type { ComplaintCategory } from '../../../protocol/rating';
import { tr, type UiKey } from '../../../protocol/catalog/ui-lookup';

export const COMPLAINT_PHRASES: Record<ComplaintCategory, readonly UiKey[]> = {
  complaint: [
    'kiosk.complaint.phrase.complaint.1',
    'kiosk.complaint.phrase.complaint.2',
    'kiosk.complaint.phrase.complaint.3',
    'kiosk.complaint.phrase.complaint.4',
    'kiosk.complaint.phrase.complaint.5',
    'kiosk.complaint.phrase.complaint.6',
  ],
  suggestion: [
    'kiosk.complaint.phrase.suggestion.1',
    'kiosk.complaint.phrase.suggestion.2',
    'kiosk.complaint.phrase.suggestion.3',
    'kiosk.complaint.phrase.suggestion.4',
    'kiosk.complaint.phrase.suggestion.5',
    'kiosk.complaint.phrase.suggestion.6',
  ],
  praise: [
    'kiosk.complaint.phrase.praise.1',
    'kiosk.complaint.phrase.praise.2',
    'kiosk.complaint.phrase.praise.3',
    'kiosk.complaint.phrase.praise.4',
    'kiosk.complaint.phrase.praise.5',
  ],
  consultation: [
    'kiosk.complaint.phrase.consultation.1',
    'kiosk.complaint.phrase.consultation.2',
    'kiosk.complaint.phrase.consultation.3',
    'kiosk.complaint.phrase.consultation.4',
    'kiosk.complaint.phrase.consultation.5',
  ],
};

/** Toggles phrase `index` (0-based) in the chosen set, keeping the order the phrases are listed in. */
export function togglePhrase(chosen: readonly number[], index: number): number[] {
  const next = chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index];
  return next.sort((a, b) => a - b);
}

/** The complaint text: the chosen phrases in Chinese, in list order, joined by the catalog separator. */
export function composeComplaintText(category: ComplaintCategory, chosen: readonly number[]): string {
  const phrases = COMPLAINT_PHRASES[category];
  const parts = [...chosen]
    .sort((a, b) => a - b)
    .map((i) => phrases[i])
    .filter((key): key is UiKey => key !== undefined)
    .map((key) => tr(key, 'zh'));
  // The category travels in its own field of the complaint, so the text is the phrases alone.
  return parts.join(tr('kiosk.complaint.separator', 'zh'));
}

/**
 * The message catalog's Mongolian column: only traditional-script text (with the joiners and spaces its
 * orthography uses), the same placeholders as the Chinese (protocol/catalog/mn-check.ts), a review status
 * on every entry, and the words a resident meets first (statuses, priority, the call phrase, rating
 * levels) never missing.
 */
import { catalog, type MessageKey } from '../../../protocol/catalog';
import { mnTextProblems } from '../../../protocol/catalog/mn-check';

const RESIDENT_FIRST: MessageKey[] = [
  'hall.name', 'nav.home', 'nav.back', 'status.waiting', 'status.called', 'status.serving', 'status.finished',
  'status.no_show', 'priority.elderly70', 'priority.disability', 'priority.military', 'priority.pregnancy',
  'counter.name', 'queue.peopleAhead', 'queue.waiting', 'call.phrase', 'rating.level.5', 'rating.level.4',
  'rating.level.3', 'rating.level.2', 'rating.level.1', 'kiosk.take.normal', 'kiosk.take.priority', 'phone.calledTo',
];

describe('Mongolian column of the message catalog', () => {
  const entries = Object.entries(catalog);

  it.each(entries)('%s: Mongolian script only, same placeholders as Chinese, with a review status', (_key, entry) => {
    expect(['pending', 'approved']).toContain(entry.mnReview);
    expect(mnTextProblems(entry.zh, entry.mn)).toEqual([]);
  });

  it('the words a resident meets first have a Mongolian draft', () => {
    const missing = RESIDENT_FIRST.filter((key) => catalog[key].mn === '');
    expect(missing).toEqual([]);
  });

  it('case suffixes are joined with a narrow no-break space, never a plain space before a suffix-only word', () => {
    const suffixes = ['ᠤ', 'ᠦ', 'ᠦᠨ', 'ᠤᠨ', 'ᠶᠢᠨ', 'ᠳᠤ', 'ᠳᠦ', 'ᠲᠤ', 'ᠲᠦ', 'ᠢ', 'ᠶᠢ', 'ᠡᠴᠡ', 'ᠠᠴᠠ', 'ᠪᠠᠨ', 'ᠪᠡᠨ',
      'ᠢᠶᠠᠨ', 'ᠢᠶᠡᠨ', 'ᠲᠠᠢ', 'ᠲᠡᠢ', 'ᠪᠠᠷ', 'ᠪᠡᠷ', 'ᠢᠶᠠᠷ', 'ᠢᠶᠡᠷ'];
    for (const [key, entry] of entries) {
      for (const suffix of suffixes) {
        expect({ key, plainSpaceSuffix: entry.mn.includes(` ${suffix} `) || entry.mn.endsWith(` ${suffix}`) })
          .toEqual({ key, plainSpaceSuffix: false });
      }
    }
  });
});

/**
 * The message catalog's Mongolian column: only traditional-script text (with the joiners and spaces its
 * orthography uses), the same placeholders as the Chinese, a review status on every entry, and the
 * words a resident meets first (statuses, priority, the call phrase, rating levels) never missing.
 */
import { catalog, type MessageKey } from '../../../protocol/catalog';

const MONGOLIAN_TEXT = /^[\u1800-\u18AF\u202F\u180E\u200C\u200D 0-9{}a-zA-Z:,.;!?()·—-]*$/;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

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
    if (entry.mn === '') return;
    expect(entry.mn).toMatch(MONGOLIAN_TEXT);
    expect(entry.mn).toMatch(/[\u1820-\u18AF]/);
    // Letters in the Latin range are allowed only inside placeholders.
    expect(entry.mn.replace(/\{\w+\}/g, '')).not.toMatch(/[a-zA-Z]/);
    expect(placeholders(entry.mn)).toEqual(placeholders(entry.zh));
  });

  it('the words a resident meets first have a Mongolian draft', () => {
    const missing = RESIDENT_FIRST.filter((key) => catalog[key].mn === '');
    expect(missing).toEqual([]);
  });

  it('case suffixes are joined with a narrow no-break space, never a plain space before a suffix-only word', () => {
    const suffixes = ['ᠦᠨ', 'ᠤᠨ', 'ᠶᠢᠨ', 'ᠳᠤ', 'ᠳᠦ', 'ᠲᠤ', 'ᠲᠦ', 'ᠢ', 'ᠶᠢ', 'ᠡᠴᠡ', 'ᠠᠴᠠ', 'ᠪᠠᠨ', 'ᠪᠡᠨ'];
    for (const [key, entry] of entries) {
      for (const suffix of suffixes) {
        expect({ key, plainSpaceSuffix: entry.mn.includes(` ${suffix} `) || entry.mn.endsWith(` ${suffix}`) })
          .toEqual({ key, plainSpaceSuffix: false });
      }
    }
  });
});

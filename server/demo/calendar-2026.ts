/**
 * The demo hall's working-day calendar: the public holidays and make-up working days (调休) of the
 * People's Republic of China for 2026, as the State Council's 2026 holiday notice (国务院办公厅关于2026年
 * 部分节假日安排的通知) gives them to the best of our knowledge. A hall's administrator must check them
 * against the published notice (and add Inner Mongolia's own days, if any) before relying on them.
 */
import type { CalendarDayView } from '../../protocol/calendar';

function span(from: number, to: number, monthDay: (d: number) => string, name: string): CalendarDayView[] {
  const days: CalendarDayView[] = [];
  for (let d = from; d <= to; d += 1) days.push({ date: monthDay(d), kind: 'holiday', name });
  return days;
}

const inMonth = (month: number) => (d: number): string => `2026-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const DEMO_CALENDAR: readonly CalendarDayView[] = [
  ...span(1, 3, inMonth(1), '元旦'),
  { date: '2026-01-04', kind: 'workday', name: '元旦调休上班' },
  { date: '2026-02-14', kind: 'workday', name: '春节调休上班' },
  ...span(15, 23, inMonth(2), '春节'),
  { date: '2026-02-28', kind: 'workday', name: '春节调休上班' },
  ...span(4, 6, inMonth(4), '清明节'),
  ...span(1, 5, inMonth(5), '劳动节'),
  { date: '2026-05-09', kind: 'workday', name: '劳动节调休上班' },
  ...span(19, 21, inMonth(6), '端午节'),
  { date: '2026-09-20', kind: 'workday', name: '国庆节调休上班' },
  ...span(25, 27, inMonth(9), '中秋节'),
  ...span(1, 7, inMonth(10), '国庆节'),
  { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班' },
];

/**
 * Traditional Mongolian drafts of the demo calendar's day names, by the Chinese name, for residents who
 * read the portal in Mongolian; each is a draft until the language authority approves it in the workbench.
 */
export const DEMO_DAY_NAMES_MN: Readonly<Record<string, string>> = {
  '元旦': 'ᠰᠢᠨ᠎ᠡ ᠵᠢᠯ',
  '元旦调休上班': 'ᠰᠢᠨ᠎ᠡ ᠵᠢᠯ ᠦᠨ ᠰᠣᠯᠢᠯᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ',
  '春节': 'ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ',
  '春节调休上班': 'ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠰᠣᠯᠢᠯᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ',
  '清明节': 'ᠴᠢᠩ ᠮᠢᠩ ᠪᠠᠶᠢᠷ',
  '劳动节': 'ᠬᠥᠳᠡᠯᠮᠦᠷᠢ ᠶᠢᠨ ᠪᠠᠶᠢᠷ',
  '劳动节调休上班': 'ᠬᠥᠳᠡᠯᠮᠦᠷᠢ ᠶᠢᠨ ᠪᠠᠶᠢᠷ ᠤᠨ ᠰᠣᠯᠢᠯᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ',
  '端午节': 'ᠳᠤᠸᠠᠨ ᠦ ᠪᠠᠶᠢᠷ',
  '中秋节': 'ᠨᠠᠮᠤᠷ ᠤᠨ ᠳᠤᠮᠳᠠ ᠶᠢᠨ ᠪᠠᠶᠢᠷ',
  '国庆节': 'ᠤᠯᠤᠰ ᠤᠨ ᠪᠠᠶᠢᠷ',
  '国庆节调休上班': 'ᠤᠯᠤᠰ ᠤᠨ ᠪᠠᠶᠢᠷ ᠤᠨ ᠰᠣᠯᠢᠯᠴᠠᠭᠰᠠᠨ ᠠᠵᠢᠯ ᠤᠨ ᠡᠳᠦᠷ',
};

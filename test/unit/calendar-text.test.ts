import { readCalendarText } from '../../server/hall/calendar-text';

describe('the calendar import list', () => {
  it('reads one day a line, skipping blank lines and # comments, trimming names', () => {
    const text = '# 2026 国庆\n2026-10-01 holiday 国庆节\n\n  2026-10-10   workday  国庆节调休上班 \r\n';
    expect(readCalendarText(text)).toEqual({ ok: true, days: [
      { date: '2026-10-01', kind: 'holiday', name: '国庆节', nameMn: '' },
      { date: '2026-10-10', kind: 'workday', name: '国庆节调休上班', nameMn: '' },
    ] });
  });

  it('reads the Mongolian of a name after a |', () => {
    const mn = 'ᠤᠯᠤᠰ\u202Fᠤᠨ ᠪᠠᠶᠢᠷ';
    expect(readCalendarText(`2026-10-01 holiday 国庆节 | ${mn}\n2026-10-02 holiday 国庆节|${mn} \n2026-10-03 holiday 国庆节 |`))
      .toEqual({ ok: true, days: [
        { date: '2026-10-01', kind: 'holiday', name: '国庆节', nameMn: mn },
        { date: '2026-10-02', kind: 'holiday', name: '国庆节', nameMn: mn },
        { date: '2026-10-03', kind: 'holiday', name: '国庆节', nameMn: '' },
      ] });
    expect(readCalendarText('2026-10-01 holiday 国庆节 | 国庆节\n2026-10-02 holiday | ᠤᠯᠤᠰ')).toEqual({ ok: false, problems: [
      { line: 1, reason: 'nameMn' }, { line: 2, reason: 'format' },
    ] });
  });

  it('names every bad line with its number and reason and reads nothing', () => {
    const text = [
      '2026-10-01 holiday 国庆节',   // 1 fine
      '2026-10-02 holiday',          // 2 no name
      '2026-02-30 holiday 春节',     // 3 no such date
      '2026-10-03 weekend 国庆节',   // 4 unknown kind
      '2026-10-01 workday 重复',     // 5 date already given
      `2026-10-04 holiday ${'长'.repeat(41)}`, // 6 name too long
      '2026-10-05 holiday 国庆\u202E节', // 7 bidi override in the name
    ].join('\n');
    expect(readCalendarText(text)).toEqual({ ok: false, problems: [
      { line: 2, reason: 'format' }, { line: 3, reason: 'date' }, { line: 4, reason: 'kind' },
      { line: 5, reason: 'repeated' }, { line: 6, reason: 'name' }, { line: 7, reason: 'name' },
    ] });
  });
});

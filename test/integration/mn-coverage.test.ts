/**
 * The Mongolian guard (issue 12, 蒙汉文并用): every resident-facing catalog string, and every centre, service
 * and material name a kiosk receives (the demo hall, and a hall built through the console's commands), has
 * Mongolian (a draft or approved); every Mongolian text is well formed and uses the glossary's terms; and the
 * coverage per screen is written to test-output/mn-coverage.txt, which `npm test` prints at the end of the run
 * (scripts/mn-coverage-reporter.cjs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../protocol/catalog';
import { audienceOf } from '../../protocol/catalog/audience';
import { MN_GLOSSARY } from '../../protocol/catalog/glossary-mn';
import { glossaryMisses, mnTextProblems } from '../../protocol/catalog/mn-check';
import { catalogCoverage, formatCoverage, namesRow, type CoverageRow } from '../../protocol/catalog/mn-coverage';
import { connect, login, ok, send } from '../../testkit/clients';
import { ADMIN_PASSWORD, startTestHall } from '../../testkit/hall';

const REPORT = path.join(process.cwd(), 'test-output', 'mn-coverage.txt');

const reportRows: CoverageRow[] = [];

afterAll(() => {
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${formatCoverage(reportRows)}\n`);
});

describe('Mongolian in the message catalog', () => {
  const coverage = catalogCoverage(catalog);
  reportRows.push(...coverage.rows);

  it('every key has an audience (protocol/catalog/audience.ts places it as resident-facing or staff)', () => {
    expect(coverage.unplaced).toEqual([]);
  });

  it('every resident-facing string has Mongolian (draft or approved)', () => {
    expect(coverage.missingKeys).toEqual([]);
  });

  it('no Mongolian text is presented as approved before the authority reviewed it', () => {
    expect(Object.entries(catalog).filter(([, e]) => e.mnReview === 'approved').map(([k]) => k)).toEqual([]);
  });

  it('every Mongolian text is in the traditional script, keeps the placeholders and uses the glossary terms', () => {
    const wrong = Object.entries(catalog).flatMap(([key, entry]) => {
      if (audienceOf(key)?.resident !== true) return [];
      const problems = [...mnTextProblems(entry.zh, entry.mn), ...glossaryMisses(entry.zh, entry.mn).map((t) => `glossary:${t.id}`)];
      return problems.length > 0 ? [{ key, problems }] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('docs/GLOSSARY-mn.md lists every term the guard checks, and every term is itself well formed', () => {
    const table = fs.readFileSync(path.join(process.cwd(), 'docs', 'GLOSSARY-mn.md'), 'utf8');
    expect(MN_GLOSSARY.filter((term) => !table.includes(`| ${term.mn} |`)).map((t) => t.id)).toEqual([]);
    expect(MN_GLOSSARY.filter((term) => mnTextProblems(term.concept, term.mn).length > 0).map((t) => t.id)).toEqual([]);
  });

  it('the checks catch what they are for: a missing text, a wrong script, a lost placeholder, a term not the glossary\'s', () => {
    const withMissing = catalogCoverage({ 'kiosk.new': { zh: '新的', mn: '', mnReview: 'pending' } });
    expect(withMissing.missingKeys).toEqual(['kiosk.new']);
    expect(catalogCoverage({ 'voice.new': { zh: '新的', mn: '', mnReview: 'pending' } }).unplaced).toEqual(['voice.new']);
    expect(mnTextProblems('号码', 'номер')).toContain('cyrillic');
    expect(mnTextProblems('号码', '号码')).toContain('not-mongolian-script');
    expect(mnTextProblems('{n}号窗口', 'ᠴᠣᠩᠬᠣ')).toContain('placeholders');
    expect(mnTextProblems('号码', 'ᠳᠤᠭᠠᠷ ABC')).toContain('latin-not-from-chinese');
    expect(mnTextProblems('例如 A001', 'ᠵᠢᠱᠢᠶᠡᠯᠡᠪᠡᠯ A001')).toEqual([]);
    const window = MN_GLOSSARY.find((t) => t.id === 'window');
    expect(glossaryMisses('办理窗口', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠣᠷᠣᠨ')).toContainEqual(window);
    expect(glossaryMisses('办理窗口', 'ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ ᠴᠣᠩᠬᠣ')).toEqual([]);
  });
});

/** A configured name and its Mongolian, as a resident screen receives them. */
interface Named { area: 'centre names' | 'service names' | 'material names' | 'day names'; name: string; nameMn?: string }

async function residentNames(url: string, deviceKey: string): Promise<Named[]> {
  const kiosk = await connect(url, { deviceKey });
  try {
    const snapshot = ok(await send(kiosk, 'hall.snapshot', {}));
    const names: Named[] = [
      ...snapshot.centres.map((c) => ({ area: 'centre names' as const, name: c.name, nameMn: c.nameMn })),
      ...snapshot.services.map((s) => ({ area: 'service names' as const, name: s.name, nameMn: s.nameMn })),
    ];
    for (const service of snapshot.services) {
      const guide = await send(kiosk, 'service.guide', { serviceId: service.id });
      if (!guide.ok) continue; // a service without a guide has no materials to name
      names.push(...guide.data.materials.map((m) => ({ area: 'material names' as const, name: m.name, nameMn: m.nameMn })));
    }
    return names;
  } finally {
    kiosk.close();
  }
}

function problemsOf(names: readonly Named[]): { area: string; name: string; problems: string[] }[] {
  return names.flatMap((n) => {
    const mn = n.nameMn ?? '';
    const problems = [
      ...(mn === '' ? ['missing'] : []),
      ...mnTextProblems(n.name, mn),
      ...glossaryMisses(n.name, mn).map((t) => `glossary:${t.id}`),
    ];
    return problems.length > 0 ? [{ area: n.area, name: n.name, problems }] : [];
  });
}

/**
 * The names' rows of the report, by the statuses the translation workbench holds in the hall's database
 * (mnText.list: approvals recorded there count as approved). The catalog's rows above are the release's own.
 */
async function namesRows(url: string): Promise<CoverageRow[]> {
  const admin = await connect(url, { token: await login(url, 'admin', ADMIN_PASSWORD) });
  try {
    const entries = ok(await send(admin, 'mnText.list', {}));
    const areas = [['centre names', 'centre-names'], ['service names', 'service-names'], ['material names', 'material-names'],
      ['day names', 'day-names']] as const;
    return areas.map(([area, screen]) => namesRow(area, entries.filter((e) => e.screen === screen).map((e) => e.status)));
  } finally {
    admin.close();
  }
}

/** The calendar's day names with their Mongolian, as the workbench lists them. */
async function calendarNames(url: string): Promise<Named[]> {
  const admin = await connect(url, { token: await login(url, 'admin', ADMIN_PASSWORD) });
  try {
    return ok(await send(admin, 'mnText.list', {})).filter((e) => e.kind === 'day')
      .map((e) => ({ area: 'day names' as const, name: e.zh, nameMn: e.mn }));
  } finally {
    admin.close();
  }
}

describe('Mongolian names of the hall a resident sees, read through the real server', () => {
  it('the demo hall: every centre, service, material (from the snapshot and the guides) and calendar day has a well-formed Mongolian draft', async () => {
    const th = await startTestHall();
    try {
      const names = await residentNames(th.url, th.kioskKey);
      expect(names.filter((n) => n.area === 'material names').length).toBeGreaterThan(0);
      const rows = await namesRows(th.url);
      // The workbench lists exactly the names the kiosk receives.
      expect(rows.slice(0, 3).map((r) => r.missing + r.draft + r.approved))
        .toEqual(['centre names', 'service names', 'material names'].map((area) => names.filter((n) => n.area === area).length));
      reportRows.push(...rows);
      // The calendar's day names (the portal shows them) have their Mongolian only in the calendar, as the workbench lists it.
      const days = await calendarNames(th.url);
      expect(rows[3]?.draft).toBe(days.length);
      expect(problemsOf([...names, ...days])).toEqual([]);
    } finally {
      await th.close();
    }
  });

  it('a hall built through the console commands carries the Mongolian names it was given to the kiosk; a name given none is reported missing', async () => {
    const th = await startTestHall({ seed: false });
    const admin = await connect(th.url, { token: await login(th.url, 'admin', ADMIN_PASSWORD) });
    try {
      const centre = ok(await send(admin, 'centre.create', { name: '便民服务中心', nameMn: 'ᠠᠷᠠᠳ ᠲᠤ ᠳᠥᠭᠥᠮ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠶᠢᠨ ᠲᠥᠪ', icon: 'heart' }));
      const service = ok(await send(admin, 'service.create', { centreId: centre.id, name: '居住证办理', prefix: 'B',
        nameMn: 'ᠰᠠᠭᠤᠬᠤ ᠦᠨᠡᠮᠯᠡᠯ ᠰᠢᠢᠳᠪᠦᠷᠢᠯᠡᠬᠦ' }));
      const blank = ok(await send(admin, 'guide.get', { serviceId: service.id })).guide;
      const { serviceId: _id, ...fields } = blank;
      ok(await send(admin, 'guide.save', { serviceId: service.id, guide: { ...fields, summary: '办理居住证。', authority: '公安机关',
        result: '居住证', legalTimeLimit: '15个工作日', promisedTimeLimit: '5个工作日', place: '一楼', hours: '工作日', phone: '0472-5000100',
        materials: [{ name: '居民身份证', nameMn: 'ᠢᠷᠭᠡᠨ ᠦ ᠪᠡᠶ᠎ᠡ ᠶᠢᠨ ᠦᠨᠡᠮᠯᠡᠯ', form: 'original', copies: 1, issuer: '公安机关' }] } }));
      ok(await send(admin, 'counter.create', { id: 1, centreId: centre.id, serviceIds: [service.id] }));
      const device = ok(await send(admin, 'device.issue', { kind: 'kiosk', name: '取号机' }));
      expect(problemsOf(await residentNames(th.url, device.key))).toEqual([]);

      // The guard fails on a centre added without Mongolian: it is reported missing, not passed over.
      ok(await send(admin, 'centre.create', { name: '新设中心', icon: 'heart' }));
      const after = await residentNames(th.url, device.key);
      expect(problemsOf(after)).toEqual([{ area: 'centre names', name: '新设中心', problems: ['missing'] }]);
    } finally {
      admin.close();
      await th.close();
    }
  });
});

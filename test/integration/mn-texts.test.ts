/**
 * The translation workbench through the real server (SQLite file, socket.io and HTTP): a draft and an approval
 * of a catalog string reach an open kiosk's hall stream at once, are audited and bound to the texts approved;
 * a configured name is edited in its own field; bad input is refused with its code and changes nothing; the
 * CSV goes out and comes back; and only admins may use it.
 */
import { createHallStream, type HallStream } from '../../protocol/client/hall-stream';
import type { MnTextEntry } from '../../protocol/mn-texts';
import type { PortalDay, PortalServices } from '../../protocol/portal';
import { catalog } from '../../protocol/catalog';
import { streamUntil } from '../../testkit/stream-until';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectHttpRefusal, expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';
import { rawRequest } from '../support/raw-http';
import { readCsv } from '../../server/mn-texts/csv';

const KEY = 'kiosk.take.normal';
const EDITED = 'ᠪᠤᠰᠤᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ ᠨᠦᠭᠦᠳ';
const REVIEWER = '乌兰（语委）';

describe('the translation workbench', () => {
  let th: TestHall;
  let admin: ClientSocket;
  let adminToken: string;
  let stream: HallStream;
  const entry = async (key: string): Promise<MnTextEntry> => {
    const found = ok(await send(admin, 'mnText.list', {})).find((e) => e.key === key);
    if (!found) throw new Error(`no workbench entry ${key}`);
    return found;
  };

  beforeEach(async () => {
    th = await startTestHall();
    adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
    admin = await connect(th.url, { token: adminToken });
    stream = createHallStream({ url: th.url, auth: { deviceKey: th.kioskKey } });
    await streamUntil(stream, (s) => s.status === 'online');
  });
  afterEach(async () => {
    stream.close();
    admin.close();
    await th.close();
  });

  it('lists every resident-facing catalog string and every configured name, each with its screen and status', async () => {
    const entries = ok(await send(admin, 'mnText.list', {}));
    expect(entries.find((e) => e.key === KEY)).toEqual({
      key: KEY, kind: 'catalog', screen: 'kiosk', zh: catalog[KEY].zh, mn: catalog[KEY].mn, status: 'draft', reviewer: null, reviewedAt: null,
    });
    expect(entries.some((e) => e.key.startsWith('admin.'))).toBe(false);
    const screens = new Set(entries.map((e) => e.screen));
    for (const screen of ['kiosk', 'phone', 'pad', 'display', 'print', 'centre-names', 'service-names', 'material-names']) {
      expect(screens).toContain(screen);
    }
    expect(entries.find((e) => e.key === 'centre:social-services')).toMatchObject({ kind: 'centre', screen: 'centre-names', status: 'draft' });
  });

  it('a draft reaches an open kiosk at once; an approval names the reviewer and date, is audited, and an edit makes it a draft again', async () => {
    const draft = ok(await send(admin, 'mnText.save', { key: KEY, mn: EDITED }));
    expect(draft).toMatchObject({ key: KEY, mn: EDITED, status: 'draft', reviewer: null, reviewedAt: null });
    await streamUntil(stream, (s) => s.snapshot?.mnTexts[KEY] === EDITED);
    // Displays (whole hall or scoped) receive the same texts in their snapshot.
    const display = await connect(th.url, { deviceKey: th.displayKey });
    try {
      expect(ok(await send(display, 'hall.snapshot', {})).mnTexts).toEqual({ [KEY]: EDITED });
    } finally {
      display.close();
    }

    const before = Date.now();
    const approved = ok(await send(admin, 'mnText.approve', { key: KEY, mn: EDITED, reviewer: REVIEWER }));
    expect(approved).toMatchObject({ mn: EDITED, status: 'approved', reviewer: REVIEWER });
    expect(approved.reviewedAt).toBeGreaterThanOrEqual(before);
    expect(await entry(KEY)).toEqual(approved);

    const lines = ok(await send(admin, 'audit.list', { subject: `mnText:${KEY}` }));
    expect(lines.map((l) => l.command)).toEqual(['mnText.approve', 'mnText.save']);
    expect(lines[0]).toMatchObject({ before: { mn: EDITED, status: 'draft' }, after: { mn: EDITED, status: 'approved', reviewer: REVIEWER } });
    expect(lines[1]).toMatchObject({ before: { mn: catalog[KEY].mn, status: 'draft' }, after: { mn: EDITED, status: 'draft' } });

    // The approval is bound to the text it approved: another Mongolian is a draft, with nobody's name on it.
    const changed = ok(await send(admin, 'mnText.save', { key: KEY, mn: `${EDITED} ᠪᠠ` }));
    expect(changed).toMatchObject({ status: 'draft', reviewer: null, reviewedAt: null });
    await streamUntil(stream, (s) => s.snapshot?.mnTexts[KEY] === `${EDITED} ᠪᠠ`);
  });

  it('an approval stops holding when the Chinese it approved changes (a renamed centre)', async () => {
    const centre = await entry('centre:social-services');
    ok(await send(admin, 'mnText.approve', { key: centre.key, mn: centre.mn, reviewer: REVIEWER }));
    expect((await entry(centre.key)).status).toBe('approved');
    ok(await send(admin, 'centre.update', { id: 'social-services', name: '社会事务服务中心' }));
    expect(await entry(centre.key)).toMatchObject({ zh: '社会事务服务中心', mn: centre.mn, status: 'draft', reviewer: null });
  });

  it('a configured name is edited in its own field: the kiosk receives the centre, service and material under their names', async () => {
    const material = ok(await send(admin, 'mnText.list', {})).find((e) => e.kind === 'material');
    if (!material) throw new Error('the demo hall has guide materials');
    const serviceId = material.key.split(':')[1] ?? '';
    ok(await send(admin, 'mnText.save', { key: 'centre:social-services', mn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠲᠥᠪ' }));
    ok(await send(admin, 'mnText.approve', { key: `service:${serviceId}`, mn: 'ᠰᠢᠨ᠎ᠡ ᠨᠡᠷ᠎ᠡ', reviewer: REVIEWER }));
    ok(await send(admin, 'mnText.save', { key: material.key, mn: 'ᠪᠢᠴᠢᠭ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ' }));
    const state = await streamUntil(stream, (s) => s.snapshot?.centres.find((c) => c.id === 'social-services')?.nameMn === 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠲᠥᠪ'
      && s.snapshot.services.find((v) => v.id === serviceId)?.nameMn === 'ᠰᠢᠨ᠎ᠡ ᠨᠡᠷ᠎ᠡ');
    expect(state.snapshot?.mnTexts).toEqual({});
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    try {
      const guide = ok(await send(kiosk, 'service.guide', { serviceId }));
      expect(guide.materials[Number(material.key.split(':')[2])]?.nameMn).toBe('ᠪᠢᠴᠢᠭ ᠮᠠᠲ᠋ᠧᠷᠢᠶᠠᠯ');
    } finally {
      kiosk.close();
    }
    expect((await entry(`service:${serviceId}`)).status).toBe('approved');
  });

  it("a calendar day's name is reviewed like the other names, and the portal shows its Mongolian", async () => {
    // A day within the portal's two weeks, in the hall's zone (Beijing time).
    const date = new Date(Date.now() + 3 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const key = `day:${date}`;
    const portalDay = async (): Promise<PortalDay | undefined> => {
      const res = await rawRequest(th.url, { method: 'GET', path: '/api/portal/services' });
      return ok(res.json as { ok: true; data: PortalServices }).days.find((d) => d.date === date);
    };
    ok(await send(admin, 'calendar.set', { date, kind: 'holiday', name: '那达慕' }));
    expect(await entry(key)).toMatchObject({ kind: 'day', screen: 'day-names', zh: '那达慕', mn: '', status: 'missing' });
    expect((await portalDay())?.calendar).toEqual({ kind: 'holiday', name: '那达慕', nameMn: '' });

    ok(await send(admin, 'mnText.approve', { key, mn: 'ᠨᠠᠭᠠᠳᠤᠮ', reviewer: REVIEWER }));
    expect(await entry(key)).toMatchObject({ mn: 'ᠨᠠᠭᠠᠳᠤᠮ', status: 'approved', reviewer: REVIEWER });
    expect((await portalDay())?.calendar).toEqual({ kind: 'holiday', name: '那达慕', nameMn: 'ᠨᠠᠭᠠᠳᠤᠮ' });

    // Renamed in the calendar, the day keeps its Mongolian as a draft until it is approved again.
    ok(await send(admin, 'calendar.set', { date, kind: 'holiday', name: '那达慕大会' }));
    expect(await entry(key)).toMatchObject({ zh: '那达慕大会', mn: 'ᠨᠠᠭᠠᠳᠤᠮ', status: 'draft', reviewer: null });
    expectRefusal(await send(admin, 'mnText.save', { key: 'day:2026-02-30', mn: 'ᠨᠠᠭᠠᠳᠤᠮ' }), 'NOT_FOUND');
  });

  it('the demo calendar comes with Mongolian drafts of its day names', async () => {
    const days = ok(await send(admin, 'mnText.list', {})).filter((e) => e.kind === 'day');
    expect(days.length).toBeGreaterThan(30);
    expect(days.find((d) => d.key === 'day:2026-02-17')).toMatchObject({ zh: '春节', mn: 'ᠴᠠᠭᠠᠨ ᠰᠠᠷ᠎ᠠ', status: 'draft' });
    expect(days.every((d) => d.status === 'draft')).toBe(true);
  });

  it('refuses bad input with its code and changes nothing', async () => {
    const before = fingerprint(th.hall.db);
    let refusal = expectRefusal(await send(admin, 'mnText.save', { key: KEY, mn: 'Mongol' }), 'MN_TEXT_INVALID');
    expect(refusal.problems).toContainEqual({ path: 'mn', reason: 'custom:latin-not-from-chinese' });
    refusal = expectRefusal(await send(admin, 'mnText.save', { key: 'kiosk.home.centreWaiting', mn: 'ᠬᠦᠮᠦᠨ' }), 'MN_TEXT_INVALID');
    expect(refusal.problems).toEqual([{ path: 'mn', reason: 'custom:placeholders' }]);
    expectRefusal(await send(admin, 'mnText.save', { key: 'centre:social-services', mn: 'ᠮ'.repeat(121) }), 'MN_TEXT_INVALID');
    expect(expectRefusal(await send(admin, 'mnText.save', { key: 'no.such.key', mn: EDITED }), 'NOT_FOUND').fields).toEqual(['key']);
    expectRefusal(await send(admin, 'mnText.save', { key: 'admin.nav.mnTexts', mn: EDITED }), 'NOT_FOUND');
    expectRefusal(await send(admin, 'mnText.approve', { key: KEY, mn: EDITED, reviewer: '' }), 'BAD_REQUEST');
    expectRefusal(await send(admin, 'mnText.approve', { key: KEY, mn: EDITED }), 'BAD_REQUEST');
    expect(fingerprint(th.hall.db)).toEqual(before);
  });

  it('only admins use it: counter staff, a kiosk and an anonymous caller are refused', async () => {
    const staff = await connect(th.url, { token: await login(th.url, 'staff') });
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    const anon = await connect(th.url);
    const token = await login(th.url, 'staff');
    try {
      const before = fingerprint(th.hall.db);
      for (const socket of [staff, kiosk, anon]) {
        expectRefusal(await send(socket, 'mnText.list', {}));
        expectRefusal(await send(socket, 'mnText.save', { key: KEY, mn: EDITED }));
        expectRefusal(await send(socket, 'mnText.approve', { key: KEY, mn: EDITED, reviewer: REVIEWER }));
        expectRefusal(await send(socket, 'mnText.import', { csv: 'key\r\n' }));
      }
      expect(expectRefusal(await send(staff, 'mnText.save', { key: KEY, mn: EDITED })).code).toBe('FORBIDDEN');
      const answer = await rawRequest(th.url, { method: 'PUT', path: '/api/admin/mn-texts/draft', headers: { authorization: `Bearer ${token}`,
        'content-type': 'application/json' }, body: JSON.stringify({ key: KEY, mn: EDITED }) });
      expectHttpRefusal(answer, 'FORBIDDEN');
      expect(fingerprint(th.hall.db)).toEqual(before);
    } finally {
      staff.close();
      kiosk.close();
      anon.close();
    }
  });

  describe('export and import (CSV)', () => {
    const api = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T | { ok: false } }> => {
      const res = await http<T>(th.url, method, path, { token: adminToken, ...(body !== undefined ? { body } : {}) });
      return { status: res.status, body: res.body.ok ? res.body.data : res.body };
    };
    const exported = async (): Promise<string[][]> => {
      const answer = ok((await http<{ fileName: string; csv: string }>(th.url, 'GET', '/api/admin/mn-texts/export', { token: adminToken })).body);
      expect(answer.fileName).toMatch(/^mn-texts-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(answer.csv.startsWith('\uFEFFkey,screen,zh,mn,status,reviewer,reviewed_at\r\n')).toBe(true);
      const read = readCsv(answer.csv);
      if (!read.ok) throw new Error('the export reads back');
      return read.rows;
    };
    const toCsv = (rows: string[][]): string => `\uFEFF${rows.map((r) => r.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',')).join('\r\n')}\r\n`;

    it('exports every text; the file comes back with one edited and one approved row, and reports what changed', async () => {
      const rows = await exported();
      const entries = ok(await send(admin, 'mnText.list', {}));
      expect(rows.length).toBe(entries.length + 1);
      const [header, ...body] = rows;
      const edit = body.find((r) => r[0] === KEY);
      const approve = body.find((r) => r[0] === 'kiosk.home.prompt');
      if (!header || !edit || !approve) throw new Error('rows present');
      expect(edit).toEqual([KEY, 'kiosk', catalog[KEY].zh, catalog[KEY].mn, 'draft', '', '']);
      edit[3] = EDITED;
      approve[4] = 'approved';
      approve[5] = REVIEWER;
      approve[6] = '2026-11-28';

      const answer = await api('POST', '/api/admin/mn-texts/import', { csv: toCsv([header, ...body]) });
      expect(answer).toEqual({ status: 200, body: { rows: body.length, changed: 2, approved: 1 } });
      expect(await entry(KEY)).toMatchObject({ mn: EDITED, status: 'draft' });
      expect(await entry('kiosk.home.prompt')).toMatchObject({ status: 'approved', reviewer: REVIEWER, reviewedAt: Date.parse('2026-11-28') });
      await streamUntil(stream, (s) => s.snapshot?.mnTexts[KEY] === EDITED);
      const lines = ok(await send(admin, 'audit.list', { subject: 'mnText:import' }));
      expect(lines[0]?.command).toBe('mnText.import');

      // Exported again, the file says what the hall holds now.
      const again = (await exported()).find((r) => r[0] === 'kiosk.home.prompt');
      expect(again?.slice(4)).toEqual(['approved', REVIEWER, '2026-11-28T00:00:00.000Z']);
    });

    it('an unchanged file changes nothing and says so', async () => {
      const rows = await exported();
      const answer = await api('POST', '/api/admin/mn-texts/import', { csv: toCsv(rows) });
      expect(answer).toEqual({ status: 200, body: { rows: rows.length - 1, changed: 0, approved: 0 } });
    });

    it('refuses a malformed file whole, naming each fault by row and column, and changes nothing', async () => {
      const [header = [], ...body] = await exported();
      const row = (key: string): string[] => [...(body.find((r) => r[0] === key) ?? [])];
      const good = row(KEY);
      good[3] = EDITED;
      const before = fingerprint(th.hall.db);
      const cases: [string, string, string[]][] = [
        ['other columns', toCsv([[...header, 'note'], [...good, '']]), ['file.header']],
        ['unclosed quote', `${toCsv([header])}"${KEY},kiosk\r\n`, ['file.line.2']],
        ['unknown key and bad status', toCsv([header, good, ['no.such.key', 'kiosk', 'x', 'ᠮ', 'draft', '', ''],
          [...row('kiosk.home.prompt').slice(0, 4), 'finished', '', '']]), ['rows.2.key', 'rows.3.status']],
        ['Latin Mongolian, lost placeholder, bad date', toCsv([header, [...row('kiosk.home.prompt').slice(0, 3), 'Mongol', 'draft', '', ''],
          [...row('kiosk.home.centreWaiting').slice(0, 3), 'ᠬᠦᠮᠦᠨ', 'draft', '', ''],
          [...row(KEY).slice(0, 4), 'approved', REVIEWER, 'yesterday']]), ['rows.1.mn', 'rows.2.mn', 'rows.3.reviewed_at']],
        ['a repeated key and a short row', toCsv([header, good, good, [KEY, 'kiosk']]), ['rows.2.key', 'rows.3']],
        ['no rows', toCsv([header]), ['file']],
      ];
      for (const [label, csv, paths] of cases) {
        const answer = await rawRequest(th.url, { method: 'POST', path: '/api/admin/mn-texts/import',
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify({ csv }) });
        const refusal = expectHttpRefusal(answer, 'MN_IMPORT_INVALID');
        expect([label, [...new Set(refusal.problems?.map((p) => p.path))]]).toEqual([label, paths]);
      }
      // A file that is not a translation file at all (no header line) is malformed input.
      expectRefusal(await send(admin, 'mnText.import', { csv: toCsv([good]) }), 'BAD_REQUEST');
      expect(fingerprint(th.hall.db)).toEqual(before);
    });
  });
});

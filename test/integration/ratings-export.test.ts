/**
 * 好差评 data out through the real server: ratings of every level from every channel, one of them a 差评
 * worked through to closed, exported for a range of business days as JSON (stable English fields) and
 * as CSV (UTF-8 with BOM, Chinese headers from the catalog, read back by a parser written here), with the
 * day boundary at local midnight; paged over socket.io; streamed page after page over HTTP; and every
 * range that cannot be answered, and every caller who may not export, refused with its own code.
 */
import type { CaseView } from '../../protocol/cases';
import type { RatingExportPage, RatingExportRow } from '../../protocol/ratings-export';
import { RATING_EXPORT_PAGE } from '../../protocol/ratings-export';
import { RATING_LEVELS } from '../../protocol/rating';
import { t } from '../../protocol/catalog';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { insertRating } from '../../server/db/queries/ratings';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { expectHttpRefusal, expectRefusal } from '../support/refusal';
import { rawRequest } from '../support/raw-http';
import { servedTicket } from '../support/served';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let admin: Caller;
let lead: Caller;
let kiosk: ClientSocket;
let desk: ClientSocket;
let pad: ClientSocket;
let leadSocket: ClientSocket;

const COUNTER = 3;
const SERVICE = 'food-business-permit';

beforeAll(async () => {
  // Monday 30 November 2026, 13:00 (staff sessions last 12 hours, past midnight) in the demo hall (open at any hour, so the test can serve a resident at midnight).
  clock = new ManualClock(beijing('2026-11-30T13:00:00'));
  th = await startTestHall({ clock });
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  desk = await connect(th.url, { token: await login(th.url, 'staff') });
  pad = await connect(th.url, { deviceKey: th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '' });
  leadSocket = await connect(th.url, lead);
  ok(await send(desk, 'counter.open', { counterId: COUNTER }));
});

afterAll(async () => {
  for (const s of [kiosk, desk, pad, leadSocket]) s.close();
  await th.close();
});

const served = () => servedTicket(kiosk, desk, COUNTER, SERVICE);

/** A small CSV reader (RFC 4180: quoted fields, doubled quotes, CRLF), independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function download(path: string, caller: Caller = lead) {
  return rawRequest(th.url, { method: 'GET', path, ...caller });
}

describe('a day of ratings, exported', () => {
  let day1: RatingExportRow[];

  beforeAll(async () => {
    // 13:00 phone 非常满意; 13:10 kiosk 基本满意 (number + rating code); 13:20 pad 满意; 13:30 phone 非常不满意 with a number.
    const happy = await served();
    await api.ok('POST', '/api/ratings', { body: { token: happy.ticket.token, level: 5 } });
    clock.advance(10 * 60_000);
    const atKiosk = await served();
    ok(await send(kiosk, 'ticket.rate', { number: atKiosk.ticket.number, ratingCode: atKiosk.ratingCode, level: 3 }));
    clock.advance(10 * 60_000);
    await served();
    ok(await send(pad, 'ticket.rate', { level: 4 }));
    clock.advance(10 * 60_000);
    const angry = await served();
    await api.ok('POST', '/api/ratings', { body: { token: angry.ticket.token, level: 1, reasons: ['attitude', 'waiting'],
      comment: '=态度生硬,"等了很久"', phone: '13812345678' } });
    // The case is worked through: assigned, called back twice (once reached), rectified, closed.
    const [opened] = await api.ok<CaseView[]>('GET', '/api/cases', lead);
    const supervisorId = (await api.ok<{ id: number; username: string }[]>('GET', '/api/admin/staff', admin))
      .find((s) => s.username === 'supervisor')?.id ?? 0;
    const step = (verb: string, body: Record<string, unknown>) => api.ok('POST', `/api/cases/${opened?.id ?? 0}/${verb}`, { ...lead, body });
    await step('assign', { assigneeId: supervisorId });
    await step('call-back', { reached: false, note: '无人接听' });
    await step('call-back', { reached: true, note: '已致歉' });
    await step('rectify', { rectification: '窗口人员接受批评教育' });
    await step('close', { result: '已整改并回访', residentSatisfaction: 'basically_satisfied' });
    // At the very end of the day, and just after midnight (the next business day), one rating each.
    clock.set(beijing('2026-11-30T23:59:00'));
    const late = await served();
    clock.set(beijing('2026-11-30T23:59:59'));
    await api.ok('POST', '/api/ratings', { body: { token: late.ticket.token, level: 2, reasons: ['other'] } });
    const lateToo = await served();
    clock.set(beijing('2026-12-01T00:00:00'));
    await api.ok('POST', '/api/ratings', { body: { token: lateToo.ticket.token, level: 5 } });
    day1 = (await api.ok<RatingExportPage>('GET', '/api/ratings/export/page?from=2026-11-30&to=2026-11-30', lead)).rows;
  });

  it('carries every rating of the day once, oldest first, with the standard\'s data items', () => {
    expect(day1.map((r) => [r.level, r.channel, r.source, r.ratedAtLocal])).toEqual([
      [5, 'qr-code', 'phone', '2026-11-30 13:00:00'],
      [3, 'self-service-terminal', 'kiosk', '2026-11-30 13:10:00'],
      [4, 'window-device', 'rating-pad', '2026-11-30 13:20:00'],
      [1, 'qr-code', 'phone', '2026-11-30 13:30:00'],
      [2, 'qr-code', 'phone', '2026-11-30 23:59:59'],
    ]);
    const angry = day1[3];
    expect(angry).toMatchObject({
      businessDay: '2026-11-30', centreId: 'admin-approval', serviceId: SERVICE, nationalServiceCode: expect.stringMatching(/^QS-150204-\d{4}$/),
      counterId: COUNTER, counterName: expect.any(String), staffName: '王晓兰', staffNumber: 'QS-001',
      reasons: ['attitude', 'waiting'], comment: '=态度生硬,"等了很久"',
      followUp: { status: 'closed', rectification: '窗口人员接受批评教育', result: '已整改并回访', callBacks: 2, callBacksReached: 1,
        residentSatisfaction: 'basically_satisfied', closedAt: expect.any(Number), lastCallBackAt: expect.any(Number) },
    });
    expect(angry?.serviceName).toMatch(/食品/);
    // The 差评 at 23:59:59 has an open case; praise has none; the rating ids are stable and distinct.
    expect(day1[4]?.followUp).toMatchObject({ status: 'open', callBacks: 0 });
    expect(day1[0]?.followUp).toBeNull();
    expect(new Set(day1.map((r) => r.ratingId)).size).toBe(5);
    // The resident's phone number never leaves the hall in an export.
    expect(JSON.stringify(day1)).not.toContain('13812345678');
  });

  it('puts the rating given at local midnight into the next business day', async () => {
    const next = await api.ok<RatingExportPage>('GET', '/api/ratings/export/page?from=2026-12-01&to=2026-12-01', lead);
    expect(next.rows.map((r) => [r.level, r.ratedAtLocal, r.businessDay])).toEqual([[5, '2026-12-01 00:00:00', '2026-11-30']]);
  });

  it('pages over socket.io with a cursor: every row once, in order', async () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = ok(await send(leadSocket, 'rating.export', { from: '2026-11-30', to: '2026-12-01', limit: 2, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.rows.map((r) => r.ratingId));
      if (page.next === null) break;
      cursor = page.next;
    }
    const day2 = await api.ok<RatingExportPage>('GET', '/api/ratings/export/page?from=2026-12-01&to=2026-12-01', lead);
    expect(seen).toEqual([...day1, ...day2.rows].map((r) => r.ratingId));
  });

  it('downloads as CSV with a BOM, Chinese headers from the catalog and the channel and level in words', async () => {
    const res = await download('/api/ratings/export?from=2026-11-30&to=2026-11-30&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="ratings-2026-11-30-2026-11-30.csv"');
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(res.text.slice(1));
    expect(header?.slice(0, 7)).toEqual(['评价编号', '号票号码', '办理日期', '评价时间', '评价渠道', '评价等级', '等级分值']);
    expect(header).toContain(t('hcp.column.rectification'));
    expect(rows).toHaveLength(5);
    const col = (name: string): number => header?.indexOf(name) ?? -1;
    expect(rows.map((r) => [r[col('评价渠道')], r[col('评价等级')]])).toEqual([
      ['二维码', '非常满意'], ['自助终端', '基本满意'], ['窗口评价器', '满意'], ['二维码', '非常不满意'], ['二维码', '不满意']]);
    const angry = rows[3] ?? [];
    expect(angry[col('评价编号')]).toBe(String(day1[3]?.ratingId));
    expect(angry[col('差评原因')]).toBe('服务态度不好、等候时间太长');
    // A resident's text that starts like a formula stays text in a spreadsheet; quotes and commas survive.
    expect(angry[col('评价内容')]).toBe('\'=态度生硬,"等了很久"');
    expect(angry[col('整改状态')]).toBe('已办结');
    expect(angry[col('回访情况')]).toBe('回访2次，联系上1次');
    expect(angry[col('群众对处理结果的评价')]).toBe('基本满意');
    expect(angry[col('工号')]).toBe('QS-001');
    expect(angry[col('事项编码')]).toBe(day1[3]?.nationalServiceCode);
    expect(angry[col('大厅事项标识')]).toBe(SERVICE);
  });

  it('downloads as JSON: the same rows under stable English names', async () => {
    const res = await download('/api/ratings/export?from=2026-11-30&to=2026-12-01&format=json', admin);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const file = res.json as { format: string; version: number; from: string; to: string; rows: RatingExportRow[] };
    expect(file).toMatchObject({ format: 'haochaping-ratings', version: 1, from: '2026-11-30', to: '2026-12-01' });
    expect(file.rows.slice(0, 5)).toEqual(day1);
    expect(file.rows).toHaveLength(6);
  });
});

describe('a long range', () => {
  it('streams page after page: every rating exactly once, in both formats', async () => {
    // Volume for the stream: 2.5 pages of ratings stored straight in the database, spread over a year.
    const ticketId = (th.hall.db.prepare('SELECT MIN(id) AS id FROM tickets').get() as { id: number }).id;
    const count = Math.floor(RATING_EXPORT_PAGE * 2.5);
    const base = beijing('2026-01-01T08:00:00');
    th.hall.db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const ticket = th.hall.db.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number, status,
          arrived_at, queue_key, counter_id, issued_by) SELECT token || ?, '2026-01-01', service_id, centre_id, prefix, seq, 'V' || ?, 'finished',
          arrived_at, queue_key, counter_id, issued_by FROM tickets WHERE id = ?`).run(`-v${i}`, String(i), ticketId).lastInsertRowid;
        insertRating(th.hall.db, { ticketId: Number(ticket), level: RATING_LEVELS[i % 5] ?? 5, reasons: [], comment: `第${i}条`, counterId: COUNTER,
          staffId: null, source: 'phone', deviceId: null, at: base + (i % 300) * 86_400_000 + i });
      }
    })();
    const json = await download('/api/ratings/export?from=2026-01-01&to=2026-12-31&format=json');
    const rows = (json.json as { rows: RatingExportRow[] }).rows;
    const volume = rows.filter((r) => r.comment.startsWith('第'));
    expect(volume).toHaveLength(count);
    expect(new Set(volume.map((r) => r.ratingId)).size).toBe(count);
    expect(rows.map((r) => r.ratedAt)).toEqual([...rows.map((r) => r.ratedAt)].sort((a, b) => a - b));
    const csv = await download('/api/ratings/export?from=2026-01-01&to=2026-12-31');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(parseCsv(csv.text.slice(1))).toHaveLength(rows.length + 1);
  });
});

describe('refusals', () => {
  const page = (query: string) => `/api/ratings/export/page?${query}`;
  const file = (query: string) => `/api/ratings/export?${query}`;

  it('a range backwards, too long, or of things that are not dates is refused with a clear code; a year is answered', async () => {
    for (const path of [page, file]) {
      expect(expectHttpRefusal(await download(path('from=2026-12-01&to=2026-11-30')), 'DATE_RANGE_BACKWARDS').fields).toEqual(['to']);
      expect(expectHttpRefusal(await download(path('from=2025-12-30&to=2026-12-31')), 'DATE_RANGE_TOO_LONG').fields).toEqual(['to']);
      for (const [query, field] of [['from=2026-02-30&to=2026-03-01', 'from'], ['from=2026-01-01&to=tomorrow', 'to'],
        ['to=2026-01-01', 'from'], ['from=2026-01-01&from=2026-01-02&to=2026-01-03', 'from'], ['from=20260101&to=2026-01-02', 'from']]) {
        expect(expectHttpRefusal(await download(path(query ?? '')), 'BAD_REQUEST').fields).toEqual([field]);
      }
    }
    expect((await download(file('from=2026-01-01&to=2026-12-31&format=json'))).status).toBe(200);
    expect((await download(file('from=2024-01-01&to=2024-12-31&format=json'))).status).toBe(200);
    expect(expectHttpRefusal(await download(file('from=2026-01-01&to=2026-01-02&format=xlsx')), 'BAD_REQUEST').fields).toEqual(['format']);
    expectRefusal(await send(leadSocket, 'rating.export', { from: '2026-12-01', to: '2026-11-01' }), 'DATE_RANGE_BACKWARDS');
    expectRefusal(await send(leadSocket, 'rating.export', { from: '2026-01-01', to: '2027-01-02' }), 'DATE_RANGE_TOO_LONG');
  });

  it('only supervisors and admins export: staff, devices and anonymous callers are refused over both transports', async () => {
    const staff = { token: await login(th.url, 'staff') };
    const query = 'from=2026-11-30&to=2026-11-30';
    for (const path of [page(query), file(query)]) {
      expectHttpRefusal(await download(path, staff), 'FORBIDDEN');
      expectHttpRefusal(await download(path, { deviceKey: th.kioskKey }), 'FORBIDDEN');
      expectHttpRefusal(await download(path, {}), 'UNAUTHENTICATED');
    }
    expectRefusal(await send(desk, 'rating.export', { from: '2026-11-30', to: '2026-11-30' }), 'FORBIDDEN');
    expectRefusal(await send(kiosk, 'rating.export', { from: '2026-11-30', to: '2026-11-30' }), 'FORBIDDEN');
  });
});

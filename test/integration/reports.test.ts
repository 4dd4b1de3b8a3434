/**
 * Reports through the real server: a scripted day (issued, called, recalled, served, a no-show, a
 * transfer, a cancellation, ratings at every level, 差评 with their cases, a complaint) gives exactly the
 * expected rows for every grouping; a ticket issued at 23:59 and one at 00:01 fall on their own business
 * days and hours; later changes (a rating the next day, a case rectified late, a case closed) move the
 * figures of the ticket's day; the roll-up kept live equals one rebuilt from the event log; CSV and XLSX
 * files carry the same rows (the XLSX read back by a different library than the one that wrote it);
 * bad ranges and callers are refused with their codes and change nothing.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import type { CaseSummary } from '../../protocol/cases';
import type { HallSettingsView, StaffView } from '../../protocol/admin';
import type { AssessmentAnswer, ReportAnswer, ReportFigures, ReportRow } from '../../protocol/reports';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, startTestHall, tempDir, type TestHall } from '../../testkit/hall';
import { migrations } from '../../server/db/migrations';
import { login } from '../../testkit/clients';
import { beijing, ManualClock } from '../support/clock';
import { HttpApi, type Caller } from '../support/http-api';
import { rebuildRollup } from '../../server/reports/rollup';

let th: TestHall;
let api: HttpApi;
let clock: ManualClock;
let admin: Caller;
let lead: Caller;
let wang: Caller;
let li: Caller;
let kiosk: Caller;
const t: Record<string, IssuedTicket> = {};
const ids = { wang: '', li: '' };

const D0 = '2026-11-30';
const D1 = '2026-12-01';

async function at(local: string): Promise<void> {
  clock.set(beijing(local));
}

async function issue(name: string, serviceId: string, priority?: 'elderly70'): Promise<void> {
  t[name] = await api.issue(kiosk, serviceId, priority ? { priority } : {});
}

const idOf = (name: string): number => t[name]?.ticket.id ?? 0;
const tokenOf = (name: string): string => t[name]?.ticket.token ?? '';

async function rate(name: string, level: number, extra: Record<string, unknown> = {}): Promise<void> {
  await api.ok('POST', '/api/ratings', { body: { token: tokenOf(name), level, ...(level <= 2 ? { reasons: ['attitude'] } : {}), ...extra } });
}

async function caseOf(number: string): Promise<CaseSummary> {
  const found = (await api.ok<CaseSummary[]>('GET', '/api/cases', lead)).find((c) => c.ticketNumber === number);
  if (!found) throw new Error(`no case for ${number}`);
  return found;
}

function report(from: string, to: string, by: string, who: Caller = lead): Promise<ReportAnswer> {
  return api.ok<ReportAnswer>('GET', `/api/reports?from=${from}&to=${to}&by=${by}`, who);
}

beforeAll(async () => {
  clock = new ManualClock(beijing(`${D0}T23:50:00`));
  th = await startTestHall({ clock });
  api = new HttpApi(th.url);
  admin = { token: await login(th.url, 'admin', ADMIN_PASSWORD) };
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  wang = { token: await login(th.url, 'staff') };
  li = { token: await login(th.url, 'social') };
  kiosk = { deviceKey: th.kioskKey };
  const staff = await api.ok<StaffView[]>('GET', '/api/admin/staff', admin);
  ids.wang = String(staff.find((s) => s.username === 'staff')?.id);
  ids.li = String(staff.find((s) => s.username === 'social')?.id);
  const settings = await api.ok<HallSettingsView>('GET', '/api/settings', admin);
  // One working day to handle a 差评: due Wednesday 2 December.
  await api.ok('PUT', '/api/settings', { ...admin, body: { ...settings, caseDeadlineDays: 1 } });

  // The evening before: A is taken at 23:59 and never called (it expires at the day boundary).
  await at(`${D0}T23:59:00`);
  await issue('A', 'company-registration');
  // B at 00:01 the next day (its own business day and hour), cancelled before the hall opens.
  await at(`${D1}T00:01:00`);
  await issue('B', 'company-registration');
  await at(`${D1}T08:30:00`);
  await api.ok('POST', `/api/tickets/${idOf('B')}/cancel`, { ...wang, body: {} });

  await at(`${D1}T09:00:00`);
  await issue('C', 'company-registration', 'elderly70');
  await issue('D', 'company-registration');
  await issue('E', 'minimum-living-allowance');
  await issue('F', 'elderly-allowance');
  await issue('G', 'company-registration');
  await api.counter(wang, 1, 'open');
  await api.counter(li, 4, 'open');

  // Counter 1 (王晓兰): C waits 2 min, serves 10 min, rated 非常满意.
  await at(`${D1}T09:02:00`);
  await api.counter(wang, 1, 'call', { ticketId: idOf('C') });
  await at(`${D1}T09:03:00`);
  await api.counter(wang, 1, 'start');
  await at(`${D1}T09:13:00`);
  await api.counter(wang, 1, 'finish');
  await rate('C', 5);
  // D waits 14 min, is recalled, then marked a no-show.
  await at(`${D1}T09:14:00`);
  await api.counter(wang, 1, 'call', { ticketId: idOf('D') });
  await at(`${D1}T09:15:00`);
  await api.counter(wang, 1, 'recall');
  await at(`${D1}T09:16:00`);
  await api.counter(wang, 1, 'no-show');

  // Counter 4 (李娜): E waits 20 min, 4 min of service, transferred to 高龄津贴; waits 5 min more, 6 min of service.
  await at(`${D1}T09:20:00`);
  await api.counter(li, 4, 'call', { ticketId: idOf('E') });
  await at(`${D1}T09:21:00`);
  await api.counter(li, 4, 'start');
  await at(`${D1}T09:25:00`);
  await api.counter(li, 4, 'transfer', { toServiceId: 'elderly-allowance' });
  await at(`${D1}T09:30:00`);
  await api.counter(li, 4, 'call', { ticketId: idOf('E') });
  await api.counter(li, 4, 'start');
  await at(`${D1}T09:36:00`);
  await api.counter(li, 4, 'finish');
  await rate('E', 1, { phone: '13812345678' });
  // F waits 40 min, 8 min of service, rated 不满意 without a number.
  await at(`${D1}T09:40:00`);
  await api.counter(li, 4, 'call', { ticketId: idOf('F') });
  await at(`${D1}T09:41:00`);
  await api.counter(li, 4, 'start');
  await at(`${D1}T09:49:00`);
  await api.counter(li, 4, 'finish');
  await rate('F', 2);

  // G waits 60 min, 30 min of service, 基本满意. H (issued 10:05) waits 26 min, finished straight from the call after 4 min.
  await at(`${D1}T10:00:00`);
  await api.counter(wang, 1, 'call', { ticketId: idOf('G') });
  await api.counter(wang, 1, 'start');
  await at(`${D1}T10:05:00`);
  await issue('H', 'company-registration');
  await at(`${D1}T10:30:00`);
  await api.counter(wang, 1, 'finish');
  await rate('G', 3);
  await at(`${D1}T10:31:00`);
  await api.counter(wang, 1, 'call', { ticketId: idOf('H') });
  await at(`${D1}T10:35:00`);
  await api.counter(wang, 1, 'finish');
  // A complaint is a case, but no ticket's figure.
  await api.ok('POST', '/api/complaints', { body: { category: 'complaint', text: '大厅空调太冷' } });

  // E's 差评 is called back and rectified the same day (on time).
  const supervisorId = (await api.ok<StaffView[]>('GET', '/api/admin/staff', admin)).find((s) => s.username === 'supervisor')?.id ?? 0;
  const caseE = await caseOf(t.E?.ticket.number ?? '');
  const caseF = await caseOf(t.F?.ticket.number ?? '');
  await at(`${D1}T10:40:00`);
  await api.ok('POST', `/api/cases/${caseE.id}/assign`, { ...lead, body: { assigneeId: supervisorId } });
  await api.ok('POST', `/api/cases/${caseF.id}/assign`, { ...lead, body: { assigneeId: supervisorId } });
  await api.ok('POST', `/api/cases/${caseE.id}/call-back`, { ...lead, body: { reached: true, note: '已致歉' } });
  await at(`${D1}T10:45:00`);
  await api.ok('POST', `/api/cases/${caseE.id}/rectify`, { ...lead, body: { rectification: '批评教育' } });
}, 60_000);

afterAll(async () => {
  await th.close();
});

const noTime = { count: 0, mean: null, median: null, p90: null };
const levels = (l: Partial<Record<'1' | '2' | '3' | '4' | '5', number>>) => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, ...l });

/** Figures of a group with nothing but what is given. */
function figures(f: Partial<ReportFigures>): ReportFigures {
  return {
    issued: 0, served: 0, noShow: 0, transferred: 0, cancelled: 0, expired: 0, open: 0, priority: 0, priorityShare: 0,
    wait: noTime, service: noTime, ratings: 0, ratingsByLevel: levels({}), satisfaction: null, bad: 0, rectifiedOnTime: 0,
    rectifiedOnTimeShare: null, badWithContact: 0, calledBackOnTime: 0, calledBackOnTimeShare: null, ...f,
  };
}

const WANG = figures({
  issued: 4, served: 3, noShow: 1, priority: 1, priorityShare: 0.25,
  // Waits 2, 14, 60, 26 min; service 10, 30, 4 min.
  wait: { count: 4, mean: 1530, median: 840, p90: 3600 },
  service: { count: 3, mean: 880, median: 600, p90: 1800 },
  ratings: 2, ratingsByLevel: levels({ 5: 1, 3: 1 }), satisfaction: 1,
});
const LI = figures({
  issued: 2, served: 2, transferred: 1,
  // Waits 25 (20 + 5 after the transfer) and 40 min; service 10 (4 + 6) and 8 min.
  wait: { count: 2, mean: 1950, median: 1500, p90: 2400 },
  service: { count: 2, mean: 540, median: 480, p90: 600 },
  ratings: 2, ratingsByLevel: levels({ 1: 1, 2: 1 }), satisfaction: 0, bad: 2, rectifiedOnTime: 1, rectifiedOnTimeShare: 0.5,
  badWithContact: 1, calledBackOnTime: 1, calledBackOnTimeShare: 1,
});
const NOT_TAKEN_UP = figures({ issued: 1, cancelled: 1 });
const TOTAL_D1 = figures({
  issued: 7, served: 5, noShow: 1, transferred: 1, cancelled: 1, priority: 1, priorityShare: 0.1429,
  // Waits 2, 14, 60, 26, 25, 40 min; service 10, 30, 4, 10, 8 min.
  wait: { count: 6, mean: 1670, median: 1500, p90: 3600 },
  service: { count: 5, mean: 744, median: 600, p90: 1800 },
  ratings: 4, ratingsByLevel: levels({ 5: 1, 3: 1, 2: 1, 1: 1 }), satisfaction: 0.5, bad: 2, rectifiedOnTime: 1,
  rectifiedOnTimeShare: 0.5, badWithContact: 1, calledBackOnTime: 1, calledBackOnTimeShare: 1,
});

function byKey(answer: ReportAnswer): Record<string, ReportRow> {
  return Object.fromEntries(answer.rows.map((r) => [r.key, r]));
}

it('by staff member: exactly one row per person who took up tickets, and one for tickets nobody took up', async () => {
  const answer = await report(D1, D1, 'staff');
  expect(answer).toMatchObject({ from: D1, to: D1, by: 'staff', timezone: 'Asia/Shanghai' });
  expect(answer.rows).toEqual([
    { key: ids.wang, label: '王晓兰', ...WANG },
    { key: ids.li, label: '李娜', ...LI },
    { key: '', label: '未叫号', ...NOT_TAKEN_UP },
  ].sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : Number(a.key) - Number(b.key))));
  expect(answer.total).toEqual(TOTAL_D1);
});

it('by counter, centre and service: the same tickets, each where it ended (a transfer moves its service)', async () => {
  const counters = byKey(await report(D1, D1, 'counter'));
  expect(Object.keys(counters).sort()).toEqual(['', '1', '4']);
  expect(counters['1']).toMatchObject(WANG);
  expect(counters['4']).toMatchObject(LI);
  expect(counters['1']?.label).toMatch(/1/);

  const centres = await report(D1, D1, 'centre');
  expect(centres.rows.map((r) => [r.key, r.label, r.issued])).toEqual([
    ['admin-approval', '行政审批服务中心', 5], ['social-services', '社会服务中心', 2]]);
  expect(centres.rows[1]).toMatchObject(LI);

  const services = await report(D1, D1, 'service');
  // E left 最低生活保障 for 高龄津贴: the service it was issued for has no row left.
  expect(services.rows.map((r) => [r.key, r.issued, r.served, r.transferred])).toEqual([
    ['company-registration', 5, 3, 0], ['elderly-allowance', 2, 2, 1]]);
  expect(services.total).toEqual(TOTAL_D1);
});

it('at the day boundary: 23:59 and 00:01 fall on their own business days and local hours', async () => {
  const evening = await report(D0, D0, 'hour');
  expect(evening.rows.map((r) => [r.key, r.label, r.issued, r.expired])).toEqual([['23', '23:00–24:00', 1, 1]]);
  expect(evening.total).toEqual(figures({ issued: 1, expired: 1 }));

  const hours = await report(D0, D1, 'hour');
  expect(hours.rows.map((r) => [r.key, r.issued])).toEqual([['00', 1], ['09', 5], ['10', 1], ['23', 1]]);
  expect(byKey(hours)['00']).toEqual({ key: '00', label: '00:00–01:00', ...NOT_TAKEN_UP });
  expect(hours.total).toMatchObject({ issued: 8, expired: 1, cancelled: 1 });

  // A month's report holds both days; the month before and after hold none of them.
  expect((await report('2026-11-01', '2026-11-30', 'centre')).total.issued).toBe(1);
  expect((await report('2026-12-01', '2026-12-31', 'centre')).total.issued).toBe(7);
});

it('CSV (with a byte-order mark for Excel) and XLSX (read back by another library) carry the rows and the total', async () => {
  const csv = await fetch(`${th.url}/api/reports?from=${D1}&to=${D1}&by=staff&format=csv`, { headers: { authorization: `Bearer ${lead.token}` } });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  expect(csv.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(`统计报表_${D1}_${D1}_工作人员.csv`)}`);
  const bytes = Buffer.from(await csv.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n').map((l) => l.split(','));
  const header = lines[0] ?? [];
  expect(header.slice(0, 4)).toEqual(['工作人员', '取号数', '办结数', '过号数']);
  const column = (line: string[], name: string): string | undefined => line[header.indexOf(name)];
  const wangLine = lines.find((l) => l[0] === '王晓兰') ?? [];
  expect(column(wangLine, '取号数')).toBe('4');
  expect(column(wangLine, '平均等候（分钟）')).toBe('25.5');
  expect(column(wangLine, '等候中位数（分钟）')).toBe('14');
  expect(column(wangLine, '好评率')).toBe('100.0%');
  expect(lines.map((l) => l[0])).toEqual(['工作人员', '王晓兰', '李娜', '未叫号', '合计']);
  expect(column(lines[4] ?? [], '差评数')).toBe('2');
  expect(column(lines[4] ?? [], '按期整改率')).toBe('50.0%');

  const xlsx = await fetch(`${th.url}/api/reports?from=${D1}&to=${D1}&by=centre&format=xlsx`, { headers: { authorization: `Bearer ${lead.token}` } });
  expect(xlsx.status).toBe(200);
  expect(xlsx.headers.get('content-disposition')).toContain('.xlsx');
  const rows = await readSheet(Buffer.from(await xlsx.arrayBuffer()));
  const head = rows[0] ?? [];
  expect(head.slice(0, 3)).toEqual(['中心', '取号数', '办结数']);
  expect(rows.map((r) => r[0])).toEqual(['中心', '行政审批服务中心', '社会服务中心', '合计']);
  const cell = (row: number, name: string): unknown => rows[row]?.[head.indexOf(name)];
  expect(cell(2, '取号数')).toBe(2);
  expect(cell(2, '平均等候（分钟）')).toBe(32.5);
  expect(cell(2, '好评率')).toBe(0);
  expect(cell(3, '取号数')).toBe(7);
  expect(cell(3, '好评率')).toBe(0.5);
  expect(cell(3, '优先号占比')).toBe(0.1429);
});

it('the 考评 sheet of the month names every centre and each staff member who took up tickets', async () => {
  const sheet = await api.ok<AssessmentAnswer>('GET', '/api/reports/assessment?month=2026-12', lead);
  expect(sheet).toMatchObject({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' });
  expect(sheet.staff.map((s) => s.label)).toEqual(['王晓兰', '李娜']);
  expect(sheet.staff[0]).toMatchObject(WANG);
  expect(sheet.centres.map((c) => c.key)).toEqual(['admin-approval', 'social-services']);
  expect(sheet.total).toEqual(TOTAL_D1);
});

it('refuses bad ranges, unknown groupings and formats, staff and devices, with codes, changing nothing', async () => {
  const before = await report(D0, D1, 'staff');
  const base = `/api/reports?by=staff`;
  expect((await api.refused('GET', `${base}&from=${D1}&to=${D0}`, 'DATE_RANGE_BACKWARDS', lead)).fields).toEqual(['to']);
  expect((await api.refused('GET', `${base}&from=2025-12-01&to=2026-12-02`, 'DATE_RANGE_TOO_LONG', lead)).fields).toEqual(['to']);
  await api.ok('GET', `${base}&from=2025-12-02&to=2026-12-02`, lead);
  expect((await api.refused('GET', `${base}&from=2026-02-30&to=${D1}`, 'BAD_REQUEST', lead)).fields).toEqual(['from']);
  expect((await api.refused('GET', `${base}&from=${D1}&to=tomorrow`, 'BAD_REQUEST', lead)).fields).toEqual(['to']);
  expect((await api.refused('GET', `/api/reports?from=${D1}&to=${D1}&by=window`, 'BAD_REQUEST', lead)).fields).toEqual(['by']);
  expect((await api.refused('GET', `/api/reports?from=${D1}&to=${D1}`, 'BAD_REQUEST', lead)).fields).toEqual(['by']);
  expect((await api.refused('GET', `${base}&from=${D1}&to=${D1}&format=pdf`, 'BAD_REQUEST', lead)).fields).toEqual(['format']);
  expect((await api.refused('GET', '/api/reports/assessment?month=2026-13', 'BAD_REQUEST', lead)).fields).toEqual(['month']);
  for (const who of [wang, kiosk, { deviceKey: th.displayKey }]) {
    await api.refused('GET', `${base}&from=${D1}&to=${D1}`, 'FORBIDDEN', who);
    await api.refused('GET', `${base}&from=${D1}&to=${D1}&format=csv`, 'FORBIDDEN', who);
    await api.refused('GET', '/api/reports/assessment?month=2026-12', 'FORBIDDEN', who);
  }
  await api.refused('GET', `${base}&from=${D1}&to=${D1}`, 'UNAUTHENTICATED');
  await api.ok('GET', `${base}&from=${D1}&to=${D1}`, admin);
  expect(await report(D0, D1, 'staff')).toEqual(before);
});

/** The roll-up's rows that count something, in a fixed order. */
function rollupRows(): unknown[] {
  const db = th.hall.db;
  return [
    db.prepare('SELECT * FROM report_tickets ORDER BY ticket_id').all(),
    db.prepare(`SELECT * FROM report_days WHERE issued <> 0 OR finished <> 0 OR r1 + r2 + r3 + r4 + r5 <> 0
      ORDER BY dim, business_day, key`).all(),
    db.prepare('SELECT * FROM report_buckets WHERE n <> 0 ORDER BY dim, business_day, key, measure, bucket').all(),
  ];
}

it('later changes move the figures of the ticket’s own day, and the live roll-up equals one rebuilt from the event log', async () => {
  // The next day: H is rated 满意 (it counts on 1 December), F's 差评 is rectified after its deadline
  // (2 December), E's case is closed; a new ticket on 2 December counts there.
  await at('2026-12-02T09:00:00');
  // Sessions end with the day they began: the supervisor logs in again.
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  await rate('H', 4);
  await issue('I', 'company-registration');
  const caseF = await caseOf(t.F?.ticket.number ?? '');
  const caseE = await caseOf(t.E?.ticket.number ?? '');
  await at('2026-12-03T09:00:00');
  lead = { token: await login(th.url, 'supervisor', STAFF_PASSWORD) };
  await api.ok('POST', `/api/cases/${caseF.id}/rectify`, { ...lead, body: { rectification: '加强培训' } });
  await api.ok('POST', `/api/cases/${caseE.id}/close`, { ...lead, body: { result: '已整改并回访', residentSatisfaction: 'satisfied' } });

  const staff = byKey(await report(D1, D1, 'staff'));
  expect(staff[ids.wang]).toMatchObject({ ratings: 3, ratingsByLevel: levels({ 5: 1, 4: 1, 3: 1 }), satisfaction: 1 });
  expect(staff[ids.li]).toMatchObject({ bad: 2, rectifiedOnTime: 1, rectifiedOnTimeShare: 0.5, calledBackOnTime: 1 });
  // I was still waiting when 3 December began: it expired at the boundary, on its own day.
  expect((await report('2026-12-02', '2026-12-02', 'staff')).rows).toEqual([{ key: '', label: '未叫号', ...figures({ issued: 1, expired: 1 }) }]);

  const live = rollupRows();
  rebuildRollup(th.hall.db, 'Asia/Shanghai');
  expect(rollupRows()).toEqual(live);
});

it('a hall upgraded from before the roll-up gets it back-filled from its tickets and events at the first start', async () => {
  const dataDir = tempDir('hall-upgrade-');
  const old = new Database(path.join(dataDir, 'hall.sqlite'));
  for (const m of migrations.filter((m) => m.version < 16)) old.exec(m.sql);
  old.pragma('user_version = 15');
  old.prepare("INSERT INTO centres (id, name) VALUES ('c', '中心')").run();
  old.prepare("INSERT INTO services (id, centre_id, name, prefix) VALUES ('s', 'c', '事项', 'A')").run();
  old.prepare("INSERT INTO counters (id, name, centre_id) VALUES (1, '1号窗口', 'c')").run();
  const issuedAt = beijing('2026-03-02T08:59:00');
  const id = Number(old.prepare(`INSERT INTO tickets (token, business_day, service_id, centre_id, prefix, seq, number, status,
      arrived_at, queue_key, counter_id, called_at, started_at, finished_at, issued_by)
    VALUES ('token-upgrade-0001', '2026-03-02', 's', 'c', 'A', 1, 'A001', 'finished', ?, ?, 1, ?, ?, ?, 'device:1')`)
    .run(issuedAt, issuedAt, issuedAt + 3 * 60_000, issuedAt + 4 * 60_000, issuedAt + 9 * 60_000).lastInsertRowid);
  const event = old.prepare('INSERT INTO ticket_events (ticket_id, type, at, counter_id) VALUES (?, ?, ?, ?)');
  event.run(id, 'issued', issuedAt, null);
  event.run(id, 'called', issuedAt + 3 * 60_000, 1);
  event.run(id, 'started', issuedAt + 4 * 60_000, 1);
  event.run(id, 'finished', issuedAt + 9 * 60_000, 1);
  old.prepare("INSERT INTO ratings (ticket_id, level, counter_id, source, at) VALUES (?, 4, 1, 'phone', ?)").run(id, issuedAt + 10 * 60_000);
  old.close();

  const upgraded = await startTestHall({ dataDir, seed: false });
  try {
    const token = await login(upgraded.url, 'admin', ADMIN_PASSWORD);
    const answer = await new HttpApi(upgraded.url).ok<ReportAnswer>('GET', '/api/reports?from=2026-03-02&to=2026-03-02&by=hour', { token });
    expect(answer.rows).toEqual([{ key: '08', label: '08:00–09:00', ...figures({
      issued: 1, served: 1, wait: { count: 1, mean: 180, median: 180, p90: 180 }, service: { count: 1, mean: 300, median: 300, p90: 300 },
      ratings: 1, ratingsByLevel: levels({ 4: 1 }), satisfaction: 1 }) }]);
  } finally {
    await upgraded.close();
  }
});

/**
 * A hall with something going on, for tests that send refused input: if a refusal slipped through,
 * the command would really change something (a ticket called, a counter opened), and the database
 * fingerprint would show it. Also holds, per command, one valid input and who may send it.
 */
import type { CommandName } from '../../protocol/commands';
import type { IssuedTicket } from '../../protocol/views';
import { ADMIN_PASSWORD, STAFF_PASSWORD, addStaff, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, idemKey, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { DEMO_GUIDES } from '../../server/demo/guides';

export type ActorName = 'staff' | 'staff2' | 'admin' | 'kiosk' | 'display' | 'ratingPad' | 'anon';

export interface Credentials { token?: string; deviceKey?: string }

export interface BusyHall {
  th: TestHall;
  credentials: Record<ActorName, Credentials>;
  sockets: Record<ActorName, ClientSocket>;
  /** t1 no-show, t2 called at counter 1, t3 and t4 waiting (all company-registration). */
  tickets: { t1: IssuedTicket; t2: IssuedTicket; t3: IssuedTicket; t4: IssuedTicket };
  close(): Promise<void>;
}

export interface CommandPlan {
  actor: ActorName;
  /** A valid input that would change the hall (or at least be answered) if sent as is. */
  base: Record<string, unknown>;
  /** Values that break a field's pattern (beyond wrong types, missing, empty, overlong). */
  patterns?: Record<string, unknown[]>;
  /** Optional fields and bad values for them. */
  optional?: Record<string, unknown[]>;
  /** Required fields for which null is a valid value (a photo's `content: null` removes it). */
  nullable?: string[];
}

export async function startBusyHall(): Promise<BusyHall> {
  // The refusal tests send thousands of malformed commands over each socket within seconds; the
  // per-socket limit itself is proven in command-limits.test.ts.
  const th = await startTestHall({ env: { COMMAND_LIMIT_PER_SOCKET: '65535' } });
  const [second = 'staff01'] = addStaff(th.hall, 1);
  const ratingPadKey = th.seed.devices.find((d) => d.kind === 'rating-pad')?.key ?? '';
  const credentials: Record<ActorName, Credentials> = {
    staff: { token: await login(th.url, 'staff') },
    staff2: { token: await login(th.url, second) },
    admin: { token: await login(th.url, 'admin', ADMIN_PASSWORD) },
    kiosk: { deviceKey: th.kioskKey },
    display: { deviceKey: th.displayKey },
    ratingPad: { deviceKey: ratingPadKey },
    anon: {},
  };
  const entries = await Promise.all((Object.keys(credentials) as ActorName[])
    .map(async (name) => [name, await connect(th.url, credentials[name])] as const));
  const sockets = Object.fromEntries(entries) as Record<ActorName, ClientSocket>;

  const issueOne = async (): Promise<IssuedTicket> => ok(await send(sockets.kiosk, 'ticket.issue',
    { serviceId: 'company-registration', idempotencyKey: idemKey() })) as IssuedTicket;
  const t1 = await issueOne();
  const t2 = await issueOne();
  const t3 = await issueOne();
  const t4 = await issueOne();
  ok(await send(sockets.staff, 'counter.open', { counterId: 1 }));
  ok(await send(sockets.staff, 'counter.callNext', { counterId: 1 }));
  ok(await send(sockets.staff, 'counter.noShow', { counterId: 1 }));
  ok(await send(sockets.staff, 'counter.callNext', { counterId: 1 }));
  ok(await send(sockets.staff2, 'counter.open', { counterId: 2 }));

  return {
    th, credentials, sockets, tickets: { t1, t2, t3, t4 },
    close: async () => {
      for (const s of Object.values(sockets)) s.close();
      await th.close();
    },
  };
}

const SLUG_BREAKERS = ['Company-Registration', 'a b', '-leading', '../etc', '企业设立登记', 'x'.repeat(65)];
const ID_KEY_BREAKERS = ['short', 'has space in it', 'ümlaut-key-123', 'x'.repeat(65), 'semi;colon;key'];
const DATE_BREAKERS = ['2026-02-30', '20261001', '2026-1-1', '2026-10-01T00:00', 'today'];
const STAFF_BREAKERS: Record<string, unknown[]> = {
  username: ['a', 'has space', '王晓兰', 'x'.repeat(33)], staffNumber: ['工号1', 'a b', 'x'.repeat(21)],
  role: ['root', 'Admin'], displayName: ['', 'x'.repeat(33)],
};
const CONFIG_HALL = {
  name: '包头市青山区社会服务中心', nameMn: 'ᠨᠡᠶᠢᠭᠡᠮ', complaintPhone: '0472-1234567', lateReturn: 'none', priorityReasons: [],
  issuePerMinute: 20,
  caseDeadlineDays: 15,
};
const NAME_BREAKERS = ['', '   ', 'x'.repeat(41)];
const MONGOLIAN_BREAKERS = ['Mongol', '蒙古文', 'ᠮᠣᠩ'.repeat(41)];
const PREFIX_BREAKERS = ['a', 'ABC', 'I', 'O', 'AI', '1', 'A1', ''];
const SERVICE_FIELD_BREAKERS: Record<string, unknown[]> = {
  nameMn: MONGOLIAN_BREAKERS, enabled: ['yes', 1, null], priorityOffered: ['no', 0, null], sharePrefix: ['yes', 1, null],
  defaultServiceMinutes: [0, 241, 1.5, '10'], sortOrder: [-1, 10_000, 1.5], hours: ['always', 5, [], true],
  dailyLimit: [0, 1000, 1.5], morningLimit: [0, -1, 'x'], afternoonLimit: [0, 1000],
  waitYellowMinutes: [0, 481, 1.5, '15'], waitRedMinutes: [0, 481, null], serviceYellowMinutes: [-1, 481], serviceRedMinutes: [0, 'x'],
  idleAlertMinutes: [0, 241, 2.5],
};
const COUNTER_ID_BREAKERS = [0, -1, 1.5, 10_000, '3'];
/** A 1×1 PNG, as a browser's FileReader gives it. */
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const NOTICE_TIMES = { startsAt: Date.UTC(2026, 10, 30, 0), endsAt: Date.UTC(2026, 10, 30, 9) };
const NOTICE_BREAKERS: Record<string, unknown[]> = {
  text: ['', '   ', 'x'.repeat(201)], startsAt: [Date.UTC(1999, 0, 1), Date.UTC(2101, 0, 1)], endsAt: [NOTICE_TIMES.startsAt, Date.UTC(2026, 10, 29)],
};
const NOTICE_MN_BREAKERS = { textMn: ['中文公告', 5, null, 'ᠮ'.repeat(401)] };
const SAMPLE_PATH_BREAKERS = ['/etc/passwd', '/samples/../hall.sqlite', '/sample-files/short.png', 'http://x.example/a.png',
  '/sample-files/0123456789abcdef0123.gif'];

function demoGuideFields(serviceId: string): Record<string, unknown> {
  const guide = DEMO_GUIDES.find((g) => g.serviceId === serviceId);
  if (!guide) throw new Error(`no demo guide for ${serviceId}`);
  return Object.fromEntries(Object.entries(guide).filter(([k]) => k !== 'serviceId'));
}

/** The translation workbench: a catalog text, keys of no text, and Mongolian the workbench refuses. */
const MN_MORE = 'ᠪᠤᠰᠤᠳ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ';
// Keys of no form the workbench knows, and Mongolian the schema refuses (the script and placeholder checks
// are the handler's: MN_TEXT_INVALID, test/integration/mn-texts.test.ts).
const MN_KEY_BREAKERS = ['kiosk', 'centre:Bad Id', 'material:company-registration:x', '../etc', 'x'.repeat(201)];
const MN_TEXT_BREAKERS = ['   '];

/** A 受理编号 of the right form that no matter has, and numbers of no form (protocol/matters.ts). */
const MATTER_NUMBER_UNKNOWN = 'BJ23456789AB';
const MATTER_NUMBER_BREAKERS = ['BJ123', 'XX23456789AB', 'BJ2345678OAB', 'BJ23456789ABC', 'x'.repeat(41)];

const TOKEN_BREAKERS = ['tooShort', 'x'.repeat(65), 'has space inside token', '../../../etc/passwd-x', '%00'.repeat(8)];

/** One plan per command: `Record<CommandName, …>` makes the compiler insist that none is left out. */
export function commandPlans(hall: BusyHall): Record<CommandName, CommandPlan> {
  const { t1, t2, t3, t4 } = hall.tickets;
  return {
    'ticket.issue': {
      actor: 'kiosk',
      base: { serviceId: 'company-registration', idempotencyKey: 'bad-input-base-key' },
      patterns: { serviceId: SLUG_BREAKERS, idempotencyKey: ID_KEY_BREAKERS },
      optional: { priority: ['vip', 'ELDERLY70', 1, true, ''], withNotice: ['yes', 1, null],
        idReading: ['short', 'has space in it and more', 1, null, 'x'.repeat(65)] },
    },
    'ticket.track': { actor: 'anon', base: { token: t1.ticket.token }, patterns: { token: TOKEN_BREAKERS } },
    'ticket.cancel': { actor: 'staff', base: { ticketId: t4.ticket.id } },
    'ticket.requeue': { actor: 'staff', base: { ticketId: t1.ticket.id } },
    'counter.open': { actor: 'staff2', base: { counterId: 3 } },
    'counter.close': { actor: 'staff2', base: { counterId: 2 } },
    'counter.desk': { actor: 'staff', base: { counterId: 1 } },
    'counter.lists': { actor: 'staff', base: { counterId: 1 } },
    'counter.callNext': { actor: 'staff2', base: { counterId: 2 } },
    'counter.callTicket': { actor: 'staff2', base: { counterId: 2, ticketId: t3.ticket.id } },
    'counter.recall': { actor: 'staff', base: { counterId: 1 } },
    'counter.noShow': { actor: 'staff', base: { counterId: 1 } },
    'counter.start': { actor: 'staff', base: { counterId: 1 } },
    'counter.finish': { actor: 'staff', base: { counterId: 1 } },
    'counter.finishAndCallNext': { actor: 'staff', base: { counterId: 1 } },
    'counter.transfer': {
      actor: 'staff',
      base: { counterId: 1, toServiceId: 'individual-business' },
      patterns: { toServiceId: SLUG_BREAKERS },
      optional: { toCounterId: [0, -2, 1.5, '2', 10_000, null] },
    },
    'counter.hold': { actor: 'staff', base: { counterId: 1 } },
    'counter.resume': { actor: 'staff', base: { counterId: 1, ticketId: t2.ticket.id } },
    'counter.pause': { actor: 'staff2', base: { counterId: 2 } },
    'counter.unpause': { actor: 'staff2', base: { counterId: 2 } },
    'counter.release': { actor: 'admin', base: { counterId: 2 } },
    'hall.snapshot': { actor: 'display', base: {} },
    'ticket.reprint': { actor: 'staff', base: { ticketId: t2.ticket.id }, optional: { printerId: SLUG_BREAKERS } },
    'notice.print': {
      actor: 'kiosk', base: { serviceId: 'company-registration' }, patterns: { serviceId: SLUG_BREAKERS },
      optional: { printerId: SLUG_BREAKERS },
    },
    'print.missedSlips': { actor: 'staff', base: {} },
    'service.guide': { actor: 'anon', base: { serviceId: 'company-registration' }, patterns: { serviceId: SLUG_BREAKERS } },
    'ticket.rate': {
      actor: 'anon',
      base: { token: t1.ticket.token, level: 5 },
      patterns: { token: TOKEN_BREAKERS, level: [0, 6, 2.5, '5'] },
      optional: { reasons: ['attitude', 5, null], comment: [1, 'x'.repeat(301)], number: ['A1', 'a001', 'A0001'],
        ratingCode: ['12345', '1234567', 'abcdef', 123456, '１２３４５６'] },
    },
    'complaint.submit': {
      actor: 'anon',
      base: { category: 'suggestion', text: '希望大厅多放几把椅子' },
      patterns: { category: ['angry', 'Complaint'], text: ['x'] },
      optional: { phone: ['abc', '1', '1'.repeat(21)] },
    },
    'service.list': { actor: 'anon', base: {} },
    'portal.services': { actor: 'anon', base: {} },
    'device.list': { actor: 'admin', base: {} },
    'device.get': { actor: 'admin', base: { deviceId: 1 } },
    'device.issue': {
      actor: 'admin',
      base: { kind: 'display', name: '测试屏' },
      patterns: { kind: ['printer', 'Kiosk', 'rating_pad'], name: ['', '   '] },
      optional: { printerId: [5, '', 'x'.repeat(65), true, 'Lobby'], counterId: [0, -1, 1.5, '1', 10_000, 'x'],
        centreId: [5, '', 'A B'], centreIds: ['social', 5, ['social', 'social']] },
    },
    'device.update': {
      actor: 'admin',
      base: { deviceId: 1 },
      optional: { name: ['', 5], printerId: [5, '', 'Lobby'], counterId: [0, '1'], centreId: [5, ''], centreIds: ['x', 5, ['a', 'a']] },
    },
    'device.revoke': { actor: 'admin', base: { deviceId: 1 } },
    'device.rekey': { actor: 'admin', base: { deviceId: 1 } },
    'hall.settings': { actor: 'admin', base: {} },
    'hall.updateSettings': {
      actor: 'admin',
      base: { name: '青山区社会服务中心', nameMn: 'ᠲᠥᠪ', complaintPhone: '0472-5000100', lateReturn: 'none',
        priorityReasons: ['elderly70'], issuePerMinute: 30, caseDeadlineDays: 15 },
      patterns: { nameMn: ['Mongol', '   '], complaintPhone: ['phone', '1'], lateReturn: ['twice'], priorityReasons: ['vip'],
        issuePerMinute: [601], caseDeadlineDays: [0, 61, 1.5] },
      optional: { publicAddress: ['192.168.1.10', 'ftp://hall.local', 'http://hall.local/path', 'http://hall.local/?q=1',
        'http://大厅.local', 5, true] },
    },
    'printer.list': { actor: 'admin', base: {} },
    'printer.get': { actor: 'admin', base: { id: 'lobby-printer' }, patterns: { id: SLUG_BREAKERS } },
    'printer.create': {
      actor: 'admin',
      base: { id: 'lobby-test', name: '测试打印机', url: 'simulated', paperWidth: 80 },
      patterns: { id: SLUG_BREAKERS, url: ['not-a-printer', 'http://192.168.1.50'], paperWidth: [57, 81] },
    },
    'printer.update': {
      actor: 'admin',
      base: { id: 'lobby-printer' },
      patterns: { id: SLUG_BREAKERS },
      optional: { name: ['', 5], url: ['not-a-printer', ''], paperWidth: [57, '80'] },
    },
    'printer.save': {
      actor: 'admin',
      base: { id: 'lobby-test', name: '测试打印机', url: 'simulated', paperWidth: 80 },
      patterns: { id: SLUG_BREAKERS, url: ['not-a-printer', 'http://192.168.1.50'], paperWidth: [57, 81] },
    },
    'printer.remove': { actor: 'admin', base: { id: 'lobby-printer' }, patterns: { id: SLUG_BREAKERS } },
    'printer.test': { actor: 'admin', base: { id: 'lobby-printer' }, patterns: { id: SLUG_BREAKERS } },
    'audit.list': {
      actor: 'admin',
      base: {},
      optional: {
        beforeId: [0, -1, 1.5, 'x'], actor: ['admin', 'user:', 'user:1 ', 'robot:1'], command: ['', 'staff%', '.staff', 'x'.repeat(65)],
        subject: ['', 'staff 3', 'staff%', 'x'.repeat(129)], from: [-1, 1.5, '2026-01-01'], to: [-1, 1.5, 'today'],
      },
    },
    'auth.unlock': { actor: 'admin', base: { username: 'staff' } },
    'service.hours': { actor: 'admin', base: { serviceId: 'company-registration' }, patterns: { serviceId: SLUG_BREAKERS } },
    'service.setHours': {
      actor: 'admin',
      base: { serviceId: 'company-registration' },
      patterns: { serviceId: SLUG_BREAKERS },
      optional: {
        hours: ['always', 5, [], true],
        dailyLimit: [0, 1000, 1.5], morningLimit: [0, -1, 'x'], afternoonLimit: [0, 1000],
      },
    },
    'calendar.list': { actor: 'admin', base: { year: 2026 }, patterns: { year: [1999, 2101, 2026.5, '2026'] } },
    'calendar.get': { actor: 'admin', base: { date: '2026-10-01' }, patterns: { date: DATE_BREAKERS } },
    'calendar.set': {
      actor: 'admin',
      base: { date: '2026-12-31', kind: 'holiday', name: '测试假日' },
      patterns: { date: DATE_BREAKERS, kind: ['Holiday', 'weekend', ''], name: ['', '   ', 'x'.repeat(41)] },
    },
    'calendar.remove': { actor: 'admin', base: { date: '2026-10-01' }, patterns: { date: DATE_BREAKERS } },
    'calendar.import': { actor: 'admin', base: { text: '2026-12-31 holiday 测试假日' }, patterns: { text: ['', 'x'.repeat(8001)] } },
    'staff.list': { actor: 'admin', base: {} },
    'staff.get': { actor: 'admin', base: { id: 1 } },
    'staff.create': {
      actor: 'admin',
      base: { username: 'newcomer', displayName: '新同事', staffNumber: 'QS-0100', role: 'staff' },
      patterns: STAFF_BREAKERS,
      optional: { centreId: SLUG_BREAKERS },
    },
    'staff.update': {
      actor: 'admin',
      base: { id: 2 },
      optional: { ...STAFF_BREAKERS, centreId: SLUG_BREAKERS, active: ['yes', 1, null] },
    },
    'staff.remove': { actor: 'admin', base: { id: 2 } },
    'staff.resetPassword': { actor: 'admin', base: { id: 2 } },
    'staff.setPhoto': {
      actor: 'admin',
      base: { id: 2, content: TINY_PNG },
      nullable: ['content'],
      patterns: { content: ['data:image/png,abc', 'iVBORw0KGgo=', 'data:;base64,AAAA', 'data:image/png;base64,@@@@', 1, ''] },
    },
    'centre.list': { actor: 'admin', base: {} },
    'centre.get': { actor: 'admin', base: { id: 'legal-aid' }, patterns: { id: SLUG_BREAKERS } },
    'centre.create': {
      actor: 'admin',
      base: { name: '新设中心', icon: 'stamp' },
      patterns: { name: NAME_BREAKERS, icon: ['star', 'Stamp', ''] },
      optional: { id: SLUG_BREAKERS, nameMn: MONGOLIAN_BREAKERS, sortOrder: [-1, 10_000, 1.5], enabled: ['yes', 1, null] },
    },
    'centre.update': {
      actor: 'admin',
      base: { id: 'legal-aid' },
      patterns: { id: SLUG_BREAKERS },
      optional: { name: NAME_BREAKERS, nameMn: MONGOLIAN_BREAKERS, icon: ['star'], sortOrder: [-1], enabled: ['no', 0, null] },
    },
    'centre.remove': { actor: 'admin', base: { id: 'legal-aid' }, patterns: { id: SLUG_BREAKERS } },
    'service.adminList': { actor: 'admin', base: {} },
    'service.get': { actor: 'admin', base: { id: 'legal-consultation' }, patterns: { id: SLUG_BREAKERS } },
    'service.create': {
      actor: 'admin',
      base: { centreId: 'legal-aid', name: '新设事项', prefix: 'S' },
      patterns: { centreId: SLUG_BREAKERS, name: NAME_BREAKERS, prefix: PREFIX_BREAKERS },
      optional: { id: SLUG_BREAKERS, ...SERVICE_FIELD_BREAKERS },
    },
    'service.update': {
      actor: 'admin',
      base: { id: 'legal-consultation' },
      patterns: { id: SLUG_BREAKERS },
      optional: { centreId: SLUG_BREAKERS, name: NAME_BREAKERS, prefix: PREFIX_BREAKERS, ...SERVICE_FIELD_BREAKERS },
    },
    'service.remove': { actor: 'admin', base: { id: 'legal-consultation' }, patterns: { id: SLUG_BREAKERS } },
    'counter.list': { actor: 'admin', base: {} },
    'counter.get': { actor: 'admin', base: { id: 1 }, patterns: { id: COUNTER_ID_BREAKERS } },
    'counter.create': {
      actor: 'admin',
      base: { id: 20, centreId: 'legal-aid', serviceIds: ['legal-consultation'] },
      patterns: { id: COUNTER_ID_BREAKERS, centreId: SLUG_BREAKERS, serviceIds: ['legal-consultation', []] },
      optional: { name: NAME_BREAKERS, callPolicy: ['newest-first', ''], enabled: ['yes', 1, null] },
    },
    'counter.update': {
      actor: 'admin',
      base: { id: 14 },
      patterns: { id: COUNTER_ID_BREAKERS },
      optional: { name: NAME_BREAKERS, centreId: SLUG_BREAKERS, serviceIds: ['x', [], null], callPolicy: ['random'],
        enabled: ['no', 0, null] },
    },
    'counter.remove': { actor: 'admin', base: { id: 14 }, patterns: { id: COUNTER_ID_BREAKERS } },
    'auth.changePassword': {
      actor: 'staff',
      base: { currentPassword: STAFF_PASSWORD, newPassword: 'a-new-password' },
      patterns: { newPassword: ['short', 'x'.repeat(129)] },
    },
    'case.list': { actor: 'admin', base: {}, optional: { status: ['pending', 'Open', 1], kind: ['rumour', 'Complaint', 1], overdue: ['yes', 1], beforeId: [0, -1, '1'] } },
    'case.get': { actor: 'admin', base: { id: 1 }, patterns: { id: [0, -1, 1.5, '1'] } },
    'case.assign': { actor: 'admin', base: { id: 1, assigneeId: 1 }, patterns: { assigneeId: [0, '1', 1.5] } },
    'case.callBack': { actor: 'admin', base: { id: 1, reached: true, note: '已电话回访' },
      patterns: { reached: ['yes', 1, null], note: ['', '   ', 'x'.repeat(301)] }, optional: { residentSatisfaction: ['happy', 1] } },
    'case.rectify': { actor: 'admin', base: { id: 1, rectification: '已对窗口人员进行批评教育' }, patterns: { rectification: ['', 'x'.repeat(501)] } },
    'case.close': { actor: 'admin', base: { id: 1, result: '已整改并回访' }, patterns: { result: ['', 'x'.repeat(501)] },
      optional: { residentSatisfaction: ['happy', 1] } },
    // Matters (办件): no ticket of the busy hall is finished, so a record is answered MATTER_NOT_ALLOWED and a
    // number MATTER_NOT_FOUND; the moves and lookups themselves are proven in test/integration/matters.test.ts.
    'matter.record': {
      actor: 'staff', base: { ticketNumber: t2.ticket.number, phone: '13812345678', state: 'accepted' },
      patterns: { ticketNumber: ['a001', 'A1', 'A0001', ''], phone: ['1234', '1380013800x', '+-+-+-+-', '1'.repeat(21)],
        state: ['completed', 'Accepted', 'done', ''] },
      optional: { materials: ['身份证', [''], ['x'.repeat(61)], Array.from({ length: 21 }, (_, i) => `材料${i}`), [5]],
        reason: ['', '   ', 'x'.repeat(301), 5] },
    },
    'matter.get': { actor: 'staff', base: { number: MATTER_NUMBER_UNKNOWN }, patterns: { number: MATTER_NUMBER_BREAKERS } },
    'matter.move': {
      actor: 'staff', base: { number: MATTER_NUMBER_UNKNOWN, state: 'completed' },
      patterns: { number: MATTER_NUMBER_BREAKERS, state: ['Completed', 'done', ''] },
      optional: { materials: ['身份证', [''], ['x'.repeat(61)]], reason: ['', 'x'.repeat(301)] },
    },
    'matter.lookup': {
      actor: 'anon', base: { number: MATTER_NUMBER_UNKNOWN, phoneTail: '5678' },
      patterns: { number: MATTER_NUMBER_BREAKERS, phoneTail: ['123', '12345', 'abcd', '１２３４', ' 5678'] },
    },
    'supervision.get': { actor: 'admin', base: {} },
    'alert.list': { actor: 'admin', base: {}, optional: { beforeId: [0, -1, 1.5, '1'], unacknowledged: ['yes', 1, null] } },
    'alert.ack': { actor: 'admin', base: { id: 1 }, patterns: { id: [0, -1, 1.5, '1'] } },
    'config.export': { actor: 'admin', base: {} },
    'config.import': {
      actor: 'admin',
      base: { format: 'hall-config', version: 1, hall: CONFIG_HALL, calendar: [], centres: [], services: [], counters: [], printers: [], devices: [], staff: [], guides: [], announcements: [], boards: [] },
      patterns: {
        format: ['baotou', '', 1], version: [2, '1', 0],
        hall: [null, {}, { ...CONFIG_HALL, issuePerMinute: 0 }, { ...CONFIG_HALL, extra: 1 }],
        calendar: ['2026-10-01', [{ date: '2026-02-30', kind: 'holiday', name: '假' }],
          [{ date: '2026-10-01', kind: 'holiday', name: '国庆' }, { date: '2026-10-01', kind: 'workday', name: '调休' }]],
        staff: [[{ username: 'a b', displayName: '人', staffNumber: 'X1', role: 'staff', centreId: null, active: true }],
          [{ username: 'dup', displayName: '人', staffNumber: 'X1', role: 'staff', centreId: null, active: true },
            { username: 'dup', displayName: '人', staffNumber: 'X2', role: 'staff', centreId: null, active: true }]],
      },
    },
    'guide.get': { actor: 'admin', base: { serviceId: 'company-registration' }, patterns: { serviceId: SLUG_BREAKERS } },
    'guide.save': {
      actor: 'admin',
      base: { serviceId: 'company-registration', guide: demoGuideFields('company-registration') },
      // Each field of the guide is refused by its own path: proven in test/integration/guides.test.ts.
      patterns: { serviceId: SLUG_BREAKERS },
    },
    'sample.upload': {
      actor: 'admin',
      base: { serviceId: 'company-registration', title: '填写样本', content: TINY_PNG },
      patterns: { serviceId: SLUG_BREAKERS, title: ['', '   ', 'x'.repeat(61)],
        content: ['data:image/png,abc', 'iVBORw0KGgo=', 'data:;base64,AAAA', 'data:image/png;base64,@@@@'] },
      optional: { target: ['result-sample', 'Samples', 1, null] },
    },
    'sample.remove': {
      actor: 'admin',
      base: { serviceId: 'company-registration', image: '/samples/company-registration-1.svg' },
      patterns: { serviceId: SLUG_BREAKERS, image: SAMPLE_PATH_BREAKERS },
    },
    'announcement.list': { actor: 'admin', base: {} },
    'announcement.get': { actor: 'admin', base: { id: 1 } },
    'announcement.create': {
      actor: 'admin', base: { text: '今日下午停电，暂停取号', ...NOTICE_TIMES }, patterns: NOTICE_BREAKERS, optional: NOTICE_MN_BREAKERS,
    },
    'announcement.update': {
      actor: 'admin', base: { id: 1, text: '今日下午停电，暂停取号', ...NOTICE_TIMES }, patterns: NOTICE_BREAKERS, optional: NOTICE_MN_BREAKERS,
    },
    'announcement.remove': { actor: 'admin', base: { id: 1 } },
    'board.list': { actor: 'anon', base: {} },
    'board.get': { actor: 'anon', base: { id: 'procedure' }, patterns: { id: ['Procedure', 'rules', ''] } },
    'board.save': {
      actor: 'admin',
      base: { id: 'procedure', zh: { title: '办事程序', body: '一、取号\n\n二、办理' } },
      // Fields inside zh and mn are named by their path (zh.title): proven in test/integration/boards.test.ts.
      patterns: { id: ['Procedure', 'rules'] },
      optional: { mn: ['ᠮ', null, 5] },
    },
    // 好差评 data out: ranges backwards or too long are refused with their own codes (ratings-export.test.ts).
    'rating.export': {
      actor: 'admin', base: { from: '2026-11-01', to: '2026-11-30' }, patterns: { from: DATE_BREAKERS, to: DATE_BREAKERS },
      optional: { cursor: ['', '1', '1-', 'a-1', '1-2-3', `${'9'.repeat(17)}-1`, 5], limit: [0, 501, 1.5, '10'] },
    },
    'desk.figures': { actor: 'staff', base: {} },
    'report.get': { actor: 'admin', base: { from: '2026-11-01', to: '2026-11-30', by: 'staff' },
      patterns: { from: DATE_BREAKERS, to: DATE_BREAKERS, by: ['Staff', 'window', 'day', ''] } },
    'report.assessment': { actor: 'admin', base: { month: '2026-11' }, patterns: { month: ['2026-13', '2026-1', '202611', '2026-11-01', 'now'] } },
    'ratingPush.status': { actor: 'admin', base: {} },
    'ratingPush.configure': {
      actor: 'admin', base: { enabled: false, url: 'http://192.168.1.20:8080/haochaping', batchSize: 50 },
      nullable: ['url'],
      patterns: { enabled: ['yes', 1, null], url: ['ftp://x.local/a', 'http://user:pw@x.local/', 'x.local', 'http://大厅.local/',
        `http://x.local/${'a'.repeat(500)}`, 5], batchSize: [0, 501, 1.5, '50'] },
      optional: { token: ['short', 'has space inside', '令牌令牌令牌令牌', 'x'.repeat(257), 5] },
    },
    'voice.settings': { actor: 'admin', base: {} },
    'voice.configure': {
      actor: 'admin', base: { repeat: 2, volume: 80, chime: true, quietHours: ['12:00-13:30'] },
      patterns: { repeat: [0, 4, 1.5, '2', null], volume: [-1, 101, 50.5, '80', null], chime: ['yes', 1, null],
        quietHours: ['12:00-13:30', [''], ['12:00'], ['13:30-12:00'], ['12:00-13:00', '12:30-14:00'], ['25:00-26:00'], ['1', '2', '3', '4', '5'], null] },
    },
    'mnText.list': { actor: 'admin', base: {} },
    'mnText.overrides': { actor: 'anon', base: {} },
    'mnText.save': {
      actor: 'admin', base: { key: 'kiosk.take.normal', mn: MN_MORE },
      patterns: { key: MN_KEY_BREAKERS, mn: MN_TEXT_BREAKERS },
    },
    'mnText.approve': {
      actor: 'admin', base: { key: 'centre:social-services', mn: 'ᠨᠡᠶᠢᠭᠡᠮ ᠦᠨ ᠠᠵᠢᠯ ᠤᠨ ᠲᠥᠪ', reviewer: '审校员' },
      patterns: { key: MN_KEY_BREAKERS, mn: MN_TEXT_BREAKERS, reviewer: ['', '   ', 'x'.repeat(41)] },
    },
    'mnText.export': { actor: 'admin', base: {} },
    'idcard.read': {
      actor: 'kiosk', base: { idNumber: '150202199003071232', name: '张三丰' },
      patterns: { idNumber: ['150202199003071233', '15020219900307123', '15020219901332123X', '１５０２０２１９９００３０７１２３２'],
        name: ['x'.repeat(31)] },
    },
    'idcard.discard': { actor: 'kiosk', base: { idReading: 'no-such-reading-0123456789' }, patterns: { idReading: ['short', 'has space in it and more'] } },
    'mnText.import': {
      actor: 'admin', base: { csv: `key,screen,zh,mn,status,reviewer,reviewed_at\r\nkiosk.take.normal,kiosk,普通取号,${MN_MORE} ᠪᠠ,draft,,\r\n` },
    },
    // Appointments: no demo service takes bookings, so a valid request is refused for that (bookings.test.ts books).
    'booking.slots': { actor: 'anon', base: { serviceId: 'company-registration', date: '2026-12-02' },
      patterns: { serviceId: SLUG_BREAKERS, date: DATE_BREAKERS } },
    'booking.create': {
      actor: 'admin', base: { serviceId: 'company-registration', date: '2026-12-02', start: '09:00', name: '张三', phone: '13812345678' },
      patterns: { serviceId: SLUG_BREAKERS, date: DATE_BREAKERS, start: ['9:00', '24:00', '09:60', '0900', '09:00:00'],
        name: ['', '   ', 'x'.repeat(21)] },
      optional: { idempotencyKey: ID_KEY_BREAKERS, idNumber: ['150202199003071233', '15020219900307123', 150202199003071230, ''] },
    },
    'booking.get': { actor: 'anon', base: { code: UNKNOWN_BOOKING_CODE }, patterns: { code: BOOKING_CODE_BREAKERS } },
    'booking.cancel': { actor: 'anon', base: { code: UNKNOWN_BOOKING_CODE }, patterns: { code: BOOKING_CODE_BREAKERS } },
    'booking.checkIn': { actor: 'kiosk', base: { code: UNKNOWN_BOOKING_CODE }, patterns: { code: BOOKING_CODE_BREAKERS } },
    'booking.settings': { actor: 'admin', base: {} },
    'booking.configure': {
      actor: 'admin', base: { serviceId: 'no-such-service' },
      patterns: { serviceId: SLUG_BREAKERS },
      optional: { bookable: ['yes', 1, null], slotMinutes: [9, 121, 30.5, '30', null], capacity: [0, 51, null],
        walkInPercent: [91, -1, 1.5, '50', null], daysAhead: [31, -1, null],
        cancelMinutesBefore: [2881, -1, null] },
    },
    'booking.day': { actor: 'admin', base: { date: '2026-12-02' }, patterns: { date: DATE_BREAKERS },
      optional: { serviceId: SLUG_BREAKERS } },
    'booking.revoke': { actor: 'admin', base: { id: 999_999 }, patterns: { id: [0, -1, 1.5, '1'] } },
  };
}

/** A well-formed booking code no booking holds (the alphabet has no 0, 1, I, L or O). */
export const UNKNOWN_BOOKING_CODE = 'ABCD-EFGH-JKMN';
const BOOKING_CODE_BREAKERS = ['ABCD-EFGH-JKM', 'ABCD-EFGH-JKMNP', 'ABCD-EFGH-JKM0', 'ABCD-EFGH-JKMI', 'ABCD/EFGH/JKMN', '预约码预约码预约码预约码'];

/** Who may send what, written out here (not read from the server) so a widened permission fails a test. */
export const ALLOWED: Record<Exclude<ActorName, 'staff' | 'staff2' | 'admin'>, readonly CommandName[]> = {
  kiosk: ['ticket.issue', 'ticket.track', 'hall.snapshot', 'notice.print', 'service.guide', 'ticket.rate', 'complaint.submit',
    'service.list', 'portal.services', 'board.list', 'board.get', 'mnText.overrides', 'idcard.read', 'idcard.discard', 'matter.lookup',
    'booking.slots', 'booking.get', 'booking.checkIn'],
  display: ['ticket.track', 'hall.snapshot', 'service.guide', 'service.list', 'portal.services', 'board.list', 'board.get', 'mnText.overrides',
    'matter.lookup', 'booking.slots'],
  ratingPad: ['ticket.track', 'hall.snapshot', 'service.guide', 'ticket.rate', 'complaint.submit', 'service.list', 'portal.services', 'board.list',
    'board.get', 'mnText.overrides', 'matter.lookup', 'booking.slots'],
  anon: ['ticket.track', 'service.guide', 'ticket.rate', 'complaint.submit', 'service.list', 'portal.services', 'board.list', 'board.get',
    'mnText.overrides', 'matter.lookup', 'booking.slots', 'booking.create', 'booking.get', 'booking.cancel'],
};

/**
 * The 政务公开 boards through the real server: anyone reads them (the kiosk shows them), admins save them
 * in Chinese and Mongolian (audited; bad input named by its path and changing nothing), and an open
 * kiosk learns of a save without a reload.
 */
import { streamUntil } from '../../testkit/stream-until';
import type { BoardView } from '../../protocol/public-info';
import type { AuditLine } from '../../protocol/admin';
import { createHallStream } from '../../protocol/client/hall-stream';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { connect, http, login, ok, send, type ClientSocket } from '../../testkit/clients';
import { expectRefusal } from '../support/refusal';
import { fingerprint } from '../support/state';

let th: TestHall;
let admin: ClientSocket;
let adminToken: string;

beforeEach(async () => {
  th = await startTestHall();
  adminToken = await login(th.url, 'admin', ADMIN_PASSWORD);
  admin = await connect(th.url, { token: adminToken });
});
afterEach(async () => {
  admin.close();
  await th.close();
});

describe('政务公开 boards', () => {
  it('the demo hall has all five boards as 示例内容, readable by anyone in kiosk order', async () => {
    const res = await http<BoardView[]>(th.url, 'GET', '/api/admin/boards');
    expect(res.status).toBe(200);
    const boards = ok(res.body);
    expect(boards.map((b) => [b.id, b.zh.title, b.sampleContent])).toEqual([
      ['procedure', '办事程序', true], ['commitment', '服务承诺', true], ['discipline', '办事纪律', true],
      ['complaints', '投诉办法', true], ['results', '办理结果公示', true],
    ]);
    for (const board of boards) expect(board.zh.body.length).toBeGreaterThan(20);
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    expect(ok(await send(kiosk, 'board.get', { id: 'complaints' }))).toEqual(boards[3]);
    kiosk.close();
  });

  it('an admin saves a board in both languages; an open kiosk sees the new configVersion and reads it', async () => {
    const stream = createHallStream({ url: th.url, auth: { deviceKey: th.kioskKey } });
    try {
      const first = await streamUntil(stream, (s) => s.status === 'online');
      const body = { zh: { title: '办事程序', body: '1. 取号\n2. 等候叫号\n\n材料不全的，一次性告知。' },
        mn: { title: 'ᠠᠵᠢᠯ ᠬᠥᠲᠥᠯᠬᠦ ᠵᠢᠷᠤᠮ', body: 'ᠳ᠋ᠤᠭᠠᠷ ᠠᠪᠬᠤ' } };
      const res = await http<BoardView>(th.url, 'PUT', '/api/admin/boards/procedure', { token: adminToken, body });
      expect(res.status).toBe(200);
      const saved = ok(res.body);
      expect(saved).toEqual({ id: 'procedure', ...body, sampleContent: false, updatedAt: expect.any(Number) });
      await streamUntil(stream, (s) => (s.snapshot?.configVersion ?? 0) > (first.snapshot?.configVersion ?? 0));
      expect(ok(await stream.send('board.get', { id: 'procedure' }))).toEqual(saved);

      // The Mongolian page may be left out: it is then empty.
      const zhOnly = ok(await send(admin, 'board.save', { id: 'results', zh: { title: '办理结果公示', body: '本月办结 300 件。' } }));
      expect(zhOnly.mn).toEqual({ title: '', body: '' });
      const trail = (ok(await send(admin, 'audit.list', {})) as AuditLine[]).filter((l) => l.subject.startsWith('board:'));
      expect(trail.map((l) => [l.command, l.subject])).toEqual([['board.save', 'board:results'], ['board.save', 'board:procedure']]);
      expect(trail[1]?.after).toEqual(saved);
    } finally {
      stream.close();
    }
  });

  it('refuses bad input by its path and changes nothing; only admins save', async () => {
    const before = fingerprint(th.hall.db);
    const good = { id: 'discipline', zh: { title: '办事纪律', body: '不推诿' } };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, zh: { title: '', body: '正文' } }, 'zh.title'],
      [{ ...good, zh: { title: '办事纪律', body: '' } }, 'zh.body'],
      [{ ...good, zh: { title: 'x'.repeat(41), body: '正文' } }, 'zh.title'],
      [{ ...good, zh: { title: '办事纪律', body: 'x'.repeat(8001) } }, 'zh.body'],
      [{ ...good, zh: { title: '办事纪律', body: '正文', html: '<b>' } }, 'zh.html'],
      [{ ...good, mn: { title: '中文标题', body: 'ᠮ' } }, 'mn.title'],
      [{ ...good, mn: { title: 'ᠮ' } }, 'mn.body'],
      [{ ...good, id: 'rules' }, 'id'],
    ];
    for (const [input, field] of cases) {
      expect(expectRefusal(await send(admin, 'board.save', input)).fields).toContain(field);
    }
    const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
    expectRefusal(await send(kiosk, 'board.save', good), 'FORBIDDEN');
    kiosk.close();
    const anon = await http(th.url, 'PUT', '/api/admin/boards/discipline', { body: { zh: good.zh } });
    expect(anon.status).toBe(401);
    expect(fingerprint(th.hall.db)).toEqual(before);
  });
});

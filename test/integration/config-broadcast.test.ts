/**
 * A configuration change reaches open kiosks and displays without a reload: the server marks the event
 * `config`, and the client's own hall stream takes a fresh snapshot that shows it.
 */
import { createHallStream, type HallStream, type HallStreamState } from '../../protocol/client/hall-stream';
import { ADMIN_PASSWORD, startTestHall, type TestHall } from '../../testkit/hall';
import { http, login, ok } from '../../testkit/clients';

function until(stream: HallStream, match: (s: HallStreamState) => boolean, timeoutMs = 5000): Promise<HallStreamState> {
  return new Promise((resolve, reject) => {
    const check = (s: HallStreamState): void => {
      if (!match(s)) return;
      clearTimeout(timer);
      stop();
      resolve(s);
    };
    const timer = setTimeout(() => { stop(); reject(new Error('the stream never reached the expected state')); }, timeoutMs);
    const stop = stream.subscribe(check);
    check(stream.state);
  });
}

describe('configuration changes reach open clients', () => {
  let th: TestHall;
  let stream: HallStream;
  beforeEach(async () => {
    th = await startTestHall();
    stream = createHallStream({ url: th.url, auth: { deviceKey: th.kioskKey } });
  });
  afterEach(async () => {
    stream.close();
    await th.close();
  });

  it('a new hall name shows on an open kiosk without reconnecting', async () => {
    const first = await until(stream, (s) => s.status === 'online');
    const admin = await login(th.url, 'admin', ADMIN_PASSWORD);
    const current = ok((await http<Record<string, unknown>>(th.url, 'GET', '/api/settings', { token: admin })).body);
    const saved = await http(th.url, 'PUT', '/api/settings', { token: admin, body: { ...current, name: '青山区社会服务中心' } });
    expect(saved.status).toBe(200);
    const after = await until(stream, (s) => s.snapshot?.hall.name === '青山区社会服务中心');
    expect(after.snapshot?.epoch).toBe(first.snapshot?.epoch);
    expect(after.status).toBe('online');
  });
});

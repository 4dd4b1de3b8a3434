/** Call-next and finish cycles from many counters at once. */
import type { TestHall } from '../testkit/hall';
import { connect, login, send, type ClientSocket } from '../testkit/clients';
import { summary } from './stats';

export async function benchCalls(th: TestHall, sockets: ClientSocket[], staff: string[]) {
  const counters = [1, 2, 4, 5, 7, 8, 12, 13, 14, 3, 6, 9].slice(0, staff.length);
  const desks = await Promise.all(counters.map(async (counterId, i) => {
    const s = await connect(th.url, { token: await login(th.url, staff[i] ?? 'staff') });
    sockets.push(s);
    await send(s, 'counter.open', { counterId });
    return { s, counterId };
  }));
  const latencies: number[] = [];
  let calls = 0;
  const started = process.hrtime.bigint();
  await Promise.all(desks.map(async ({ s, counterId }) => {
    for (;;) {
      const t0 = process.hrtime.bigint();
      const r = await send(s, 'counter.callNext', { counterId });
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (!r.ok) break;
      calls += 1;
      await send(s, 'counter.finish', { counterId });
    }
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { counters: desks.length, calls, callsPerSecond: Math.round(calls / seconds), callLatencyMs: summary(latencies) };
}

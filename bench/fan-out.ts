/** Broadcast cost: time from a counter's call until every one of N display sockets has the event. */
import type { TestHall } from '../testkit/hall';
import { connect, idemKey, login, send, type ClientSocket } from '../testkit/clients';
import { summary } from './stats';

export async function benchFanOut(th: TestHall, sockets: ClientSocket[], displays: number, rounds: number) {
  const screens: ClientSocket[] = [];
  for (let i = 0; i < displays; i += 50) {
    screens.push(...await Promise.all(Array.from({ length: Math.min(50, displays - i) },
      () => connect(th.url, { deviceKey: th.displayKey }))));
  }
  sockets.push(...screens);
  const kiosk = await connect(th.url, { deviceKey: th.kioskKey });
  const staff = await connect(th.url, { token: await login(th.url, 'staff') });
  sockets.push(kiosk, staff);
  await send(staff, 'counter.open', { counterId: 10 });
  const spreads: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    await send(kiosk, 'ticket.issue', { serviceId: 'people-mediation', idempotencyKey: idemKey() });
    const t0 = process.hrtime.bigint();
    const allReceived = Promise.all(screens.map((s) => new Promise<void>((resolve) => {
      const onEvent = (e: { call?: unknown }): void => {
        if (!e.call) return;
        s.off('hall.event', onEvent);
        resolve();
      };
      s.on('hall.event', onEvent);
    })));
    await send(staff, 'counter.callNext', { counterId: 10 });
    await allReceived;
    spreads.push(Number(process.hrtime.bigint() - t0) / 1e6);
    await send(staff, 'counter.finish', { counterId: 10 });
  }
  return { displays, rounds, callToAllDisplaysMs: summary(spreads) };
}

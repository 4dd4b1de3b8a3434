/** Ticket issuing: kiosks sending `ticket.issue` concurrently; each ack means a durable ticket. */
import type { TestHall } from '../testkit/hall';
import { connect, idemKey, ok, send, type ClientSocket } from '../testkit/clients';
import { summary } from './stats';

const SERVICES = ['company-registration', 'elderly-allowance', 'employment-registration', 'venue-booking'];

export async function benchIssue(th: TestHall, sockets: ClientSocket[], total: number, kiosks: number) {
  const clients = await Promise.all(Array.from({ length: kiosks }, () => connect(th.url, { deviceKey: th.kioskKey })));
  sockets.push(...clients);
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  await Promise.all(clients.map(async (kiosk, k) => {
    for (let i = k; i < total; i += kiosks) {
      const t0 = process.hrtime.bigint();
      ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICES[i % SERVICES.length], idempotencyKey: idemKey() }));
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { tickets: total, kiosks, ticketsPerSecond: Math.round(total / seconds), latencyMs: summary(latencies) };
}

/**
 * Ticket issuing through the hall: kiosks send `ticket.issue` concurrently; each ack means a durable
 * ticket (synchronous=FULL). Measured: tickets a second and the server's CPU time per ticket.
 */
import { connect, idemKey, ok, send } from '../testkit/clients';
import type { ServerHandle } from './server-handle';
import type { BenchHallFile } from './history';

const SERVICES = ['company-registration', 'elderly-allowance', 'employment-registration', 'venue-booking'];

export interface IssueResult { tickets: number; ticketsPerSecond: number; cpuPerTicketMs: number }

/** Several rounds of one issuing benchmark taken as one: total tickets over total time and CPU. */
export function combineRounds(rounds: readonly { tickets: number; ticketsPerSecond: number; msPerTicket: number }[]):
  { tickets: number; ticketsPerSecond: number; msPerTicket: number } {
  const tickets = rounds.reduce((n, r) => n + r.tickets, 0);
  const seconds = rounds.reduce((s, r) => s + r.tickets / Math.max(1, r.ticketsPerSecond), 0);
  const ms = rounds.reduce((s, r) => s + r.msPerTicket * r.tickets, 0);
  return { tickets, ticketsPerSecond: Math.round(tickets / seconds), msPerTicket: Math.round((ms / tickets) * 1000) / 1000 };
}

export async function issueHall(server: ServerHandle, hall: BenchHallFile, total: number, kiosks: number): Promise<IssueResult> {
  // Kiosks without a printer: the ticket and its durable transaction, as the raw SQLite baseline writes
  // them. What a slip costs the server is in the fan-out's whole turn, whose kiosk prints.
  const clients = await Promise.all(Array.from({ length: kiosks }, () => connect(server.url, { deviceKey: hall.screenKioskKey })));
  try {
    const cpuStart = (await server.usage()).cpuMs;
    const started = performance.now();
    await Promise.all(clients.map(async (kiosk, k) => {
      for (let i = k; i < total; i += kiosks) {
        ok(await send(kiosk, 'ticket.issue', { serviceId: SERVICES[i % SERVICES.length], idempotencyKey: idemKey() }));
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = (await server.usage()).cpuMs - cpuStart;
    return { tickets: total, ticketsPerSecond: Math.round(total / seconds), cpuPerTicketMs: Math.round((cpuMs / total) * 1000) / 1000 };
  } finally {
    for (const s of clients) s.close();
  }
}

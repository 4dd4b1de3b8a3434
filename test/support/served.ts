/**
 * A resident served at a counter, ready to rate: issued at a kiosk, called, started and finished by the
 * desk, all through the real server.
 */
import type { IssuedTicket } from '../../protocol/views';
import { idemKey, ok, send, type ClientSocket } from '../../testkit/clients';

export async function servedTicket(kiosk: ClientSocket, desk: ClientSocket, counterId: number, serviceId: string,
  beforeFinish?: () => void): Promise<IssuedTicket> {
  const issued = ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() }));
  ok(await send(desk, 'counter.callNext', { counterId }));
  ok(await send(desk, 'counter.start', { counterId }));
  beforeFinish?.();
  ok(await send(desk, 'counter.finish', { counterId }));
  return issued;
}

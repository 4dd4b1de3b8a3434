/**
 * The e2e hall's kiosk printer out of paper and a resident taking a number anyway: the ticket is issued
 * without a slip (print status `unavailable`), as at a real kiosk whose roll ran out.
 */
import type { IssuedTicket } from '../../protocol/views';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import { connect, idemKey, ok, send } from '../../testkit/clients';
import type { E2eHall } from './e2e-hall';

/** Takes the paper out of the kiosk printer, issues a ticket at the kiosk, and answers its number. */
export async function issueWithoutPaper(hall: E2eHall, serviceId: string): Promise<string> {
  hall.printer.paper = 'paper_out';
  await hall.printing().manager.refresh(DEMO_PRINTER_ID);
  const kiosk = await connect(hall.url, { deviceKey: hall.th.kioskKey });
  try {
    const issued = ok(await send(kiosk, 'ticket.issue', { serviceId, idempotencyKey: idemKey() })) as IssuedTicket;
    if (issued.print.status !== 'unavailable') throw new Error(`expected no slip, the print was ${issued.print.status}`);
    return issued.ticket.number;
  } finally {
    kiosk.close();
  }
}

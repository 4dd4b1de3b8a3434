/**
 * The ID-card reader bridge (docs/ID-READER.md). The kiosk's reader agent sends what it read with the
 * kiosk's own key (idcard.read); the hall keeps only the salted hash of the number and the masked name,
 * at that kiosk, for a few minutes, and tells the kiosk's page. The page then takes a ticket naming the
 * reading (ticket.issue `idReading`), which states the person on the ticket once; or the resident
 * leaves and the page discards it.
 */
import type { CommandDef } from './define';
import type { CommandContext } from './context';
import type { IdReadingView } from '../../protocol/idcard';
import { ID_READING_TTL_MS, maskName } from '../../protocol/idcard';
import { fail } from './errors';
import { newSecret } from '../auth/tokens';
import { openBookingsOfPerson } from '../db/queries/bookings';
import { idReadingOf, openTicketOfPerson, removeIdReading, storeIdReading } from '../db/queries/id-readings';

/** The kiosk a device caller is; the permits already admit kiosks only. */
function kioskOf(ctx: CommandContext): number {
  return ctx.actor.kind === 'device' ? ctx.actor.deviceId : fail('FORBIDDEN');
}

export const idcardRead: CommandDef<'idcard.read'> = {
  name: 'idcard.read',
  permits: ['device:kiosk'],
  run(ctx, input) {
    const deviceId = kioskOf(ctx);
    const personHash = ctx.residentHash.hash('id-number', input.idNumber);
    const reading: IdReadingView = { token: newSecret(18), maskedName: maskName(input.name), expiresAt: ctx.now + ID_READING_TTL_MS,
      bookings: openBookingsOfPerson(ctx.db, personHash, ctx.today) };
    storeIdReading(ctx.db, { token: reading.token, maskedName: reading.maskedName, expiresAt: reading.expiresAt, deviceId, personHash }, ctx.now);
    ctx.outbox.idReadings.push({ deviceId, reading });
    return reading;
  },
};

export const idcardDiscard: CommandDef<'idcard.discard'> = {
  name: 'idcard.discard',
  permits: ['device:kiosk'],
  run(ctx, input) {
    const deviceId = kioskOf(ctx);
    const held = idReadingOf(ctx.db, deviceId, input.idReading) !== null;
    if (held) removeIdReading(ctx.db, deviceId);
    return { discarded: held };
  },
};

/**
 * For ticket.issue with a reading: the reading must be this kiosk's, current and unused, and its person
 * must hold no open ticket of the service. Answers what to state on the ticket; the reading is used up.
 */
export function takeIdReading(ctx: CommandContext, token: string, serviceId: string): { personHash: string; maskedName: string } {
  const deviceId = kioskOf(ctx);
  const reading = idReadingOf(ctx.db, deviceId, token);
  if (!reading || reading.expiresAt <= ctx.now) fail('ID_READING_GONE', ['idReading']);
  if (openTicketOfPerson(ctx.db, reading.personHash, serviceId) !== null) fail('PERSON_HAS_OPEN_TICKET');
  removeIdReading(ctx.db, deviceId);
  return { personHash: reading.personHash, maskedName: reading.maskedName };
}

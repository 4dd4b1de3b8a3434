/**
 * 登记办件: at finish (or later the same day) the staff member who finished a ticket records the matter it
 * began, in its first state. The hall makes the 受理编号; the phone is kept as a salted hash of its last
 * digits and a masked form (protocol/matters.ts), and the audit line holds the masked form only.
 */
import type { CommandDef } from './define';
import { STAFF_ROLES } from './define';
import { maskMatterPhone, phoneTailOf } from '../../protocol/matters';
import { ticketByNumber } from '../db/queries/tickets';
import { insertMatter, insertMatterStep, matterByNumber, matterNumberExists, matterNumberOfTicket } from '../db/queries/matters';
import { freshMatterNumber } from '../matters/matter-number';
import { hashPhoneTail } from '../matters/phone-tail';
import { matterView } from '../matters/matter-view';
import { checkedDetail, staffUserId } from './matter-detail';
import { fail } from './errors';

export const matterRecord: CommandDef<'matter.record'> = {
  name: 'matter.record',
  permits: STAFF_ROLES,
  administrative: true,
  run(ctx, input) {
    const userId = staffUserId(ctx);
    const ticket = ticketByNumber(ctx.db, ctx.today, input.ticketNumber) ?? fail('TICKET_NOT_FOUND', ['ticketNumber']);
    // One rule for every role: the matter belongs to the service given, so whoever finished the ticket records it.
    if (ticket.status !== 'finished' || ticket.staffId !== userId) fail('MATTER_NOT_ALLOWED');
    if (matterNumberOfTicket(ctx.db, ticket.id) !== null) fail('MATTER_EXISTS');
    const detail = checkedDetail(input.state, input);
    const tail = phoneTailOf(input.phone) ?? fail('BAD_REQUEST', ['phone']);
    const number = freshMatterNumber((n) => matterNumberExists(ctx.db, n));
    const maskedPhone = maskMatterPhone(input.phone);
    const id = insertMatter(ctx.db, {
      number, ticketId: ticket.id, serviceId: ticket.serviceId, staffId: userId, phoneTailHash: hashPhoneTail(tail), maskedPhone,
      state: input.state, at: ctx.now,
    });
    insertMatterStep(ctx.db, { matterId: id, at: ctx.now, userId, state: input.state, ...detail });
    ctx.audit(`matter:${number}`, null, { ticket: ticket.number, phone: maskedPhone, state: input.state, ...detail });
    // The resident's phone page hears of it: it offers the 办件查询 with the number filled in.
    ctx.outbox.ticket(ticket);
    const record = matterByNumber(ctx.db, number) ?? fail('INTERNAL');
    return matterView(ctx.db, record);
  },
};

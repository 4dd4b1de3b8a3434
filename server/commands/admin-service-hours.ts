/**
 * service.hours reads, and service.setHours — an admin sets a service's opening hours (per weekday, one or two timetables) and its
 * limits (daily, 上午, 下午). A field left out keeps its value; null clears it (no hours: open all day on
 * working days; no limit). The schema refuses ranges that end before they start or overlap, naming the
 * field. Audited; loads are re-announced so kiosks and displays show the change at once.
 */
import type { ServiceHoursView } from '../../protocol/hours';
import type { CommandDef } from './define';
import { audit } from './audit';
import { fail } from './errors';
import { saveServiceHours, serviceHoursOf } from '../db/queries/service-hours';

/** The hours editor of the console starts from every timetable as stored (the snapshot has only today's). */
export const serviceHours: CommandDef<'service.hours'> = {
  name: 'service.hours',
  permits: ['supervisor', 'admin'],
  run(ctx, { serviceId }) {
    return serviceHoursOf(ctx.db, serviceId) ?? fail('SERVICE_NOT_FOUND', ['serviceId']);
  },
};

export const serviceSetHours: CommandDef<'service.setHours'> = {
  name: 'service.setHours',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const before = serviceHoursOf(ctx.db, input.serviceId) ?? fail('SERVICE_NOT_FOUND');
    const after: ServiceHoursView = {
      serviceId: before.serviceId,
      hours: input.hours === undefined ? before.hours : input.hours,
      dailyLimit: input.dailyLimit === undefined ? before.dailyLimit : input.dailyLimit,
      morningLimit: input.morningLimit === undefined ? before.morningLimit : input.morningLimit,
      afternoonLimit: input.afternoonLimit === undefined ? before.afternoonLimit : input.afternoonLimit,
    };
    saveServiceHours(ctx.db, after);
    audit(ctx, `service:${after.serviceId}`, before, after);
    ctx.outbox.service(after.serviceId);
    return after;
  },
};

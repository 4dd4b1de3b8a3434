/**
 * Services (事项), for admins (supervisors may read them): centre, names in both languages, prefix,
 * enabled, priority offered, expected minutes per resident, kiosk order, and (as service.setHours) hours
 * and limits, so one form creates a complete service in one transaction.
 *
 * Prefixes: a ticket number is its prefix and a daily sequence, unique in the day, so all services with
 * one prefix draw from one sequence. Sharing a prefix is allowed only on purpose (`sharePrefix: true`);
 * otherwise a prefix already in use is ALREADY_EXISTS naming `prefix`. A service any ticket ever named
 * cannot be deleted (the tickets, ratings and reports keep referring to it): IN_USE, disable it instead.
 */
import type { CheckedInput } from '../../protocol/schemas';
import type { ServiceAdminView } from '../../protocol/structure';
import type { ServiceHoursView } from '../../protocol/hours';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { freeServiceId, serviceAdminView, serviceAdminViews, serviceIdTaken, servicesWithPrefix } from '../db/queries/service-config';
import { centreIdTaken } from '../db/queries/centre-config';
import { countersOfService } from '../db/queries/hall';
import { deleteService, insertService, updateService } from '../db/queries/hall-admin';
import { saveServiceHours } from '../db/queries/service-hours';
import { fail } from './errors';
import { audit } from './audit';
import { removeUnlessReferenced } from './removal';
import { dropServiceFiles } from './admin-guides';
import { saveThresholds } from '../db/queries/supervision';
import { DEFAULT_THRESHOLDS, type SupervisionThresholds } from '../../protocol/supervision';
import { withNameMnStatus, type NamedText } from '../mn-texts/name-status';

/** A service's name as the translation workbench files it. */
const nameOf = (s: ServiceAdminView): NamedText => ({ subject: s.id, zh: s.name, mn: s.nameMn });

function found(ctx: CommandContext, id: string): ServiceAdminView {
  return serviceAdminView(ctx.db, id, ctx.today) ?? fail('NOT_FOUND', ['id']);
}

const subject = (id: string): string => `service:${id}`;

function checkCentre(ctx: CommandContext, centreId: string): void {
  if (!centreIdTaken(ctx.db, centreId)) fail('BAD_REQUEST', ['centreId']);
}

/** A prefix other services use is shared only when the request says so. */
function checkPrefix(ctx: CommandContext, prefix: string, serviceId: string | null, sharePrefix: boolean | undefined): void {
  if (sharePrefix !== true && servicesWithPrefix(ctx.db, prefix, serviceId).length > 0) fail('ALREADY_EXISTS', ['prefix']);
}

type HoursInput = Pick<CheckedInput<'service.update'>, 'hours' | 'dailyLimit' | 'morningLimit' | 'afternoonLimit'>;

/** The hours and limits after the input: a field left out keeps its value (as service.setHours). */
function hoursAfter(before: ServiceHoursView, input: HoursInput): ServiceHoursView {
  return {
    serviceId: before.serviceId,
    hours: input.hours === undefined ? before.hours : input.hours,
    dailyLimit: input.dailyLimit === undefined ? before.dailyLimit : input.dailyLimit,
    morningLimit: input.morningLimit === undefined ? before.morningLimit : input.morningLimit,
    afternoonLimit: input.afternoonLimit === undefined ? before.afternoonLimit : input.afternoonLimit,
  };
}

/**
 * The 电子监察 limits after the input (a field left out keeps its value); red must stay above yellow,
 * or the light would skip a colour. Refused naming the red field.
 */
function thresholdsAfter(before: SupervisionThresholds, input: Partial<SupervisionThresholds>): SupervisionThresholds {
  const next: SupervisionThresholds = {
    waitYellowMinutes: input.waitYellowMinutes ?? before.waitYellowMinutes,
    waitRedMinutes: input.waitRedMinutes ?? before.waitRedMinutes,
    serviceYellowMinutes: input.serviceYellowMinutes ?? before.serviceYellowMinutes,
    serviceRedMinutes: input.serviceRedMinutes ?? before.serviceRedMinutes,
    idleAlertMinutes: input.idleAlertMinutes ?? before.idleAlertMinutes,
  };
  if (next.waitRedMinutes <= next.waitYellowMinutes) fail('LIMITS_INVALID', ['waitRedMinutes']);
  if (next.serviceRedMinutes <= next.serviceYellowMinutes) fail('LIMITS_INVALID', ['serviceRedMinutes']);
  return next;
}

/** Kiosks, displays and desks take a fresh snapshot; the service's load is announced too. */
function announce(ctx: CommandContext, id: string): void {
  ctx.outbox.service(id);
  ctx.outbox.hallConfig();
}

export const serviceAdminList: CommandDef<'service.adminList'> = {
  name: 'service.adminList',
  permits: ['admin', 'supervisor'],
  run(ctx) {
    return withNameMnStatus(ctx.db, 'service', serviceAdminViews(ctx.db, ctx.today), nameOf);
  },
};

export const serviceGet: CommandDef<'service.get'> = {
  name: 'service.get',
  permits: ['admin', 'supervisor'],
  run(ctx, { id }) {
    return withNameMnStatus(ctx.db, 'service', [found(ctx, id)], nameOf)[0] ?? fail('NOT_FOUND', ['id']);
  },
};

export const serviceCreate: CommandDef<'service.create'> = {
  name: 'service.create',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    if (input.id !== undefined && serviceIdTaken(ctx.db, input.id)) fail('ALREADY_EXISTS', ['id']);
    checkCentre(ctx, input.centreId);
    checkPrefix(ctx, input.prefix, null, input.sharePrefix);
    const id = input.id ?? freeServiceId(ctx.db);
    // A new service goes to the end of its centre's list unless told otherwise.
    const sortOrder = input.sortOrder ?? serviceAdminViews(ctx.db, ctx.today)
      .reduce((max, s) => Math.max(max, s.sortOrder + 1), 0);
    const hours = hoursAfter({ serviceId: id, hours: null, dailyLimit: null, morningLimit: null, afternoonLimit: null }, input);
    insertService(ctx.db, {
      id, centreId: input.centreId, name: input.name, nameMn: input.nameMn ?? '', prefix: input.prefix,
      enabled: input.enabled ?? true, priorityOffered: input.priorityOffered ?? true,
      defaultServiceMinutes: input.defaultServiceMinutes ?? 10, sortOrder, dailyLimit: hours.dailyLimit, hours: hours.hours,
    });
    saveServiceHours(ctx.db, hours);
    saveThresholds(ctx.db, id, thresholdsAfter(DEFAULT_THRESHOLDS, input));
    const after = found(ctx, id);
    audit(ctx, subject(id), null, after);
    announce(ctx, id);
    return after;
  },
};

export const serviceUpdate: CommandDef<'service.update'> = {
  name: 'service.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id, sharePrefix, ...changes }) {
    const before = found(ctx, id);
    if (changes.centreId !== undefined) checkCentre(ctx, changes.centreId);
    if (changes.prefix !== undefined && changes.prefix !== before.prefix) checkPrefix(ctx, changes.prefix, id, sharePrefix);
    updateService(ctx.db, id, {
      centreId: changes.centreId ?? before.centreId, name: changes.name ?? before.name, nameMn: changes.nameMn ?? before.nameMn,
      prefix: changes.prefix ?? before.prefix, enabled: changes.enabled ?? before.enabled,
      priorityOffered: changes.priorityOffered ?? before.priorityOffered,
      defaultServiceMinutes: changes.defaultServiceMinutes ?? before.defaultServiceMinutes, sortOrder: changes.sortOrder ?? before.sortOrder,
    });
    saveServiceHours(ctx.db, hoursAfter({ serviceId: id, hours: before.hours, dailyLimit: before.dailyLimit,
      morningLimit: before.morningLimit, afternoonLimit: before.afternoonLimit }, changes));
    saveThresholds(ctx.db, id, thresholdsAfter(before, changes));
    const after = found(ctx, id);
    audit(ctx, subject(id), before, after);
    announce(ctx, id);
    return after;
  },
};

export const serviceRemove: CommandDef<'service.remove'> = {
  name: 'service.remove',
  permits: ['admin'],
  administrative: true,
  run(ctx, { id }) {
    const before = found(ctx, id);
    if (before.ticketsToday > 0 || before.used) fail('IN_USE', ['tickets']);
    // Counters that served it stop listing it: their desks see the change.
    for (const counterId of countersOfService(ctx.db, id)) ctx.outbox.counter(counterId);
    dropServiceFiles(ctx, id);
    removeUnlessReferenced(() => deleteService(ctx.db, id), 'id');
    audit(ctx, subject(id), before, null);
    ctx.outbox.hallConfig();
    return before;
  },
};

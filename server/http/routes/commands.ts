/**
 * HTTP routes onto the command bus. Each route only says which command it reaches and where the
 * input comes from (URL parameters override the body); the bus does the rest, exactly as for socket.io.
 */
import type { CommandLimits } from '../../auth/command-limits';
import { Router, type Request, type Response } from 'express';
import { withAddress, type Actor } from '../../auth/actor';
import type { CommandName } from '../../../protocol/commands';
import type { CommandBus } from '../../commands/bus';
import { actorOf } from '../actor-middleware';
import { sendError, sendResult } from '../respond';
import { reportQuery, respondWithReport } from './report-files';

interface Route {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  command: CommandName;
  input: (req: Request) => unknown;
  /** Runs the command and answers itself, for routes that may answer with a file (GET /api/reports). */
  respond?: (req: Request, res: Response, bus: CommandBus, actor: Actor) => void;
}

function bodyObject(req: Request): Record<string, unknown> | unknown {
  const body: unknown = req.body;
  return body === undefined ? {} : body;
}

/**
 * A numeric id from the URL. Only plain decimal digits become a number: Number() alone would read
 * "0x4", "4.0", "+4" or " 4" as 4 and run the command on a counter or ticket nobody named. Anything
 * else stays text and fails the schema, which names the field.
 */
function idParam(req: Request): number | string {
  const raw = String(req.params.id);
  return /^[0-9]{1,16}$/.test(raw) ? Number(raw) : raw;
}

/** The counter id from the URL joined to the body; a non-object body is passed on to fail validation. */
/** The body with the URL's `:id` joined to it under `field`; a non-object body is passed on to fail validation. */
function withId(field: string, id: (req: Request) => unknown = idParam): (req: Request) => unknown {
  return (req) => {
    const body = bodyObject(req);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
    return { ...body, [field]: id(req) };
  };
}

const counterInput = withId('counterId');
const ticketIdInput = withId('ticketId');

/** A query parameter of digits only as a number; anything else stays text and fails the schema. */
function numberQuery(raw: unknown): unknown {
  return typeof raw === 'string' && /^[0-9]{1,16}$/.test(raw) ? Number(raw) : raw;
}

/** `?beforeId=&actor=&command=&subject=&from=&to=`: audit.list's filters and paging, each optional. */
function auditQuery(req: Request): unknown {
  const input: Record<string, unknown> = {};
  for (const name of ['beforeId', 'from', 'to']) if (req.query[name] !== undefined) input[name] = numberQuery(req.query[name]);
  for (const name of ['actor', 'command', 'subject']) if (req.query[name] !== undefined) input[name] = req.query[name];
  return input;
}

/** `?status=open&kind=complaint&overdue=true&beforeId=120` filter the case list; other values fail the schema, which names them. */
function caseQuery(req: Request): unknown {
  const { status, kind, overdue, beforeId } = req.query;
  return {
    ...(status !== undefined ? { status } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(overdue !== undefined ? { overdue: overdue === 'true' ? true : overdue === 'false' ? false : overdue } : {}),
    ...(beforeId !== undefined ? { beforeId: typeof beforeId === 'string' && /^[0-9]{1,16}$/.test(beforeId) ? Number(beforeId) : beforeId } : {}),
  };
}

/** `?number=BJ…&phoneTail=1234`: both required; anything else (a list, a missing one) fails the schema, which names it. */
function matterLookupQuery(req: Request): unknown {
  const { number, phoneTail } = req.query;
  return { ...(number !== undefined ? { number } : {}), ...(phoneTail !== undefined ? { phoneTail } : {}) };
}

/** `?beforeId=120&unacknowledged=true` page and filter the alert list; other values fail the schema, which names them. */
function alertQuery(req: Request): unknown {
  const { beforeId, unacknowledged } = req.query;
  return {
    ...(beforeId !== undefined ? { beforeId: numberQuery(beforeId) } : {}),
    ...(unacknowledged !== undefined
      ? { unacknowledged: unacknowledged === 'true' ? true : unacknowledged === 'false' ? false : unacknowledged } : {}),
  };
}

/** `?year=2026`; without it the schema names the missing field. */
function yearQuery(req: Request): unknown {
  const raw = req.query.year;
  if (raw === undefined) return {};
  return { year: typeof raw === 'string' && /^[0-9]{4}$/.test(raw) ? Number(raw) : raw };
}

/** `?serviceId=&date=` of the slots; `?date=&serviceId=` of a day's bookings (serviceId optional there). */
function queryOf(req: Request, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(names.filter((name) => req.query[name] !== undefined).map((name) => [name, req.query[name]]));
}

const codeInput = withId('code', (req) => req.params.code);

const BOOKING_ROUTES: Route[] = [
  { method: 'get', path: '/api/slots', command: 'booking.slots', input: (req) => queryOf(req, ['serviceId', 'date']) },
  { method: 'post', path: '/api/bookings', command: 'booking.create', input: bodyObject },
  { method: 'get', path: '/api/bookings/:code', command: 'booking.get', input: (req) => ({ code: req.params.code }) },
  { method: 'post', path: '/api/bookings/:code/cancel', command: 'booking.cancel', input: codeInput },
  { method: 'post', path: '/api/bookings/:code/check-in', command: 'booking.checkIn', input: codeInput },
  { method: 'get', path: '/api/admin/booking-settings', command: 'booking.settings', input: () => ({}) },
  { method: 'put', path: '/api/admin/booking-settings/:id', command: 'booking.configure', input: withId('serviceId', (req) => req.params.id) },
  { method: 'get', path: '/api/admin/bookings', command: 'booking.day', input: (req) => queryOf(req, ['date', 'serviceId']) },
  { method: 'post', path: '/api/admin/bookings/:id/cancel', command: 'booking.revoke', input: withId('id') },
];

const COUNTER_VERBS: [string, CommandName][] = [
  ['open', 'counter.open'], ['close', 'counter.close'], ['call-next', 'counter.callNext'],
  ['call', 'counter.callTicket'], ['recall', 'counter.recall'], ['no-show', 'counter.noShow'],
  ['start', 'counter.start'], ['finish', 'counter.finish'],
  ['finish-and-call-next', 'counter.finishAndCallNext'], ['transfer', 'counter.transfer'],
  ['hold', 'counter.hold'], ['resume', 'counter.resume'], ['pause', 'counter.pause'], ['unpause', 'counter.unpause'],
  ['release', 'counter.release'],
];

/** `?from=&to=&cursor=&limit=`: one page of the 好差评 export (the whole file is ./ratings-export.ts). */
function ratingExportQuery(req: Request): unknown {
  const { from, to, cursor, limit } = req.query;
  return {
    ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(cursor !== undefined ? { cursor } : {}),
    ...(limit !== undefined ? { limit: numberQuery(limit) } : {}),
  };
}

export const COMMAND_ROUTES: Route[] = [
  { method: 'post', path: '/api/tickets', command: 'ticket.issue', input: bodyObject },
  { method: 'get', path: '/api/tickets/:token', command: 'ticket.track', input: (req) => ({ token: req.params.token }) },
  { method: 'post', path: '/api/tickets/:id/cancel', command: 'ticket.cancel', input: ticketIdInput },
  { method: 'post', path: '/api/tickets/:id/requeue', command: 'ticket.requeue', input: ticketIdInput },
  { method: 'get', path: '/api/counters/:id/desk', command: 'counter.desk', input: (req) => ({ counterId: idParam(req) }) },
  { method: 'get', path: '/api/counters/:id/lists', command: 'counter.lists', input: (req) => ({ counterId: idParam(req) }) },
  ...COUNTER_VERBS.map(([verb, command]): Route => ({
    method: 'post', path: `/api/counters/:id/${verb}`, command, input: counterInput,
  })),
  { method: 'get', path: '/api/snapshot', command: 'hall.snapshot', input: () => ({}) },
  { method: 'post', path: '/api/tickets/:id/reprint', command: 'ticket.reprint', input: ticketIdInput },
  { method: 'post', path: '/api/notices', command: 'notice.print', input: bodyObject },
  { method: 'get', path: '/api/print/missed-slips', command: 'print.missedSlips', input: () => ({}) },
  { method: 'post', path: '/api/ratings', command: 'ticket.rate', input: bodyObject },
  { method: 'post', path: '/api/complaints', command: 'complaint.submit', input: bodyObject },
  { method: 'get', path: '/api/services/:serviceId/guide', command: 'service.guide',
    input: (req) => ({ serviceId: req.params.serviceId }) },
  { method: 'get', path: '/api/services', command: 'service.list', input: () => ({}) },
  { method: 'get', path: '/api/portal/services', command: 'portal.services', input: () => ({}) },
  // Administration.
  { method: 'get', path: '/api/devices', command: 'device.list', input: () => ({}) },
  { method: 'post', path: '/api/devices', command: 'device.issue', input: bodyObject },
  { method: 'post', path: '/api/devices/:id/revoke', command: 'device.revoke', input: withId('deviceId') },
  { method: 'get', path: '/api/settings', command: 'hall.settings', input: () => ({}) },
  { method: 'put', path: '/api/settings', command: 'hall.updateSettings', input: bodyObject },
  { method: 'get', path: '/api/printers', command: 'printer.list', input: () => ({}) },
  { method: 'put', path: '/api/printers/:id', command: 'printer.save', input: withId('id', (req) => req.params.id) },
  { method: 'get', path: '/api/audit', command: 'audit.list', input: auditQuery },
  { method: 'get', path: '/api/admin/audit', command: 'audit.list', input: auditQuery },
  { method: 'post', path: '/api/auth/unlock', command: 'auth.unlock', input: bodyObject },
  { method: 'get', path: '/api/admin/services/:id/hours', command: 'service.hours', input: (req) => ({ serviceId: req.params.id }) },
  { method: 'put', path: '/api/admin/services/:id/hours', command: 'service.setHours', input: withId('serviceId', (req) => req.params.id) },
  // The hall's structure: centres and services by their slug, counters by their window number.
  { method: 'get', path: '/api/admin/centres', command: 'centre.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/centres', command: 'centre.create', input: bodyObject },
  { method: 'get', path: '/api/admin/centres/:id', command: 'centre.get', input: (req) => ({ id: req.params.id }) },
  { method: 'put', path: '/api/admin/centres/:id', command: 'centre.update', input: withId('id', (req) => req.params.id) },
  { method: 'delete', path: '/api/admin/centres/:id', command: 'centre.remove', input: withId('id', (req) => req.params.id) },
  { method: 'get', path: '/api/admin/services', command: 'service.adminList', input: () => ({}) },
  { method: 'post', path: '/api/admin/services', command: 'service.create', input: bodyObject },
  { method: 'get', path: '/api/admin/services/:id', command: 'service.get', input: (req) => ({ id: req.params.id }) },
  { method: 'put', path: '/api/admin/services/:id', command: 'service.update', input: withId('id', (req) => req.params.id) },
  { method: 'delete', path: '/api/admin/services/:id', command: 'service.remove', input: withId('id', (req) => req.params.id) },
  { method: 'get', path: '/api/admin/counters', command: 'counter.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/counters', command: 'counter.create', input: bodyObject },
  { method: 'get', path: '/api/admin/counters/:id', command: 'counter.get', input: (req) => ({ id: idParam(req) }) },
  { method: 'put', path: '/api/admin/counters/:id', command: 'counter.update', input: withId('id') },
  { method: 'delete', path: '/api/admin/counters/:id', command: 'counter.remove', input: withId('id') },
  // The working-day calendar; a day's id is its date.
  { method: 'get', path: '/api/admin/calendar', command: 'calendar.list', input: yearQuery },
  { method: 'post', path: '/api/admin/calendar', command: 'calendar.set', input: bodyObject },
  { method: 'post', path: '/api/admin/calendar-import', command: 'calendar.import', input: bodyObject },
  { method: 'get', path: '/api/admin/calendar/:id', command: 'calendar.get', input: (req) => ({ date: req.params.id }) },
  { method: 'put', path: '/api/admin/calendar/:id', command: 'calendar.set', input: withId('date', (req) => req.params.id) },
  { method: 'delete', path: '/api/admin/calendar/:id', command: 'calendar.remove', input: withId('date', (req) => req.params.id) },
  { method: 'post', path: '/api/auth/password', command: 'auth.changePassword', input: bodyObject },
  // Devices and printers; /api/devices and /api/printers above are the first paths, kept working.
  { method: 'get', path: '/api/admin/devices', command: 'device.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/devices', command: 'device.issue', input: bodyObject },
  { method: 'get', path: '/api/admin/devices/:id', command: 'device.get', input: (req) => ({ deviceId: idParam(req) }) },
  { method: 'put', path: '/api/admin/devices/:id', command: 'device.update', input: withId('deviceId') },
  { method: 'delete', path: '/api/admin/devices/:id', command: 'device.revoke', input: withId('deviceId') },
  { method: 'post', path: '/api/admin/devices/:id/rekey', command: 'device.rekey', input: withId('deviceId') },
  { method: 'get', path: '/api/admin/printers', command: 'printer.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/printers', command: 'printer.create', input: bodyObject },
  { method: 'get', path: '/api/admin/printers/:id', command: 'printer.get', input: (req) => ({ id: req.params.id }) },
  { method: 'put', path: '/api/admin/printers/:id', command: 'printer.update', input: withId('id', (req) => req.params.id) },
  { method: 'delete', path: '/api/admin/printers/:id', command: 'printer.remove', input: withId('id', (req) => req.params.id) },
  { method: 'post', path: '/api/admin/printers/:id/test', command: 'printer.test', input: withId('id', (req) => req.params.id) },
  { method: 'get', path: '/api/admin/staff', command: 'staff.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/staff', command: 'staff.create', input: bodyObject },
  { method: 'get', path: '/api/admin/staff/:id', command: 'staff.get', input: (req) => ({ id: idParam(req) }) },
  { method: 'put', path: '/api/admin/staff/:id', command: 'staff.update', input: withId('id') },
  { method: 'delete', path: '/api/admin/staff/:id', command: 'staff.remove', input: withId('id') },
  { method: 'post', path: '/api/admin/staff/:id/reset-password', command: 'staff.resetPassword', input: withId('id') },
  { method: 'put', path: '/api/admin/staff/:id/photo', command: 'staff.setPhoto', input: withId('id') },
  // Matters (办件): the resident's lookup keeps the public path; it stands before /api/cases/:id.
  { method: 'get', path: '/api/cases/lookup', command: 'matter.lookup', input: matterLookupQuery },
  { method: 'post', path: '/api/matters', command: 'matter.record', input: bodyObject },
  { method: 'get', path: '/api/matters/:id', command: 'matter.get', input: (req) => ({ number: req.params.id }) },
  { method: 'post', path: '/api/matters/:id/state', command: 'matter.move', input: withId('number', (req) => req.params.id) },
  // The 差评 closed loop.
  { method: 'get', path: '/api/cases', command: 'case.list', input: caseQuery },
  { method: 'get', path: '/api/cases/:id', command: 'case.get', input: (req) => ({ id: idParam(req) }) },
  { method: 'post', path: '/api/cases/:id/assign', command: 'case.assign', input: withId('id') },
  { method: 'post', path: '/api/cases/:id/call-back', command: 'case.callBack', input: withId('id') },
  { method: 'post', path: '/api/cases/:id/rectify', command: 'case.rectify', input: withId('id') },
  { method: 'post', path: '/api/cases/:id/close', command: 'case.close', input: withId('id') },
  // 电子监察: the live board as JSON, and the supervisors' alerts.
  { method: 'get', path: '/api/supervision', command: 'supervision.get', input: () => ({}) },
  { method: 'get', path: '/api/alerts', command: 'alert.list', input: alertQuery },
  { method: 'post', path: '/api/alerts/:id/ack', command: 'alert.ack', input: withId('id') },
  // The whole configuration as one file.
  { method: 'get', path: '/api/admin/config', command: 'config.export', input: () => ({}) },
  { method: 'put', path: '/api/admin/config', command: 'config.import', input: bodyObject },
  // 办理指南 and sample files of a service (the upload's body may be large: see ../app.ts), notices (公告;
  // `announcement.*`, not the 告知单's notice.print) and the 政务公开 boards.
  { method: 'get', path: '/api/admin/services/:id/guide', command: 'guide.get', input: (req) => ({ serviceId: req.params.id }) },
  { method: 'put', path: '/api/admin/services/:id/guide', command: 'guide.save', input: withId('serviceId', (req) => req.params.id) },
  { method: 'post', path: '/api/admin/services/:id/samples', command: 'sample.upload', input: withId('serviceId', (req) => req.params.id) },
  { method: 'delete', path: '/api/admin/services/:id/samples', command: 'sample.remove', input: withId('serviceId', (req) => req.params.id) },
  { method: 'get', path: '/api/admin/notices', command: 'announcement.list', input: () => ({}) },
  { method: 'post', path: '/api/admin/notices', command: 'announcement.create', input: bodyObject },
  { method: 'get', path: '/api/admin/notices/:id', command: 'announcement.get', input: (req) => ({ id: idParam(req) }) },
  { method: 'put', path: '/api/admin/notices/:id', command: 'announcement.update', input: withId('id') },
  { method: 'delete', path: '/api/admin/notices/:id', command: 'announcement.remove', input: withId('id') },
  { method: 'get', path: '/api/admin/boards', command: 'board.list', input: () => ({}) },
  { method: 'get', path: '/api/admin/boards/:id', command: 'board.get', input: (req) => ({ id: req.params.id }) },
  { method: 'put', path: '/api/admin/boards/:id', command: 'board.save', input: withId('id', (req) => req.params.id) },
  // 好差评 data out: one page as JSON here; GET /api/ratings/export streams the whole range as a file.
  { method: 'get', path: '/api/ratings/export/page', command: 'rating.export', input: ratingExportQuery },
  { method: 'get', path: '/api/desk/figures', command: 'desk.figures', input: () => ({}) },
  // Reports: JSON, or a CSV or XLSX file with &format= (./report-files.ts); the 考评 sheet of a month.
  { method: 'get', path: '/api/reports', command: 'report.get', input: reportQuery, respond: respondWithReport },
  { method: 'get', path: '/api/reports/assessment', command: 'report.assessment', input: (req) => ({ month: req.query.month }) },
  { method: 'get', path: '/api/admin/rating-push', command: 'ratingPush.status', input: () => ({}) },
  { method: 'put', path: '/api/admin/rating-push', command: 'ratingPush.configure', input: bodyObject },
  { method: 'get', path: '/api/admin/voice', command: 'voice.settings', input: () => ({}) },
  { method: 'put', path: '/api/admin/voice', command: 'voice.configure', input: bodyObject },
  { method: 'get', path: '/api/admin/mn-texts', command: 'mnText.list', input: () => ({}) },
  { method: 'get', path: '/api/mn-texts', command: 'mnText.overrides', input: () => ({}) },
  { method: 'put', path: '/api/admin/mn-texts/draft', command: 'mnText.save', input: bodyObject },
  { method: 'put', path: '/api/admin/mn-texts/approval', command: 'mnText.approve', input: bodyObject },
  { method: 'get', path: '/api/admin/mn-texts/export', command: 'mnText.export', input: () => ({}) },
  { method: 'post', path: '/api/admin/mn-texts/import', command: 'mnText.import', input: bodyObject },
  // The kiosk's ID-card reader agent, with the kiosk's key (docs/ID-READER.md).
  { method: 'post', path: '/api/idcard/read', command: 'idcard.read', input: bodyObject },
  { method: 'post', path: '/api/idcard/discard', command: 'idcard.discard', input: bodyObject },
  // Appointments (预约) and kiosk check-in; a booking is named by its code in the URL (docs/BOOKINGS.md).
  ...BOOKING_ROUTES,
];

export function commandRouter(bus: CommandBus, limits: CommandLimits): Router {
  const router = Router();
  for (const route of COMMAND_ROUTES) {
    router[route.method](route.path, (req, res) => {
      const caller = { address: req.ip ?? '', anonymous: actorOf(res).kind === 'anonymous' };
      const actor = withAddress(actorOf(res), caller.address);
      void limits.admit(route.command, caller).then((admitted) => {
        if (!admitted) return sendError(res, 'RATE_LIMITED');
        if (route.respond) return route.respond(req, res, bus, actor);
        const result = bus.execute(route.command, route.input(req), actor);
        limits.answered(route.command, caller, result);
        return sendResult(res, result);
      });
    });
  }
  return router;
}

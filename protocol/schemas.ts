/**
 * Every command, declared once: its name and input schema live here, and the command names and input
 * types (./commands) are derived from this table. Objects are strict: an unknown field is a
 * BAD_REQUEST, so a client cannot slip in fields the server does not expect. The values here are for
 * the server and the admin console (which checks its forms with the very same schemas before sending);
 * the other front ends import only types (`import type`), which keeps zod out of their bundles.
 */
import { voiceSettingsSchema } from './voice/settings';
import { MN_CSV_COLUMNS, MN_TEXT_MAX, parseMnTextKey } from './mn-texts';
import { z } from 'zod';
import { PRIORITY_REASONS } from './views';
import { DEVICE_KINDS, DISPLAY_KINDS, ROLES } from './admin';
import { COMPLAINT_CATEGORIES, RATING_LEVELS, RATING_REASONS } from './rating';
import { mongolianName, plainText } from './text';
import { ID_NAME_MAX } from './idcard';
import { CALENDAR_DAY_KINDS, isCalendarDate } from './calendar';
import { dayProblems, isMonthDay, WEEKDAYS } from './hours';
import { CALL_POLICIES, CENTRE_ICONS } from './structure';
import { dataUrl, guideSchema, sampleUploadSchema, samplePath } from './guide-schema';
import { STAFF_PHOTO_MAX_CONTENT_CHARS } from './staff-photo';
import { announcementCreate, announcementUpdate, boardId, boardSave } from './public-info-schema';
import { CASE_KINDS, CASE_STATUSES, HANDLING_SATISFACTION } from './cases';
import { RATING_EXPORT_PAGE } from './ratings-export';
import { RESIDENT_PHONE } from './resident-phone';
import { REPORT_GROUPINGS } from './reports';
import { RATING_PUSH_BATCH_MAX } from './rating-push';
import {
  canonicalMatterNumber, MATTER_MATERIAL_MAX, MATTER_MATERIALS_MAX, MATTER_NUMBER, MATTER_REASON_MAX, MATTER_STATES, PHONE_TAIL, phoneTailOf,
} from './matters';
import { FIRST_STATES } from './matter-flow';
import { bookingCommandSchemas, bookingSettingsSchema, idNumber } from './booking-schemas';

const counterId = z.number().int().min(1).max(9999);
const ticketId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const ticketNumber = z.string().regex(/^[A-Z]{1,2}[0-9]{3}$/);
const slug = z.string().min(1).max(64).regex(/^[a-z0-9][a-z0-9-]*$/);
const calendarDate = z.string().refine(isCalendarDate, { message: 'YYYY-MM-DD' });

/** One timetable: from a day of the year, seven days (Monday first) of ranges; bad ranges are named by path. */
const timetable = z.strictObject({
  startsOn: z.string().refine(isMonthDay, { message: 'MM-DD' }),
  week: z.array(z.array(z.string().max(11)).max(6)).length(WEEKDAYS.length),
}).superRefine((t, ctx) => {
  t.week.forEach((day, d) => {
    for (const p of dayProblems(day)) ctx.addIssue({ code: 'custom', message: p.problem, path: ['week', d, p.index] });
  });
});
const openingHours = z.strictObject({ timetables: z.array(timetable).min(1).max(2) })
  .refine((h) => new Set(h.timetables.map((t) => t.startsOn)).size === h.timetables.length,
    { message: 'two timetables cannot start on the same day', path: ['timetables', 1, 'startsOn'] });
const ticketLimit = z.number().int().min(1).max(999);
/** A service's hours and limits: service.setHours edits them, service.create and service.update take them too. */
const hoursFields = {
  hours: openingHours.nullable().optional(),
  dailyLimit: ticketLimit.nullable().optional(),
  morningLimit: ticketLimit.nullable().optional(),
  afternoonLimit: ticketLimit.nullable().optional(),
};

// The hall's structure (centres, services, counters). A name in Mongolian may wait for its translation (empty).
const mongolianText = mongolianName(120);
/** The random token of a card reading (server/commands/idcard.ts). */
const idReadingToken = z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/);
const structureName = plainText({ trim: true, min: 1, max: 40 });
const sortOrder = z.number().int().min(0).max(9999);
// The translation workbench: a catalog key or `centre:<id>`, `service:<id>`, `material:<serviceId>:<index>`.
const mnTextKeySchema = z.string().max(200).refine((key) => parseMnTextKey(key) !== null, { message: 'not a text key' });
const mnTextSchema = plainText({ trim: true, min: 1, max: MN_TEXT_MAX.catalog });
/** The largest translation file taken at once (the whole catalog with every name is far below it). */
export const MN_CSV_MAX = 2_000_000;
/** One or two capital letters, never I or O (they read as 1 and 0 on a display and a slip). */
const prefix = z.string().regex(/^[A-HJ-NP-Z]{1,2}$/);
/** At least one service, each at most once, in the counter's order; a repeated one is named by its index. */
const orderedServiceIds = z.array(slug).min(1).max(50).superRefine((ids, ctx) => {
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', message: 'repeated', path: [i] });
  });
});
const centreFields = { name: structureName, nameMn: mongolianText, icon: z.enum(CENTRE_ICONS), sortOrder, enabled: z.boolean() };
/** 电子监察 limits of a service in minutes (protocol/supervision.ts); yellow below red is checked on the merged record. */
const limitMinutes = z.number().int().min(1).max(480);
const thresholdFields = {
  waitYellowMinutes: limitMinutes, waitRedMinutes: limitMinutes, serviceYellowMinutes: limitMinutes, serviceRedMinutes: limitMinutes,
  idleAlertMinutes: z.number().int().min(1).max(240),
};
const serviceFields = {
  centreId: slug, name: structureName, nameMn: mongolianText, prefix, enabled: z.boolean(), priorityOffered: z.boolean(),
  defaultServiceMinutes: z.number().int().min(1).max(240), sortOrder,
  /** Confirms that the prefix is shared on purpose with the services already using it (their numbers then interleave). */
  sharePrefix: z.boolean(),
  ...thresholdFields,
};
const counterFields = {
  name: structureName, centreId: slug, serviceIds: orderedServiceIds, callPolicy: z.enum(CALL_POLICIES), enabled: z.boolean(),
};
/** What phones reach (the tickets' QR codes): an http(s) origin, e.g. http://192.168.1.10:3000, with no path. */
const publicAddress = z.string().trim().max(200).regex(/^https?:\/\/[\x21-\x7e]+$/)
  .refine((v) => URL.canParse(v) && new URL(v).pathname === '/' && !/[?#]/.test(v), { message: 'origin' })
  .transform((v) => v.replace(/\/+$/, ''));
/**
 * Where the 好差评 push sends its batches: an http(s) URL without a user name or password in it (the
 * secret travels as the push's token, which is never shown again).
 */
const pushUrl = z.string().trim().max(500).regex(/^https?:\/\/[\x21-\x7e]+$/)
  .refine((v) => URL.canParse(v) && new URL(v).username === '' && new URL(v).password === '' && !v.includes('#'),
    { message: 'url' });
/** A moment as milliseconds since the epoch. */
const epochMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** One day of the working-day calendar: the same rule for a single entry and each line of an import. */
export const calendarDaySchema = z.strictObject({
  date: calendarDate,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: plainText({ trim: true, min: 1, max: 40 }),
});
/**
 * A day as an admin sets it (the console's form, the configuration file): with the Mongolian of its name,
 * kept as a workbench draft where it differs from the hall's; empty or absent leaves the hall's as it is.
 */
export const calendarEntrySchema = calendarDaySchema.extend({ nameMn: mongolianText.optional() });
const staffId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const caseId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const alertId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** A number a resident leaves to be called back on. */
const residentPhone = z.string().regex(RESIDENT_PHONE);
const caseText = (max: number) => plainText({ trim: true, min: 1, max, multiline: true });
/** A 受理编号 as typed (any case, spaces and dashes allowed), checked in its canonical form (protocol/matters.ts). */
const matterNumber = z.string().max(40).transform(canonicalMatterNumber).pipe(z.string().regex(MATTER_NUMBER));
/** A matter's details: 补正's missing materials (from the guide or typed), 不予受理's reason. */
const matterDetail = {
  materials: z.array(plainText({ trim: true, min: 1, max: MATTER_MATERIAL_MAX })).max(MATTER_MATERIALS_MAX).optional(),
  reason: caseText(MATTER_REASON_MAX).optional(),
};
/** A PNG or JPEG photo as a data URL (./staff-photo.ts), or null for none. */
const staffPhoto = dataUrl(STAFF_PHOTO_MAX_CONTENT_CHARS).nullable();
const staffFields = {
  username: z.string().trim().regex(/^[A-Za-z0-9._-]{2,32}$/),
  displayName: plainText({ trim: true, min: 1, max: 32 }),
  staffNumber: z.string().trim().regex(/^[A-Za-z0-9-]{1,20}$/),
  role: z.enum(ROLES),
  centreId: slug.nullable(),
};
const announcementId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const deviceId = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const deviceName = plainText({ trim: true, min: 1, max: 64 });
const deviceBinding = {
  printerId: slug.nullable().optional(),
  counterId: counterId.nullable().optional(),
  centreId: slug.nullable().optional(),
  centreIds: z.array(slug).max(32)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'a centre listed twice' }).optional(),
  /** A display's kind; left out, a display takes the kind its links imply (protocol/display-kind.ts). */
  displayKind: z.enum(DISPLAY_KINDS).nullable().optional(),
};
const printerFields = {
  name: plainText({ trim: true, min: 1, max: 64 }),
  url: z.string().min(1).max(256),
  paperWidth: z.union([z.literal(58), z.literal(80)]),
};
/** Passwords staff choose themselves: long enough not to be guessed between two login delays. */
const newPassword = z.string().min(8).max(128);

/** The hall's own texts and rules (hall.updateSettings, and the `hall` section of a configuration file). */
export const hallSettingsSchema = z.strictObject({
  name: plainText({ trim: true, min: 2, max: 40 }),
  // The hall's name is shown in Mongolian beside the Chinese (蒙汉文并用), so it cannot be left empty.
  nameMn: z.string().trim().min(1).max(120).regex(/^[\u1800-\u18AF\u202F\u180E\s]*$/),
  complaintPhone: z.string().regex(/^[0-9-]{3,20}$/),
  lateReturn: z.enum(['none', 'requeue-once']),
  priorityReasons: z.array(z.enum(PRIORITY_REASONS)).max(PRIORITY_REASONS.length),
  issuePerMinute: z.number().int().min(1).max(600),
  caseDeadlineDays: z.number().int().min(1).max(60),
});

/** Refuses a list where two items share a key (two accounts with one login name), naming the later one. */
function uniqueBy<T>(key: keyof T & string, what: string) {
  return (items: T[], ctx: z.RefinementCtx): void => {
    const seen = new Set<unknown>();
    items.forEach((item, i) => {
      const value = item[key];
      if (value === null || value === undefined) return;
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `duplicate ${what}`, path: [i, key] });
      seen.add(value);
    });
  };
}

export const CONFIG_FILE_FORMAT = 'hall-config';

/**
 * The whole configuration of a hall as one file (config.export answers it, config.import takes it).
 * Each section's items are checked here by the same field rules as the commands that make them; the
 * rules between items (a service's centre exists, prefixes do not clash) are the commands' own, run at
 * import. Staff accounts travel without passwords: imported ones get a one-time password each.
 */
export const configFileSchema = z.strictObject({
  format: z.literal(CONFIG_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  hall: hallSettingsSchema,
  // A day's Mongolian name is the translation workbench's (day:<date>); files written before it existed leave it out.
  calendar: z.array(calendarEntrySchema).max(3660).superRefine(uniqueBy('date', 'date')),
  centres: z.array(z.strictObject({ id: slug, ...centreFields })).max(100).superRefine(uniqueBy('id', 'id')),
  // Services in one file that share a prefix share it on purpose: the file says so by giving it twice.
  services: z.array(z.strictObject({
    id: slug, ...z.strictObject(serviceFields).omit({ sharePrefix: true }).shape, hours: openingHours.nullable(),
    dailyLimit: ticketLimit.nullable(), morningLimit: ticketLimit.nullable(), afternoonLimit: ticketLimit.nullable(),
    // Files written before the 电子监察 limits existed leave them out: a new service then takes the defaults.
    ...z.strictObject(thresholdFields).partial().shape,
  })).max(500).superRefine(uniqueBy('id', 'id')),
  counters: z.array(z.strictObject({ id: counterId, ...counterFields })).max(500).superRefine(uniqueBy('id', 'number')),
  printers: z.array(z.strictObject({ id: slug, ...printerFields })).max(100).superRefine(uniqueBy('id', 'id')),
  // Devices travel without keys: each one the import registers gets a new key, answered once.
  devices: z.array(z.strictObject({
    kind: z.enum(DEVICE_KINDS), name: deviceName, printerId: slug.nullable(), counterId: counterId.nullable(),
    centreId: slug.nullable(), centreIds: z.array(slug).max(32),
    // Files written before display kinds existed leave it out: the display takes the kind its links imply.
    displayKind: z.enum(DISPLAY_KINDS).nullable().optional(),
  })).max(500).superRefine((devices, ctx) => {
    const seen = new Set<string>();
    devices.forEach((d, i) => {
      const key = `${d.kind}:${d.name}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'duplicate device name', path: [i, 'name'] });
      seen.add(key);
    });
  }),
  // A guide travels with its uploaded sample files (data URLs, as an upload sends them); the product's own
  // drawings (/samples/…) are in every hall and travel by name.
  guides: z.array(z.strictObject({
    serviceId: slug,
    guide: guideSchema,
    files: z.array(z.strictObject({ image: samplePath, content: sampleUploadSchema.content })).max(21),
  })).max(500).superRefine(uniqueBy('serviceId', 'service')),
  announcements: z.array(announcementCreate).max(500),
  boards: z.array(boardSave).max(10).superRefine(uniqueBy('id', 'board')),
  // A photo travels as a data URL and is stored again on import; left out, an account's photo stays as it is.
  staff: z.array(z.strictObject({ ...staffFields, staffNumber: staffFields.staffNumber.nullable(), active: z.boolean(),
    photo: staffPhoto.optional() }))
    .max(2000).superRefine(uniqueBy('username', 'username')).superRefine(uniqueBy('staffNumber', 'staff number')),
  // Files written before bookings existed leave it out: every service's booking settings then stay as they are.
  bookings: z.array(bookingSettingsSchema).max(500).superRefine(uniqueBy('serviceId', 'service')).optional(),
});

export const commandSchemas = {
  'ticket.issue': z.strictObject({
    serviceId: slug,
    priority: z.enum(PRIORITY_REASONS).nullable().optional(),
    idempotencyKey: z.string().min(8).max(64).regex(/^[A-Za-z0-9_-]+$/),
    withNotice: z.boolean().optional(),
    /** A card reading at this kiosk (idcard.presented): the ticket states its person once. */
    idReading: idReadingToken.optional(),
  }),
  'ticket.track': z.strictObject({ token: z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/) }),
  'ticket.cancel': z.strictObject({ ticketId }),
  'ticket.requeue': z.strictObject({ ticketId }),
  'counter.open': z.strictObject({ counterId }),
  'counter.close': z.strictObject({ counterId }),
  'counter.desk': z.strictObject({ counterId }),
  'counter.lists': z.strictObject({ counterId }),
  'counter.callNext': z.strictObject({ counterId }),
  'counter.callTicket': z.strictObject({ counterId, ticketId }),
  'counter.recall': z.strictObject({ counterId }),
  'counter.noShow': z.strictObject({ counterId }),
  'counter.start': z.strictObject({ counterId }),
  'counter.finish': z.strictObject({ counterId }),
  'counter.finishAndCallNext': z.strictObject({ counterId }),
  'counter.transfer': z
    .strictObject({ counterId, toServiceId: slug.optional(), toCounterId: counterId.optional() })
    .refine((v) => v.toServiceId !== undefined || v.toCounterId !== undefined, {
      message: 'toServiceId or toCounterId',
      path: ['toServiceId'],
    }),
  'counter.hold': z.strictObject({ counterId }),
  'counter.resume': z.strictObject({ counterId, ticketId }),
  'counter.pause': z.strictObject({ counterId }),
  'counter.unpause': z.strictObject({ counterId }),
  'counter.release': z.strictObject({ counterId }),
  'hall.snapshot': z.strictObject({}),
  'ticket.reprint': z.strictObject({ ticketId: ticketId.optional(), number: ticketNumber.optional(), printerId: slug.optional() })
    .refine((v) => (v.ticketId === undefined) !== (v.number === undefined), { message: 'ticketId or number', path: ['ticketId'] }),
  'notice.print': z.strictObject({ serviceId: slug, printerId: slug.optional() }),
  'print.missedSlips': z.strictObject({}),
  'service.guide': z.strictObject({ serviceId: slug }),
  'ticket.rate': z.strictObject({
    token: z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/).optional(),
    number: ticketNumber.optional(),
    ratingCode: z.string().regex(/^[0-9]{6}$/).optional(),
    level: z.union(RATING_LEVELS.map((l) => z.literal(l))),
    reasons: z.array(z.enum(RATING_REASONS)).max(RATING_REASONS.length).optional(),
    comment: plainText({ max: 300, multiline: true }).optional(),
    /** With a 差评 only: a number the centre calls back on about the follow-up. */
    phone: residentPhone.optional(),
  }).refine((v) => !(v.token !== undefined && v.number !== undefined), { message: 'token or number', path: ['number'] }),
  'complaint.submit': z.strictObject({
    category: z.enum(COMPLAINT_CATEGORIES),
    text: plainText({ trim: true, min: 2, max: 500, multiline: true }),
    phone: residentPhone.optional(),
  }),
  'service.list': z.strictObject({}),
  /** The public portal's overview (protocol/portal.ts). */
  'portal.services': z.strictObject({}),

  // Administration: every change below writes an audit line.
  'device.list': z.strictObject({}),
  'device.get': z.strictObject({ deviceId }),
  /** Which binding fields a kind takes is checked in the handler (server/devices/binding.ts), on the merged record. */
  'device.issue': z.strictObject({ kind: z.enum(DEVICE_KINDS), name: deviceName, ...deviceBinding }),
  /** Fields left out keep their value; null (or [] for centreIds) clears. The kind never changes. */
  'device.update': z.strictObject({ deviceId, name: deviceName.optional(), ...deviceBinding }),
  /** Ends the key: open connections are dropped at once; the record stays for the history. */
  'device.revoke': z.strictObject({ deviceId }),
  /** A new key replaces the old one, which stops working at once (open connections too). */
  'device.rekey': z.strictObject({ deviceId }),
  'hall.settings': z.strictObject({}),
  'hall.updateSettings': z.strictObject({
    ...hallSettingsSchema.shape,
    /**
     * The address phones reach; left out: kept; null: the deployment's (PUBLIC_URL or the LAN address)
     * again. Not part of a configuration file: it belongs to the machine, not to the hall.
     */
    publicAddress: publicAddress.nullable().optional(),
    /** Read-only part of the answer: a client may send back what it read; it is ignored. */
    phones: z.unknown().optional(),
  }),
  'printer.list': z.strictObject({}),
  'printer.get': z.strictObject({ id: slug }),
  /** The address is checked by the printer layer's own parser in the handler (one rule, one place). */
  'printer.create': z.strictObject({ id: slug, ...printerFields }),
  /** Fields left out keep their value. Applies at once: the next slip goes to the new address. */
  'printer.update': z.strictObject({ id: slug, ...z.strictObject(printerFields).partial().shape }),
  /** Creates or replaces (the first admin path, PUT /api/printers/:id). */
  'printer.save': z.strictObject({ id: slug, ...printerFields }),
  /** Refused (IN_USE) while a kiosk prints on it; its queued slips fail with an alert (docs/PRINTERS.md). */
  'printer.remove': z.strictObject({ id: slug }),
  'printer.test': z.strictObject({ id: slug }),
  'auth.unlock': z.strictObject({ username: plainText({ min: 1, max: 64 }) }),
  'service.hours': z.strictObject({ serviceId: slug }),
  /** Fields left out keep their value; null clears (no hours: open all day on working days). */
  'service.setHours': z.strictObject({ serviceId: slug, ...hoursFields }),
  // Centres, services and counters: an id left out of a create is chosen by the server; fields left out
  // of an update keep their value.
  'centre.list': z.strictObject({}),
  'centre.get': z.strictObject({ id: slug }),
  'centre.create': z.strictObject({ id: slug.optional(), ...centreFields, nameMn: mongolianText.optional(),
    sortOrder: sortOrder.optional(), enabled: z.boolean().optional() }),
  'centre.update': z.strictObject({ id: slug, ...z.strictObject(centreFields).partial().shape }),
  /** Only a centre nothing belongs to (services, counters, staff); otherwise IN_USE, disable it instead. */
  'centre.remove': z.strictObject({ id: slug }),
  'service.adminList': z.strictObject({}),
  'service.get': z.strictObject({ id: slug }),
  'service.create': z.strictObject({ id: slug.optional(), ...z.strictObject(serviceFields).partial().shape,
    centreId: slug, name: structureName, prefix, ...hoursFields }),
  'service.update': z.strictObject({ id: slug, ...z.strictObject(serviceFields).partial().shape, ...hoursFields }),
  /** Only a service no ticket ever named; otherwise IN_USE, disable it instead. */
  'service.remove': z.strictObject({ id: slug }),
  'counter.list': z.strictObject({}),
  'counter.get': z.strictObject({ id: counterId }),
  /** `id` is the window number residents hear in the call. */
  'counter.create': z.strictObject({ id: counterId, ...z.strictObject(counterFields).partial().shape, centreId: slug,
    serviceIds: orderedServiceIds }),
  'counter.update': z.strictObject({ id: counterId, ...z.strictObject(counterFields).partial().shape }),
  /** Only a counter nothing ever named (tickets, ratings, logins, devices); otherwise IN_USE, disable it instead. */
  'counter.remove': z.strictObject({ id: counterId }),
  'calendar.list': z.strictObject({ year: z.number().int().min(2000).max(2100) }),
  'calendar.get': z.strictObject({ date: calendarDate }),
  'calendar.set': calendarEntrySchema,
  'calendar.remove': z.strictObject({ date: calendarDate }),
  /** One line a day, `YYYY-MM-DD holiday|workday name`; see server/hall/calendar-text.ts. */
  'calendar.import': z.strictObject({ text: z.string().min(1).max(8000) }),
  'staff.list': z.strictObject({}),
  'staff.get': z.strictObject({ id: staffId }),
  'staff.create': z.strictObject({ ...staffFields, centreId: staffFields.centreId.optional() }),
  /** Fields left out keep their value; `active: false` disables the account (like staff.remove). */
  'staff.update': z.strictObject({ id: staffId, ...z.strictObject(staffFields).partial().shape, active: z.boolean().optional() }),
  /** Disables the account: its history (tickets, ratings, audit) keeps naming it. */
  'staff.remove': z.strictObject({ id: staffId }),
  'staff.resetPassword': z.strictObject({ id: staffId }),
  /** null removes the photo. */
  'staff.setPhoto': z.strictObject({ id: staffId, content: staffPhoto }),
  'auth.changePassword': z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword }),
  // The 差评 closed loop (protocol/cases.ts).
  'case.list': z.strictObject({ status: z.enum(CASE_STATUSES).optional(), kind: z.enum(CASE_KINDS).optional(), overdue: z.boolean().optional(), beforeId: caseId.optional() }),
  'case.get': z.strictObject({ id: caseId }),
  'case.assign': z.strictObject({ id: caseId, assigneeId: staffId }),
  'case.callBack': z.strictObject({ id: caseId, reached: z.boolean(), note: caseText(300),
    residentSatisfaction: z.enum(HANDLING_SATISFACTION).optional() }),
  'case.rectify': z.strictObject({ id: caseId, rectification: caseText(500) }),
  'case.close': z.strictObject({ id: caseId, result: caseText(500), residentSatisfaction: z.enum(HANDLING_SATISFACTION).optional() }),
  // 电子监察 (protocol/supervision.ts): the live board and its alerts, for supervisors and admins.
  // Matters (办件, protocol/matters.ts): the counter records and moves them, residents look them up.
  /** A ticket of today that the caller finished; the hall makes the 受理编号. The phone keeps enough digits for the lookup. */
  'matter.record': z.strictObject({
    ticketNumber,
    phone: residentPhone.refine((phone) => phoneTailOf(phone) !== null, { message: 'too few digits' }),
    state: z.enum(FIRST_STATES),
    ...matterDetail,
  }),
  'matter.get': z.strictObject({ number: matterNumber }),
  'matter.move': z.strictObject({ number: matterNumber, state: z.enum(MATTER_STATES), ...matterDetail }),
  /** Public: an unknown number and a wrong tail answer alike (MATTER_NOT_FOUND); misses are limited per caller. */
  'matter.lookup': z.strictObject({ number: matterNumber, phoneTail: z.string().regex(PHONE_TAIL) }),
  'supervision.get': z.strictObject({}),
  /** Newest first, 100 at a time; `unacknowledged: true` leaves out those already acknowledged. */
  'alert.list': z.strictObject({ beforeId: alertId.optional(), unacknowledged: z.boolean().optional() }),
  'alert.ack': z.strictObject({ id: alertId }),
  'config.export': z.strictObject({}),
  /** Applied whole in one transaction, or refused (CONFIG_INVALID) with every problem named. */
  'config.import': configFileSchema,
  /**
   * Newest first, a page at a time; every filter optional: `actor` as the log writes it (`user:3`,
   * `device:2`), `command` by prefix (`staff.` or `staff.create`), `subject` with everything under it
   * (`staff` is every `staff:<id>`, `staff:3` that account), `from` ≤ at < `to` (ms since the epoch).
   */
  'audit.list': z.strictObject({
    beforeId: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    actor: z.string().regex(/^(?:(?:user|device):[0-9]{1,16}|anonymous)$/).optional(),
    command: z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z.]*$/).optional(),
    subject: z.string().min(1).max(128).regex(/^[A-Za-z0-9:._-]+$/).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
  }),

  // 办理指南, sample files, notices (公告) and the 政务公开 boards (./guide-schema, ./public-info-schema).
  'guide.get': z.strictObject({ serviceId: slug }),
  'guide.save': z.strictObject({ serviceId: slug, guide: guideSchema }),
  'sample.upload': z.strictObject({ serviceId: slug, ...sampleUploadSchema }),
  'sample.remove': z.strictObject({ serviceId: slug, image: samplePath }),
  'announcement.list': z.strictObject({}),
  'announcement.get': z.strictObject({ id: announcementId }),
  'announcement.create': announcementCreate,
  'announcement.update': announcementUpdate,
  'announcement.remove': z.strictObject({ id: announcementId }),
  'board.list': z.strictObject({}),
  'board.get': z.strictObject({ id: boardId }),
  'board.save': boardSave,

  // 好差评 data out (./ratings-export.ts): ratings with their follow-up for a range of business days, page by page.
  'rating.export': z.strictObject({
    from: calendarDate,
    to: calendarDate,
    /** The `next` of the page before; left out for the first page. */
    cursor: z.string().regex(/^[0-9]{1,16}-[0-9]{1,16}$/).optional(),
    limit: z.number().int().min(1).max(RATING_EXPORT_PAGE).optional(),
  }),
  /** The caller's own figures today at the counter desk (./desk-figures.ts). */
  'desk.figures': z.strictObject({}),
  // Reports and the monthly 考评 sheet (protocol/reports.ts): business days in the hall's time zone, both
  // ends included; a range backwards or longer than REPORT_MAX_DAYS is refused by the handler.
  'report.get': z.strictObject({ from: calendarDate, to: calendarDate, by: z.enum(REPORT_GROUPINGS) }),
  'report.assessment': z.strictObject({ month: z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/) }),
  'ratingPush.status': z.strictObject({}),
  /** The push's endpoint (./rating-push.ts). `token` left out keeps the stored one; null removes it. */
  'ratingPush.configure': z.strictObject({
    enabled: z.boolean(),
    url: pushUrl.nullable(),
    batchSize: z.number().int().min(1).max(RATING_PUSH_BATCH_MAX),
    token: z.string().regex(/^[\x21-\x7e]{8,256}$/).nullable().optional(),
  }).refine((v) => !v.enabled || v.url !== null, { message: 'required to switch the push on', path: ['url'] }),
  // How displays announce calls (./voice/settings.ts).
  'voice.settings': z.strictObject({}),
  'voice.configure': voiceSettingsSchema,
  // The translation workbench (./mn-texts.ts): a text by its key; the server checks the Mongolian against its Chinese.
  'mnText.list': z.strictObject({}),
  /** The catalog Mongolian edited in the workbench, for pages without a hall snapshot (the phone page). */
  'mnText.overrides': z.strictObject({}),
  'mnText.save': z.strictObject({ key: mnTextKeySchema, mn: mnTextSchema }),
  /** Approves exactly the Mongolian given (what the reviewer saw), in the reviewer's name, dated by the server. */
  'mnText.approve': z.strictObject({ key: mnTextKeySchema, mn: mnTextSchema, reviewer: plainText({ trim: true, min: 1, max: 40 }) }),
  'mnText.export': z.strictObject({}),
  /** A file that does not start with the workbench's header line is not a translation file at all (BAD_REQUEST). */
  'mnText.import': z.strictObject({
    csv: z.string().min(1).max(MN_CSV_MAX).refine((csv) => csv.replace(/^\uFEFF/, '').startsWith(MN_CSV_COLUMNS.join(',')),
      { message: 'not a translation file' }),
  }),
  'idcard.read': z.strictObject({
    // Form, birth date and check character (GB 11643); a refusal names the field, never the value.
    idNumber,
    name: plainText({ trim: true, min: 1, max: ID_NAME_MAX }),
  }),
  'idcard.discard': z.strictObject({ idReading: idReadingToken }),
  // Appointments (预约) and kiosk check-in.
  ...bookingCommandSchemas,
} satisfies Record<string, z.ZodType>;

/** The name of every command (also its socket.io event name). */
export type CommandName = keyof typeof commandSchemas;
/** What a client sends for a command (before validation). */
export type CommandInput<N extends CommandName> = z.input<(typeof commandSchemas)[N]>;
/** What a handler receives: the input after its schema accepted (and normalised) it. */
export type CheckedInput<N extends CommandName> = z.output<(typeof commandSchemas)[N]>;

/**
 * The schema table seen through the derived types: indexed by a generic command name it still yields
 * that command's own schema, so the bus needs no cast to hand a handler its input.
 */
export const schemaOf: { readonly [N in CommandName]: z.ZodType<CheckedInput<N>, CommandInput<N>> } = commandSchemas;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commandSchemas, name);
}

export const COMMAND_NAMES: readonly CommandName[] = Object.keys(commandSchemas).filter(isCommandName);

export const loginSchema = z.strictObject({
  username: plainText({ min: 1, max: 64 }),
  password: z.string().min(1).max(256),
});

export const handshakeSchema = z.strictObject({
  token: z.string().min(16).max(128).optional(),
  deviceKey: z.string().min(16).max(128).optional(),
});

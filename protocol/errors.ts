/**
 * Machine-readable error codes. Every failure a client can see is one of these; the UI turns the code
 * into words through the message catalog (key `error.<CODE>`), so no server text reaches a resident.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',          // malformed JSON, wrong types, unknown fields
  'TEXT_INVALID',         // a text field holds control characters, bidi overrides or lone surrogates
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE', // a request body that is not declared as JSON
  'ORIGIN_NOT_ALLOWED',   // a page of another site (Origin header) tried to reach the hall
  'UNAUTHENTICATED',
  'DEVICE_KEY_UNKNOWN',   // a device key the hall does not know: mistyped, or replaced by a new key (重新生成密钥)
  'DEVICE_KEY_REVOKED',   // a device key of a device an admin revoked (吊销)
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'LOGIN_LOCKED',
  'INVALID_CREDENTIALS',
  'SERVICE_NOT_FOUND',
  'SERVICE_NOT_OFFERED',   // a kiosk limited to some centres was asked for a service of another centre
  'SERVICE_CLOSED',        // outside service hours
  'HALL_CLOSED_TODAY',     // today is not a working day (weekend, or a public holiday of the calendar)
  'HALF_DAY_LIMIT_REACHED', // the morning's (上午) or afternoon's (下午) tickets of the service are all taken
  'SERVICE_DISABLED',
  'DAILY_LIMIT_REACHED',
  'SEQUENCE_EXHAUSTED',    // more than 999 tickets on one prefix in one day
  'PRIORITY_REASON_INVALID',
  'TICKET_NOT_FOUND',
  'TICKET_STATE_INVALID',  // the verb does not apply to the ticket's current status
  'TICKET_NOT_TODAY',
  'REQUEUE_NOT_ALLOWED',
  'COUNTER_NOT_FOUND',
  'COUNTER_NOT_OPEN',
  'COUNTER_PAUSED',
  'COUNTER_BUSY',          // the counter already has a ticket in hand
  'COUNTER_IDLE',          // the verb needs a ticket in hand and there is none
  'COUNTER_TAKEN',         // another staff member is logged in at this counter
  'COUNTER_NOT_SERVING_SERVICE',
  'QUEUE_EMPTY',
  'TRANSFER_TARGET_INVALID',
  'PRINTER_UNAVAILABLE',
  'RATING_NOT_ALLOWED',
  'ALREADY_RATED',
  'STORAGE_FULL',          // the hall's disk is full: nothing was saved
  'STORAGE_UNAVAILABLE',   // the database cannot be written (read-only, damaged, device error)
  'RATING_CODE_WRONG',     // a kiosk rating named a number with a rating code that is not the slip's
  'PASSWORD_CHANGE_REQUIRED', // the account's password was set by an admin: choose one first (auth.changePassword)
  'COUNTER_ELSEWHERE',     // the staff member is already logged in at another counter (one at a time)
  'COUNTER_DISABLED',      // an admin disabled this counter: it cannot be opened
  'ALREADY_EXISTS',        // an id, login name, staff number, prefix or counter number already in use (see fields)
  'LAST_ADMIN',            // the change would leave the hall without an active admin
  'SELF_LOCKOUT',          // an admin cannot disable, remove or demote their own account
  'IN_USE',                // still referred to (tickets today, services, counters): disable it instead
  'CASE_CLOSED',           // the case is closed: nothing more can be done on it
  'CASE_STEP_INVALID',     // the case is not at a stage where this step applies (e.g. rectify before assigning)
  'CALL_BACK_REQUIRED',    // a resident who left a number is called back before their case is closed
  'CONFIG_INVALID',        // a configuration file was refused as a whole: every fault is in `problems`
  'SAMPLE_TOO_LARGE',      // an uploaded sample file is over 5 MB: nothing was stored
  'SAMPLE_TYPE_REFUSED',   // an uploaded sample file is not a PNG or JPEG image or a PDF (judged by its bytes)
  'PHOTO_TOO_LARGE',       // a staff photo is over 1 MB: nothing was stored
  'PHOTO_TYPE_REFUSED',    // a staff photo is not a PNG or JPEG image (judged by its bytes)
  'DATE_RANGE_BACKWARDS',  // a date range whose end (`to`) is before its start (`from`)
  'DATE_RANGE_TOO_LONG',   // a date range longer than the command answers at once (see docs/PROTOCOL.md)
  'ALREADY_ACKNOWLEDGED',  // the alert was acknowledged already (by whom and when: alert.list)
  'LIMITS_INVALID',        // a service's red limit is not above its yellow one (the field named is the red one)
  'MN_TEXT_INVALID',       // a Mongolian text the workbench cannot take (script, placeholders, length): the faults are in `problems`
  'MN_IMPORT_INVALID',     // a translation file was refused as a whole (nothing changed): every fault is in `problems` by line and column
  'ID_READING_GONE',       // the card reading is used, replaced by a newer one, expired, or of another kiosk: read the card again
  'PERSON_HAS_OPEN_TICKET', // the person of the card already holds an open ticket of this service
  'MATTER_NOT_FOUND',      // no matter with this 受理编号 and these last phone digits (an unknown number answers the same)
  'MATTER_STATE_INVALID',  // the matter cannot move to that state from where it stands (protocol/matter-flow.ts)
  'MATTER_CLOSED',         // the matter is 办结 or 不予受理: it moves no more
  'MATTER_EXISTS',         // the ticket already has a matter recorded
  'MATTER_NOT_ALLOWED',    // a matter is recorded on a ticket of today that the caller finished
  // Appointments (预约) and kiosk check-in (protocol/booking.ts, docs/BOOKINGS.md).
  'SERVICE_NOT_BOOKABLE',  // the service takes no appointments
  'BOOKING_DATE_CLOSED',   // the date is a holiday or a weekend that is no make-up working day
  'BOOKING_DATE_OUT_OF_RANGE', // before today, or further ahead than the service books
  'BOOKING_OUTSIDE_HOURS', // no slot starts at that time on that date (outside the service's hours)
  'BOOKING_SLOT_PAST',     // the slot has already started
  'BOOKING_SLOT_FULL',     // every bookable place of the slot is taken
  'BOOKING_DUPLICATE',     // the number already holds an open booking for this service on that day
  'BOOKING_LIMIT_REACHED', // the number already holds as many open bookings as one number may
  'BOOKING_BLOCKED',       // the number missed too many bookings lately; booking is open again later
  'PHONE_INVALID',         // not a Chinese mobile number (11 digits starting 13-19)
  'BOOKING_NOT_FOUND',     // no booking has that code (failed lookups are limited per address)
  'BOOKING_CANCEL_TOO_LATE', // past the service's cancellation deadline before the slot
  'BOOKING_CANCELLED',     // the booking was cancelled
  'BOOKING_NOT_ACTIVE',    // the booking is no longer open (checked in, missed or cancelled)
  'BOOKING_EXPIRED',       // the booking's day is over
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  /** Catalog text in Chinese, for logs and API users; UIs translate `code` themselves. */
  message: string;
  /** Field-level details for BAD_REQUEST (paths only, never values). */
  fields?: string[];
  /**
   * Each fault with its reason, when a form or file has several (a whole configuration file is checked
   * before anything is applied): the path (e.g. `services.2.prefix`), and why — an error code, or for a
   * schema fault the check that failed (`too_big`, `invalid_type`, `custom:MM-DD`, …). Never values.
   */
  problems?: Problem[];
}

export interface Problem {
  path: string;
  reason: string;
}

/** HTTP status for each code: the body always carries the code itself. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  TEXT_INVALID: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  ORIGIN_NOT_ALLOWED: 403,
  UNAUTHENTICATED: 401,
  DEVICE_KEY_UNKNOWN: 401,
  DEVICE_KEY_REVOKED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  LOGIN_LOCKED: 429,
  INVALID_CREDENTIALS: 401,
  SERVICE_NOT_FOUND: 404,
  SERVICE_NOT_OFFERED: 403,
  SERVICE_CLOSED: 409,
  HALL_CLOSED_TODAY: 409,
  HALF_DAY_LIMIT_REACHED: 409,
  SERVICE_DISABLED: 409,
  DAILY_LIMIT_REACHED: 409,
  SEQUENCE_EXHAUSTED: 409,
  PRIORITY_REASON_INVALID: 400,
  TICKET_NOT_FOUND: 404,
  TICKET_STATE_INVALID: 409,
  TICKET_NOT_TODAY: 409,
  REQUEUE_NOT_ALLOWED: 409,
  COUNTER_NOT_FOUND: 404,
  COUNTER_NOT_OPEN: 409,
  COUNTER_PAUSED: 409,
  COUNTER_BUSY: 409,
  COUNTER_IDLE: 409,
  COUNTER_TAKEN: 409,
  COUNTER_NOT_SERVING_SERVICE: 409,
  QUEUE_EMPTY: 404,
  TRANSFER_TARGET_INVALID: 400,
  PRINTER_UNAVAILABLE: 503,
  RATING_NOT_ALLOWED: 409,
  ALREADY_RATED: 409,
  STORAGE_FULL: 507,
  STORAGE_UNAVAILABLE: 503,
  RATING_CODE_WRONG: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  COUNTER_ELSEWHERE: 409,
  COUNTER_DISABLED: 409,
  ALREADY_EXISTS: 409,
  LAST_ADMIN: 409,
  SELF_LOCKOUT: 409,
  IN_USE: 409,
  CASE_CLOSED: 409,
  ALREADY_ACKNOWLEDGED: 409,
  LIMITS_INVALID: 400,
  CASE_STEP_INVALID: 409,
  CALL_BACK_REQUIRED: 409,
  CONFIG_INVALID: 422,
  MN_TEXT_INVALID: 422,
  MN_IMPORT_INVALID: 422,
  SAMPLE_TOO_LARGE: 413,
  SAMPLE_TYPE_REFUSED: 415,
  PHOTO_TOO_LARGE: 413,
  PHOTO_TYPE_REFUSED: 415,
  DATE_RANGE_BACKWARDS: 400,
  DATE_RANGE_TOO_LONG: 400,
  ID_READING_GONE: 409,
  PERSON_HAS_OPEN_TICKET: 409,
  MATTER_NOT_FOUND: 404,
  MATTER_STATE_INVALID: 409,
  MATTER_CLOSED: 409,
  MATTER_EXISTS: 409,
  MATTER_NOT_ALLOWED: 409,
  SERVICE_NOT_BOOKABLE: 409,
  BOOKING_DATE_CLOSED: 409,
  BOOKING_DATE_OUT_OF_RANGE: 409,
  BOOKING_OUTSIDE_HOURS: 409,
  BOOKING_SLOT_PAST: 409,
  BOOKING_SLOT_FULL: 409,
  BOOKING_DUPLICATE: 409,
  BOOKING_LIMIT_REACHED: 409,
  BOOKING_BLOCKED: 409,
  PHONE_INVALID: 400,
  BOOKING_NOT_FOUND: 404,
  BOOKING_CANCEL_TOO_LATE: 409,
  BOOKING_CANCELLED: 409,
  BOOKING_NOT_ACTIVE: 409,
  BOOKING_EXPIRED: 409,
  INTERNAL: 500,
};

/** What every command answers, over socket.io acks and in HTTP bodies alike. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

/**
 * Why an import was refused, in words: the server names each fault by its path in the file and a reason
 * (an error code, or the schema check that failed); this turns the reason into a catalog text.
 */
import type { UiKey } from '../../../../protocol/catalog/ui-lookup';
import type { Vars } from '../../../../protocol/catalog';
import { ERROR_CODES, type ErrorCode } from '../../../../protocol/errors';

const SCHEMA_REASONS: Record<string, UiKey> = {
  too_big: 'admin.config.reason.too_big',
  too_small: 'admin.config.reason.too_small',
  invalid_type: 'admin.config.reason.invalid_type',
  invalid_value: 'admin.config.reason.invalid_value',
  invalid_format: 'admin.config.reason.invalid_format',
  unrecognized_keys: 'admin.config.reason.unrecognized_keys',
};

function isErrorCode(reason: string): reason is ErrorCode {
  return ERROR_CODES.some((code) => code === reason);
}

export function reasonText(reason: string): { key: UiKey; vars?: Vars } {
  if (isErrorCode(reason)) return { key: `error.${reason}` };
  if (reason.startsWith('custom:')) return { key: 'admin.config.reason.custom', vars: { rule: reason.slice('custom:'.length) } };
  const known = SCHEMA_REASONS[reason];
  return known ? { key: known } : { key: 'admin.config.reason.other', vars: { reason } };
}

/** The sections of the file in the order an import applies them, with their names on screen. */
export const SECTION_NAMES: Record<string, UiKey> = {
  hall: 'admin.config.section.hall',
  calendar: 'admin.config.section.calendar',
  centres: 'admin.config.section.centres',
  services: 'admin.config.section.services',
  bookings: 'admin.config.section.bookings',
  counters: 'admin.config.section.counters',
  printers: 'admin.config.section.printers',
  devices: 'admin.config.section.devices',
  staff: 'admin.config.section.staff',
  guides: 'admin.config.section.guides',
  announcements: 'admin.config.section.announcements',
  boards: 'admin.config.section.boards',
};

/**
 * Between the device form and its commands: the form holds every binding field, and only those the
 * device's kind takes (protocol/admin.ts DEVICE_BINDING_FIELDS) are sent. A counter is chosen in a
 * select, which holds text: it is sent as the number the command takes.
 */
import { DEVICE_BINDING_FIELDS, DEVICE_KINDS } from '../../../../protocol/admin';
import type { DeviceKind, DeviceSelfView } from '../../../../protocol/views';
import type { FormValues } from '../../kit/use-command-form';

export function kindOf(value: unknown): DeviceKind {
  return DEVICE_KINDS.find((k) => k === value) ?? 'kiosk';
}

/** The input of device.issue (`kind`, `name` and the kind's own links) or device.update (`deviceId` instead of `kind`). */
export function deviceInput(values: FormValues, kind: DeviceKind, keep: readonly string[]): FormValues {
  const taken: readonly string[] = DEVICE_BINDING_FIELDS[kind];
  const input: FormValues = {};
  for (const [name, value] of Object.entries(values)) {
    if (!keep.includes(name) && !taken.includes(name)) continue;
    input[name] = name === 'counterId' && typeof value === 'string' ? Number(value) : value;
  }
  return input;
}

export function prepareIssue(values: FormValues): FormValues {
  return deviceInput(values, kindOf(values.kind), ['kind', 'name']);
}

/** The form's values for a device being edited. */
export function formValuesOf(d: DeviceSelfView): FormValues {
  return { deviceId: d.id, name: d.name, printerId: d.printerId, centreIds: d.centreIds, centreId: d.centreId,
    counterId: d.counterId === null ? null : String(d.counterId), displayKind: d.displayKind };
}

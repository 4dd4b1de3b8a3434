/**
 * Devices (kiosk, display, rating pad) and their keys, for admins. A key is shown once, when it is
 * issued or replaced, as the URL the device opens; only its hash is stored. Revoking or re-keying a
 * device ends the open connections of the old key at once. A device is never deleted: a revoked one
 * stays for the history (tickets, ratings, the audit trail).
 */
import type { DeviceView, DeviceWithKey } from '../../protocol/admin';
import type { DeviceBindingView, DeviceKind } from '../../protocol/views';
import { impliedDisplayKind, type DisplayBinding, type DisplayKind } from '../../protocol/display-kind';
import type { CommandContext } from './context';
import type { CommandDef } from './define';
import { issueDeviceKey, rekeyDevice } from '../auth/devices';
import { deviceById, listDevices, revokeDevice, updateDevice, type DeviceFields, type DeviceRecord } from '../db/queries/devices';
import { bindingProblems } from '../devices/binding';
import { unknownLinks } from '../devices/links';
import { deviceUrl } from '../devices/device-url';
import { fail } from './errors';
import { audit } from './audit';

function view(ctx: CommandContext, d: DeviceRecord): DeviceView {
  return { ...d, online: ctx.presence.connections(d.id) };
}

/** An active device (revoked ones cannot be changed). */
function active(ctx: CommandContext, deviceId: number): DeviceRecord {
  const device = deviceById(ctx.db, deviceId);
  if (!device || device.revokedAt !== null) fail('NOT_FOUND', ['deviceId']);
  return device;
}

/** Refuses a binding that does not fit the kind, then links to things that do not exist, naming the fields. */
function checkBinding(ctx: CommandContext, d: DeviceFields): void {
  const wrong = bindingProblems(d.kind, d);
  if (wrong.length > 0) fail('BAD_REQUEST', wrong);
  const unknown = unknownLinks(ctx.db, d);
  if (unknown.length > 0) fail('BAD_REQUEST', unknown);
}

/** What the audit trail keeps of a device: never its key or its presence. */
function audited(d: DeviceRecord): Omit<DeviceRecord, 'lastSeenAt'> {
  const { lastSeenAt: _seen, ...kept } = d;
  return kept;
}

function withKey(ctx: CommandContext, device: DeviceRecord, key: string): DeviceWithKey {
  return { device: view(ctx, device), key, url: deviceUrl(ctx.settings.publicUrl, device.kind, key) };
}

function binding(kind: DeviceKind, input: Partial<DeviceBindingView>, before: DeviceBindingView): DeviceBindingView {
  const links = {
    printerId: input.printerId === undefined ? before.printerId : input.printerId,
    counterId: input.counterId === undefined ? before.counterId : input.counterId,
    centreId: input.centreId === undefined ? before.centreId : input.centreId,
    centreIds: input.centreIds ?? before.centreIds,
  };
  return { ...links, displayKind: displayKindOf(kind, input.displayKind, before.displayKind, links) };
}

/**
 * A display's kind as named, or when not named: a compact display stays compact, any other takes the
 * kind its links imply (so a display moved to a counter becomes that window's display). Other devices
 * keep what they are given, for bindingProblems to refuse.
 */
function displayKindOf(kind: DeviceKind, named: DisplayKind | null | undefined, before: DisplayKind | null,
  links: Omit<DisplayBinding, 'displayKind'>): DisplayKind | null {
  if (kind !== 'display') return named ?? null;
  if (named) return named;
  return before === 'compact' && named === undefined ? 'compact' : impliedDisplayKind(links);
}

const NO_BINDING: DeviceBindingView = { printerId: null, counterId: null, centreId: null, centreIds: [], displayKind: null };

export const deviceList: CommandDef<'device.list'> = {
  name: 'device.list',
  permits: ['admin'],
  run(ctx) {
    return listDevices(ctx.db).map((d) => view(ctx, d));
  },
};

export const deviceGet: CommandDef<'device.get'> = {
  name: 'device.get',
  permits: ['admin'],
  run(ctx, { deviceId }) {
    return view(ctx, deviceById(ctx.db, deviceId) ?? fail('NOT_FOUND', ['deviceId']));
  },
};

export const deviceIssue: CommandDef<'device.issue'> = {
  name: 'device.issue',
  permits: ['admin'],
  administrative: true,
  run(ctx, { kind, name, ...links }) {
    const fields: DeviceFields = { kind, name, ...binding(kind, links, NO_BINDING) };
    checkBinding(ctx, fields);
    const issued = issueDeviceKey(ctx.db, fields, ctx.now);
    const device = deviceById(ctx.db, issued.id) ?? fail('NOT_FOUND', ['deviceId']);
    // The audit line never holds the key.
    audit(ctx, `device:${device.id}`, null, audited(device));
    ctx.outbox.hallConfig();
    return withKey(ctx, device, issued.key);
  },
};

export const deviceUpdate: CommandDef<'device.update'> = {
  name: 'device.update',
  permits: ['admin'],
  administrative: true,
  run(ctx, { deviceId, name, ...links }) {
    const before = active(ctx, deviceId);
    const fields: DeviceFields = { kind: before.kind, name: name ?? before.name, ...binding(before.kind, links, before) };
    checkBinding(ctx, fields);
    updateDevice(ctx.db, deviceId, fields);
    const after = active(ctx, deviceId);
    audit(ctx, `device:${deviceId}`, audited(before), audited(after));
    // The device's cached caller (its printer) is looked up again; its snapshot tells it the rest.
    ctx.outbox.deviceChanged(deviceId);
    ctx.outbox.hallConfig();
    return view(ctx, after);
  },
};

export const deviceRevoke: CommandDef<'device.revoke'> = {
  name: 'device.revoke',
  permits: ['admin'],
  administrative: true,
  run(ctx, { deviceId }) {
    const before = active(ctx, deviceId);
    revokeDevice(ctx.db, deviceId, ctx.now);
    const after = deviceById(ctx.db, deviceId) ?? before;
    ctx.outbox.deviceRevoked(deviceId);
    ctx.outbox.hallConfig();
    audit(ctx, `device:${deviceId}`, audited(before), audited(after));
    return view(ctx, after);
  },
};

export const deviceRekey: CommandDef<'device.rekey'> = {
  name: 'device.rekey',
  permits: ['admin'],
  administrative: true,
  run(ctx, { deviceId }) {
    const device = active(ctx, deviceId);
    const key = rekeyDevice(ctx.db, deviceId);
    // The old key's open connections end, exactly as for a revoked key.
    ctx.outbox.deviceRevoked(deviceId);
    audit(ctx, `device:${deviceId}`, { keyReplaced: false }, { keyReplaced: true });
    return withKey(ctx, device, key);
  },
};

/**
 * Devices (kiosk, display, rating pad) and their keys, for admins. A key is shown once, when it is
 * issued; only its hash is stored. Revoking a device ends its open connections at once.
 */
import type { CommandDef } from './define';
import { issueDeviceKey, unknownDeviceLink } from '../auth/devices';
import { deactivateDevice, deviceById, listDevices } from '../db/queries/users';
import { fail } from './errors';
import { audit } from './audit';

export const deviceList: CommandDef<'device.list'> = {
  name: 'device.list',
  permits: ['admin'],
  run(ctx) {
    return listDevices(ctx.db);
  },
};

export const deviceIssue: CommandDef<'device.issue'> = {
  name: 'device.issue',
  permits: ['admin'],
  administrative: true,
  run(ctx, input) {
    const device = { kind: input.kind, name: input.name, printerId: input.printerId ?? null, counterId: input.counterId ?? null };
    const unknown = unknownDeviceLink(ctx.db, device);
    if (unknown) fail('BAD_REQUEST', [unknown]);
    const issued = issueDeviceKey(ctx.db, device, ctx.now);
    // The audit line never holds the key.
    audit(ctx, `device:${issued.id}`, null, { id: issued.id, ...device });
    return issued;
  },
};

export const deviceRevoke: CommandDef<'device.revoke'> = {
  name: 'device.revoke',
  permits: ['admin'],
  administrative: true,
  run(ctx, { deviceId }) {
    const device = deviceById(ctx.db, deviceId) ?? fail('NOT_FOUND', ['deviceId']);
    deactivateDevice(ctx.db, deviceId);
    ctx.outbox.deviceRevoked(deviceId);
    audit(ctx, `device:${deviceId}`, device, null);
    return device;
  },
};

/**
 * Printers and devices. Printers are matched by id. Devices are matched by kind and name among those in
 * use (keys never travel: a revoked device stays behind); an existing one takes the file's bindings, a
 * new one is registered with a new key, and the address to open on it (holding the key) is answered once.
 */
import type { ConfigSection } from './section';
import { printerList, printerSave } from '../commands/admin-printers';
import { deviceIssue, deviceList, deviceUpdate } from '../commands/admin-devices';

export const printersSection: ConfigSection<'printers'> = {
  key: 'printers',
  read: (ctx) => printerList.run(ctx, {}).map((p) => ({ id: p.id, name: p.name, url: p.url, paperWidth: p.paperWidth })),
  apply(_ctx, printers, { runner }) {
    return printers.filter((printer, i) => runner.run(`printers.${i}`, printerSave, printer) !== null).length;
  },
};

export const devicesSection: ConfigSection<'devices'> = {
  key: 'devices',
  read: (ctx) => deviceList.run(ctx, {}).filter((d) => d.revokedAt === null).map((d) => ({
    kind: d.kind, name: d.name, printerId: d.printerId, counterId: d.counterId, centreId: d.centreId, centreIds: d.centreIds,
    displayKind: d.displayKind,
  })),
  apply(ctx, devices, state) {
    const inUse = deviceList.run(ctx, {}).filter((d) => d.revokedAt === null);
    return devices.filter((device, i) => {
      const path = `devices.${i}`;
      const { kind, name, ...binding } = device;
      const existing = inUse.find((d) => d.kind === kind && d.name === name);
      if (existing) return state.runner.run(path, deviceUpdate, { deviceId: existing.id, name, ...binding }) !== null;
      const issued = state.runner.run(path, deviceIssue, device);
      if (issued) state.newDevices.push({ kind, name, url: issued.url });
      return issued !== null;
    }).length;
  },
};

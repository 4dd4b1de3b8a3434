/**
 * How the console words a device: what it is tied to (by the names staff know, from the live hall),
 * whether it is connected now, and when it was last seen.
 */
import type { DeviceView } from '../../../../protocol/admin';
import type { DeviceSelfView, HallSnapshot } from '../../../../protocol/views';
import type { UiKey, Vars } from '../../../../protocol/catalog/ui-lookup';

type T = (key: UiKey, vars?: Vars) => string;

function centreName(hall: HallSnapshot | null, id: string): string {
  return hall?.centres.find((c) => c.id === id)?.name ?? id;
}

function counterName(hall: HallSnapshot | null, id: number, t: T): string {
  return hall?.counters.find((c) => c.id === id)?.name ?? t('counter.name', { n: id });
}

function printerName(hall: HallSnapshot | null, id: string): string {
  return hall?.printers.find((p) => p.printerId === id)?.name ?? id;
}

export function bindingText(d: DeviceSelfView, hall: HallSnapshot | null, t: T): string {
  if (d.kind === 'kiosk') {
    const printer = d.printerId === null ? t('admin.devices.noPrinter') : t('admin.devices.withPrinter', { name: printerName(hall, d.printerId) });
    const centres = d.centreIds.length === 0 ? t('admin.devices.allCentres') : d.centreIds.map((id) => centreName(hall, id)).join('、');
    return `${centres} · ${printer}`;
  }
  if (d.kind === 'display') {
    if (d.displayKind === 'compact') {
      return d.centreId === null ? t('admin.devices.scopeCompact') : t('admin.devices.scopeCompactCentre', { name: centreName(hall, d.centreId) });
    }
    if (d.counterId !== null) return t('admin.devices.scopeCounter', { name: counterName(hall, d.counterId, t) });
    if (d.centreId !== null) return t('admin.devices.scopeCentre', { name: centreName(hall, d.centreId) });
    return t('admin.devices.scopeHall');
  }
  return d.counterId === null ? '' : counterName(hall, d.counterId, t);
}

export function onlineText(d: DeviceView, t: T): string {
  if (d.online === 0) return t('admin.devices.offline');
  return d.online === 1 ? t('admin.devices.online') : t('admin.devices.onlineMany', { n: d.online });
}

/** "11月30日 14:05" in the hall's time zone; '' for never. */
export function seenText(at: number | null, timezone: string): string {
  if (at === null) return '';
  return new Intl.DateTimeFormat('zh-CN', { timeZone: timezone, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit',
    hour12: false }).format(new Date(at));
}

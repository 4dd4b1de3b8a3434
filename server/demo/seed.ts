/**
 * Creates the demo hall on an empty database: centres, services, counters, staff accounts
 * (./staff-accounts) and device keys for two kiosks, a hall display and a rating pad (all printing on the
 * simulated printer), the 2026 public holidays and make-up working days, and the demo-mode flag (services
 * open at any hour).
 */
import type { Db } from '../db/open';
import { t } from '../../protocol/catalog';
import { insertCentre, insertCounter, insertService } from '../db/queries/hall-admin';
import { savePrinter } from '../db/queries/printing';
import { storeGuide } from '../db/queries/guides';
import { DEMO_GUIDES } from './guides';
import { DEMO_BOARDS } from './boards';
import { storeBoard } from '../db/queries/boards';
import { seedDemoStaff, type DemoAccount } from './staff-accounts';
import { issueDeviceKey, type IssuedDevice } from '../auth/devices';
import { DEFAULT_HALL_SETTINGS, storeDemoMode, storeHallSettings } from '../hall/settings';
import { saveCalendarDay, setCalendarDayNameMn } from '../db/queries/calendar';
import { DEMO_CALENDAR, DEMO_DAY_NAMES_MN } from './calendar-2026';
import { DEMO_CENTRES, DEMO_COUNTERS, DEMO_HOURS, DEMO_SERVICES } from './hall-data';

export const DEMO_PRINTER_ID = 'lobby-printer';

export interface DemoSeed {
  staffUsername: string;
  staffPassword: string;
  /** Every demo account with its password (the first is `staffUsername`). */
  accounts: DemoAccount[];
  devices: IssuedDevice[];
}

/** `staffPassword` (tests) is every demo account's password; without it each gets its own. */
export function seedDemoHall(db: Db, now: number, staffPassword?: string): DemoSeed {
  return db.transaction(() => {
    storeHallSettings(db, DEFAULT_HALL_SETTINGS);
    storeDemoMode(db);
    for (const day of DEMO_CALENDAR) {
      saveCalendarDay(db, day);
      setCalendarDayNameMn(db, day.date, DEMO_DAY_NAMES_MN[day.name] ?? '');
    }
    DEMO_CENTRES.forEach((c, i) => insertCentre(db, { ...c, sortOrder: i }));
    DEMO_SERVICES.forEach((s, i) => insertService(db, {
      id: s.id, centreId: s.centreId, name: s.name, nameMn: s.nameMn, prefix: s.prefix,
      dailyLimit: s.dailyLimit, hours: DEMO_HOURS, defaultServiceMinutes: s.minutes, sortOrder: i,
    }));
    for (const c of DEMO_COUNTERS) {
      insertCounter(db, { id: c.id, name: t('counter.name', 'zh', { n: c.id }), centreId: c.centreId,
        callPolicy: c.policy, serviceIds: c.services });
    }
    for (const guide of DEMO_GUIDES) storeGuide(db, guide);
    for (const board of DEMO_BOARDS) storeBoard(db, board);
    savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅取号机打印机', url: 'simulated', paperWidth: 80 });
    const accounts = seedDemoStaff(db, now, staffPassword);
    const devices = [
      issueDeviceKey(db, { kind: 'kiosk', name: '大厅取号机 1', printerId: DEMO_PRINTER_ID, counterId: null, centreId: null, centreIds: [], displayKind: null }, now),
      issueDeviceKey(db, { kind: 'kiosk', name: '大厅取号机 2', printerId: DEMO_PRINTER_ID, counterId: null, centreId: null, centreIds: [], displayKind: null }, now),
      issueDeviceKey(db, { kind: 'display', name: '大厅综合屏', printerId: null, counterId: null, centreId: null, centreIds: [], displayKind: 'hall' }, now),
      issueDeviceKey(db, { kind: 'rating-pad', name: '3号窗口评价器', printerId: null, counterId: 3, centreId: null, centreIds: [], displayKind: null }, now),
    ];
    const [first] = accounts;
    return { staffUsername: first?.username ?? '', staffPassword: first?.password ?? '', accounts, devices };
  })();
}

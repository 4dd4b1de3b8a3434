/**
 * The public portal's one answer (protocol/portal.ts): built from the same sources as the kiosk's
 * snapshot — the centres and services, today's loads, the working-day calendar and each service's
 * timetable (the engine's hoursOnDay), the 政务公开 boards — with nothing personal in it.
 */
import type { Db } from '../db/open';
import type { PortalDay, PortalServices } from '../../protocol/portal';
import type { BoardView } from '../../protocol/public-info';
import { PORTAL_DAYS } from '../../protocol/portal';
import type { HallSettings } from '../hall/settings';
import { listCentres, listServices } from '../db/queries/hall';
import { calendarDayNames } from '../db/queries/calendar';
import { hoursOnDay, isoWeekday, isWorkingDay, rangesText, shiftDays } from '../queue';
import { serviceLoads } from './service-load';
import { catalogMnOverrides } from '../mn-texts/overrides';
import { bookingSettingsOf } from '../db/queries/bookings';

/** `boards`: every board in kiosk order (the boards' own module says which exist); the empty ones are left off. */
export function portalServices(db: Db, settings: HallSettings, today: string, now: number, boards: readonly BoardView[]): PortalServices {
  const last = shiftDays(today, PORTAL_DAYS - 1);
  const entries = calendarDayNames(db, today, last);
  const calendar = new Map(entries.map((e) => [e.date, e.kind]));
  const dates = Array.from({ length: PORTAL_DAYS }, (_, i) => shiftDays(today, i));
  const days: PortalDay[] = dates.map((date) => {
    const entry = entries.find((e) => e.date === date);
    return { date, weekday: isoWeekday(date), working: isWorkingDay(date, calendar),
      calendar: entry ? { kind: entry.kind, name: entry.name, nameMn: entry.nameMn } : null };
  });
  const loads = new Map(serviceLoads(db, today, now, settings).map((l) => [l.serviceId, l]));
  const centres = listCentres(db).filter((c) => c.enabled);
  const services = listServices(db).filter((s) => s.enabled).map((s) => {
    const load = loads.get(s.id);
    return {
      id: s.id, centreId: s.centreId, name: s.name, nameMn: s.nameMn,
      waiting: load?.waiting ?? 0, estimateMinutes: load?.estimateMinutes ?? 0, closedReason: load?.closedReason ?? null,
      hours: dates.map((date) => {
        const ranges = hoursOnDay(s.hours, date, calendar);
        return ranges === 'closed' ? null : rangesText(ranges);
      }),
      bookable: bookingSettingsOf(db, s.id).bookable,
    };
  });
  return {
    hall: { name: settings.name, nameMn: settings.nameMn, complaintPhone: settings.complaintPhone, timezone: settings.timezone, businessDay: today, demoMode: settings.demoMode },
    centres,
    services,
    days,
    boards: boards.filter((b) => b.zh.body.trim() !== ''),
    mnTexts: catalogMnOverrides(db),
  };
}

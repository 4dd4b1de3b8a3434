import type { Db } from '../db/open';
import type { HallInfo, HallSnapshot, ServiceView } from '../../protocol/views';
import type { HallSettings } from '../hall/settings';
import type { PrinterStateView } from '../../protocol/events';
import { countersByService, listCentres, listServices } from '../db/queries/hall';
import { recentCalls } from '../db/queries/calls';
import { serviceLoads } from './service-load';
import { workingCalendar } from '../db/queries/calendar';
import { rangesOn, rangesText } from '../queue';
import { counterViews } from './counter-view';
import { announcementsShowing } from '../db/queries/announcements';
import { lastAuditId } from '../db/queries/audit';
import { voiceSettings } from '../db/queries/voice-settings';
import { catalogMnOverrides } from '../mn-texts/overrides';

export function hallInfo(settings: HallSettings, today: string): HallInfo {
  return {
    name: settings.name, nameMn: settings.nameMn, timezone: settings.timezone, publicUrl: settings.publicUrl,
    complaintPhone: settings.complaintPhone, businessDay: today, priorityReasons: [...settings.priorityReasons],
    demoMode: settings.demoMode,
  };
}

/** The services, each with today's opening ranges as residents read them. */
export function serviceViews(db: Db, today: string): ServiceView[] {
  const byService = countersByService(db);
  const makeUpDay = workingCalendar(db, today, today).get(today) === 'workday';
  return listServices(db).map((s) => ({
    id: s.id, centreId: s.centreId, name: s.name, nameMn: s.nameMn, prefix: s.prefix,
    hours: rangesText(rangesOn(s.hours, today, makeUpDay)),
    dailyLimit: s.dailyLimit, enabled: s.enabled, priorityOffered: s.priorityOffered, counterIds: byService.get(s.id) ?? [],
  }));
}

export function hallSnapshot(db: Db, settings: HallSettings, sequence: { epoch: string; seq: number },
  today: string, now: number, printers: PrinterStateView[]): HallSnapshot {
  return {
    epoch: sequence.epoch,
    seq: sequence.seq,
    hall: hallInfo(settings, today),
    centres: listCentres(db),
    services: serviceViews(db, today),
    loads: serviceLoads(db, today, now, settings),
    counters: counterViews(db, today),
    recentCalls: recentCalls(db, today),
    printers,
    notices: announcementsShowing(db, now),
    configVersion: lastAuditId(db),
    device: null,
    voice: voiceSettings(db),
    mnTexts: catalogMnOverrides(db),
  };
}

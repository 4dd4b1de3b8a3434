/**
 * Every command a client can send. The same name is the socket.io event (answered through the ack)
 * and is reached over HTTP through the route table in docs/PROTOCOL.md. A command is declared once,
 * by its input schema in ./schemas.ts; its name and input type are derived from there. This file adds
 * what each command answers. Front ends import it with `import type` only.
 */
import type { VoiceSettings } from './voice/settings';
import type { MnExportAnswer, MnImportAnswer, MnTextEntry } from './mn-texts';
import type {
  TicketTrack, IssuedTicket, CounterDesk, CounterLists, CounterState, TicketDetail, HallSnapshot, MissedSlipView, PrintAnswer,
  CentreView, ServiceView, ServiceLoad,
} from './views';
import type {
  AuditLine, DeviceView, DeviceWithKey, HallSettingsAnswer, PrinterAdminView, PrinterConfigView, StaffView, StaffWithPassword,
} from './admin';
import type { GuideSample, ServiceGuide } from './guide';
import type { AnnouncementView, BoardView } from './public-info';
import type { CalendarDayListed, CalendarDayView, CalendarImportResult } from './calendar';
import type { PortalServices } from './portal';
import type { ServiceHoursView } from './hours';
import type { CentreAdminView, CentreAdminEntry, CounterAdminView, ServiceAdminView, ServiceAdminEntry } from './structure';
import type { RatingView } from './rating';
import type { ConfigFile, ConfigImported } from './config-file';
import type { CaseSummary, CaseView } from './cases';
import type { RatingExportPage } from './ratings-export';
import type { RatingPushStatus } from './rating-push';
import type { DeskFigures } from './desk-figures';
import type { AssessmentAnswer, ReportAnswer } from './reports';
import type { SupervisionAlert, SupervisionBoard } from './supervision';
import type { MatterPublicView, MatterView } from './matters';
import type { CommandName } from './schemas';
import type { IdReadingView } from './idcard';
import type { BookingCommandOutputs } from './booking';

export type { CommandName, CommandInput } from './schemas';

/** What each command answers on success. Keys must be exactly the commands of ./schemas.ts. */
export interface CommandOutputs extends BookingCommandOutputs {
  'ticket.issue': IssuedTicket;
  'ticket.track': TicketTrack;
  'ticket.cancel': TicketDetail;
  'ticket.requeue': TicketDetail;
  'counter.open': CounterState;
  'counter.close': CounterState;
  'counter.desk': CounterDesk;
  'counter.lists': CounterLists;
  'counter.callNext': CounterState;
  'counter.callTicket': CounterState;
  'counter.recall': CounterState;
  'counter.noShow': CounterState;
  'counter.start': CounterState;
  'counter.finish': CounterState;
  'counter.finishAndCallNext': CounterState;
  'counter.transfer': CounterState;
  'counter.hold': CounterState;
  'counter.resume': CounterState;
  'counter.pause': CounterState;
  'counter.unpause': CounterState;
  'counter.release': CounterState;
  'hall.snapshot': HallSnapshot;
  /** Names the ticket by id, or by today's number (what staff read off a slip). */
  'ticket.reprint': { print: PrintAnswer };
  'notice.print': { print: PrintAnswer };
  /** Today's tickets still ahead of their counter that have no paper slip. */
  'print.missedSlips': { slips: MissedSlipView[] };
  'service.guide': ServiceGuide;
  /**
   * Phone pages name the ticket by token, kiosks by today's number with the slip's rating code; a rating
   * pad rates the ticket its counter has just finished.
   */
  'ticket.rate': RatingView;
  'complaint.submit': { id: number };
  /** Public: the centres, their services and current loads. */
  'service.list': { centres: CentreView[]; services: ServiceView[]; loads: ServiceLoad[] };
  'portal.services': PortalServices;
  /** Devices in use (revoked ones stay readable with device.get). */
  'device.list': DeviceView[];
  'device.get': DeviceView;
  /** The new device with its key and URL, shown this once. */
  'device.issue': DeviceWithKey;
  'device.update': DeviceView;
  'device.revoke': DeviceView;
  /** The device with its new key and URL, shown this once. */
  'device.rekey': DeviceWithKey;
  'hall.settings': HallSettingsAnswer;
  'hall.updateSettings': HallSettingsAnswer;
  'printer.list': PrinterAdminView[];
  'printer.get': PrinterAdminView;
  'printer.create': PrinterAdminView;
  'printer.update': PrinterAdminView;
  'printer.save': PrinterAdminView;
  /** What was removed. */
  'printer.remove': PrinterConfigView;
  /** The test page is queued (its outcome arrives as printer state, or a print_failed alert), or the printer cannot print now. */
  'printer.test': { print: PrintAnswer };
  /** A service's opening hours (every timetable) and limits, as service.setHours sets them. */
  'service.hours': ServiceHoursView;
  /** The service's hours and limits after the change. */
  'service.setHours': ServiceHoursView;
  /** Every centre, disabled ones too, in kiosk order. */
  'centre.list': CentreAdminEntry[];
  'centre.get': CentreAdminEntry;
  'centre.create': CentreAdminView;
  'centre.update': CentreAdminView;
  /** The centre as it was before it was deleted. */
  'centre.remove': CentreAdminView;
  /** Every service, disabled ones too, with hours, limits, shared prefixes and today's use. */
  'service.adminList': ServiceAdminEntry[];
  'service.get': ServiceAdminEntry;
  'service.create': ServiceAdminView;
  'service.update': ServiceAdminView;
  'service.remove': ServiceAdminView;
  /** Every counter, disabled ones too, by number, with the devices tied to it. */
  'counter.list': CounterAdminView[];
  'counter.get': CounterAdminView;
  'counter.create': CounterAdminView;
  'counter.update': CounterAdminView;
  'counter.remove': CounterAdminView;
  /** The calendar's holidays and make-up working days of one year, by date. */
  'calendar.list': CalendarDayListed[];
  'calendar.get': CalendarDayView;
  /** Sets (adds or replaces) one date's entry. */
  'calendar.set': CalendarDayListed;
  /** Removes one date's entry (the day then follows the ordinary week); answers what was removed. */
  'calendar.remove': CalendarDayView;
  'calendar.import': CalendarImportResult;
  /** Newest first, 100 at a time, filtered; `beforeId` pages back. */
  'audit.list': AuditLine[];
  /** How many addresses were held back for that name before the unlock. */
  'auth.unlock': { username: string; lifted: number };
  'staff.list': StaffView[];
  'staff.get': StaffView;
  /** The new account with its one-time password, shown this once. */
  'staff.create': StaffWithPassword;
  'staff.update': StaffView;
  'staff.remove': StaffView;
  'staff.resetPassword': StaffWithPassword;
  'staff.setPhoto': StaffView;
  'auth.changePassword': { changed: true };
  'case.list': CaseSummary[];
  'case.get': CaseView;
  'case.assign': CaseView;
  'case.callBack': CaseView;
  'case.rectify': CaseView;
  'case.close': CaseView;
  /** The matter as recorded, with its new 受理编号 (shown once large at the desk; the resident notes it). */
  'matter.record': MatterView;
  'matter.get': MatterView;
  'matter.move': MatterView;
  /** What the resident may see of their matter: its state, history, missing materials and reason. */
  'matter.lookup': MatterPublicView;
  /** The live board (the one the server keeps for every supervisor); later boards are pushed as `supervision.board`. */
  'supervision.get': SupervisionBoard;
  /** Newest first; later changes are pushed as `supervision.alert`. */
  'alert.list': SupervisionAlert[];
  /** The alert with who acknowledged it and when. */
  'alert.ack': SupervisionAlert;
  'config.export': ConfigFile;
  'config.import': ConfigImported;
  /** The stored guide, or a blank one to fill in when the service has none yet (`stored: false`). */
  'guide.get': { guide: ServiceGuide; stored: boolean };
  'guide.save': ServiceGuide;
  /** The stored file as the guide now lists it, and the guide. */
  'sample.upload': { sample: GuideSample; guide: ServiceGuide };
  'sample.remove': ServiceGuide;
  /** Every notice, latest start first. */
  'announcement.list': AnnouncementView[];
  'announcement.get': AnnouncementView;
  'announcement.create': AnnouncementView;
  'announcement.update': AnnouncementView;
  /** What was removed. */
  'announcement.remove': AnnouncementView;
  /** The 政务公开 boards in kiosk order. */
  'board.list': BoardView[];
  'board.get': BoardView;
  'board.save': BoardView;
  /** Oldest first (by rating time, then id), a page at a time; supervisors and admins. */
  'rating.export': RatingExportPage;
  'desk.figures': DeskFigures;
  /** Figures per group and in total for a range of business days (docs/REPORTS.md). */
  'report.get': ReportAnswer;
  /** One month per centre and per staff member, for the printed 考评 sheet. */
  'report.assessment': AssessmentAnswer;
  /** The push's endpoint (never its token) and how far it has sent. */
  'ratingPush.status': RatingPushStatus;
  'ratingPush.configure': RatingPushStatus;
  /** How displays announce calls; the same settings reach displays in their snapshot. */
  'voice.settings': VoiceSettings;
  'voice.configure': VoiceSettings;
  /** The translation workbench (翻译审校): every Mongolian text a resident reads, with its review. */
  'mnText.list': MnTextEntry[];
  /** Catalog key -> the workbench's Mongolian (as HallSnapshot.mnTexts); the caller is told of changes (`mnTexts.changed`). */
  'mnText.overrides': Record<string, string>;
  'mnText.save': MnTextEntry;
  'mnText.approve': MnTextEntry;
  'mnText.export': MnExportAnswer;
  'mnText.import': MnImportAnswer;
  /** The reading as the kiosk was told it (idcard.presented): masked name and expiry, never the number. */
  'idcard.read': IdReadingView;
  'idcard.discard': { discarded: boolean };
}

/** Fails to compile when a command has a schema but no output, or an output but no schema. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Assert<T extends true> = T;
export type OutputsMatchSchemas = Assert<SameKeys<CommandOutputs, Record<CommandName, unknown>>>;

export type CommandOutput<N extends CommandName> = CommandOutputs[N];

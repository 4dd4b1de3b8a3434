/**
 * Every command handler, by name. Both transports (socket.io and HTTP) dispatch through this table.
 */
import type { CommandName } from '../../protocol/commands';
import type { CommandDef } from './define';
import { ticketIssue } from './ticket-issue';
import { ticketCancel, ticketRequeue, ticketTrackCommand } from './ticket-manage';
import { counterClose, counterDesk, counterLists, counterOpen, counterPause, counterUnpause } from './counter-session';
import { counterCallNext, counterCallTicket, counterFinishAndCallNext, counterRecall } from './counter-call';
import { counterFinish, counterHold, counterNoShow, counterResume, counterStart } from './counter-outcome';
import { counterTransfer } from './counter-transfer';
import { hallSnapshotCommand } from './hall-snapshot';
import { noticePrint, ticketReprint } from './printing';
import { printMissedSlips } from './print-missed';
import { serviceGuide } from './service-guide';
import { complaintSubmit, ticketRate } from './rating';
import { serviceList } from './service-list';
import { deviceGet, deviceIssue, deviceList, deviceRekey, deviceRevoke, deviceUpdate } from './admin-devices';
import { hallSettingsCommand, hallUpdateSettings } from './admin-settings';
import {
  printerCreate, printerGet, printerList, printerRemove, printerSave, printerTest, printerUpdate,
} from './admin-printers';
import { auditList } from './audit';
import { authUnlock } from './auth-unlock';
import { counterRelease } from './counter-release';
import { serviceHours, serviceSetHours } from './admin-service-hours';
import { calendarGet, calendarImport, calendarList, calendarRemove, calendarSet } from './admin-calendar';
import { staffCreate, staffGet, staffList, staffRemove, staffResetPassword, staffUpdate } from './admin-staff';
import { staffSetPhoto } from './admin-staff-photo';
import { authChangePassword } from './auth-password';
import { configExport, configImport } from './admin-config';
import { centreCreate, centreGet, centreList, centreRemove, centreUpdate } from './admin-centres';
import { serviceAdminList, serviceCreate, serviceGet, serviceRemove, serviceUpdate } from './admin-services';
import { counterCreate, counterGet, counterList, counterRemove, counterUpdate } from './admin-counters';
import { guideGet, guideSave } from './admin-guides';
import { sampleRemove, sampleUpload } from './admin-samples';
import {
  announcementCreate, announcementGet, announcementList, announcementRemove, announcementUpdate,
} from './admin-announcements';
import { boardGet, boardList, boardSave } from './admin-boards';
import { portalServicesRead } from './portal-services';
import { caseGet, caseList } from './case-read';
import { caseAssign, caseCallBack, caseClose, caseRectify } from './case-steps';
import { ratingExport } from './rating-export';
import { ratingPushConfigure, ratingPushStatus } from './rating-push';
import { voiceConfigure, voiceSettingsCommand } from './voice-settings';
import { deskFigures } from './desk-figures';
import { reportAssessment, reportGet } from './report';
import { alertAck, alertList, supervisionGet } from './supervision';
import { mnTextApprove, mnTextExport, mnTextImport, mnTextList, mnTextSave } from './mn-texts';
import { mnTextOverrides } from './mn-text-overrides';
import { idcardDiscard, idcardRead } from './idcard';
import { matterRecord } from './matter-record';
import { matterMove } from './matter-move';
import { matterGet, matterLookup } from './matter-read';
import { bookingCancel, bookingCreate, bookingGet, bookingSlots } from './booking-public';
import { bookingCheckIn } from './booking-check-in';
import { bookingConfigure, bookingDay, bookingRevoke, bookingSettingsList } from './booking-admin';

export type Registry = { [N in CommandName]: CommandDef<N> };

export const registry: Registry = {
  'ticket.issue': ticketIssue,
  'ticket.track': ticketTrackCommand,
  'ticket.cancel': ticketCancel,
  'ticket.requeue': ticketRequeue,
  'counter.open': counterOpen,
  'counter.close': counterClose,
  'counter.desk': counterDesk,
  'counter.lists': counterLists,
  'counter.callNext': counterCallNext,
  'counter.callTicket': counterCallTicket,
  'counter.recall': counterRecall,
  'counter.noShow': counterNoShow,
  'counter.start': counterStart,
  'counter.finish': counterFinish,
  'counter.finishAndCallNext': counterFinishAndCallNext,
  'counter.transfer': counterTransfer,
  'counter.hold': counterHold,
  'counter.resume': counterResume,
  'counter.pause': counterPause,
  'counter.unpause': counterUnpause,
  'counter.release': counterRelease,
  'hall.snapshot': hallSnapshotCommand,
  'ticket.reprint': ticketReprint,
  'notice.print': noticePrint,
  'print.missedSlips': printMissedSlips,
  'service.guide': serviceGuide,
  'ticket.rate': ticketRate,
  'complaint.submit': complaintSubmit,
  'service.list': serviceList,
  'portal.services': portalServicesRead,
  'device.list': deviceList,
  'device.issue': deviceIssue,
  'device.revoke': deviceRevoke,
  'device.get': deviceGet,
  'device.update': deviceUpdate,
  'device.rekey': deviceRekey,
  'hall.settings': hallSettingsCommand,
  'hall.updateSettings': hallUpdateSettings,
  'printer.list': printerList,
  'printer.save': printerSave,
  'printer.get': printerGet,
  'printer.create': printerCreate,
  'printer.update': printerUpdate,
  'printer.remove': printerRemove,
  'printer.test': printerTest,
  'audit.list': auditList,
  'auth.unlock': authUnlock,
  'service.hours': serviceHours,
  'service.setHours': serviceSetHours,
  'centre.list': centreList,
  'centre.get': centreGet,
  'centre.create': centreCreate,
  'centre.update': centreUpdate,
  'centre.remove': centreRemove,
  'service.adminList': serviceAdminList,
  'service.get': serviceGet,
  'service.create': serviceCreate,
  'service.update': serviceUpdate,
  'service.remove': serviceRemove,
  'counter.list': counterList,
  'counter.get': counterGet,
  'counter.create': counterCreate,
  'counter.update': counterUpdate,
  'counter.remove': counterRemove,
  'calendar.list': calendarList,
  'calendar.get': calendarGet,
  'calendar.set': calendarSet,
  'calendar.remove': calendarRemove,
  'calendar.import': calendarImport,
  'staff.list': staffList,
  'staff.get': staffGet,
  'staff.create': staffCreate,
  'staff.update': staffUpdate,
  'staff.remove': staffRemove,
  'staff.resetPassword': staffResetPassword,
  'staff.setPhoto': staffSetPhoto,
  'auth.changePassword': authChangePassword,
  'case.list': caseList,
  'case.get': caseGet,
  'case.assign': caseAssign,
  'case.callBack': caseCallBack,
  'case.rectify': caseRectify,
  'case.close': caseClose,
  'matter.record': matterRecord,
  'matter.get': matterGet,
  'matter.move': matterMove,
  'matter.lookup': matterLookup,
  'supervision.get': supervisionGet,
  'alert.list': alertList,
  'alert.ack': alertAck,
  'config.export': configExport,
  'config.import': configImport,
  'guide.get': guideGet,
  'guide.save': guideSave,
  'sample.upload': sampleUpload,
  'sample.remove': sampleRemove,
  'announcement.list': announcementList,
  'announcement.get': announcementGet,
  'announcement.create': announcementCreate,
  'announcement.update': announcementUpdate,
  'announcement.remove': announcementRemove,
  'board.list': boardList,
  'board.get': boardGet,
  'board.save': boardSave,
  'rating.export': ratingExport,
  'desk.figures': deskFigures,
  'report.get': reportGet,
  'report.assessment': reportAssessment,
  'ratingPush.status': ratingPushStatus,
  'ratingPush.configure': ratingPushConfigure,
  'voice.settings': voiceSettingsCommand,
  'voice.configure': voiceConfigure,
  'mnText.list': mnTextList,
  'mnText.overrides': mnTextOverrides,
  'mnText.save': mnTextSave,
  'mnText.approve': mnTextApprove,
  'mnText.export': mnTextExport,
  'mnText.import': mnTextImport,
  'idcard.read': idcardRead,
  'idcard.discard': idcardDiscard,
  'booking.slots': bookingSlots,
  'booking.create': bookingCreate,
  'booking.get': bookingGet,
  'booking.cancel': bookingCancel,
  'booking.checkIn': bookingCheckIn,
  'booking.settings': bookingSettingsList,
  'booking.configure': bookingConfigure,
  'booking.day': bookingDay,
  'booking.revoke': bookingRevoke,
};

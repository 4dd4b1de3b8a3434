import { m001Initial } from './001-initial';
import { m002Ratings } from './002-ratings';
import { m003PrintingGuides } from './003-printing-guides';
import { m004HistoryIndexes } from './004-history-indexes';
import { m005AuditLog } from './005-audit-log';
import { m006CounterUnpaused } from './006-counter-unpaused';
import { m007RatingChannels } from './007-rating-channels';
import { m008Calendar } from './008-calendar';
import { m009StaffAccounts } from './009-staff-accounts';
import { m010OpeningHours } from './010-opening-hours';
import { m011HallStructure } from './011-hall-structure';
import { m012PublicInformation } from './012-public-information';
import { m013DeviceBindings } from './013-device-bindings';
import { m014Cases } from './014-cases';
import { m015StaffPhotos } from './015-staff-photos';
import { m016ReportRollup } from './016-report-rollup';
import { m017Supervision } from './017-supervision';
import { m018DisplayKinds } from './018-display-kinds';
import { m019MnTexts } from './019-mn-texts';
import { m020IdCard } from './020-id-card';
import { m021Matters } from './021-matters';
import { m022Bookings } from './022-bookings';
import { m023BookingPerson } from './023-booking-person';
import { m024CoveringQueueIndexes } from './024-covering-queue-indexes';
import { m025CalendarDayNamesMn } from './025-calendar-day-names-mn';
import { m026ReportPending } from './026-report-pending';
import type { Migration } from './migration';

export type { Migration } from './migration';

/** In order; never edit a released migration, add the next one. */
export const migrations: readonly Migration[] = [m001Initial, m002Ratings, m003PrintingGuides, m004HistoryIndexes, m005AuditLog,
  m006CounterUnpaused, m007RatingChannels, m008Calendar, m009StaffAccounts, m010OpeningHours, m011HallStructure,
  m012PublicInformation, m013DeviceBindings, m014Cases, m015StaffPhotos,
  m016ReportRollup, m017Supervision,
  m018DisplayKinds,
  m019MnTexts,
  m020IdCard,
  m021Matters,
  m022Bookings,
  m023BookingPerson,
  m024CoveringQueueIndexes,
  m025CalendarDayNamesMn,
  m026ReportPending];

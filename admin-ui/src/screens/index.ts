/**
 * Every screen of the admin console, in the order of the left navigation. The shell builds the
 * navigation and the routes from this one list.
 *
 * To add a screen:
 *  1. Make a folder `screens/<your-screen>/` with a component taking ScreenProps (see ./screen.ts). Read
 *     and change the hall with the kit: `useCommand` to read, `useCommandForm` + `FormShell` + the fields
 *     in kit/fields.tsx to change (the command's own schema checks the form), `ListPage` for lists,
 *     `ConfirmButton` before anything destructive, `SecretBox` for what the server shows once.
 *     `useConsole()` gives the user, `canEdit` (false for supervisors: show, do not offer changes) and
 *     `navigate('<id>/<rest>')`.
 *  2. Put its texts in protocol/catalog/admin-<area>.ts (registered in protocol/catalog/index.ts).
 *  3. Add one import and one entry below: `id` is the URL (#/<id>, and #/<id>/<rest> reaches the screen
 *     with `path = [rest…]`), `title` its catalog key, `roles` who sees it (what the command's permits
 *     allow: a supervisor must not meet a screen whose reads all answer FORBIDDEN).
 */
import type { ScreenDef } from './screen';
import { StaffScreen } from './staff/StaffScreen';
import { CalendarScreen } from './calendar/CalendarScreen';
import { SettingsScreen } from './settings/SettingsScreen';
import { HoursScreen } from './hours/HoursScreen';
import { AuditScreen } from './audit/AuditScreen';
import { CentresScreen } from './centres/CentresScreen';
import { ServicesScreen } from './services/ServicesScreen';
import { CountersScreen } from './counters/CountersScreen';
import { ConfigScreen } from './config/ConfigScreen';
import { GuidesScreen } from './guides/GuidesScreen';
import { NoticesScreen } from './notices/NoticesScreen';
import { BoardsScreen } from './boards/BoardsScreen';
import { DevicesScreen } from './devices/DevicesScreen';
import { PrintersScreen } from './printers/PrintersScreen';
import { CasesScreen } from './cases/CasesScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { SupervisionScreen } from './supervision/SupervisionScreen';
import { MnTextsScreen } from './mn-texts/MnTextsScreen';
import { BookingSettingsScreen } from './bookings/BookingSettingsScreen';
import { BookingsScreen } from './bookings/BookingsScreen';

export type { ScreenDef, ScreenProps } from './screen';

/** In the order a new hall is set up (docs/OPERATIONS.md), then the records and the configuration file. */
export const SCREENS: readonly ScreenDef[] = [
  { id: 'settings', title: 'admin.settings.title', roles: ['admin'], component: SettingsScreen },
  { id: 'calendar', title: 'admin.calendar.title', roles: ['admin', 'supervisor'], component: CalendarScreen },
  { id: 'centres', title: 'admin.centres.title', roles: ['admin', 'supervisor'], component: CentresScreen },
  { id: 'services', title: 'admin.services.title', roles: ['admin', 'supervisor'], component: ServicesScreen },
  { id: 'hours', title: 'admin.hours.title', roles: ['admin', 'supervisor'], component: HoursScreen },
  { id: 'booking-settings', title: 'admin.bookingSettings.title', roles: ['admin', 'supervisor'], component: BookingSettingsScreen },
  { id: 'guides', title: 'admin.guides.title', roles: ['admin', 'supervisor'], component: GuidesScreen },
  { id: 'counters', title: 'admin.counters.title', roles: ['admin', 'supervisor'], component: CountersScreen },
  { id: 'staff', title: 'admin.staff.title', roles: ['admin', 'supervisor'], component: StaffScreen },
  { id: 'printers', title: 'admin.printers.title', roles: ['admin', 'supervisor'], component: PrintersScreen },
  { id: 'devices', title: 'admin.devices.title', roles: ['admin'], component: DevicesScreen },
  { id: 'notices', title: 'admin.notices.title', roles: ['admin', 'supervisor'], component: NoticesScreen },
  // board.list is public, so supervisors may read the boards too.
  { id: 'boards', title: 'admin.boards.title', roles: ['admin', 'supervisor'], component: BoardsScreen },
  // Supervisors acknowledge alerts here, so they may act on this screen too.
  { id: 'supervision', title: 'admin.supervision.title', roles: ['admin', 'supervisor'], writers: ['supervisor'], component: SupervisionScreen },
  // Supervisors work the follow-up cases (assign, call back, rectify, close), so they may write here.
  { id: 'cases', title: 'admin.cases.title', roles: ['admin', 'supervisor'], writers: ['supervisor'], component: CasesScreen },
  // A day's appointments: supervisors cancel and book on a resident's behalf (代约) too.
  { id: 'bookings', title: 'admin.bookings.title', roles: ['admin', 'supervisor'], writers: ['supervisor'], component: BookingsScreen },
  // report.get and report.assessment: supervisors and admins.
  { id: 'reports', title: 'report.title', roles: ['admin', 'supervisor'], component: ReportsScreen },
  // The translation workbench: mnText.* are admins' commands (there is no reviewer role; the reviewer's name is typed in).
  { id: 'mn-texts', title: 'admin.mnTexts.title', roles: ['admin'], component: MnTextsScreen },
  { id: 'audit', title: 'admin.audit.title', roles: ['admin'], component: AuditScreen },
  { id: 'config', title: 'admin.config.title', roles: ['admin'], component: ConfigScreen },
];

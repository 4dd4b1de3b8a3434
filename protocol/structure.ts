/**
 * The hall's structure as admins edit it: centres, services and counters (窗口), with the flags and
 * links that the public views (./views.ts) leave out. Imported by the server and the admin console.
 */
import type { SupervisionThresholds } from './supervision';
import type { DeviceKind } from './views';
import type { OpeningHoursText } from './hours';
import type { MnStatus } from './catalog/mn-coverage';

/** The icons a centre may carry: exactly those ui-kit/CentreIcon.tsx draws. */
export const CENTRE_ICONS = ['stamp', 'heart', 'briefcase', 'scale', 'ball', 'family'] as const;
export type CentreIconName = (typeof CENTRE_ICONS)[number];

export function isCentreIcon(name: string): name is CentreIconName {
  return CENTRE_ICONS.some((icon) => icon === name);
}

/** oldest-first: the oldest ticket across the counter's services; service-order: its first service with anyone waiting. */
export const CALL_POLICIES = ['oldest-first', 'service-order'] as const;
export type CallPolicyName = (typeof CALL_POLICIES)[number];

export interface CentreAdminView {
  id: string;
  name: string;
  nameMn: string;
  icon: string;
  sortOrder: number;
  /** Its own switch; a disabled centre hides all its services from residents. */
  enabled: boolean;
  /** How many services and counters belong to it (a centre with services cannot be deleted). */
  serviceCount: number;
  counterCount: number;
}

/** A centre as the console's list and page show it: with the review status of its Mongolian name (草稿 until approved). */
export type CentreAdminEntry = CentreAdminView & { nameMnStatus: MnStatus };

/** A service as admins edit it, with its 电子监察 limits (protocol/supervision.ts). */
export interface ServiceAdminView extends SupervisionThresholds {
  id: string;
  centreId: string;
  name: string;
  nameMn: string;
  /** One or two capital letters; services with the same prefix share one number sequence. */
  prefix: string;
  /** Its own switch (residents see it only while its centre is enabled too). */
  enabled: boolean;
  priorityOffered: boolean;
  /** Minutes one resident takes, the seed of wait estimates until real service times exist. */
  defaultServiceMinutes: number;
  /** Position on the kiosk within its centre (lower first). */
  sortOrder: number;
  hours: OpeningHoursText | null;
  dailyLimit: number | null;
  morningLimit: number | null;
  afternoonLimit: number | null;
  /** The other services drawing numbers from the same prefix. */
  sharesPrefixWith: string[];
  /** Counters serving it, by number. */
  counterIds: number[];
  /** Tickets issued today (a service with tickets today cannot be deleted). */
  ticketsToday: number;
  /** Whether any ticket ever named it: a used service keeps its history and can only be disabled. */
  used: boolean;
}

/** A service as the console's list and page show it: with the review status of its Mongolian name (草稿 until approved). */
export type ServiceAdminEntry = ServiceAdminView & { nameMnStatus: MnStatus };

/** A device tied to a counter (its rating pad, its window display); edited on the devices screen. */
export interface CounterDeviceView {
  id: number;
  kind: DeviceKind;
  name: string;
}

export interface CounterAdminView {
  /** The window number (窗口号): residents hear it in every call, so it never changes. */
  id: number;
  name: string;
  centreId: string;
  /** The services it serves, in its order. */
  serviceIds: string[];
  callPolicy: CallPolicyName;
  enabled: boolean;
  status: 'closed' | 'open' | 'paused';
  /** Who is logged in there now (masked nowhere: admins only). */
  staffName: string | null;
  devices: CounterDeviceView[];
  ticketsToday: number;
  /** Whether any ticket, rating or login ever named it: a used counter can only be disabled. */
  used: boolean;
}

/** Why phones could not open the address on the tickets' QR codes, or null. */
export type PublicAddressWarning = 'loopback-url' | 'loopback-listen' | null;

/** Where the address phones reach comes from: set in the console, PUBLIC_URL, the LAN address, or nothing better than localhost. */
export type PublicAddressSource = 'settings' | 'env' | 'lan' | 'none';

/** The address in the tickets' QR codes now, where it came from, and whether phones can reach it. */
export interface PhoneAddressView {
  url: string;
  source: PublicAddressSource;
  warning: PublicAddressWarning;
}

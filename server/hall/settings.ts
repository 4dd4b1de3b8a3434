/**
 * Hall-wide settings: stored in the database (so an admin can change them) and merged with the
 * deployment's environment (time zone, public URL).
 */
import type { Db } from '../db/open';
import type { Config } from '../config';
import type { HallSettingsView } from '../../protocol/admin';
import { PRIORITY_REASONS } from '../../protocol/views';
import type { QueueSettings } from '../queue/types';
import { readSetting, writeSetting } from '../db/queries/settings';
import { both } from '../../protocol/catalog';
import type { PhoneAddressView } from '../../protocol/structure';
import { unreachableByPhones } from '../public-url';

export interface HallSettings extends QueueSettings, Omit<StoredHallSettings, 'priorityReasons'> {
  /** The address in the tickets' QR codes now: the console's `publicAddress`, else the deployment's. */
  publicUrl: string;
  /** What the deployment offers (PUBLIC_URL or the LAN address) and where the server listens. */
  deployment: Pick<Config, 'publicUrl' | 'publicUrlSource' | 'host'>;
}

/** What an admin edits and the database keeps (the rest comes from the deployment's environment). */
export type StoredHallSettings = HallSettingsView;

export const DEFAULT_HALL_SETTINGS: StoredHallSettings = {
  // Until an admin names the hall, it carries the catalog's generic name in both languages.
  name: both('hall.name').zh,
  nameMn: both('hall.name').mn,
  complaintPhone: '12345',
  lateReturn: 'requeue-once',
  priorityReasons: [...PRIORITY_REASONS],
  issuePerMinute: 20,
  publicAddress: null,
  caseDeadlineDays: 15,
};

export function loadHallSettings(db: Db,
  config: Pick<Config, 'timezone' | 'publicUrl' | 'publicUrlSource' | 'host' | 'seedDemo'>): HallSettings {
  const stored = { ...DEFAULT_HALL_SETTINGS, ...(readSetting<Partial<StoredHallSettings>>(db, 'hall') ?? {}) };
  const deployment = { publicUrl: config.publicUrl, publicUrlSource: config.publicUrlSource, host: config.host };
  return { ...stored, timezone: config.timezone, publicUrl: stored.publicAddress ?? config.publicUrl, deployment,
    demoMode: demoModeOn(db, config) };
}

/** The settings after an admin's change: the stored part replaced, the QR address following it. */
export function withStoredSettings(settings: HallSettings, next: StoredHallSettings): HallSettings {
  return { ...settings, ...next, publicUrl: next.publicAddress ?? settings.deployment.publicUrl };
}

/** The address phones reach now, where it comes from, and what stands in the way of phones opening it. */
export function phoneAddress(settings: HallSettings): PhoneAddressView {
  return {
    url: settings.publicUrl,
    source: settings.publicAddress !== null ? 'settings' : settings.deployment.publicUrlSource,
    warning: unreachableByPhones(settings.publicUrl, settings.deployment.host),
  };
}

/**
 * Demo mode is on only in a hall the demo seed created (it stores the flag) that runs with the demo
 * switched on (SEED_DEMO not 0): a hall started with SEED_DEMO=0 never runs in demo mode, whatever its
 * database says. Not an admin setting on purpose: a real hall must not be able to leave it on.
 */
function demoModeOn(db: Db, config: Pick<Config, 'seedDemo'>): boolean {
  return config.seedDemo && readSetting<boolean>(db, DEMO_MODE_KEY) === true;
}

const DEMO_MODE_KEY = 'demoMode';

/** Marks the hall as the demo hall (called by the demo seed only). */
export function storeDemoMode(db: Db): void {
  writeSetting(db, DEMO_MODE_KEY, true);
}

export function storeHallSettings(db: Db, settings: StoredHallSettings): void {
  writeSetting(db, 'hall', settings);
}

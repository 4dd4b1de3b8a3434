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

export interface HallSettings extends QueueSettings {
  name: string;
  nameMn: string;
  complaintPhone: string;
  publicUrl: string;
  /** Tickets a single kiosk or staff member may issue per minute. */
  issuePerMinute: number;
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
};

export function loadHallSettings(db: Db, config: Pick<Config, 'timezone' | 'publicUrl' | 'seedDemo'>): HallSettings {
  const stored = { ...DEFAULT_HALL_SETTINGS, ...(readSetting<Partial<StoredHallSettings>>(db, 'hall') ?? {}) };
  return { ...stored, timezone: config.timezone, publicUrl: config.publicUrl, demoMode: demoModeOn(db, config) };
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

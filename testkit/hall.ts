/**
 * Starts a real hall for a test or a benchmark: a fresh SQLite file in a temporary DATA_DIR, the demo hall, known
 * passwords, the real HTTP + socket.io server on 127.0.0.1 port 0.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../server/commands/context';
import { loadConfig, type Config } from '../server/config';
import { openDatabase, type Db } from '../server/db/open';
import { ensureAdmin } from '../server/hall/bootstrap';
import { seedDemoHall, type DemoSeed } from '../server/demo/seed';
import { createHallServer, systemClock, type HallModule, type HallServer } from '../server/hall-server';
import { insertUser } from '../server/db/queries/users';
import { hashPassword } from '../server/auth/password';

export const ADMIN_PASSWORD = 'admin-test-password';
export const STAFF_PASSWORD = 'staff-test-password';

export interface TestHall {
  url: string;
  hall: HallServer;
  config: Config;
  seed: DemoSeed;
  dataDir: string;
  kioskKey: string;
  displayKey: string;
  close(): Promise<void>;
}

export function tempDir(prefix = 'hall-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestHall(opts: { clock?: Clock;
  /** Side-effect modules, given the hall's config, database and clock. */
  modules?: (config: Config, db: Db, clock: Clock) => HallModule[];
  env?: Record<string, string>; dataDir?: string; beforeStart?: (db: Db) => void;
  /** false to reopen an existing DATA_DIR (a restart) instead of creating the demo hall. */
  seed?: boolean; keepDataDir?: boolean } = {}): Promise<TestHall> {
  const dataDir = opts.dataDir ?? tempDir();
  // Command lines stay out of test output unless asked for (LOG_LEVEL=info npm run bench logs as a hall does).
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_URL: 'http://127.0.0.1:1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', ...opts.env });
  const db = openDatabase(config.dataDir);
  const clock = opts.clock ?? systemClock;
  const now = clock.now();
  ensureAdmin(db, ADMIN_PASSWORD, now);
  const seed: DemoSeed = opts.seed === false ? { staffUsername: 'staff', staffPassword: STAFF_PASSWORD, accounts: [], devices: [] }
    : seedDemoHall(db, now, STAFF_PASSWORD);
  opts.beforeStart?.(db);
  const hall = createHallServer(config, { db, clock, modules: opts.modules?.(config, db, clock) ?? [] });
  const address = await hall.listen();
  const key = (kind: string): string => seed.devices.find((d) => d.kind === kind)?.key ?? '';
  return {
    url: `http://127.0.0.1:${address.port}`,
    hall, config, seed, dataDir,
    kioskKey: key('kiosk'),
    displayKey: key('display'),
    close: async () => {
      await hall.close();
      if (!opts.keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Adds staff accounts staff01… with the test password; returns their user names. */
export function addStaff(hall: HallServer, count: number): string[] {
  const names: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const username = `staff${String(i).padStart(2, '0')}`;
    insertUser(hall.db, { username, displayName: `窗口人员${i}`, role: 'staff', passwordHash: hashPassword(STAFF_PASSWORD) }, Date.now());
    names.push(username);
  }
  return names;
}

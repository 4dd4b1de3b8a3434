/**
 * Runtime configuration, read once from the environment at start. Everything has a default that
 * starts a working demo hall on one machine; PUBLIC_URL defaults to the machine's LAN address (see
 * public-url.ts), and a hall whose phones use another network sets it.
 */
import type { CommandLimitSettings } from './auth/command-limits';
import os from 'node:os';
import path from 'node:path';
import { choosePublicUrl, type Interfaces, type PublicUrlSource } from './public-url';
import { LOG_LEVELS, type LogLevel } from './log/levels';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  timezone: string;
  /** Base URL that phones on the hall's LAN/Wi-Fi reach; used in QR codes. */
  publicUrl: string;
  /** Where publicUrl came from: PUBLIC_URL, the machine's LAN address, or nothing better than localhost. */
  publicUrlSource: PublicUrlSource;
  /** The network interface whose address became publicUrl (source 'lan'). */
  publicUrlInterface: string | null;
  /** LOG_LEVEL: how much the structured log says (info: one line per command). */
  logLevel: LogLevel;
  /** Password for the initial `admin` account; random when unset. */
  initialAdminPassword: string | null;
  /** Directory of the built front ends. */
  uiDir: string;
  /** Sample filled-in forms (业务办理样本) shown with the guides. */
  samplesDir: string;
  /** The default voice pack that ships with the server (a hall's own pack lives in DATA_DIR/voice-pack). */
  voicePackDir: string;
  /** Create the demo hall (six centres) when the database is empty. */
  seedDemo: boolean;
  /** Longest wait of a load or counter change for a call to travel with (server/realtime/broadcaster.ts). */
  eventCoalesceMs: number;
  /** Commands per 10 s one socket, and one source address, may send (../auth/command-limits). */
  commandLimits: CommandLimitSettings;
  /**
   * The supervisors' live board is computed at most once per this many ms, and once per it while a
   * supervisor watches (server/supervision/live.ts); 0 computes after each change only (tests move the clock).
   */
  supervisionIntervalMs: number;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be an integer from 0 to 65535`);
  return n;
}

function validTimezone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    throw new Error(`HALL_TIMEZONE "${zone}" is not an IANA time zone`);
  }
}

function logLevelFrom(value: string | undefined): LogLevel {
  const level = LOG_LEVELS.find((l) => l === (value || 'info'));
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return level;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd(),
  interfaces: Interfaces = os.networkInterfaces()): Config {
  const port = intFrom(env.PORT, 3000, 'PORT');
  const host = env.HOST || '0.0.0.0';
  const chosen = choosePublicUrl(env.PUBLIC_URL, port, interfaces);
  const publicUrl = chosen.url;
  if (!/^https?:\/\/[\x21-\x7e]+$/.test(publicUrl)) throw new Error('PUBLIC_URL must be an http(s) URL in ASCII');
  return {
    port,
    host,
    dataDir: path.resolve(cwd, env.DATA_DIR || 'data'),
    timezone: validTimezone(env.HALL_TIMEZONE || 'Asia/Shanghai'),
    publicUrl,
    publicUrlSource: chosen.source,
    publicUrlInterface: chosen.iface,
    logLevel: logLevelFrom(env.LOG_LEVEL),
    initialAdminPassword: env.INITIAL_ADMIN_PASSWORD || null,
    uiDir: path.resolve(cwd, env.UI_DIR || 'dist/ui'),
    samplesDir: path.resolve(cwd, env.SAMPLES_DIR || 'ui-assets/samples'),
    voicePackDir: path.resolve(cwd, 'ui-assets/voice-pack'),
    seedDemo: env.SEED_DEMO !== '0',
    eventCoalesceMs: intFrom(env.HALL_EVENT_COALESCE_MS, 200, 'HALL_EVENT_COALESCE_MS'),
    commandLimits: {
      perSocket: intFrom(env.COMMAND_LIMIT_PER_SOCKET, 200, 'COMMAND_LIMIT_PER_SOCKET'),
      perAddress: intFrom(env.COMMAND_LIMIT_PER_ADDRESS, 600, 'COMMAND_LIMIT_PER_ADDRESS'),
    },
    supervisionIntervalMs: intFrom(env.SUPERVISION_INTERVAL_MS, 1000, 'SUPERVISION_INTERVAL_MS'),
  };
}

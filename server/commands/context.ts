import type { Db } from '../db/open';
import type { PrinterStateView } from '../../protocol/events';
import type { SupervisionBoard } from '../../protocol/supervision';
import type { Actor } from '../auth/actor';
import type { Outbox } from './outbox';
import type { HallSettings } from '../hall/settings';
import type { RateLimiter } from '../auth/rate-limiter';
import type { LoginThrottle } from '../auth/login-throttle';
import type { SampleFileStore } from '../guides/sample-store';
import type { OwnedFileStore } from '../files/owned-file-store';
import type { ResidentHasher } from '../auth/resident-hash';

export interface Clock {
  now(): number;
}

/** What the server knows about printers when a ticket is issued (filled in by the printing module). */
export interface PrinterStatusPort {
  /** Whether a slip sent now to this printer is expected to come out. */
  canPrint(printerId: string): boolean;
  /** Every printer's last known state, for snapshots. */
  views(): PrinterStateView[];
}

/** How many connections each device has open now (kept by the realtime layer, read by handlers). */
export interface DevicePresencePort {
  connections(deviceId: number): number;
}

/** The supervisors' live board, computed once per change and shared (server/supervision/live.ts). */
export interface SupervisionPort {
  board(): SupervisionBoard;
}

/** Position of the hall event sequence, read when a snapshot is taken. */
export interface SequencePosition {
  readonly epoch: string;
  readonly seq: number;
}

/** What every command handler may use besides its input (the hall's dependencies, not its services). */
export interface HallDeps {
  sequence: SequencePosition;
  db: Db;
  clock: Clock;
  settings: HallSettings;
  printers: PrinterStatusPort;
  presence: DevicePresencePort;
  supervision: SupervisionPort;
  issueLimiter: RateLimiter;
  /** Wrong rating codes typed at a kiosk, per kiosk and per ticket. */
  ratingCodeLimiter: RateLimiter;
  /** 办件 lookups that found nothing, per caller (server/matters/lookup-misses.ts). */
  matterMisses: RateLimiter;
  /** Failed logins per name and address; admins lift a name's locks with auth.unlock. */
  loginThrottle: LoginThrottle;
  /** Uploaded sample forms under DATA_DIR (written by sample.upload before its row commits). */
  sampleFiles: SampleFileStore;
  /** Staff photos under DATA_DIR (written by staff.setPhoto before its row commits). */
  staffPhotos: OwnedFileStore;
  /** The hall's salted hash of what identifies a resident (an ID number). */
  residentHash: ResidentHasher;
}

export interface CommandContext extends HallDeps {
  actor: Actor;
  outbox: Outbox;
  /** Business day (YYYY-MM-DD, hall time zone) at the time of the command. */
  today: string;
  now: number;
  /** Puts the caller's connection in these rooms once the command has committed (socket.io only). */
  join(...rooms: string[]): void;
  /** Appends an audit line for this command (use ./audit.ts). */
  audit(subject: string, before: unknown, after: unknown): void;
}

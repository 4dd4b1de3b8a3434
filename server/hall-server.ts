/**
 * Assembles one hall: database, command bus, HTTP and socket.io transports, the realtime broadcaster
 * and the side-effect modules. Tests create it on port 0 with their own clock and data directory;
 * main.ts creates it from the environment.
 */
import { newLookupMissLimiter } from './matters/lookup-misses';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import type { Clock, PrinterStatusPort } from './commands/context';
import { Outbox } from './commands/outbox';
import type { Db } from './db/open';
import { openDatabase } from './db/open';
import { probeStorageWrite } from './db/queries/storage';
import { storageCheck } from './storage/health';
import { createLogger, type Logger } from './log/logger';
import { commandLog } from './log/command-log';
import { CommandBus } from './commands/bus';
import { loadHallSettings, type HallSettings } from './hall/settings';
import { RateLimiter } from './auth/rate-limiter';
import { LoginService } from './auth/sessions';
import { LoginThrottle } from './auth/login-throttle';
import { newRatingCodeLimiter } from './commands/rating';
import { residentHasher } from './auth/resident-hash';
import { createHttpApp } from './http/app';
import { OriginPolicy } from './http/origin-policy';
import { CommandLimits } from './auth/command-limits';
import { createSocketServer, dropDevice, dropUser, dropSession, rescopeDevice } from './realtime/socket-server';
import { CallerCache } from './auth/callers';
import { DevicePresence } from './realtime/device-presence';
import { LastSeen, noticingDevices } from './devices/last-seen';
import { liveViews } from './views/live-views';
import { Broadcaster } from './realtime/broadcaster';
import { publishCases } from './realtime/case-broadcast';
import { EventSequence } from './realtime/event-sequence';
import { DayTimer } from './hall/day-timer';
import { AnnouncementTimer } from './hall/announcement-timer';
import { SlotWindowTimer } from './bookings/slot-window-timer';
import { SampleFileStore } from './guides/sample-store';
import { staffPhotoStore } from './files/staff-photos';
import { allStaffPhotoFiles } from './db/queries/staff';
import { allSampleFileIds } from './db/queries/guides';
import { ensureRollup } from './reports/rollup';
import { RollupCatchUp } from './reports/catch-up-timer';
import { SupervisionLive } from './supervision/live';
import { supervisionRoom } from './realtime/supervision-room';
import { startCheckpointer, type Checkpointer } from './db/checkpointer';
import type express from 'express';
import { hallPackDir, voiceRouter } from './voice/voice-router';

export const systemClock: Clock = { now: () => Date.now() };

/** A side-effect module (printing, voice, alerts): reacts to committed changes, owns its resources. */
export interface HallModule {
  printers?: PrinterStatusPort;
  /** Inside each command's transaction, after its handler: what it writes commits with the command or not at all. */
  beforeCommit?(outbox: Outbox): void;
  onCommit?(outbox: Outbox): void;
  routers?: express.Router[];
  start?(hall: HallServer): void;
  close?(): Promise<void>;
}

export interface HallServer {
  config: Config;
  db: Db;
  bus: CommandBus;
  http: http.Server;
  settings: HallSettings;
  /** The one way modules reach clients: the socket.io server itself stays inside the hall. */
  broadcaster: Broadcaster;
  clock: Clock;
  /** The supervisors' live board and alerts; `check()` looks at once (tests move their clock, then call it). */
  supervision: SupervisionLive;
  /** Wakes when a notice starts or ends showing; `check()` looks at once (tests move their clock, then call it). */
  announcements: AnnouncementTimer;
  /** Wakes when a waiting booked resident's slot window opens or closes; `check()` as above. */
  slotWindows: SlotWindowTimer;
  listen(): Promise<AddressInfo>;
  close(): Promise<void>;
}

/**
 * Every five seconds. A checkpoint copies each page changed since the last one once, however many commits
 * changed it, then flushes the file: a busy hall's commits keep changing the same pages (the day's
 * sequence, the last leaves of the tickets and events, the queue's indexes), so one checkpoint for a
 * few seconds' commits costs far less than one for each. Measured with five calls a second: at 200 ms the
 * worker's thread took 1.0–1.5 ms of CPU per call, at 1 s 0.25–0.5 ms, at 5 s about a third less again.
 * The WAL then holds a few seconds of commits (a few MB at most), which the next start replays if the
 * server stops without closing; every commit is already durable in it. A shorter interval does not keep the WAL smaller under
 * a flood either: eight kiosks issuing 3,000 tickets as fast as they can (about 1,000 a second) take the
 * WAL to the serving connection's safety net at 200 ms as at 1 s, since the WAL only starts over once a
 * checkpoint has caught up with every commit. The worker keeps this pace on its own thread: a pace asked
 * for by the serving thread stops exactly when that thread is busiest and the WAL grows fastest.
 */
const CHECKPOINT_INTERVAL_MS = 5000;
/** How long an idle HTTP connection stays open for the client's next request (see where it is set). */
export const KEEP_ALIVE_MS = 65_000;
const NO_PRINTERS: PrinterStatusPort = { canPrint: () => false, views: () => [] };

export function createHallServer(config: Config,
  options: { clock?: Clock; modules?: HallModule[]; db?: Db; logger?: Logger } = {}): HallServer {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const modules = options.modules ?? [];
  const db = options.db ?? openDatabase(config.dataDir);
  const settings = loadHallSettings(db, config);
  ensureRollup(db, settings.timezone);
  const sequence = new EventSequence();
  const printers = modules.find((m) => m.printers)?.printers ?? NO_PRINTERS;
  const loginThrottle = new LoginThrottle();
  const sampleFiles = new SampleFileStore(path.join(config.dataDir, 'sample-files'), config.samplesDir);
  const presence = new DevicePresence();
  const staffPhotos = staffPhotoStore(config.dataDir);
  const supervision = new SupervisionLive({ db, clock, timezone: () => settings.timezone, presence, printers },
    config.supervisionIntervalMs, (err) => logger.error({ err }, 'supervision check failed'));
  const bus = new CommandBus({
    db, clock, settings, sequence, printers, presence, supervision, issueLimiter: new RateLimiter(() => settings.issuePerMinute, 60_000),
    ratingCodeLimiter: newRatingCodeLimiter(), matterMisses: newLookupMissLimiter(), loginThrottle, sampleFiles, staffPhotos,
    residentHash: residentHasher(db),
  }, commandLog(logger));
  const logins = new LoginService(db, loginThrottle);
  const callers = new CallerCache(db);
  const lastSeen = new LastSeen(db);
  presence.onChange((deviceId) => lastSeen.seen(deviceId, clock.now(), true));
  // Both transports look up every caller through this: a device presenting its key is seen.
  const seenCallers = noticingDevices(callers, lastSeen);
  const origins = new OriginPolicy(config);
  origins.admitPublicUrl(settings.publicUrl);
  const limits = new CommandLimits(config.commandLimits);
  const app = createHttpApp({
    origins, limits, clock, bus, callers: seenCallers, logins, checkStorage: storageCheck(() => probeStorageWrite(db)),
    uiDir: config.uiDir, samplesDir: config.samplesDir, sampleFilesDir: sampleFiles.dir, staffPhotosDir: staffPhotos.dir,
    startedAt: clock.now(),
    extraRouters: [voiceRouter({ hall: hallPackDir(config.dataDir), default: config.voicePackDir }, logger),
      ...modules.flatMap((m) => m.routers ?? [])],
  });
  const server = http.createServer(app);
  // Browsers and fetch keep a connection open between requests and reuse it. Node closes an idle one after
  // 5 s by default, which races a client whose own idle timer runs late (a busy kiosk PC): its next POST
  // goes out on a socket the server has just closed and fails with nothing received. A minute and more
  // outlasts every client's idle timeout (clients close first); the headers' limit must exceed it.
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  const io = createSocketServer(server, seenCallers, bus, clock, limits, presence);
  io.use((socket, next) => next(origins.allows(socket.handshake.headers.origin) ? undefined : new Error('ORIGIN_NOT_ALLOWED')));
  logins.onLogout((token) => {
    callers.forgetSession(token);
    dropSession(io, token);
  });
  const broadcaster = new Broadcaster(io, liveViews(db, clock), settings, clock, sequence, config.eventCoalesceMs);
  bus.onCommit((outbox) => {
    // A revoked key stops working at once, on open connections too.
    for (const deviceId of outbox.revokedDevices) {
      callers.forgetDevice(deviceId);
      dropDevice(io, deviceId);
    }
    // A device tied to another printer or centres is looked up again at its next command; a display
    // moves to the room of its new scope.
    for (const deviceId of outbox.changedDevices) {
      callers.forgetDevice(deviceId);
      rescopeDevice(io, deviceId, callers, clock.now());
    }
    for (const userId of outbox.changedUsers) callers.forgetUser(userId);
    if (outbox.settings) origins.admitPublicUrl(outbox.settings.publicUrl);
    for (const userId of outbox.endedUsers) dropUser(io, userId);
  });
  bus.onCommit((outbox) => broadcaster.publish(outbox));
  bus.onCommit((outbox) => publishCases(io, outbox));
  bus.onCommit((outbox) => supervision.committed(outbox));
  presence.onChange(() => supervision.changed());
  broadcaster.onPrinters(() => supervision.changed());
  // A sample file leaves the disk only once no committed guide shows it, a photo once no account names it.
  bus.onCommit((outbox) => {
    for (const fileName of outbox.removedSampleFiles) sampleFiles.remove(fileName);
    for (const fileName of outbox.removedStaffPhotos) staffPhotos.remove(fileName);
  });
  const announcements = new AnnouncementTimer(db, clock, () => {
    const outbox = new Outbox();
    outbox.hallConfig();
    broadcaster.publish(outbox);
  }, (err) => logger.error({ err }, 'notice schedule check failed'));
  bus.onCommit((outbox) => {
    if (outbox.configChanged) announcements.check(true);
  });
  const slotWindows = new SlotWindowTimer(db, clock, (serviceIds) => {
    const outbox = new Outbox();
    for (const serviceId of serviceIds) outbox.queueMoved(serviceId);
    broadcaster.publish(outbox);
  }, (err) => logger.error({ err }, 'slot window check failed'));
  bus.onCommit((outbox) => slotWindows.committed(outbox));
  const rollupCatchUp = new RollupCatchUp(bus, (err) => logger.error({ err }, 'report roll-up catch-up failed'));
  bus.onCommit((outbox) => rollupCatchUp.committed(outbox));
  for (const m of modules) if (m.beforeCommit) bus.beforeCommit((outbox) => m.beforeCommit?.(outbox));
  for (const m of modules) if (m.onCommit) bus.onCommit((outbox) => m.onCommit?.(outbox));
  const dayTimer = new DayTimer(bus, clock, () => settings.timezone, (err) => logger.error({ err }, 'ending the business day failed'));
  let checkpointer: Checkpointer | null = null;

  const hall: HallServer = {
    config, db, bus, http: server, settings, broadcaster, clock, announcements, slotWindows, supervision,
    listen: () => new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        origins.listening((server.address() as AddressInfo).port);
        bus.rollover(clock.now());
        checkpointer = startCheckpointer(db, CHECKPOINT_INTERVAL_MS, (err) => logger.error({ err }, 'WAL checkpoint failed'));
        dayTimer.start();
        sampleFiles.sweep(allSampleFileIds(db));
        staffPhotos.sweep(new Set(allStaffPhotoFiles(db).flatMap((name) => staffPhotos.idOf(name) ?? [])));
        announcements.start();
        slotWindows.start();
        supervision.start(supervisionRoom(io));
        for (const m of modules) m.start?.(hall);
        resolve(server.address() as AddressInfo);
      });
    }),
    close: async () => {
      dayTimer.stop();
      announcements.stop();
      slotWindows.stop();
      rollupCatchUp.stop();
      supervision.stop();
      broadcaster.close();
      for (const m of modules) await m.close?.();
      // A request still in hand when the server closes leaves its connection open and idle for the keep-alive
      // time (KEEP_ALIVE_MS) once answered, which would hold up the stop: it is closed as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 100);
      try {
        // The callback fires once the HTTP server has closed too; the promise io.close returns does not wait for that.
        await new Promise<void>((resolve) => {
          void io.close(() => resolve());
        });
        if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      } finally {
        clearInterval(sweep);
      }
      // The devices' last disconnects are written before the database closes.
      lastSeen.flush();
      await checkpointer?.stop();
      if (db.open) db.close();
    },
  };
  return hall;
}

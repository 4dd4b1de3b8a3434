/**
 * Composition root: reads the environment, prepares the database (admin account, demo hall on first
 * start), starts the hall and prints where its pages are.
 */
import { loadConfig } from './config';
import { DatabaseOpenError, openDatabase } from './db/open';
import { hallIsEmpty } from './db/queries/hall';
import { ensureAdmin } from './hall/bootstrap';
import { seedDemoHall } from './demo/seed';
import { createHallServer, systemClock } from './hall-server';
import { createPrintingModule } from './printing/module';
import { createRatingPushModule } from './ratings-out/push/pusher';
import { rememberDemoDevices, readDemoDevices } from './demo/device-file';
import { keyIsActive } from './auth/devices';
import { keepRunningWhenOutputFails } from './log/output';
import { createLogger } from './log/logger';
import { publicUrlWarning, shownConfig, startupText } from './startup-text';

async function main(): Promise<void> {
  keepRunningWhenOutputFails();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const db = openDatabase(config.dataDir);
  const now = systemClock.now();
  const admin = ensureAdmin(db, config.initialAdminPassword, now);
  if (config.seedDemo && hallIsEmpty(db)) {
    const seed = seedDemoHall(db, now);
    rememberDemoDevices(config, seed);
  }
  const printing = createPrintingModule(db, config, systemClock);
  const ratingPush = createRatingPushModule(db, systemClock, logger);
  const hall = createHallServer(config, { db, modules: [printing, ratingPush], logger });
  const address = await hall.listen();

  const shown = shownConfig(config, hall.settings);
  console.log(startupText(shown, address, admin, readDemoDevices(config, (key) => keyIsActive(db, key)), hallIsEmpty(db)));
  logger.info({ address: address.address, port: address.port, publicUrl: shown.publicUrl,
    publicUrlSource: shown.publicUrlSource }, 'listening');
  const warning = publicUrlWarning(shown);
  if (warning) logger.warn({ publicUrl: shown.publicUrl, host: config.host }, warning);

  const stop = (): void => {
    void hall.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Exit status when the database needs a person (see docs/OPERATIONS.md: the unit does not restart then). */
const EXIT_DATABASE_UNUSABLE = 78;

main().catch((err: unknown) => {
  if (err instanceof DatabaseOpenError) {
    console.error(err.message);
    process.exit(EXIT_DATABASE_UNUSABLE);
  }
  console.error(err);
  process.exit(1);
});

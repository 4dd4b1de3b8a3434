/**
 * Composition root: reads the environment, prepares the database (admin account, demo hall on first
 * start), starts the hall and prints where its pages are.
 */
import { loadConfig } from './config';
import { openDatabase } from './db/open';
import { hallIsEmpty } from './db/queries/hall';
import { ensureAdmin } from './hall/bootstrap';
import { seedDemoHall } from './demo/seed';
import { createHallServer, systemClock } from './hall-server';
import { createPrintingModule } from './printing/module';
import { rememberDemoDevices, readDemoDevices } from './demo/device-file';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = openDatabase(config.dataDir);
  const now = systemClock.now();
  const admin = ensureAdmin(db, config.initialAdminPassword, now);
  if (config.seedDemo && hallIsEmpty(db)) {
    const seed = seedDemoHall(db, now);
    rememberDemoDevices(config, seed);
  }
  const printing = createPrintingModule(db, config);
  const hall = createHallServer(config, { db, modules: [printing] });
  const address = await hall.listen();

  const lines = [
    `社会服务中心 hall server listening on http://${address.address}:${address.port} (public URL ${config.publicUrl})`,
    `data directory: ${config.dataDir}`,
    `counter page:  ${config.publicUrl}/counter/`,
  ];
  if (admin.generatedPassword) {
    lines.push(`initial admin account: admin / ${admin.generatedPassword}  (shown once; only its hash is stored)`);
  } else if (admin.created) {
    lines.push('initial admin account: admin (password from INITIAL_ADMIN_PASSWORD)');
  }
  lines.push(...readDemoDevices(config));
  console.log(lines.join('\n'));

  const stop = (): void => {
    void hall.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

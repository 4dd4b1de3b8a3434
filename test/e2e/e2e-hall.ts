/**
 * A hall for browser tests: the real server on a free loopback port (its PUBLIC_URL is that address,
 * so QR codes lead to real pages), a throwaway DATA_DIR, and the demo kiosks' printer pointed at a fake
 * ESC/POS printer on 127.0.0.1. `restart()` stops the server and starts it again on the same port and
 * data, as after a power cut.
 */
import fs from 'node:fs';
import { startTestHall, tempDir, type TestHall } from '../../testkit/hall';
import { freePort } from '../support/ports';
import { FakePrinter } from '../../testkit/fake-printer';
import { PATIENT } from '../printers/harness';
import { createPrintingModule, type PrintingModule } from '../../server/printing/module';
import { savePrinter } from '../../server/db/queries/printing';
import { DEMO_PRINTER_ID } from '../../server/demo/seed';
import type { Db } from '../../server/db/open';
import type { Clock } from '../../server/commands/context';

export interface E2eHall {
  url: string;
  th: TestHall;
  printer: FakePrinter;
  printing: () => PrintingModule;
  kioskUrl: string;
  displayUrl: string;
  restart(): Promise<void>;
  /** Date.now() when the server last began listening (at start or restart): resync deadlines count from it. */
  readonly listenedAt: number;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** What a test file may change about its hall: server settings (env) and the database before the server starts. */
export interface E2eHallOptions {
  env?: Record<string, string>;
  beforeStart?: (db: Db) => void;
  /** The server's clock (a test moves it by hand to play a day at set times); the real one otherwise. */
  clock?: Clock;
}

export async function startE2eHall(options: E2eHallOptions = {}): Promise<E2eHall> {
  const printer = await FakePrinter.start();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dataDir = tempDir('hall-e2e-');
  let printing: PrintingModule | null = null;
  const start = (seed: boolean): Promise<TestHall> => startTestHall({
    dataDir, seed, keepDataDir: true, ...(options.clock ? { clock: options.clock } : {}),
    env: { ...options.env, PORT: String(port), PUBLIC_URL: url },
    beforeStart: (db) => {
      savePrinter(db, { id: DEMO_PRINTER_ID, name: '大厅打印机', url: printer.url, paperWidth: 80 });
      options.beforeStart?.(db);
    },
    modules: (config, db, clock) => {
      // The fake printer always answers; a timeout here would only measure how busy Chromium keeps the
      // machine, and a poll that timed out would show the printer as 故障 mid-test.
      printing = createPrintingModule(db, config, clock, { ...PATIENT, statusIntervalMs: 500 });
      return [printing];
    },
  });
  let th: TestHall;
  try {
    th = await start(true);
  } catch (err) {
    // A hall that fails to start must not leave its fake printer listening: the test process would
    // never end, and a single-file run would hang instead of reporting the failure.
    await printer.close();
    throw err;
  }
  let listenedAt = Date.now();
  const first = th;
  const current = (): PrintingModule => {
    if (!printing) throw new Error('printing module not started');
    return printing;
  };
  await current().manager.refresh(DEMO_PRINTER_ID);
  const hall: E2eHall = {
    url, printer,
    get th() { return th; },
    get listenedAt() { return listenedAt; },
    printing: current,
    kioskUrl: `${url}/kiosk/?key=${first.kioskKey}`,
    displayUrl: `${url}/display/?key=${first.displayKey}`,
    async stop() {
      await th.hall.close();
    },
    async restart() {
      if (th.hall.http.listening) await th.hall.close();
      const seed = th.seed;
      th = await start(false);
      listenedAt = Date.now();
      th.seed = seed;
      await current().manager.refresh(DEMO_PRINTER_ID);
    },
    async close() {
      if (th.hall.http.listening) await th.hall.close();
      await printer.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return hall;
}

/** A manager with short timeouts and a temporary DATA_DIR, plus waiting helpers. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrinterManager, type PrinterManagerOptions } from '../../printers/manager';
import type { JobResult, PrinterConfig, PrinterState } from '../../printers/types';

export const FAST: Omit<PrinterManagerOptions, 'dataDir'> = {
  // Every fake printer listens on loopback, so a connect only takes long on a machine busy with other
  // tests; a short limit there would turn into a spurious retry. Refused connects still fail at once.
  connectTimeoutMs: 3000,
  writeTimeoutMs: 800,
  // A status answer from a fake on loopback takes a few ms, but a full CI run once took longer than
  // 300 ms to hear one, and the printer read as 故障; silent fakes cost this long per check.
  statusTimeoutMs: 1000,
  retryDelayMs: 10,
  maxRetryDelayMs: 40,
  maxAttempts: 3,
  jobTimeoutMs: 4000,
  // Tests check states explicitly (refresh) unless they are about polling.
  statusIntervalMs: 60_000,
};

/**
 * For a fake that always answers, where what is proved is the slip or the screen and not a timing:
 * every wait is long, because it can only run out when the machine is busy with other suites (a full
 * CI run once took longer than FAST's 800 ms to hear a 告知单 confirmed, and the job read as uncertain).
 * A refused connect still fails at once.
 */
export const PATIENT: Omit<PrinterManagerOptions, 'dataDir'> = {
  ...FAST,
  connectTimeoutMs: 5000,
  writeTimeoutMs: 10_000,
  statusTimeoutMs: 5000,
  jobTimeoutMs: 30_000,
};

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'hall-printers-'));
}

export async function startManager(
  configs: PrinterConfig[],
  options: Partial<PrinterManagerOptions> = {},
): Promise<PrinterManager> {
  const manager = new PrinterManager(configs, { ...FAST, dataDir: tempDir(), ...options });
  await manager.start();
  return manager;
}

/** Resolves when the printer is in `state` (at once if it already is). */
export function waitForState(manager: PrinterManager, printerId: string, state: PrinterState): Promise<void> {
  return new Promise((resolve) => {
    if (manager.state(printerId) === state) {
      resolve();
      return;
    }
    const stop = manager.onStateChange((change) => {
      if (change.printerId === printerId && change.state === state) {
        stop();
        resolve();
      }
    });
  });
}

/** Collects job results as the manager announces them. */
export function collectResults(manager: PrinterManager): JobResult[] {
  const results: JobResult[] = [];
  manager.onJobResult((result) => results.push(result));
  return results;
}

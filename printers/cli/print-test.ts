/**
 * npm run print:test -- <printer-url> [--width 58|80]
 *
 * Prints the test page on one printer and shows its state before and after, going through the same
 * manager, queue and driver as the server. <printer-url> is what the hall config would hold
 * (tcp://192.168.1.50:9100, /dev/usb/lp0, simulated) or a folder, which gets simulated previews.
 * Exit code 0 when the page was delivered, 1 when not, 2 on bad arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { commonMessages } from '../../protocol/catalog/common';
import { printMessages } from '../../protocol/catalog/print';
import { PrinterManager } from '../manager';
import { parsePrinterUrl } from '../printer-url';
import { SimulatedDriver } from '../drivers/simulated';
import { createDriver } from '../drivers/create';
import { fillText, type PrintMessageKey, type TextVars } from '../layout/texts';
import type { PaperWidth, PrinterConfig, PrinterState } from '../types';

function say(key: PrintMessageKey, vars?: TextVars): void {
  process.stdout.write(`${fillText(printMessages[key].zh, vars)}\n`);
}

function stateText(state: PrinterState | null): string {
  if (state === null) return '-';
  return `${printMessages[`print.state.${state}`].zh} (${state})`;
}

function parseArgs(argv: string[]): { url: string; width: PaperWidth } | null {
  let url: string | null = null;
  let width: PaperWidth = 80;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--width' || arg.startsWith('--width=')) {
      const value = arg.includes('=') ? arg.slice('--width='.length) : argv[++i];
      if (value !== '58' && value !== '80') {
        say('print.cli.badWidth');
        return null;
      }
      width = value === '58' ? 58 : 80;
    } else if (!arg.startsWith('--') && url === null) {
      url = arg;
    }
  }
  return url === null ? null : { url, width };
}

function isDirectory(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    say('print.cli.usage');
    return 2;
  }
  const folder = isDirectory(args.url) ? path.resolve(args.url) : null;
  if (folder === null && parsePrinterUrl(args.url) === null) {
    say('print.cli.badUrl', { url: args.url });
    return 2;
  }

  const dataDir = path.resolve(process.env.DATA_DIR ?? 'data');
  const timezone = process.env.HALL_TIMEZONE ?? 'Asia/Shanghai';
  const config: PrinterConfig = { id: 'print-test', url: folder === null ? args.url : 'simulated', paperWidth: args.width };
  let simulatedDir: string | null = null;
  const manager = new PrinterManager([config], {
    dataDir,
    statusIntervalMs: 60_000,
    driverFor: (cfg, options) => {
      const driver = folder === null ? createDriver(cfg, options) : new SimulatedDriver(folder);
      if (driver instanceof SimulatedDriver) simulatedDir = driver.outputDir;
      return driver;
    },
  });

  await manager.start();
  say('print.cli.statusBefore', { state: stateText(manager.state(config.id)) });

  const now = Date.now();
  const hall = commonMessages['hall.name'];
  const result = await manager.submit(config.id, {
    id: `print-test-${randomUUID()}`,
    kind: 'test',
    createdAt: now,
    test: { hallName: hall.zh, hallNameMn: hall.mn, printerLabel: args.url, printedAt: now, timezone },
  });
  if (result.outcome === 'printed') {
    say('print.cli.printed', { attempts: result.attempts });
  } else {
    const code = result.error?.code ?? 'write_failed';
    say('print.cli.failed', { reason: `${printMessages[`print.failure.${code}`].zh} (${code}: ${result.error?.detail ?? ''})` });
  }

  say('print.cli.statusAfter', { state: stateText(await manager.refresh(config.id)) });
  if (simulatedDir !== null) say('print.cli.previewAt', { dir: simulatedDir });
  await manager.stop();
  return result.outcome === 'printed' ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
